import { distance } from 'fastest-levenshtein';
import { type Answer, type AskOptions, answerQuestion, isRelevant } from './brief/answerQuestion.ts';
import { corpusSummary } from './brief/corpusSummary.ts';
import { DEFAULT_POINTS, type Summary, type SummaryOptions, summarizePassages } from './brief/summarizeCorpus.ts';
import { TermNeighbours, type TermVectors } from './brief/termNeighbours.ts';
import { answerWhoBacks, buildSupportGraph, type SupportGraph, type WhoBacksResult } from './brief/whoBacks.ts';
import type { Config } from './config.ts';
import { UserError } from './errors.ts';
import { type ContextTarget, type PassageContext, readPassageContext } from './corpus/readPassageContext.ts';
import { type Embedder, type EmbedderOptions, loadEmbedder } from './index/embedder.ts';
import type { IndexProgress, IndexReport } from './index/indexCorpus.ts';
import { IndexStore } from './index/indexStore.ts';
import type { DocumentRecord, PassageRecord } from './corpus/records.ts';
import { SearchIndex } from './index/searchIndex.ts';
import { type Indexer, inProcessIndexer, workerIndexer } from './indexer.ts';
import { foldText } from './text/foldText.ts';
import type { Logger } from './logger.ts';

/**
 * The core every interface calls (Discord bot, CLI, terminal chat): one instance per process,
 * built by `createBriefbot`, the composition root. It owns the index file and the model.
 */
export interface Briefbot {
  readonly mode: 'hybrid' | 'keyword';
  readonly modelId: string | null;
  /** Brings the index up to date with the corpus folder and reloads what search keeps in memory. */
  reindex(progress?: IndexProgress): Promise<IndexReport>;
  ask(question: string, options?: AskOptions): Promise<Answer>;
  summary(options?: SummaryOptions & { topic?: string; file?: string }): Promise<Summary>;
  /** Who supports the entity, according to the corpus. */
  whoBacks(entity: string): Promise<WhoBacksResult>;
  /** Whom the entity supports. */
  backedBy(entity: string): Promise<WhoBacksResult>;
  /** Actors the corpus names, by canonical name, whose names start with (first) or contain `prefix`: autocomplete. */
  entityNames(prefix: string, limit: number): Promise<string[]>;
  sources(): DocumentRecord[];
  /** A cited span within its paragraph and the paragraphs around it, read from the file as indexed ("Show in context"). */
  passageContext(target: ContextTarget): Promise<PassageContext>;
  close(): void;
}

export interface BriefbotOptions {
  /** Skip model loading entirely (e.g. `--model none`). */
  keywordOnly?: boolean;
  /**
   * A long-running process (the bot, the chat): indexes in a worker thread and prepares the
   * who-backs relations after each index, so answers never wait. A CLI command does neither.
   */
  longRunning?: boolean;
  /**
   * Word meaning for query expansion (GloVe, see wordVectors.ts), loaded by the caller: questions
   * then reach the corpus terms closest in meaning. Without it, the curated synonym list.
   */
  termVectors?: TermVectors | null;
}

export async function createBriefbot(config: Config, logger: Logger, options: BriefbotOptions = {}): Promise<Briefbot> {
  const store = IndexStore.open(config.indexPath, logger);
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
  const embedder = embedderOptions ? await loadEmbedder(embedderOptions, logger) : null;
  const { corpusDir, indexPath, logLevel } = config;
  const indexer = options.longRunning
    ? workerIndexer({ corpusDir, indexPath, logLevel, store, embedder, embedderOptions, logger })
    : inProcessIndexer({ corpusDir, store, embedder, logger });
  return new IndexedBriefbot(config, logger, store, embedder, indexer, options.longRunning === true, options.termVectors ?? null);
}

class IndexedBriefbot implements Briefbot {
  private search: SearchIndex;
  /** Likewise the support relations: read from every sentence once, after indexing. */
  private supportGraph: Promise<SupportGraph> | null = null;

  private closed = false;
  /** The run under way, if any: a second request waits for it, then runs once more. */
  private indexing: Promise<IndexReport> | null = null;

