import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createBriefbot } from '../src/briefbot.ts';
import { parseConfig } from '../src/config.ts';
import { makeTinyModel } from './support/makeTinyModel.ts';
import { recordingLogger } from './support/silentLogger.ts';
import { defaultCorpusForTest } from './support/defaultCorpusForTest.ts';
import { DEFAULT_CORPUS } from './support/tempCorpus.ts';

/** A bot as src/main.ts starts it: indexing in a worker thread (whose own log lines are silenced). */
async function longRunningBot(
  corpus: { corpusDir: string; dbPath: string },
  env: Record<string, string> = { MODEL_ID: 'none' },
) {
  const config = parseConfig({ CORPUS_DIR: corpus.corpusDir, INDEX_PATH: corpus.dbPath, LOG_LEVEL: 'silent', ...env });
  const { logger, lines } = recordingLogger();
  const bot = await createBriefbot(config, logger, { longRunning: true });
  onTestFinished(() => bot.close());
  return { bot, lines };
}

/** A tiny model made from the default corpus, as configuration (removed when the test ends). */
async function tinyModelEnv(): Promise<Record<string, string>> {
  const modelRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-model-'));
  onTestFinished(() => fs.rmSync(modelRoot, { recursive: true, force: true }));
  const texts = fs.readdirSync(DEFAULT_CORPUS).map((file) => fs.readFileSync(path.join(DEFAULT_CORPUS, file), 'utf8'));
  const modelDir = await makeTinyModel(path.join(modelRoot, 'tiny-bow'), { texts });
  return { MODEL_DIR: modelDir, MODEL_CACHE_DIR: modelRoot, ALLOW_REMOTE_MODELS: 'false' };
}

/** What a crash or a kill leaves: the file marked as still open. */
function markNotClosed(dbPath: string): void {
  const db = new Database(dbPath);
  db.prepare("UPDATE meta SET value = 'false' WHERE key = 'closed_cleanly'").run();
  db.close();
}

function closedCleanly(dbPath: string): string | undefined {
  const db = new Database(dbPath, { readonly: true });
  const value = db.prepare("SELECT value FROM meta WHERE key = 'closed_cleanly'").pluck().get() as string | undefined;
  db.close();
  return value;
}

