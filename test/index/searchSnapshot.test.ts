import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { indexCorpus } from '../../src/index/indexCorpus.ts';
import { IndexStore } from '../../src/index/indexStore.ts';
import { SearchIndex } from '../../src/index/searchIndex.ts';
import { snapshotPath } from '../../src/index/searchSnapshot.ts';
import { CountingEmbedder } from '../support/countingEmbedder.ts';
import { defaultCorpusForTest } from '../support/defaultCorpusForTest.ts';
import { recordingLogger } from '../support/silentLogger.ts';

async function indexed(embedder: CountingEmbedder | null = null) {
  const corpus = defaultCorpusForTest();
  const store = IndexStore.open(corpus.dbPath);
  onTestFinished(() => store.close());
  await indexCorpus({ corpusDir: corpus.corpusDir, store, embedder, logger: recordingLogger().logger });
  return { ...corpus, store };
}

/** Empties the passage terms behind the store's back (no new version): only a snapshot can still find anything. */
function dropTermsUnseen(dbPath: string): void {
  const db = new Database(dbPath);
  db.exec('DELETE FROM passage_terms');
  db.close();
}

const firstFile = async (search: SearchIndex, query: string) =>
  (await search.search(query, { limit: 1 }))[0]?.passage.file;
const ids = async (search: SearchIndex, query: string) =>
  (await search.search(query, { limit: 5 })).map((hit) => hit.passage.id);

describe('the search snapshot beside the index', () => {
  it('is written at the first load and read at the next, giving the same answers', async () => {
    const embedder = new CountingEmbedder();
    const { store, dbPath } = await indexed(embedder);
    const first = SearchIndex.load(store, embedder);
    expect(fs.existsSync(snapshotPath(dbPath))).toBe(true);
    const expected = await ids(first, 'Who backs Haftar?');
    expect(expected.length).toBeGreaterThan(0);
    dropTermsUnseen(dbPath);
    const second = SearchIndex.load(store, embedder);
    expect(second.mode).toBe('hybrid');
    expect(await ids(second, 'Who backs Haftar?')).toEqual(expected);
    expect(second.passagesWithoutVector).toBe(0);
  });

  it('is not used once the index changed, nor when it is damaged', async () => {
    const { store, dbPath, corpusDir } = await indexed();
    SearchIndex.load(store, null);
    fs.writeFileSync(`${corpusDir}/zorgon.txt`, 'The Zorgonian militia is funded by Freedonia.\n');
    await indexCorpus({ corpusDir, store, embedder: null, logger: recordingLogger().logger });
    expect(await firstFile(SearchIndex.load(store, null), 'Zorgonian militia')).toBe('zorgon.txt');

    const size = fs.statSync(snapshotPath(dbPath)).size;
    fs.truncateSync(snapshotPath(dbPath), size - 100);
    dropTermsUnseen(dbPath); // what the load finds now comes from the index, not from the cut snapshot
    expect(await firstFile(SearchIndex.load(store, null), 'Zorgonian militia')).toBe(undefined);
  });

  it('written for keyword search, is read again with the vectors when a model comes; one with vectors serves keyword search', async () => {
    const embedder = new CountingEmbedder();
    const { store, dbPath } = await indexed(embedder);
    expect(SearchIndex.load(store, null).mode).toBe('keyword');
    expect(SearchIndex.load(store, embedder).mode).toBe('hybrid');
    dropTermsUnseen(dbPath);
    const keyword = SearchIndex.load(store, null);
    expect(keyword.mode).toBe('keyword');
    expect(await ids(keyword, 'Haftar')).not.toHaveLength(0);
  });

  it('read while the model loads, serves the model that loaded, keyword search when none did, and is not taken for another model', async () => {
    const embedder = new CountingEmbedder();
    const { store, dbPath } = await indexed(embedder);
    const expected = await ids(SearchIndex.load(store, embedder), 'Who backs Haftar?');
    dropTermsUnseen(dbPath);
    const loaded = await SearchIndex.open(store, Promise.resolve(embedder), true);
    expect(loaded.mode).toBe('hybrid');
    expect(await ids(loaded, 'Who backs Haftar?')).toEqual(expected);
    // The model failed to load: the vectors read meanwhile are dropped.
    const noModel = await SearchIndex.open(store, Promise.resolve(null), true);
    expect(noModel.mode).toBe('keyword');
    expect(await ids(noModel, 'Haftar')).not.toHaveLength(0);
    // Another model: read from the index (whose terms are gone), never from this snapshot.
    const other = await SearchIndex.open(store, Promise.resolve(new CountingEmbedder('test/other')), true);
    expect(other.mode).toBe('keyword');
    expect(await ids(other, 'Haftar')).toHaveLength(0);
  });

  it("hands over the passages' terms as soon as the snapshot is read, before the model has loaded", async () => {
    const embedder = new CountingEmbedder();
    const { store } = await indexed(embedder);
    const vocabulary = SearchIndex.load(store, embedder).vocabulary();
    let modelLoaded: (loaded: CountingEmbedder) => void = () => undefined;
    const loading = new Promise<CountingEmbedder>((resolve) => {
      modelLoaded = resolve;
    });
    const terms = new Promise<string[] | null>((resolve) => {
      void SearchIndex.open(store, loading, true, resolve);
    });
    // The model has not loaded: only the snapshot can have given them.
    expect(await terms).toEqual(vocabulary);
    expect(vocabulary).toContain('haftar');
    modelLoaded(embedder);
  });

  it('says it has no terms to hand over when there is no snapshot to read', async () => {
    const { store, dbPath } = await indexed();
    fs.rmSync(snapshotPath(dbPath), { force: true });
    let handed: string[] | null | undefined;
    const search = await SearchIndex.open(store, Promise.resolve(null), false, (terms) => {
      handed = terms;
    });
    expect(handed).toBeNull();
    expect(search.vocabulary()).toContain('haftar');
  });
});
