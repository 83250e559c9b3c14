import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Embedder } from '../../src/index/embedder.ts';
import { indexCorpus } from '../../src/index/indexCorpus.ts';
import { IndexStore } from '../../src/index/indexStore.ts';
import { type SearchHit, SearchIndex } from '../../src/index/searchIndex.ts';
import { CountingEmbedder } from '../support/countingEmbedder.ts';
import { recordingLogger } from '../support/silentLogger.ts';
import { copyDefaultCorpus, makeTempCorpus } from '../support/tempCorpus.ts';

/** Indexes a corpus folder (as the CLI does) and loads search over it. */
async function indexAndLoad(corpus: { corpusDir: string; dbPath: string }, embedder: Embedder | null = null) {
  const store = IndexStore.open(corpus.dbPath);
  await indexCorpus({ corpusDir: corpus.corpusDir, store, embedder, logger: recordingLogger().logger });
  return { store, search: SearchIndex.load(store, embedder) };
}

describe('SearchIndex (keyword side) on the default corpus', () => {
  const corpus = copyDefaultCorpus();
  let store: IndexStore;
  let search: SearchIndex;

  beforeAll(async () => {
    ({ store, search } = await indexAndLoad(corpus));
  });
  afterAll(() => {
    store.close();
    corpus.cleanup();
  });

  it('gives weight to a term found in most passages, unlike FTS5 bm25()', async () => {
    // FTS5's own ranking: "haftar" is in over half the rows, so its IDF is clamped to ~0.
    const db = new Database(':memory:');
    db.exec(
      "CREATE VIRTUAL TABLE t USING fts5(x); INSERT INTO t VALUES ('haftar a'), ('haftar b'), ('haftar c'), ('other d');",
    );
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

  it.each([
    '"',
    'AND OR NOT',
    'haftar*',
    'NEAR(haftar russia)',
    "'; DROP TABLE passages; --",
    '{col}:x',
    '^',
    '',
    '   ',
  ])('never fails on query text %j', async (query) => {
    await expect(search.search(query)).resolves.toBeInstanceOf(Array);
    expect(store.passageCount()).toBeGreaterThan(0);
  });

  it('caps hits per document when asked', async () => {
    const hits = await search.search('Haftar Turkey Libya', { limit: 10, perDocument: 2 });
    const perFile = new Map<string, number>();
    for (const hit of hits) perFile.set(hit.passage.file, (perFile.get(hit.passage.file) ?? 0) + 1);
    expect(Math.max(...perFile.values())).toBe(2);
  });
});

describe('SearchIndex BM25 on a small corpus', () => {
  // Three passages whose scores can be worked out by hand: "tanker" is in two of them.
  const corpus = makeTempCorpus({
    'a.txt': 'Tanker seized\n\nA tanker was seized near the coast by patrol boats.\n',
    'b.txt': 'Harbour report\n\nThe harbour master counted one tanker and two tanker crews at dawn.\n',
    'c.txt': 'Weather\n\nRain fell on the coast all week, and fishing boats stayed in.\n',
  });
  let store: IndexStore;
  let search: SearchIndex;

  beforeAll(async () => {
    ({ store, search } = await indexAndLoad(corpus));
  });
  afterAll(() => {
    store.close();
    corpus.cleanup();
  });

  const summary = (hits: SearchHit[]) =>
    hits.map((hit) => [hit.passage.file, hit.passage.paragraph, hit.keywordScore, hit.coverage]);

  it('scores BM25 with the always-positive IDF', async () => {
    const passages = store.allPassageIds().length;
    const hits = await search.search('tanker', { limit: 10 });
    // Only passages holding the word are hits: a's title and body, b's body.
    expect(hits.map((hit) => [hit.passage.file, hit.passage.role]).sort()).toEqual([
      ['a.txt', 'body'],
      ['a.txt', 'title'],
      ['b.txt', 'body'],
    ]);
    // Of the two bodies, the one saying "tanker" twice ranks first, though it is longer.
    expect(hits.filter((hit) => hit.passage.role === 'body').map((hit) => hit.passage.file)).toEqual([
      'b.txt',
      'a.txt',
    ]);
    const idf = Math.log(1 + (passages - 3 + 0.5) / (3 + 0.5));
    for (const hit of hits) {
      expect(hit.keywordScore).toBeGreaterThan(0);
      // BM25's bound: a term adds at most idf × (k1 + 1).
      expect(hit.keywordScore).toBeLessThan(idf * (1.2 + 1));
      expect(hit.coverage).toBe(1);
    }
  });

  it('gives the same answer however searches interleave', async () => {
    const queries = ['tanker coast', 'fishing boats', 'harbour tanker crews', 'tanker coast'];
    const alone = [];
    for (const query of queries) alone.push(summary(await search.search(query, { limit: 10 })));
    const together = await Promise.all(
      queries.map(async (query) => summary(await search.search(query, { limit: 10 }))),
    );
    expect(together).toEqual(alone);
    expect(alone[3]).toEqual(alone[0]);
  });

  it('gives the same answer after a search that failed part-way', async () => {
    const before = summary(await search.search('tanker coast', { limit: 10 }));
    const failing = (term: string): [string, number][] => {
      if (term === 'coast') throw new Error('synonyms unavailable');
      return [];
    };
    await expect(search.search('tanker coast', { limit: 10, relatedTerms: failing })).rejects.toThrow(
      'synonyms unavailable',
    );
    expect(summary(await search.search('tanker coast', { limit: 10 }))).toEqual(before);
  });

  it('forgets the words of a changed file once re-indexed', async () => {
    fs.writeFileSync(path.join(corpus.corpusDir, 'c.txt'), 'Weather\n\nSnow fell inland all week.\n');
    await indexCorpus({ corpusDir: corpus.corpusDir, store, embedder: null, logger: recordingLogger().logger });
    const reloaded = SearchIndex.load(store, null);
    expect(await reloaded.search('fishing')).toEqual([]);
    expect((await reloaded.search('snow'))[0]?.passage.file).toBe('c.txt');
  });
});

describe('SearchIndex vector side', () => {
  // 1,200 passages: more than the int8 scan's shortlist, so re-scoring has to pick the best.
  const files = Object.fromEntries(
    Array.from({ length: 40 }, (_, f) => [
      `doc${f}.txt`,
      `Report ${f}\n\n${Array.from({ length: 30 }, (_, p) => `Item ${f}-${p} notes convoy ${p * 7 + f} near depot ${f * 13 + p}.`).join('\n\n')}\n`,
    ]),
  );
  const corpus = makeTempCorpus(files);
  const embedder = new CountingEmbedder();
  let store: IndexStore;
  let search: SearchIndex;

  beforeAll(async () => {
    ({ store, search } = await indexAndLoad(corpus, embedder));
  });
  afterAll(() => {
    store.close();
    corpus.cleanup();
  });

  it('ranks by exact cosine, as a float32 scan of every vector would', async () => {
    const vectors = store.loadVectors(embedder.key)!;
    expect(vectors.ids.length).toBeGreaterThan(1000);
    for (const query of ['qwzx', 'vvkj', 'plmq']) {
      // No passage holds these words: the ranking is the vectors' alone.
      const [queryVector] = await embedder.embed([query]);
      const exact = Array.from(vectors.ids, (id, i) => {
        let dot = 0;
        for (let d = 0; d < vectors.dimension; d++)
          dot += vectors.matrix[i * vectors.dimension + d]! * queryVector![d]!;
        return { id, dot };
      }).sort((a, b) => b.dot - a.dot || a.id - b.id);
      const hits = await search.search(query, { limit: 10 });
      expect(hits.map((hit) => hit.passage.id)).toEqual(exact.slice(0, 10).map((e) => e.id));
      hits.forEach((hit, i) => expect(hit.cosine).toBeCloseTo(exact[i]!.dot, 5));
    }
  });
});
