import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { type Briefbot, createBriefbot } from '../../src/briefbot.ts';
import { parseConfig } from '../../src/config.ts';
import { type EntityCatalog, storedCatalogOf } from '../../src/brief/entityCatalog.ts';
import { EXTRACTOR_VERSION } from '../../src/brief/extractorVersion.ts';
import { tokenize } from '../../src/brief/lexicon/tokenize.ts';
import {
  extractSupportGraph,
  hasStoredSupportGraph,
  loadStoredSupportGraph,
} from '../../src/brief/storedSupportGraph.ts';
import { answerWhoBacks, buildSupportGraph } from '../../src/brief/whoBacks.ts';
import { indexCorpus } from '../../src/index/indexCorpus.ts';
import { IndexStore } from '../../src/index/indexStore.ts';
import { SearchIndex } from '../../src/index/searchIndex.ts';
import { CountingEmbedder } from '../support/countingEmbedder.ts';
import { defaultCorpusForTest } from '../support/defaultCorpusForTest.ts';
import { recordingLogger } from '../support/silentLogger.ts';
import { DEFAULT_CORPUS, makeTempCorpus, REPO_ROOT } from '../support/tempCorpus.ts';

const RELATION_ARTICLES = path.join(REPO_ROOT, 'test/eval/relations/tune');

type Corpus = { corpusDir: string; dbPath: string };

/**
 * The seeds and the relations development set (many conflicts, aliases, leaders and acronyms),
 * indexed keyword-only, with their relations extracted and stored.
 */
async function seedsAndRelationArticlesStored() {
  const corpus = makeTempCorpus(
    Object.fromEntries(
      [DEFAULT_CORPUS, RELATION_ARTICLES].flatMap((dir) =>
        fs.readdirSync(dir).map((name) => [name, fs.readFileSync(path.join(dir, name))]),
      ),
    ),
  );
  onTestFinished(corpus.cleanup);
  const store = IndexStore.open(corpus.dbPath);
  onTestFinished(() => store.close());
  await indexCorpus({ corpusDir: corpus.corpusDir, store, embedder: null, logger: recordingLogger().logger });
  const passages = store.passages(store.allPassageIds());
  const { stored } = await extractSupportGraph(store, async () => passages);
  expect(store.saveRelations(stored)).toBe(true);
  return { corpus, store, passages };
}

/** A keyword-only bot on the corpus; `longRunning` indexes in the worker thread, as src/main.ts does. */
async function openBot(corpus: Corpus, longRunning = false): Promise<Briefbot> {
  const config = parseConfig({
    CORPUS_DIR: corpus.corpusDir,
    INDEX_PATH: corpus.dbPath,
    MODEL_ID: 'none',
    LOG_LEVEL: 'silent',
  });
  const bot = await createBriefbot(config, recordingLogger().logger, { longRunning });
  onTestFinished(() => bot.close());
  return bot;
}

async function backersOf(bot: Briefbot, name: string): Promise<string[]> {
  return (await bot.whoBacks(name)).backers.map((backer) => backer.name).sort();
}

/** Runs SQL on the closed index file, as another program (or an older briefbot) would. */
function onFile(dbPath: string, sql: string): void {
  const db = new Database(dbPath);
  db.exec(sql);
  db.close();
}

/** The stamp of the ready-built catalog the file keeps, if any. */
function catalogStamp(dbPath: string): string | undefined {
  const db = new Database(dbPath, { readonly: true });
  const row = db.prepare('SELECT stamp FROM entity_catalog').pluck().get() as string | undefined;
  db.close();
  return row;
}

function storedStamp(dbPath: string): string | undefined {
  const db = new Database(dbPath, { readonly: true });
  const row = db.prepare("SELECT value FROM meta WHERE key = 'relations_stamp'").pluck().get() as string | undefined;
  db.close();
  return row;
}

const QATAR_ARTICLE = [
  'Qatar and the GNA',
  '',
  'Qatar has sent armoured vehicles to the GNA in Tripoli, officials said on Monday.',
  '',
].join('\n');

