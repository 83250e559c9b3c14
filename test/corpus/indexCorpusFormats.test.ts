import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatCitation } from '../../src/brief/formatCitation.ts';
import { scanCorpus } from '../../src/corpus/scanCorpus.ts';
import { indexCorpus, skipReason } from '../../src/index/indexCorpus.ts';
import { IndexStore } from '../../src/index/indexStore.ts';
import { recordingLogger } from '../support/silentLogger.ts';
import { makeTempCorpus } from '../support/tempCorpus.ts';
import { HTML_FIXTURE, MARKDOWN_FIXTURE, REPORT_PAGES } from './formatFixtures.ts';
import { makeTinyPdf } from './makeTinyPdf.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const isRoot = process.getuid?.() === 0;
const cp1252 = (text: string) =>
  Buffer.from([...text].map((c) => ({ '€': 0x80, '“': 0x93, '”': 0x94, '’': 0x92 })[c] ?? c.charCodeAt(0)));

function setup(files: Record<string, string | Buffer | Uint8Array>) {
  const corpus = makeTempCorpus(
    Object.fromEntries(Object.entries(files).map(([name, content]) => [name, Buffer.from(content)])),
  );
  const store = IndexStore.open(corpus.dbPath);
  cleanups.push(() => store.close(), corpus.cleanup);
  const { logger, lines } = recordingLogger();
  return { ...corpus, store, logger, lines };
}

