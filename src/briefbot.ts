import { type Answer, type AskOptions, answerQuestion } from './brief/answerQuestion.ts';
import type { Config } from './config.ts';
import { type Embedder, loadEmbedder } from './index/embedder.ts';
import { type IndexProgress, type IndexReport, indexCorpus } from './index/indexCorpus.ts';
import { type DocumentRecord, IndexStore } from './index/indexStore.ts';
import { SearchIndex } from './index/searchIndex.ts';
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
  sources(): DocumentRecord[];
  close(): void;
}

export interface BriefbotOptions {
  /** Skip model loading entirely (e.g. `--model none`). */
  keywordOnly?: boolean;
}

export async function createBriefbot(config: Config, logger: Logger, options: BriefbotOptions = {}): Promise<Briefbot> {
  const store = IndexStore.open(config.indexPath);
  const embedder =
    options.keywordOnly || config.modelId === null
      ? null
      : await loadEmbedder(
          {
            modelId: config.modelId,
            modelDir: config.modelDir,
            cacheDir: config.modelCacheDir,
            allowRemote: config.allowRemoteModels,
            quantized: config.modelQuantized,
          },
          logger,
        );
  return new IndexedBriefbot(config, logger, store, embedder);
}

class IndexedBriefbot implements Briefbot {
  private search: SearchIndex;

  constructor(
    private readonly config: Config,
    private readonly logger: Logger,
    private readonly store: IndexStore,
    private readonly embedder: Embedder | null,
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
    const report = await indexCorpus({
      corpusDir: this.config.corpusDir, store: this.store, embedder: this.embedder, logger: this.logger, progress,
    });
    this.search = SearchIndex.load(this.store, this.embedder);
    return report;
  }

  ask(question: string, options?: AskOptions): Promise<Answer> {
    return answerQuestion(this.search, question, options);
  }

  sources(): DocumentRecord[] {
    return this.store.documents();
  }

  close(): void {
    this.store.close();
  }
}
