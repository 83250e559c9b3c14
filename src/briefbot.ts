import { setTimeout as delay } from 'node:timers/promises';
import { type Answer, type AskOptions, answerQuestion, isRelevant } from './brief/answerQuestion.ts';
import { buildTimeline, type TimelineResult } from './brief/buildTimeline.ts';
import { corpusSummary } from './brief/corpusSummary.ts';
import { ANY_TIME, type DateRange, isOpenRange, publishedInRange } from './brief/dateRange.ts';
import { type DigestDraft, draftDigest } from './brief/draftDigest.ts';
import { DEFAULT_POINTS, type Summary, type SummaryOptions, summarizePassages } from './brief/summarizeCorpus.ts';
import { TermNeighbours, type TermVectors } from './brief/termNeighbours.ts';
import { extractSupportGraph, loadStoredSupportGraph } from './brief/storedSupportGraph.ts';
import { answerWhoBacks, type SupportGraph, type WhoBacksResult } from './brief/whoBacks.ts';
import type { Config } from './config.ts';
import { AdditionRecords, type SourceRecord } from './corpus/additionRecords.ts';
import type { IncomingFile } from './corpus/addToCorpus.ts';
import { addDocument, type CorpusEditContext, documentNamed, type Editor, removeDocument } from './corpusEdits.ts';
import { type ContextTarget, type PassageContext, readPassageContext } from './corpus/readPassageContext.ts';
import { type Embedder, type EmbedderOptions, loadEmbedder } from './index/embedder.ts';
import { checkIndexFile, type IndexFileCheck } from './index/checkIndexFile.ts';
import type { IndexProgress, IndexReport } from './index/indexCorpus.ts';
import { IndexStore } from './index/indexStore.ts';
import type { PassageRecord } from './corpus/records.ts';
import { SearchIndex } from './index/searchIndex.ts';
import { prepareStemming } from './text/searchTerms.ts';
import { prepareWordFamilies } from './text/wordFamilies.ts';
import { graphInRange, matchingEntityNames } from './supportGraphQueries.ts';
import { type Indexer, inProcessIndexer, workerIndexer } from './indexer.ts';
import type { Logger } from './logger.ts';

/**
 * The core every interface calls (Discord bot, CLI, terminal chat): one instance per process,
 * built by `createBriefbot`, the composition root. It owns the index file and the model.
 */
export interface Briefbot {
  readonly mode: 'hybrid' | 'keyword';
  readonly modelId: string | null;
  /** Passages search holds now (in memory: asking costs no read of the index). */
  readonly passageCount: number;
  /** Brings the index up to date with the corpus folder and reloads what search keeps in memory. */
  reindex(progress?: IndexProgress): Promise<IndexReport>;
  ask(question: string, options?: AskOptions): Promise<Answer>;
  summary(options?: SummaryOptions & { topic?: string; file?: string; range?: DateRange }): Promise<Summary>;
  /** Who supports the entity, according to the corpus (its documents published in the range). */
  whoBacks(entity: string, range?: DateRange): Promise<WhoBacksResult>;
  /** Whom the entity supports. */
  backedBy(entity: string, range?: DateRange): Promise<WhoBacksResult>;
  /** Who attacks, threatens, sanctions or condemns the entity, according to the corpus. */
  whoOpposes(entity: string, range?: DateRange): Promise<WhoBacksResult>;
  /** The dated events of the entity across the corpus, oldest first, within the range. */
  timeline(entity: string, range?: DateRange): Promise<TimelineResult>;
  /** Actors the corpus names, by canonical name, whose names start with (first) or contain `prefix`: autocomplete. */
  entityNames(prefix: string, limit: number): Promise<string[]>;
  /** The indexed documents; those added through the bot say by whom and when. */
  sources(): SourceRecord[];
  /** The scheduled digest's next post: the documents indexed since the last digest recorded in the index. */
  draftDigest(now?: Date): DigestDraft;
  /**
   * How the check of the index file's pages ended: only a file a crash or kill left open needs
   * one, and a long-running process runs it in the background while it answers ('rebuilt': damage
   * was found, the file moved aside and the index rebuilt from the corpus).
   */
  indexChecked(): Promise<IndexCheckOutcome>;
  /** A cited span within its paragraph and the paragraphs around it, read from the file as indexed ("Show in context"). */
  passageContext(target: ContextTarget): Promise<PassageContext>;
  /**
   * Checks a file, stores it in the corpus folder and indexes it at once; refuses it with a
   * UserError saying why (having written nothing). Additions are made one at a time.
   */
  addDocument(incoming: IncomingFile, by: Editor): Promise<SourceRecord>;
  /** Moves a document to the trash folder and drops it from the index. */
  removeDocument(file: string, by: Editor): Promise<SourceRecord>;
  close(): void;
}