describe('a long-running bot after an unclean shutdown', () => {
  it('answers at once and checks the file in the background; a clean stop after the check needs none the next time', async () => {
    const corpus = defaultCorpusForTest();
    const indexed = await longRunningBot(corpus);
    await indexed.bot.reindex();
    indexed.bot.close();
    markNotClosed(corpus.dbPath);

    const { bot, lines } = await longRunningBot(corpus);
    expect((await bot.ask('Who backs Haftar?')).excerpts.length).toBeGreaterThan(0);
    expect(await bot.indexChecked()).toBe('passed');
    expect(lines().some((line) => line.msg.includes('checked in the background'))).toBe(true);
    bot.close();
    expect(closedCleanly(corpus.dbPath)).toBe('true');

    const again = await longRunningBot(corpus);
    expect(await again.bot.indexChecked()).toBe('not needed');
  });

  it('still catches a corrupted file: moves it aside, says so, and rebuilds the index from the corpus', async () => {
    const corpus = defaultCorpusForTest();
    const indexed = await longRunningBot(corpus);
    const report = await indexed.bot.reindex();
    indexed.bot.close();
    markNotClosed(corpus.dbPath);
    // Garbage over one page of passage text, as a torn write or a bad disk block would leave
    // (in the main file: the WAL, which would stand in for the page, is checkpointed first).
    const db = new Database(corpus.dbPath);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const page = db
      .prepare("SELECT pageno FROM dbstat WHERE name = 'passages' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1")
      .pluck()
      .get() as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    const handle = fs.openSync(corpus.dbPath, 'r+');
    fs.writeSync(handle, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (page - 1) * pageSize);
    fs.closeSync(handle);

    const { bot, lines } = await longRunningBot(corpus);
    expect(await bot.indexChecked()).toBe('rebuilt');
    expect(lines().filter((line) => /unusable \(corrupt/.test(line.msg))).toHaveLength(1);
    expect(
      fs
        .readdirSync(path.dirname(corpus.dbPath))
        .filter((name) => name.startsWith(`${path.basename(corpus.dbPath)}.unusable-`)),
    ).not.toHaveLength(0);
    expect(bot.sources().reduce((sum, doc) => sum + doc.passages, 0)).toBe(report.passages);
    expect((await bot.ask('Who backs Haftar?')).excerpts.length).toBeGreaterThan(0);
  });
});

describe('reindex in a long-running bot', () => {
  it('reports a corpus as indexed unchanged, then picks up a changed and a removed file', async () => {
    const corpus = defaultCorpusForTest();
    // Refused by the scan on every run: an unchanged run still reports (and says) it.
    fs.writeFileSync(path.join(corpus.dir, 'outside.md'), '# Outside\n\nNot in the corpus.\n');
    fs.symlinkSync(path.join(corpus.dir, 'outside.md'), path.join(corpus.corpusDir, 'outside.md'));
    const { bot, lines } = await longRunningBot(corpus);
    const first = await bot.reindex();
    expect(first).toMatchObject({ documents: 2, added: 2 });
    expect(first.skipped.map((s) => s.file)).toEqual(['outside.md']);

    const second = await bot.reindex();
    expect({ ...second, milliseconds: 0 }).toEqual({
      documents: 2,
      added: 0,
      changed: 0,
      removed: 0,
      unchanged: 2,
      skipped: first.skipped,
      passages: first.passages,
      embedded: 0,
      model: null,
      milliseconds: 0,
    });
    expect(lines().filter((line) => line.msg.startsWith('skipped outside.md'))).toHaveLength(1);

    expect((await bot.ask('Who funds the Zorgonian militia?')).answer).toBeNull();
    fs.appendFileSync(
      path.join(corpus.corpusDir, '004_579dbf7128379b0f.txt'),
      '\n\nThe Zorgonian militia is funded by Freedonia.\n',
    );
    expect(await bot.reindex()).toMatchObject({ documents: 2, added: 0, changed: 1, removed: 0, unchanged: 1 });
    expect((await bot.ask('Who funds the Zorgonian militia?')).answer).toContain('Freedonia');

    fs.rmSync(path.join(corpus.corpusDir, '000_bd4eabd2b5bc6d71.txt'));
    expect(await bot.reindex()).toMatchObject({ documents: 1, added: 0, changed: 0, removed: 1, unchanged: 1 });
    expect(bot.sources().map((doc) => doc.file)).toEqual(['004_579dbf7128379b0f.txt']);
  });

  it('embeds the passages an earlier keyword-only run left without vectors, though no file changed', async () => {
    const corpus = defaultCorpusForTest();
    const env = await tinyModelEnv();

    const keyword = await longRunningBot(corpus);
    const indexed = await keyword.bot.reindex();
    keyword.bot.close();

    const { bot } = await longRunningBot(corpus, env);
    expect(await bot.reindex()).toMatchObject({
      added: 0,
      changed: 0,
      removed: 0,
      unchanged: 2,
      embedded: indexed.passages,
    });
    expect(bot.mode).toBe('hybrid');
    expect(await bot.reindex()).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 2, embedded: 0 });
  }, 30_000);

  it('gives a second bot of the same process, after the first has closed, the model too', async () => {
    // A process that opens bots one after the other (the eval, a test run) must still get hybrid bots;
    // the crash this once hid is what test/stress/modelInOneThread.test.ts repeats.
    const corpus = defaultCorpusForTest();
    const env = await tinyModelEnv();
    const first = await longRunningBot(corpus, env);
    await first.bot.reindex();
    expect(first.bot.mode).toBe('hybrid');
    first.bot.close();
    const second = await longRunningBot(corpus, env);
    expect(second.bot.mode).toBe('hybrid');
    expect((await second.bot.ask('Who sent warplanes to Haftar?')).excerpts.length).toBeGreaterThan(0);
  }, 30_000);
});
