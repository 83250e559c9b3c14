import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { updateSupportGraph } from '../../src/brief/documentEntities.ts';
import { loadStoredSupportGraph } from '../../src/brief/storedSupportGraph.ts';
import { buildSupportGraph } from '../../src/brief/whoBacks.ts';
import { indexCorpus } from '../../src/index/indexCorpus.ts';
import { IndexStore } from '../../src/index/indexStore.ts';
import { SearchIndex } from '../../src/index/searchIndex.ts';
import { CountingEmbedder } from '../support/countingEmbedder.ts';
import { recordingLogger } from '../support/silentLogger.ts';
import { DEFAULT_CORPUS, makeTempCorpus, REPO_ROOT } from '../support/tempCorpus.ts';

const RELATION_ARTICLES = path.join(REPO_ROOT, 'test/eval/relations/tune');
const NEWS_ARTICLES = path.join(REPO_ROOT, 'test/eval/news/tune');

function filesOf(...dirs: string[]): Record<string, Buffer> {
  return Object.fromEntries(
    dirs.flatMap((dir) => fs.readdirSync(dir).map((name) => [name, fs.readFileSync(path.join(dir, name))])),
  );
}

/** An indexed corpus of `files`, with its store open (and closed at the end of the test). */
async function indexed(files: Record<string, Buffer>) {
  const corpus = makeTempCorpus(files);
  onTestFinished(corpus.cleanup);
  let store = IndexStore.open(corpus.dbPath);
  onTestFinished(() => store.close());
  const reindex = () =>
    indexCorpus({ corpusDir: corpus.corpusDir, store, embedder: null, logger: recordingLogger().logger });
  await reindex();
  const reopen = () => {
    store.close();
    store = IndexStore.open(corpus.dbPath);
  };
  return { corpus, store: () => store, reindex, reopen };
}

/** The stored graph equals the one extracted from every sentence of the corpus as it is. */
async function expectWholeCorpusGraph(store: IndexStore): Promise<void> {
  const loaded = loadStoredSupportGraph(store);
  if (!loaded) throw new Error('no stored relations');
  const fresh = await buildSupportGraph(store.passages(store.allPassageIds()));
  const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
  expect(plain(loaded.catalog.entities())).toEqual(plain(fresh.catalog.entities()));
  expect(loaded.relations).toEqual(plain(fresh.relations));
  expect(loaded.oppositions).toEqual(plain(fresh.oppositions));
}

function onFile(dbPath: string, sql: string): void {
  const db = new Database(dbPath);
  db.exec(sql);
  db.close();
}

