import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { indexCorpus } from '../../src/index/indexCorpus.ts';
import { IndexStore, SCHEMA_VERSION } from '../../src/index/indexStore.ts';
import { SearchIndex } from '../../src/index/searchIndex.ts';
import { CountingEmbedder } from '../support/countingEmbedder.ts';
import { recordingLogger } from '../support/silentLogger.ts';
import { defaultCorpusForTest } from '../support/defaultCorpusForTest.ts';

function movedAside(dbPath: string): string[] {
  return fs.readdirSync(path.dirname(dbPath)).filter((name) => name.startsWith(`${path.basename(dbPath)}.unusable-`));
}

describe('IndexStore.open on a file it cannot use', () => {
  it('moves a corrupt file aside with a clear message and rebuilds', async () => {
    const { corpusDir, dbPath } = defaultCorpusForTest();
    fs.writeFileSync(dbPath, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 0x5a)]));
    const { logger, lines } = recordingLogger();
    const store = IndexStore.open(dbPath, logger);
    onTestFinished(() => store.close());
    expect(lines().filter((line) => line.msg.includes('unusable'))).toHaveLength(1);
    expect(movedAside(dbPath)).toHaveLength(1);
    expect((await indexCorpus({ corpusDir, store, embedder: null, logger })).documents).toBe(2);
  });

  it('never touches another program\'s database: moves it aside whole', () => {
    const { dbPath } = defaultCorpusForTest();
    const other = new Database(dbPath);
    other.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5);");
    other.close();
    const { logger, lines } = recordingLogger();
    const store = IndexStore.open(dbPath, logger);
    onTestFinished(() => store.close());
    expect(lines().find((line) => line.msg.includes('unusable'))?.msg).toMatch(/not a briefbot index \(it has tables invoices\)/);
    const [aside] = movedAside(dbPath);
    const kept = new Database(path.join(path.dirname(dbPath), aside ?? ''), { readonly: true });
    expect(kept.prepare('SELECT total FROM invoices').pluck().get()).toBe(9.5);
    kept.close();
  });

  it('moves aside a text file that is not a database', () => {
    const { dbPath } = defaultCorpusForTest();
    fs.writeFileSync(dbPath, 'these are my notes, not an index\n'.repeat(200));
    const store = IndexStore.open(dbPath, recordingLogger().logger);
    onTestFinished(() => store.close());
    expect(movedAside(dbPath)).toHaveLength(1);
    expect(store.passageCount()).toBe(0);
  });
});

describe('vectors of different models', () => {
  it('rebuilds an index of an older schema from the corpus, keeping its vectors', async () => {
    const { corpusDir, dbPath } = defaultCorpusForTest();
    const { logger } = recordingLogger();
    const embedder = new CountingEmbedder();
    const first = IndexStore.open(dbPath);
    const indexed = await indexCorpus({ corpusDir, store: first, embedder, logger });
    first.close();
    const older = new Database(dbPath);
    older.pragma(`user_version = ${SCHEMA_VERSION - 1}`);
    older.close();

    const store = IndexStore.open(dbPath);
    onTestFinished(() => store.close());
    expect(store.documents()).toEqual([]);
    const report = await indexCorpus({ corpusDir, store, embedder, logger });
    expect(report).toMatchObject({ added: indexed.added, passages: indexed.passages, embedded: 0 });
    expect(SearchIndex.load(store, embedder).passagesWithoutVector).toBe(0);
  });

  it('never mixes a model of another dimension under the same name', async () => {
    const { corpusDir, dbPath } = defaultCorpusForTest();
    const store = IndexStore.open(dbPath);
    onTestFinished(() => store.close());
    const { logger } = recordingLogger();
    const small = new CountingEmbedder('same/name');
    await indexCorpus({ corpusDir, store, embedder: small, logger });
    const wide = Object.assign(new CountingEmbedder('same/name'), { dimension: 16 });
    const report = await indexCorpus({ corpusDir, store, embedder: wide, logger });
    expect(report.embedded).toBe(report.passages);
    expect(store.loadVectors(small.key)?.dimension).toBe(8);
    expect(store.loadVectors(wide.key)?.dimension).toBe(16);
    expect(SearchIndex.load(store, wide).mode).toBe('hybrid');
  });
});

describe('the integrity check', () => {
  it('runs after an unclean shutdown and not after a clean one', () => {
    const { dbPath } = defaultCorpusForTest();
    IndexStore.open(dbPath).close();
    const marker = () => {
      const db = new Database(dbPath, { readonly: true });
      const value = db.prepare("SELECT value FROM meta WHERE key = 'closed_cleanly'").pluck().get();
      db.close();
      return value;
    };
    expect(marker()).toBe('true');
    const open = IndexStore.open(dbPath);
    expect(marker()).toBe('false'); // a crash now would leave it so: the next open checks every page
    open.close();
    expect(marker()).toBe('true');
  });
});
