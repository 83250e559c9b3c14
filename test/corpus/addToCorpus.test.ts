/**
 * Adding and removing documents through the core (what /add, /remove and `briefbot add` call):
 * the checks, the atomic write, indexing at once, the trash, and who added what.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Briefbot, createBriefbot, type Editor } from '../../src/briefbot.ts';
import { parseConfig } from '../../src/config.ts';
import { corpusFileName, type IncomingFile } from '../../src/corpus/addToCorpus.ts';
import { isUserError } from '../../src/errors.ts';
import { MAX_FILE_BYTES } from '../../src/index/indexCorpus.ts';
import { recordingLogger } from '../support/silentLogger.ts';
import { copyDefaultCorpus, REPO_ROOT } from '../support/tempCorpus.ts';
import { HTML_FIXTURE } from './formatFixtures.ts';
import { makeTinyPdf } from './makeTinyPdf.ts';

const EDITOR: Editor = { id: '223456789012345678', name: 'carol', via: 'discord' };
/** A short article none of the seeds holds: what an editor adds. */
const ARTICLE = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/additions/harbour-pilots.txt'), 'utf8');

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

async function setup(): Promise<{
  bot: Briefbot;
  corpusDir: string;
  dir: string;
  lines: ReturnType<typeof recordingLogger>['lines'];
}> {
  const corpus = copyDefaultCorpus();
  const { logger, lines } = recordingLogger();
  const bot = await createBriefbot(
    parseConfig({ CORPUS_DIR: corpus.corpusDir, INDEX_PATH: corpus.dbPath, MODEL_ID: 'none' }),
    logger,
  );
  await bot.reindex();
  cleanups.push(() => bot.close(), corpus.cleanup);
  return { bot, corpusDir: corpus.corpusDir, dir: corpus.dir, lines };
}

function incoming(
  name: string,
  bytes: Uint8Array | string,
  extra: Partial<IncomingFile> = {},
): IncomingFile & { reads: number } {
  const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  const file = {
    name,
    size: data.length,
    contentType: null,
    reads: 0,
    read: async () => {
      file.reads += 1;
      return data;
    },
    ...extra,
  };
  return file;
}

function corpusListing(corpusDir: string): string[] {
  return fs.readdirSync(corpusDir).sort();
}

async function refusal(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!isUserError(error)) throw new Error(`expected a UserError, got ${String(error)}`);
  return error.message;
}

describe('addDocument', () => {
  it('stores, indexes at once and records who added it; the next question cites it', async () => {
    const { bot, corpusDir, lines } = await setup();
    const added = await bot.addDocument(
      incoming('Pilots strike.txt', ARTICLE, { contentType: 'text/plain; charset=utf-8' }),
      EDITOR,
    );
    expect(added).toMatchObject({
      file: 'Pilots_strike.txt',
      title: 'Harbour Pilots Strike in Benghazi',
      published: '2026-12-01',
      added: { by: { id: EDITOR.id, name: 'carol' }, via: 'discord' },
    });
    expect(added.passages).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(corpusDir, 'Pilots_strike.txt'), 'utf8')).toBe(ARTICLE);
    const answer = await bot.ask('How many tankers are at anchor outside Benghazi?');
    expect(answer.excerpts[0]?.file).toBe('Pilots_strike.txt');
    expect(bot.sources().find((doc) => doc.file === 'Pilots_strike.txt')?.added?.by.name).toBe('carol');
    const logged = lines().find((line) => line.msg === 'document added: Pilots_strike.txt');
    expect(logged).toMatchObject({ userId: EDITOR.id, file: 'Pilots_strike.txt', hash: added.hash, level: 30 });
  });

  it('reads HTML and PDF through the corpus loader', async () => {
    const { bot } = await setup();
    const html = await bot.addDocument(
      incoming('talks.html', fs.readFileSync(HTML_FIXTURE), { contentType: 'text/html' }),
      EDITOR,
    );
    expect(html.passages).toBeGreaterThan(0);
    const pdf = await bot.addDocument(
      incoming('report.pdf', makeTinyPdf({ title: 'Port Report', pages: [['Eleven tankers waited off Benghazi.']] }), {
        contentType: 'application/pdf',
      }),
      EDITOR,
    );
    expect(pdf).toMatchObject({ file: 'report.pdf', title: 'Port Report' });
  });

  it('a name clash gets a suffix, never an overwrite; the same content is a duplicate', async () => {
    const { bot, corpusDir } = await setup();
    const first = await bot.addDocument(incoming('pilots.txt', ARTICLE), EDITOR);
    const other = ARTICLE.replace('eleven', 'twelve');
    const second = await bot.addDocument(incoming('pilots.txt', other), EDITOR);
    expect([first.file, second.file]).toEqual(['pilots.txt', 'pilots-2.txt']);
    expect(fs.readFileSync(path.join(corpusDir, 'pilots.txt'), 'utf8')).toBe(ARTICLE);
    const before = corpusListing(corpusDir);
    expect(await refusal(bot.addDocument(incoming('again.txt', ARTICLE), EDITOR))).toBe(
      'again.txt is already in the corpus, as pilots.txt: nothing added.',
    );
    const seed = fs.readFileSync(path.join(corpusDir, '000_bd4eabd2b5bc6d71.txt'));
    expect(await refusal(bot.addDocument(incoming('copy.txt', seed), EDITOR))).toMatch(
      /already in the corpus, as 000_bd4eabd2b5bc6d71\.txt/,
    );
    expect(corpusListing(corpusDir)).toEqual(before);
  });

  it.each([
    ['../escape.txt', ARTICLE, {}, /may not contain a path/],
    ['notes/inner.txt', ARTICLE, {}, /may not contain a path/],
    ['..\\escape.txt', ARTICLE, {}, /may not contain a path/],
    ['.hidden.txt', ARTICLE, {}, /may not start with a dot/],
    ['photo.png', ARTICLE, {}, /not a supported format/],
    [
      'binary.txt',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      {},
      /cannot be read: binary file \(NUL bytes\), not text\. Nothing added\./,
    ],
    ['empty.txt', '', {}, /is empty/],
    ['spaces.md', '   \n\n  ', {}, /cannot be read: empty file \(only white space\)/],
    ['fake.pdf', 'not a pdf at all', { contentType: 'application/pdf' }, /cannot be read/],
    ['image.txt', ARTICLE, { contentType: 'image/png' }, /sent as image\/png/],
    [
      'nav.html',
      '<html><body><nav><a href="/">Home</a></nav></body></html>',
      { contentType: 'text/html' },
      /cannot be read: no article text found/,
    ],
  ])('refuses %s, saying why, and stores nothing', async (name, content, extra, reason) => {
    const { bot, corpusDir } = await setup();
    const before = corpusListing(corpusDir);
    expect(await refusal(bot.addDocument(incoming(name, content, extra), EDITOR))).toMatch(reason);
    expect(corpusListing(corpusDir)).toEqual(before);
    expect(fs.existsSync(path.join(path.dirname(corpusDir), 'escape.txt'))).toBe(false);
  });

  it('an oversized file is refused from its declared size, before a byte is read, and checked again once read', async () => {
    const { bot, corpusDir } = await setup();
    const before = corpusListing(corpusDir);
    const declared = incoming('huge.txt', ARTICLE, { size: MAX_FILE_BYTES + 1 });
    expect(await refusal(bot.addDocument(declared, EDITOR))).toBe(
      'huge.txt is too large (20 MB; the limit is 20 MB): nothing added.',
    );
    expect(declared.reads).toBe(0);
    const lying = incoming('liar.txt', Buffer.alloc(MAX_FILE_BYTES + 10, 'a'), { size: 100 });
    expect(await refusal(bot.addDocument(lying, EDITOR))).toMatch(/too large/);
    expect(corpusListing(corpusDir)).toEqual(before);
  });
});