export type IndexCheckOutcome = 'not needed' | 'passed' | 'rebuilt' | 'stopped';

/**
 * The background page check starts this long after the bot is ready, so that a restarted bot
 * answers what it finds waiting as fast as after a clean stop: the check's thread starting beside
 * the first answer cost it ~0.2 s at 100k passages (1.06 s against 0.85 s).
 */
const CHECK_AFTER_START_MS = 2000;

export type { Editor } from './corpusEdits.ts';

export interface BriefbotOptions {
  /** Skip model loading entirely (e.g. `--model none`). */
  keywordOnly?: boolean;
  /**
   * A long-running process (the bot, the chat): indexes in a worker thread and prepares the
   * who-backs relations after each index, so answers never wait. A CLI command does neither.
   */
  longRunning?: boolean;
  /**
   * Word meaning for query expansion (GloVe, see wordVectors.ts): questions then reach the corpus
   * terms closest in meaning. Without it, the curated synonym list. Loaded by the caller, or being
   * loaded (openTermVectorsInWorker: awaited with the model), or a function that loads them at the
   * first question (a CLI command that asks nothing never reads them).
   */
  termVectors?: TermVectors | null | Promise<TermVectors | null> | (() => TermVectors | null);
}

export async function createBriefbot(config: Config, logger: Logger, options: BriefbotOptions = {}): Promise<Briefbot> {
  // A long-running process answers at once after a crash and checks the file meanwhile.
  const store = IndexStore.open(config.indexPath, logger, { checkLater: options.longRunning === true });
  const embedderOptions: EmbedderOptions | null =
    options.keywordOnly || config.modelId === null
      ? null
      : {
          modelId: config.modelId,
          modelDir: config.modelDir,
          cacheDir: config.modelCacheDir,
          allowRemote: config.allowRemoteModels,
          quantized: config.modelQuantized,
        };
  // Loaded in this thread, the one thread of the process that runs onnxruntime-node: the
  // indexing worker sends what it must embed here (embedderInMainThread, src/indexWorker.ts).
  const loading = embedderOptions ? loadEmbedder(embedderOptions, logger) : Promise.resolve(null);
  // Keyword search in a one-off command: read at the first search, so that who-backs, sources and
  // the like never read the search snapshot (SOTU: 5 MB; a million passages: hundreds of MB).
  const searchLater = embedderOptions === null && options.longRunning !== true;
  let termsRead: (terms: string[] | null) => void = () => undefined;
  const terms = new Promise<string[] | null>((resolve) => {
    termsRead = resolve;
  });
  const opening = searchLater
    ? Promise.resolve(null)
    : SearchIndex.open(store, loading, embedderOptions !== null, termsRead);
  // A long-running process answers questions: what the first one needs is read while the model loads.
  let termVectors = options.termVectors ?? null;
  let neighbours: Promise<TermNeighbours | null> = Promise.resolve(null);
  if (options.longRunning) {
    prepareStemming();
    if (typeof termVectors === 'function') termVectors = termVectors();
    // Built once the snapshot's terms and the word vectors are in, while this thread would
    // otherwise wait for the model file (the first question found them to build: 20-50 ms at 100k);
    // the word families the neighbours bring in are read then too (another 20-50 ms).
    const vectorsLoading = termVectors;
    neighbours = Promise.all([terms, vectorsLoading]).then(([read, vectors]) => {
      if (vectors) prepareWordFamilies();
      return read && vectors ? new TermNeighbours(vectors, read) : null;
    });
  }
  const search = await opening;
  const embedder = await loading;
  const vectors = termVectors instanceof Promise ? await termVectors : termVectors;
  const built = await neighbours;
  const { corpusDir, indexPath, logLevel, noColor } = config;
  // A function of the store: the background check may replace a damaged one.
  const indexerFor = (of: IndexStore) =>
    options.longRunning
      ? workerIndexer({
          corpusDir,
          indexPath,
          logLevel,
          noColor,
          store: of,
          embedder,
          logger,
        })
      : inProcessIndexer({ corpusDir, store: of, embedder, logger });
  const additions = AdditionRecords.load(config.additionsPath, logger);
  return new IndexedBriefbot(
    config,
    logger,
    store,
    search,
    additions,
    embedder,
    indexerFor,
    options.longRunning === true,
    vectors,
    search && built ? { search, neighbours: built } : null,
  );
}