describe('support relations stored in the index', () => {
  it('give exactly the answers of relations extracted from every sentence, for every entity', async () => {
    const { store, passages } = await seedsAndRelationArticlesStored();

    const fresh = await buildSupportGraph(passages);
    const loaded = loadStoredSupportGraph(store);
    if (!loaded) throw new Error('no stored relations');
    const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
    expect(plain(loaded.catalog.entities())).toEqual(plain(fresh.catalog.entities()));
    expect(loaded.relations).toEqual(plain(fresh.relations));
    expect(loaded.oppositions).toEqual(plain(fresh.oppositions));
    const documents = new Map(store.documents().map((d) => [d.file, { title: d.title, published: d.published }]));
    const names = [...fresh.catalog.entities().map((e) => e.name), 'Government of National Accord', 'wagner', 'Hafter'];
    for (const name of names) {
      for (const direction of ['backers', 'backed', 'opposers'] as const) {
        expect(answerWhoBacks(loaded, name, direction, documents)).toEqual(
          answerWhoBacks(fresh, name, direction, documents),
        );
      }
    }
  });

  it('are extracted when the corpus is indexed and answer the next start without reading a sentence', async () => {
    const corpus = defaultCorpusForTest();
    const first = await openBot(corpus);
    await first.reindex();
    const answered = await first.whoBacks('Haftar');
    first.close();
    // Every passage's text blanked: a start that read sentences would find no relation at all.
    onFile(corpus.dbPath, "UPDATE passages SET text = '', sentences = '[]'");

    const second = await openBot(corpus);
    expect((await second.reindex()).added).toBe(0);
    expect(await second.whoBacks('Haftar')).toEqual(answered);
    expect(await backersOf(second, 'Haftar')).toEqual(['Egypt', 'Russia', 'United Arab Emirates']);
    expect(await backersOf(second, 'Government of National Accord')).toEqual(['Turkey']);
    expect((await second.whoOpposes('haftar')).backers.map((b) => b.name)).toContain('Turkey');
    expect(await second.entityNames('haf', 5)).toContain('Khalifa Haftar');
  });

  it('follow the documents added and removed, and still cite their sentences at their lines', async () => {
    const corpus = defaultCorpusForTest();
    const bot = await openBot(corpus);
    await bot.reindex();
    expect(await backersOf(bot, 'GNA')).toEqual(['Turkey']);

    fs.writeFileSync(path.join(corpus.corpusDir, 'qatar.txt'), QATAR_ARTICLE);
    expect((await bot.reindex()).added).toBe(1);
    const reopened = await openBot(corpus);
    expect(await backersOf(reopened, 'GNA')).toEqual(['Qatar', 'Turkey']);
    const qatar = (await reopened.whoBacks('GNA')).backers.find((b) => b.name === 'Qatar');
    const evidence = qatar?.evidence[0];
    expect(evidence).toMatchObject({ file: 'qatar.txt', lineStart: 3 });
    const lines = QATAR_ARTICLE.split('\n').slice((evidence?.lineStart ?? 1) - 1, evidence?.lineEnd);
    expect(lines.join('\n')).toContain(evidence?.keySentence);
    reopened.close();

    fs.rmSync(path.join(corpus.corpusDir, 'qatar.txt'));
    expect((await bot.reindex()).removed).toBe(1);
    expect(await backersOf(await openBot(corpus), 'GNA')).toEqual(['Turkey']);
  });

  it('are extracted again in the indexing worker when the extraction rules change, nothing embedded again', async () => {
    const corpus = defaultCorpusForTest();
    const first = await openBot(corpus);
    await first.reindex();
    const answered = await first.whoBacks('Haftar');
    first.close();
    const current = storedStamp(corpus.dbPath);
    expect(current).toMatch(new RegExp(`^${EXTRACTOR_VERSION}:`));
    // As a file written by the rules of an earlier version (EXTRACTOR_VERSION since bumped).
    onFile(corpus.dbPath, "UPDATE meta SET value = 'earlier-rules:x' WHERE key = 'relations_stamp'");

    const bot = await openBot(corpus, true);
    const report = await bot.reindex();
    expect(report).toMatchObject({ added: 0, changed: 0, removed: 0, embedded: 0 });
    bot.close();
    expect(storedStamp(corpus.dbPath)).toBe(current);
    expect(await (await openBot(corpus)).whoBacks('Haftar')).toEqual(answered);
  });

  it('are added to a schema-7 file without losing its vectors or its passages', async () => {
    const corpus = defaultCorpusForTest();
    const { logger } = recordingLogger();
    const embedder = new CountingEmbedder();
    const first = IndexStore.open(corpus.dbPath);
    const indexed = await indexCorpus({ corpusDir: corpus.corpusDir, store: first, embedder, logger });
    first.close();
    // What schema 7 had: no relation tables.
    onFile(
      corpus.dbPath,
      `DROP TABLE relations; DROP TABLE entity_leaders; DROP TABLE entity_names;
       DELETE FROM meta WHERE key = 'relations_stamp'; PRAGMA user_version = 7;`,
    );
    embedder.embeddedTexts = [];

    const store = IndexStore.open(corpus.dbPath);
    onTestFinished(() => store.close());
    expect(store.passageCount()).toBe(indexed.passages);
    expect(SearchIndex.load(store, embedder).passagesWithoutVector).toBe(0);
    expect(hasStoredSupportGraph(store)).toBe(false);
    const report = await indexCorpus({ corpusDir: corpus.corpusDir, store, embedder, logger });
    expect(report).toMatchObject({ added: 0, changed: 0, embedded: 0 });
    expect(embedder.embeddedTexts).toEqual([]);
    store.close();

    // The first who-backs extracts them once and keeps them.
    const bot = await openBot(corpus);
    expect(await backersOf(bot, 'Haftar')).toEqual(['Egypt', 'Russia', 'United Arab Emirates']);
    bot.close();
    const reopened = IndexStore.open(corpus.dbPath);
    onTestFinished(() => reopened.close());
    expect(loadStoredSupportGraph(reopened)?.relations.length).toBeGreaterThan(0);
  });

  it('are never left half written: a write that fails midway keeps the earlier relations, and answers stay right', async () => {
    const corpus = defaultCorpusForTest();
    const first = await openBot(corpus);
    await first.reindex();
    first.close();
    const before = storedStamp(corpus.dbPath);
    // The third relation written makes the write fail, as a full disk or a crash would midway.
    onFile(
      corpus.dbPath,
      `CREATE TRIGGER fail_midway BEFORE INSERT ON relations
         WHEN (SELECT count(*) FROM relations) >= 2 BEGIN SELECT RAISE(ABORT, 'disk full'); END;`,
    );
    fs.writeFileSync(path.join(corpus.corpusDir, 'qatar.txt'), QATAR_ARTICLE);

    // The worker's extraction fails after indexing the new file; the run itself succeeds.
    const bot = await openBot(corpus, true);
    expect((await bot.reindex()).added).toBe(1);
    bot.close();
    const db = new Database(corpus.dbPath, { readonly: true });
    const counts = db
      .prepare('SELECT (SELECT count(*) FROM relations), (SELECT count(*) FROM entity_names)')
      .raw()
      .get() as [number, number];
    db.close();
    // The earlier relations, whole, under their earlier stamp: not those of the new corpus.
    expect(storedStamp(corpus.dbPath)).toBe(before);
    expect(counts[0]).toBeGreaterThan(2);
    expect(counts[1]).toBeGreaterThan(0);

    onFile(corpus.dbPath, 'DROP TRIGGER fail_midway');
    const reopened = await openBot(corpus);
    // The stored relations are stale (another corpus): extracted again, the new document included.
    expect(await backersOf(reopened, 'GNA')).toEqual(['Qatar', 'Turkey']);
  });
  it('keep the catalog ready-built: read back, it finds, resolves, suggests and groups as the one built from the names', async () => {
    const { corpus, store, passages } = await seedsAndRelationArticlesStored();
    expect(catalogStamp(corpus.dbPath)).toMatch(new RegExp(`:${EXTRACTOR_VERSION}:${store.corpusVersion()}$`));
    const ready = loadStoredSupportGraph(store)?.catalog;
    onFile(corpus.dbPath, 'DELETE FROM entity_catalog');
    const built = loadStoredSupportGraph(store)?.catalog;
    if (!ready || !built) throw new Error('no stored relations');

    expect(storedCatalogOf(ready).text).toBe(storedCatalogOf(built).text);
    const sentences = passages.flatMap((passage) => passage.sentences);
    const mentions = (catalog: EntityCatalog) =>
      sentences.map((sentence) =>
        catalog.findMentions(tokenize(sentence.text)).map((m) => [m.entity.name, m.start, m.end, m.source]),
      );
    expect(mentions(ready)).toEqual(mentions(built));
    const asked = [
      ...built.entities().flatMap((entity) => [entity.name, ...entity.aliases]),
      'Government of National Accord',
      'the Haftar forces',
      'Hafter',
      'Emiratis',
    ];
    const answers = (catalog: EntityCatalog) =>
      asked.map((name) => [
        catalog.resolve(name)?.name,
        catalog.suggest(name),
        catalog.sideOf(name).map((e) => e.name),
      ]);
    expect(answers(ready)).toEqual(answers(built));
  });

  it('read the ready-built catalog at a start, not the names; build it once when missing or stale', async () => {
    const corpus = defaultCorpusForTest();
    const first = await openBot(corpus);
    await first.reindex();
    const answered = await first.whoBacks('Haftar');
    first.close();
    const kept = catalogStamp(corpus.dbPath);
    expect(kept).toMatch(new RegExp(`:${storedStamp(corpus.dbPath)}$`));
    // With the names gone, only the catalog can answer.
    onFile(corpus.dbPath, 'DELETE FROM entity_names; DELETE FROM entity_leaders');
    expect(await (await openBot(corpus)).whoBacks('Haftar')).toEqual(answered);

    // As a file of schema 9 (no catalog): built from the names by the first who-backs, and kept.
    const names = await openBot(corpus);
    await names.reindex();
    onFile(corpus.dbPath, "UPDATE meta SET value = 'earlier-rules:x' WHERE key = 'relations_stamp'");
    await names.whoBacks('GNA');
    names.close();
    onFile(corpus.dbPath, 'DELETE FROM entity_catalog');
    const rebuilt = await openBot(corpus);
    expect(await rebuilt.whoBacks('Haftar')).toEqual(answered);
    rebuilt.close();
    expect(catalogStamp(corpus.dbPath)).toBe(kept);

    // A catalog stamped for other rules is never read, even one that knows nobody.
    onFile(
      corpus.dbPath,
      `UPDATE entity_catalog SET stamp = '1:earlier-rules:x',
         catalog = '{"format":"1","entities":[],"mentioned":[],"aliases":[],"glued":[],"prefixes":[],"descriptions":[],"maxAliasWords":1}'`,
    );
    expect(await (await openBot(corpus)).whoBacks('Haftar')).toEqual(answered);
    expect(catalogStamp(corpus.dbPath)).toBe(kept);
  });
});
