import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexCorpus } from '../../src/index/indexCorpus.ts';
import { IndexStore } from '../../src/index/indexStore.ts';
import { SearchIndex } from '../../src/index/searchIndex.ts';
import { recordingLogger } from '../support/silentLogger.ts';
import { copyDefaultCorpus } from '../support/tempCorpus.ts';

describe('SearchIndex (keyword side) on the default corpus', () => {
  const corpus = copyDefaultCorpus();
  let store: IndexStore;
  let search: SearchIndex;

  beforeAll(async () => {
    store = IndexStore.open(corpus.dbPath);
    await indexCorpus({ corpusDir: corpus.corpusDir, store, embedder: null, logger: recordingLogger().logger });
    search = SearchIndex.load(store, null);
  });
  afterAll(() => {
    store.close();
    corpus.cleanup();
  });

  it('gives weight to a term found in most passages, unlike FTS5 bm25()', async () => {
    // FTS5's own ranking: "haftar" is in over half the rows, so its IDF is clamped to ~0.
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE t USING fts5(x); INSERT INTO t VALUES ('haftar a'), ('haftar b'), ('haftar c'), ('other d');");
    const ftsScores = db.prepare("SELECT bm25(t) AS s FROM t WHERE t MATCH 'haftar'").pluck().all() as number[];
    expect(Math.max(...ftsScores.map(Math.abs))).toBeLessThan(1e-5);
    db.close();

    const hits = await search.search('Haftar');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.keywordScore).toBeGreaterThan(0.1);
  });

  it('finds the passage that answers, and cites it', async () => {
    const [hit] = await search.search('Who is Haftar backed by?');
    expect(hit?.passage).toMatchObject({ file: '000_bd4eabd2b5bc6d71.txt', paragraph: 7, lineStart: 15, lineEnd: 15 });
    expect(hit?.coverage).toBe(1);
  });

  it('matches names typed without diacritics, in any case, and glued names split', async () => {
    expect((await search.search('ibrahim kalin'))[0]?.passage.text).toContain('İbrahim Kalın');
    expect((await search.search('CAVUSOGLU'))[0]?.passage.text).toContain('Çavuşoğlu');
    expect((await search.search('Field Marshal Khalifa Haftar'))[0]?.passage.text).toContain('KhalifaHaftar');
  });

  it('matches simple morphology', async () => {
    const hits = await search.search('supporting warplane deliveries');
    expect(hits.some((hit) => hit.passage.text.includes('Russia delivered at least six'))).toBe(true);
  });

  it.each(['"', 'AND OR NOT', 'haftar*', 'NEAR(haftar russia)', "'; DROP TABLE passages; --", '{col}:x', '^', '', '   '])(
    'never fails on query text %j',
    async (query) => {
      await expect(search.search(query)).resolves.toBeInstanceOf(Array);
      expect(store.passageCount()).toBeGreaterThan(0);
    },
  );

  it('caps hits per document when asked', async () => {
    const hits = await search.search('Haftar Turkey Libya', { limit: 10, perDocument: 2 });
    const perFile = new Map<string, number>();
    for (const hit of hits) perFile.set(hit.passage.file, (perFile.get(hit.passage.file) ?? 0) + 1);
    expect(Math.max(...perFile.values())).toBe(2);
  });
});