describe('corpusFileName', () => {
  it('keeps ordinary names, drops control and reserved characters, turns white space into "_"', () => {
    expect(corpusFileName('Report 2026.PDF')).toBe('Report_2026.pdf');
    expect(corpusFileName('what?<now>:"x"|*.md')).toBe('whatnowx.md');
    expect(corpusFileName('bell\u0007\u202Ename.txt')).toBe('bellname.txt');
    expect(corpusFileName(`${'a'.repeat(300)}.txt`)).toBe(`${'a'.repeat(100)}.txt`);
    expect(() => corpusFileName('..')).toThrow(/path/);
    expect(() => corpusFileName('?.txt')).toThrow(/needs a name/);
  });
});

describe('removeDocument', () => {
  it('moves the file to the trash beside the index (never deletes it), and answers no longer cite it', async () => {
    const { bot, corpusDir, dir } = await setup();
    await bot.addDocument(incoming('pilots.txt', ARTICLE), EDITOR);
    const removed = await bot.removeDocument('Pilots.TXT', EDITOR);
    expect(removed.file).toBe('pilots.txt');
    expect(fs.existsSync(path.join(corpusDir, 'pilots.txt'))).toBe(false);
    const trash = fs.readdirSync(path.join(dir, 'trash'));
    expect(trash).toHaveLength(1);
    expect(trash[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d-]+Z_pilots\.txt$/);
    expect(fs.readFileSync(path.join(dir, 'trash', trash[0]!), 'utf8')).toBe(ARTICLE);
    expect(bot.sources().map((doc) => doc.file)).not.toContain('pilots.txt');
    const answer = await bot.ask('How many tankers are at anchor outside Benghazi?');
    expect(answer.excerpts.map((excerpt) => excerpt.file)).not.toContain('pilots.txt');
    expect(await refusal(bot.removeDocument('nope.txt', EDITOR))).toMatch(/^No document named "nope.txt"/);
  });

  it('a document re-added after removal is new again: who added it is the new editor', async () => {
    const { bot } = await setup();
    await bot.addDocument(incoming('pilots.txt', ARTICLE), EDITOR);
    await bot.removeDocument('pilots.txt', EDITOR);
    const again = await bot.addDocument(incoming('pilots.txt', ARTICLE), { id: 'local', name: 'analyst', via: 'cli' });
    expect(again.added).toMatchObject({ by: { name: 'analyst' }, via: 'cli' });
  });
});