describe('indexCorpus over real-world documents', () => {
  it('indexes every format and skips each bad file with one line naming it and why', async () => {
    const { dir, corpusDir, store, logger, lines } = setup({
      'plain.txt': 'Convoy Reaches Misrata\n\nTwo convoys reached the city on Sunday.\n',
      'notes/field-notes.md': fs.readFileSync(MARKDOWN_FIXTURE),
      'web/ceasefire-talks.html': fs.readFileSync(HTML_FIXTURE),
      'reports/libya.pdf': makeTinyPdf({ title: 'Quarterly Libya Report', pages: REPORT_PAGES }),
      'legacy/1252.txt': cp1252(
        'Old Wire Copy\r\n\r\nPrices rose by 5 € a sack; officials said “nobody” was hurt.\r\n',
      ),
      'legacy/utf16.txt': Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('Wide Text\r\n\r\nEgypt sent observers.\r\n', 'utf16le'),
      ]),
      'legacy/bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# With a BOM\n\nStill read.\n')]),
      'bad/binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      'bad/garbage.md': Buffer.from([0xc3, 0x28, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x81, 0x8d]),
      'bad/empty.md': '',
      'bad/huge.txt': `Huge\n\n${'A sentence that goes on. '.repeat(1500)}`,
      'bad/broken.pdf': '%PDF-1.7\nnot really',
      'ignored/photo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      'ignored/table.csv': 'a,b\n1,2\n',
      '.hidden.txt': 'Hidden notes.\n',
      '.obsidian/cache.md': 'Editor state.\n',
    });
    fs.writeFileSync(path.join(dir, 'outside.txt'), 'Secret text outside the corpus.\n');
    fs.symlinkSync(path.join(dir, 'outside.txt'), path.join(corpusDir, 'bad/escape.txt'));
    fs.symlinkSync('../../outside.txt', path.join(corpusDir, 'bad/relative-escape.txt'));
    fs.symlinkSync(path.join(corpusDir, 'missing.txt'), path.join(corpusDir, 'bad/dangling.txt'));
    fs.symlinkSync('../plain.txt', path.join(corpusDir, 'legacy/alias.txt')); // inside: followed

    const report = await indexCorpus({ corpusDir, store, embedder: null, logger, maxFileBytes: 20_000 });

    expect(store.documents().map((d) => d.file)).toEqual([
      'legacy/1252.txt',
      'legacy/alias.txt',
      'legacy/bom.md',
      'legacy/utf16.txt',
      'notes/field-notes.md',
      'plain.txt',
      'reports/libya.pdf',
      'web/ceasefire-talks.html',
    ]);
    expect(Object.fromEntries(report.skipped.map((s) => [s.file, s.reason]))).toEqual({
      'bad/binary.txt': 'binary file (NUL bytes), not text',
      'bad/broken.pdf': expect.stringMatching(/^not a readable PDF/),
      'bad/dangling.txt': 'broken symbolic link',
      'bad/empty.md': 'empty file',
      'bad/escape.txt': 'symbolic link to a file outside the corpus folder',
      'bad/garbage.md': 'not text: neither valid UTF-8 nor Windows-1252',
      'bad/huge.txt': 'too large (37 KB; the limit is 20 KB)',
      'bad/relative-escape.txt': 'symbolic link to a file outside the corpus folder',
    });
    const skippedLines = lines().filter((line) => line.msg.startsWith('skipped'));
    expect(skippedLines).toHaveLength(report.skipped.length);
    for (const { file, reason } of report.skipped)
      expect(skippedLines.some((line) => line.msg === `skipped ${file}: ${reason}`)).toBe(true);
  });

  it('stores what each format needs: decoded text, titles, dates, headings and pages', async () => {
    const { corpusDir, store, logger } = setup({
      'reports/libya.pdf': makeTinyPdf({ title: 'Quarterly Libya Report', pages: REPORT_PAGES }),
      'web/ceasefire-talks.html': fs.readFileSync(HTML_FIXTURE),
      'notes/field-notes.md': fs.readFileSync(MARKDOWN_FIXTURE),
      'legacy/1252.txt': cp1252(
        'Old Wire Copy\r\n\r\nPrices rose by 5 € a sack; officials said “nobody” was hurt.\r\n',
      ),
    });
    await indexCorpus({ corpusDir, store, embedder: null, logger });
    expect(store.documents().map((d) => [d.file, d.title, d.published])).toEqual([
      ['legacy/1252.txt', 'Old Wire Copy', null],
      ['notes/field-notes.md', 'Field notes: Misrata, July 2020', '2020-07-12'],
      ['reports/libya.pdf', 'Quarterly Libya Report', null],
      ['web/ceasefire-talks.html', 'Ceasefire talks resume in Geneva', '2020-07-10'],
    ]);
    const pdf = store.passagesOfDocument('reports/libya.pdf');
    expect(pdf.map((p) => formatCitation(p))).toEqual([
      'reports/libya.pdf p1 ¶2 L3–5',
      'reports/libya.pdf p1 ¶4 L7–8',
      'reports/libya.pdf p2 ¶1 L2–3',
      'reports/libya.pdf p2 ¶2 L4',
      'reports/libya.pdf p3 ¶2 L3',
    ]);
    expect(pdf[1]?.sentences[1]).toMatchObject({ page: 1, paragraph: 4, lineStart: 8, lineEnd: 8 });
    expect(pdf[1]?.heading).toBe('Who backs whom');
    expect(store.passagesOfDocument('web/ceasefire-talks.html').every((p) => p.page === null)).toBe(true);
    expect(store.passagesOfDocument('legacy/1252.txt')[1]).toMatchObject({
      text: 'Prices rose by 5 € a sack; officials said “nobody” was hurt.',
      lineStart: 3,
      page: null,
    });
  });

  it.skipIf(isRoot)('skips a file it has no permission to read', async () => {
    const { corpusDir, store, logger } = setup({
      'ok.txt': 'Fine\n\nReadable text.\n',
      'locked.txt': 'Locked\n\nSecret.\n',
    });
    fs.chmodSync(path.join(corpusDir, 'locked.txt'), 0o000);
    const report = await indexCorpus({ corpusDir, store, embedder: null, logger });
    expect(report.skipped).toEqual([{ file: 'locked.txt', reason: 'permission denied: cannot read the file' }]);
    expect(report.documents).toBe(1);
  });

  it('names a permission error plainly (also when running as root, where chmod cannot show it)', () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open '/corpus/locked.txt'"), { code: 'EACCES' });
    expect(skipReason(denied)).toBe('permission denied: cannot read the file');
    expect(skipReason(Object.assign(new Error('gone'), { code: 'ENOENT' }))).toBe('removed while being indexed');
  });

  it('lists supported files for other callers the same way (links followed inside only)', async () => {
    const { dir, corpusDir } = setup({ 'a.txt': 'A\n', 'b.html': '<p>B</p>', 'c.pdf': '%PDF', 'd.docx': 'x' });
    fs.writeFileSync(path.join(dir, 'outside.md'), 'Outside.\n');
    fs.symlinkSync(path.join(dir, 'outside.md'), path.join(corpusDir, 'e.md'));
    expect((await scanCorpus(corpusDir)).files.map((f) => f.file)).toEqual(['a.txt', 'b.html', 'c.pdf']);
  });
});