class IndexedBriefbot implements Briefbot {
  /** Likewise the support relations: read from every sentence once, after indexing. */
  private supportGraph: Promise<SupportGraph> | null = null;

  private closed = false;
  /** The run under way, if any: a second request waits for it, then runs once more. */
  private indexing: Promise<IndexReport> | null = null;
  private indexer: Indexer;
  /** The background page check, while it runs. */
  private checker: IndexFileCheck | null = null;
  /** Aborted by close(): ends the wait before the background check. */
  private readonly stopping = new AbortController();
  private readonly checked: Promise<IndexCheckOutcome>;
  /** The last addition or removal: the next waits for it, so two uploads of the same bytes cannot both pass the duplicate check. */
  private editing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly config: Config,
    private readonly logger: Logger,
    /** Replaced only when the background check finds the file damaged. */
    private store: IndexStore,
    /** Read while the model loaded (SearchIndex.open), or at the first search (null until then); replaced after each re-index. */
    private loadedSearch: SearchIndex | null,
    private readonly additions: AdditionRecords,
    private readonly embedder: Embedder | null,
    private readonly indexerFor: (store: IndexStore) => Indexer,
    /** A long-running process prepares the who-backs relations after each index, so no answer waits for them. */
    private readonly prepareAhead: boolean,
    private termVectors: TermVectors | null | (() => TermVectors | null),
    /** Neighbours within the vocabulary of the search loaded now (made again after a re-index), when built at the start. */
    private neighbours: { search: SearchIndex; neighbours: TermNeighbours } | null,
  ) {
    this.indexer = indexerFor(store);
    this.checked = store.needsCheck ? this.checkInBackground() : Promise.resolve('not needed');
    // Failures are logged where they happen; indexChecked() callers still see them.
    this.checked.catch(() => undefined);
  }

  indexChecked(): Promise<IndexCheckOutcome> {
    return this.checked;
  }

  /**
   * The page check a crash calls for, in a worker thread, while answers come from the file as it
   * is (damage is rare; waiting for the check took minutes at a million passages). If it finds
   * damage, the file goes aside and the index is rebuilt from the corpus, as at a start.
   */
  private async checkInBackground(): Promise<IndexCheckOutcome> {
    const file = this.config.indexPath;
    this.logger.info(
      { file },
      'the index was not closed cleanly (a crash or a kill): answering from it while its pages are checked in the background',
    );
    try {
      await delay(CHECK_AFTER_START_MS, undefined, { signal: this.stopping.signal });
    } catch {
      return 'stopped';
    }
    const started = performance.now();
    this.checker = checkIndexFile(file);
    let result: string;
    try {
      result = await this.checker.result;
    } catch (error) {
      if (this.closed) return 'stopped';
      this.logger.error({ err: error, file }, 'the index check could not run; it runs again at the next start');
      throw error;
    } finally {
      this.checker = null;
    }
    if (this.closed) return 'stopped';
    const milliseconds = Math.round(performance.now() - started);
    if (result === 'ok') {
      this.store.markChecked();
      this.logger.info({ file, milliseconds }, 'the index check found no damage');
      return 'passed';
    }
    // Nothing may write to the file while it is swapped: wait for any indexing run to end.
    while (this.indexing) await this.indexing.catch(() => undefined);
    if (this.closed) return 'stopped';
    this.store.close();
    IndexStore.moveAside(file, `corrupt: ${result}`, this.logger);
    this.store = IndexStore.open(file, this.logger);
    this.indexer = this.indexerFor(this.store);
    this.loadedSearch = null;
    this.supportGraph = null;
    await this.reindex();
    return 'rebuilt';
  }

  /** What search holds, read now if it was left for the first search. */
  private get search(): SearchIndex {
    this.loadedSearch ??= SearchIndex.load(this.store, this.embedder);
    return this.loadedSearch;
  }

  get mode(): 'hybrid' | 'keyword' {
    // Without a model, search is by keyword: nothing need be read to say so.
    return this.loadedSearch?.mode ?? (this.embedder ? this.search.mode : 'keyword');
  }

  get passageCount(): number {
    return this.search.passageCount;
  }

  get modelId(): string | null {
    return this.embedder?.modelId ?? null;
  }

  async reindex(progress?: IndexProgress): Promise<IndexReport> {
    if (this.closed) throw new Error('briefbot is closed');
    const previous = this.indexing;
    const run = (async () => {
      await previous?.catch(() => undefined);
      return this.indexOnce(progress);
    })();
    this.indexing = run;
    try {
      return await run;
    } finally {
      if (this.indexing === run) this.indexing = null;
    }
  }

  private async indexOnce(progress?: IndexProgress): Promise<IndexReport> {
    if (this.closed) throw new Error('briefbot is closed');
    const { report, searchData } = await this.indexer.index(this.loadedSearch?.passagesWithoutVector ?? null, progress);
    // Closed while the worker ran (shutdown): nothing left to refresh.
    if (this.closed) return report;
    if (searchData) this.loadedSearch = SearchIndex.fromData(this.store, this.embedder, searchData);
    if (report.added + report.changed + report.removed > 0) {
      this.supportGraph = null;
    }
    if (this.prepareAhead && this.supportGraph === null) {
      // Built now, in slices, so the first who-backs or autocomplete finds it ready.
      this.graph().catch((error: unknown) => this.logger.error({ err: error }, 'reading support relations failed'));
    }
    return report;
  }

  ask(question: string, options?: AskOptions): Promise<Answer> {
    return answerQuestion(this.search, question, options, this.termNeighbours());
  }

  private termNeighbours(): TermNeighbours | null {
    if (typeof this.termVectors === 'function') this.termVectors = this.termVectors();
    if (!this.termVectors) return null;
    if (this.neighbours?.search !== this.search) {
      this.neighbours = {
        search: this.search,
        neighbours: new TermNeighbours(this.termVectors, this.search.vocabulary()),
      };
    }
    return this.neighbours.neighbours;
  }

  async summary(options: SummaryOptions & { topic?: string; file?: string; range?: DateRange } = {}): Promise<Summary> {
    const topic = options.topic?.trim() || null;
    const file = options.file ? this.documentNamed(options.file) : null;
    const range = options.range ?? ANY_TIME;
    if (!topic && !file && isOpenRange(range))
      return corpusSummary(this.store, options.points ?? DEFAULT_POINTS, () => this.graph());
    let passages: PassageRecord[];
    if (topic) {
      const hits = await this.search.search(topic, { limit: isOpenRange(range) ? 40 : 400, file: file ?? undefined });
      passages = hits
        .filter(isRelevant)
        .map((hit) => hit.passage)
        .filter((passage) => publishedInRange(passage.published, range))
        .slice(0, 40);
    } else {
      const files = file
        ? [file]
        : this.store
            .documents()
            .filter((doc) => publishedInRange(doc.published, range))
            .map((doc) => doc.file);
      passages = files
        .flatMap((name) => this.store.passagesOfDocument(name))
        .filter((passage) => publishedInRange(passage.published, range));
    }
    return summarizePassages(passages, { points: options.points, topic, file, graph: await this.graph() });
  }

  async whoBacks(entity: string, range: DateRange = ANY_TIME): Promise<WhoBacksResult> {
    return answerWhoBacks(this.graphIn(await this.graph(), range), entity, 'backers', this.documentMeta());
  }

  async backedBy(entity: string, range: DateRange = ANY_TIME): Promise<WhoBacksResult> {
    return answerWhoBacks(this.graphIn(await this.graph(), range), entity, 'backed', this.documentMeta());
  }

  /** The relations whose evidence was published in the range (the catalog still knows every name). */
  private graphIn(graph: SupportGraph, range: DateRange): SupportGraph {
    return graphInRange(graph, this.store.documents(), range);
  }

  async timeline(entity: string, range: DateRange = ANY_TIME): Promise<TimelineResult> {
    const graph = await this.graph();
    return buildTimeline(graph.catalog, await this.allPassagesInSlices(), entity, { range });
  }

  async whoOpposes(entity: string, range: DateRange = ANY_TIME): Promise<WhoBacksResult> {
    return answerWhoBacks(this.graphIn(await this.graph(), range), entity, 'opposers', this.documentMeta());
  }

  async entityNames(prefix: string, limit: number): Promise<string[]> {
    return matchingEntityNames((await this.graph()).catalog.entities(), prefix, limit);
  }

  private graph(): Promise<SupportGraph> {
    if (this.supportGraph) return this.supportGraph;
    const building = this.storedOrExtractedGraph();
    this.supportGraph = building;
    // A failed build is not kept: the next question tries again.
    building.catch(() => {
      if (this.supportGraph === building) this.supportGraph = null;
    });
    return building;
  }

  /**
   * The relations as the index keeps them (the indexer extracted them), read from a small table;
   * else (an upgraded file, new extraction rules, before the first run) extracted from every
   * sentence and kept for the next start.
   */
  private async storedOrExtractedGraph(): Promise<SupportGraph> {
    const stored = loadStoredSupportGraph(this.store, { keepCatalog: true });
    if (stored) return stored;
    const { graph, stored: extracted } = await extractSupportGraph(this.store, () => this.allPassagesInSlices());
    try {
      this.store.saveRelations(extracted);
    } catch (error) {
      // The indexing worker may hold the file (busy): it extracts them itself.
      this.logger.warn({ err: error }, 'the support relations could not be stored; they are extracted again next time');
    }
    return graph;
  }

  /** Every passage, read a thousand at a time with pauses, so a large corpus never blocks answers. */
  private async allPassagesInSlices(): Promise<PassageRecord[]> {
    const ids = this.store.allPassageIds();
    const passages: PassageRecord[] = [];
    for (let start = 0; start < ids.length; start += 1000) {
      passages.push(...this.store.passages(ids.slice(start, start + 1000)));
      await new Promise((resolve) => setImmediate(resolve));
    }
    return passages;
  }

  private documentMeta(): Map<string, { title: string; published: string | null }> {
    return new Map(this.store.documents().map((doc) => [doc.file, { title: doc.title, published: doc.published }]));
  }

  private documentNamed(name: string): string {
    return documentNamed(this.store, name);
  }

  sources(): SourceRecord[] {
    return this.store.documents().map((doc) => {
      const added = this.additions.get(doc.file, doc.hash);
      return added ? { ...doc, added } : doc;
    });
  }

  addDocument(incoming: IncomingFile, by: Editor): Promise<SourceRecord> {
    return this.oneEditAtATime(() => addDocument(this.editContext(), incoming, by));
  }

  removeDocument(file: string, by: Editor): Promise<SourceRecord> {
    return this.oneEditAtATime(() => removeDocument(this.editContext(), file, by));
  }

  private editContext(): CorpusEditContext {
    return {
      store: () => this.store,
      sources: () => this.sources(),
      reindex: () => this.reindex(),
      additions: this.additions,
      logger: this.logger,
      corpusDir: this.config.corpusDir,
      trashDir: this.config.trashDir,
    };
  }

  private oneEditAtATime<T>(edit: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('briefbot is closed'));
    const run = this.editing.catch(() => undefined).then(edit);
    this.editing = run;
    return run;
  }

  draftDigest(now?: Date): DigestDraft {
    return draftDigest(this.store, now);
  }

  passageContext(target: ContextTarget): Promise<PassageContext> {
    return readPassageContext(target, this.store.documents(), this.config.corpusDir);
  }

  close(): void {
    this.closed = true;
    this.stopping.abort();
    this.indexer.stop();
    // An unfinished check is stopped; the file stays marked unchecked for the next start.
    this.checker?.stop().catch(() => undefined);
    this.store.close();
  }
}