  constructor(
    private readonly config: Config,
    private readonly logger: Logger,
    private readonly store: IndexStore,
    private readonly embedder: Embedder | null,
    private readonly indexer: Indexer,
    /** A long-running process prepares the who-backs relations after each index, so no answer waits for them. */
    private readonly prepareAhead: boolean,
    private readonly termVectors: TermVectors | null,
  ) {
    this.search = SearchIndex.load(store, embedder);
  }

  get mode(): 'hybrid' | 'keyword' {
    return this.search.mode;
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
    const { report, searchData } = await this.indexer.index(this.search.passagesWithoutVector, progress);
    // Closed while the worker ran (shutdown): nothing left to refresh.
    if (this.closed) return report;
    if (searchData) this.search = SearchIndex.fromData(this.store, this.embedder, searchData);
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

  /** Neighbours within the vocabulary of the search loaded now (made again after a re-index). */
  private neighbours: { search: SearchIndex; neighbours: TermNeighbours } | null = null;

  private termNeighbours(): TermNeighbours | null {
    if (!this.termVectors) return null;
    if (this.neighbours?.search !== this.search) {
      this.neighbours = { search: this.search, neighbours: new TermNeighbours(this.termVectors, this.search.vocabulary()) };
    }
    return this.neighbours.neighbours;
  }

  async summary(options: SummaryOptions & { topic?: string; file?: string } = {}): Promise<Summary> {
    const topic = options.topic?.trim() || null;
    const file = options.file ? this.documentNamed(options.file) : null;
    if (!topic && !file) return corpusSummary(this.store, options.points ?? DEFAULT_POINTS);
    const passages = topic
      ? (await this.search.search(topic, { limit: 40, file: file ?? undefined })).filter(isRelevant).map((hit) => hit.passage)
      : this.store.passagesOfDocument(file ?? '');
    return summarizePassages(passages, { points: options.points, topic, file });
  }

  async whoBacks(entity: string): Promise<WhoBacksResult> {
    return answerWhoBacks(await this.graph(), entity, 'backers', this.documentMeta());
  }

  async backedBy(entity: string): Promise<WhoBacksResult> {
    return answerWhoBacks(await this.graph(), entity, 'backed', this.documentMeta());
  }

  async entityNames(prefix: string, limit: number): Promise<string[]> {
    const wanted = foldText(prefix.trim());
    const rank = (entity: { name: string; aliases: string[] }) => {
      const names = [entity.name, ...entity.aliases].map(foldText);
      if (names.some((name) => name.startsWith(wanted))) return 0;
      if (names.some((name) => name.includes(wanted))) return 1;
      return 2;
    };
    // One choice per actor, under its canonical name, whichever of its names was typed.
    return (await this.graph())
      .catalog.entities()
      .map((entity) => ({ name: entity.name, rank: rank(entity) }))
      .filter((entry) => entry.rank < 2)
      .sort((a, b) => a.rank - b.rank)
      .slice(0, limit)
      .map((entry) => entry.name);
  }

  private graph(): Promise<SupportGraph> {
    if (this.supportGraph) return this.supportGraph;
    const building = this.allPassagesInSlices().then((passages) => buildSupportGraph(passages));
    this.supportGraph = building;
    // A failed build is not kept: the next question tries again.
    building.catch(() => {
      if (this.supportGraph === building) this.supportGraph = null;
    });
    return building;
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

  /** A document of the corpus by its file name; nothing outside the corpus can be named. */
  private documentNamed(name: string): string {
    const files = this.store.documents().map((doc) => doc.file);
    const exact = files.find((file) => file === name) ?? files.find((file) => file.toLowerCase() === name.trim().toLowerCase());
    if (exact) return exact;
    const closest = [...files].sort((a, b) => distance(a, name) - distance(b, name)).slice(0, 3);
    throw new UserError(`No document named "${name}" in the corpus.${closest.length ? ` Did you mean: ${closest.join(', ')}?` : ''}`);
  }

  sources(): DocumentRecord[] {
    return this.store.documents();
  }

  passageContext(target: ContextTarget): Promise<PassageContext> {
    return readPassageContext(target, this.store.documents(), this.config.corpusDir);
  }

  close(): void {
    this.closed = true;
    this.store.close();
  }
}
