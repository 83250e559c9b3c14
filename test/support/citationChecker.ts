import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { extractText } from 'unpdf';
import { decodeText } from '../../src/corpus/decodeText.ts';
import { documentFormat } from '../../src/corpus/documentFormat.ts';
import type { SourceSpan } from '../../src/corpus/passage.ts';

/** Checks whether a cited text stands at a span of the source. */
export type CitationChecker = (span: SourceSpan, text: string) => boolean;

/** Whitespace folded: citations hold "whitespace aside". */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The promise every citation makes: its text stands, word for word (whitespace aside), at the
 * cited lines of the cited file. Returns a checker over one file's text.
 */
export function citationChecker(fileText: string): CitationChecker {
  const lines = fileText.replace(/\r\n?/g, '\n').split('\n');
  const ranges = new Map<string, string>();
  return (span, text) => {
    const key = `${span.lineStart}-${span.lineEnd}`;
    const cited = ranges.get(key) ?? squash(lines.slice(span.lineStart - 1, span.lineEnd).join(' '));
    ranges.set(key, cited);
    return squash(text) !== '' && cited.includes(squash(text));
  };
}

/**
 * The HTML form of the promise: the cited lines of the .html file, with comments and tags removed
 * (a `<br>` reads as a space, other tags as nothing) and entities decoded, hold the text, white
 * space aside. Written apart from the extractor: regular expressions and linkedom's decoder.
 */
export function htmlCitationChecker(html: string): CitationChecker {
  const lines = html.replace(/\r\n?/g, '\n').split('\n');
  const { document } = parseHTML('<!doctype html><html><body><div></div></body></html>');
  const holder = document.querySelector('div');
  const decode = (text: string) => {
    if (!holder) throw new Error('linkedom: no <div>');
    holder.innerHTML = text.replace(/</g, '&lt;');
    return holder.textContent ?? '';
  };
  return (span, text) => {
    const raw = lines.slice(span.lineStart - 1, span.lineEnd).join('\n');
    const stripped = raw
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<br\b[^>]*>/gi, ' ')
      .replace(/<[^>]*>/g, '');
    return squash(text) !== '' && squash(decode(stripped)).includes(squash(text));
  };
}

/** The PDF form: the text stands at the cited lines of the cited page's text as pdf.js extracts it. */
export function pdfCitationChecker(pageTexts: string[]): CitationChecker {
  return (span, text) => {
    const lines = (pageTexts[(span.page ?? 0) - 1] ?? '').split('\n');
    return (
      squash(text) !== '' && squash(lines.slice(span.lineStart - 1, span.lineEnd).join(' ')).includes(squash(text))
    );
  };
}

/** The checker for one file's bytes, by its format: a PDF's pages as pdf.js reads them, an HTML page's markup, text as decoded. */
export async function fileCitationChecker(file: string, bytes: Uint8Array): Promise<CitationChecker> {
  switch (documentFormat(file)) {
    case 'pdf':
      return pdfCitationChecker((await extractText(new Uint8Array(bytes), { mergePages: false })).text);
    case 'html':
      return htmlCitationChecker(decodeText(bytes).text);
    default:
      return citationChecker(decodeText(bytes).text);
  }
}

/** Checks excerpts of any output against the files of a corpus folder, whatever their format. */
export function corpusCitationChecker(corpusDir: string): (excerpt: SourceSpan & { text: string }) => Promise<boolean> {
  const checkers = new Map<string, Promise<CitationChecker>>();
  return async (excerpt) => {
    let check = checkers.get(excerpt.file);
    if (!check) {
      check = fileCitationChecker(excerpt.file, fs.readFileSync(path.join(corpusDir, excerpt.file)));
      checkers.set(excerpt.file, check);
    }
    return (await check)(excerpt, excerpt.text);
  };
}