describe('the support graph kept per document', () => {
  it('equals extracting the whole corpus after documents are added, changed and removed, reading only those', async () => {
    const { corpus, store, reindex } = await indexed(filesOf(DEFAULT_CORPUS, RELATION_ARTICLES));
    const first = await updateSupportGraph(store());
    expect(first).toMatchObject({ learned: first.documents, extracted: first.documents, saved: true });
    await expectWholeCorpusGraph(store());
    // Nothing changed: nothing is read again (what was kept reads back as it was learned).
    expect(await updateSupportGraph(store())).toMatchObject({ learned: 0, extracted: 0, saved: true });

    // Added: a new name the seeds also use, and a backer of the GNA.
    fs.writeFileSync(
      path.join(corpus.corpusDir, 'qatar.txt'),
      'Qatar and the GNA\n\nQatar has sent armoured vehicles to the GNA in Tripoli, officials said on Monday.\n',
    );
    await reindex();
    const added = await updateSupportGraph(store());
    expect(added.documents).toBe(first.documents + 1);
    expect(added.learned).toBeLessThan(added.documents);
    expect(added.extracted).toBeLessThan(added.documents);
    await expectWholeCorpusGraph(store());
    expect(loadStoredSupportGraph(store())?.relations.some((r) => r.backer === 'Qatar' && r.backed === 'GNA')).toBe(
      true,
    );

    // Changed, then removed: its relations go with it.
    fs.writeFileSync(
      path.join(corpus.corpusDir, 'qatar.txt'),
      'Qatar and the GNA\n\nQatar denied sending armoured vehicles to Tripoli, officials said on Monday.\n',
    );
    await reindex();
    expect((await updateSupportGraph(store())).saved).toBe(true);
    await expectWholeCorpusGraph(store());
    fs.rmSync(path.join(corpus.corpusDir, 'qatar.txt'));
    fs.rmSync(path.join(corpus.corpusDir, '004_579dbf7128379b0f.txt'));
    await reindex();
    const removed = await updateSupportGraph(store());
    expect(removed.documents).toBe(first.documents - 1);
    await expectWholeCorpusGraph(store());
    expect(loadStoredSupportGraph(store())?.relations.some((r) => r.sentence.file === 'qatar.txt')).toBe(false);
  });

  it('learns and extracts every document again under other extraction rules', async () => {
    const { corpus, store, reopen } = await indexed(filesOf(DEFAULT_CORPUS, NEWS_ARTICLES));
    const first = await updateSupportGraph(store());
    store().close();
    // As kept by the rules of an earlier version (EXTRACTOR_VERSION since bumped).
    onFile(corpus.dbPath, "UPDATE document_entities SET extractor = 'earlier-rules'");
    reopen();
    expect(await updateSupportGraph(store())).toMatchObject({
      learned: first.documents,
      extracted: first.documents,
      saved: true,
    });
    await expectWholeCorpusGraph(store());
  });

  it('is never left half written: an update that fails midway keeps the earlier graph, and the next one is whole', async () => {
    const { corpus, store, reindex, reopen } = await indexed(filesOf(DEFAULT_CORPUS));
    await updateSupportGraph(store());
    const stamp = store().getMeta('relations_stamp');
    const totals = store().getMeta('entity_word_totals');
    store().close();
    // The second document's learning fails to be written, as a full disk or a crash would midway.
    onFile(
      corpus.dbPath,
      `CREATE TRIGGER fail_midway BEFORE INSERT ON document_entities
         WHEN (SELECT count(*) FROM document_entities) >= 2 BEGIN SELECT RAISE(ABORT, 'disk full'); END;`,
    );
    reopen();
    fs.writeFileSync(
      path.join(corpus.corpusDir, 'qatar.txt'),
      'Qatar and the GNA\n\nQatar has sent armoured vehicles to the GNA in Tripoli, officials said on Monday.\n',
    );
    await reindex();
    await expect(updateSupportGraph(store())).rejects.toThrow(/disk full/);
    expect(store().getMeta('relations_stamp')).toBe(stamp);
    expect(store().getMeta('entity_word_totals')).toBe(totals);
    expect(loadStoredSupportGraph(store())).toBeNull();

    store().close();
    onFile(corpus.dbPath, 'DROP TRIGGER fail_midway');
    reopen();
    await updateSupportGraph(store());
    await expectWholeCorpusGraph(store());
  });

  it('comes to a schema-8 file without losing its vectors, and its first update learns every document once', async () => {
    const corpus = makeTempCorpus(filesOf(DEFAULT_CORPUS));
    onTestFinished(corpus.cleanup);
    const embedder = new CountingEmbedder();
    const { logger } = recordingLogger();
    const first = IndexStore.open(corpus.dbPath);
    await indexCorpus({ corpusDir: corpus.corpusDir, store: first, embedder, logger });
    first.close();
    onFile(corpus.dbPath, 'DROP TABLE document_entities; PRAGMA user_version = 8;');
    embedder.embeddedTexts = [];

    const store = IndexStore.open(corpus.dbPath);
    onTestFinished(() => store.close());
    expect(SearchIndex.load(store, embedder).passagesWithoutVector).toBe(0);
    expect(await indexCorpus({ corpusDir: corpus.corpusDir, store, embedder, logger })).toMatchObject({
      added: 0,
      changed: 0,
      embedded: 0,
    });
    expect(await updateSupportGraph(store)).toMatchObject({ documents: 2, learned: 2, extracted: 2 });
    await expectWholeCorpusGraph(store);
    expect(embedder.embeddedTexts).toEqual([]);
  });
});
