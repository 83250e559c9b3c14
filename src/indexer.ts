import { Worker } from 'node:worker_threads';
import type { Embedder, EmbedderOptions } from './index/embedder.ts';
import { type IndexProgress, type IndexReport, indexCorpus, reportIfUnchanged } from './index/indexCorpus.ts';
import type { IndexStore } from './index/indexStore.ts';
import { readSearchData, type SearchData } from './index/searchIndex.ts';
import type { Logger } from './logger.ts';

/** A finished run: its report and, when the index changed, what search keeps in memory. */
export interface IndexRun {
  report: IndexReport;
  searchData: SearchData | null;
}

/**
 * How the core brings the index up to date with the corpus folder. Chosen once by the
 * composition (createBriefbot), as docs-mcp-server's PipelineFactory returns a manager or a
 * client: a CLI command indexes on its own thread, a long-running process in a worker.
 */
export interface Indexer {
  /** `passagesWithoutVector`: what search counted, so that a check for work need not ask the index. */
  index(passagesWithoutVector: number | null, progress?: IndexProgress): Promise<IndexRun>;
}

interface IndexerDeps {
  corpusDir: string;
  store: IndexStore;
  embedder: Embedder | null;
  logger: Logger;
}

/** Indexes on this thread (a CLI command); what search keeps in memory is read again only when the index changed. */
export function inProcessIndexer({ corpusDir, store, embedder, logger }: IndexerDeps): Indexer {
  return {
    async index(_passagesWithoutVector, progress) {
      const report = await indexCorpus({ corpusDir, store, embedder, logger, progress });
      const changed = report.added + report.changed + report.removed + report.embedded > 0;
      return { report, searchData: changed ? readSearchData(store, embedder) : null };
    },
  };
}

/**
 * Indexes in a worker thread (the bot, the chat), so answers never wait. Starting the worker
 * (a thread, tsx, a second SQLite connection) costs more than finding that there is nothing to
 * do, as at most starts: it is started only when there is work.
 */
export function workerIndexer(
  deps: IndexerDeps & {
    indexPath: string;
    logLevel: string;
    /** The options the main thread loaded its model with, for the worker to load it again if it must embed. */
    embedderOptions: EmbedderOptions | null;
  },
): Indexer {
  const { corpusDir, indexPath, logLevel, store, embedder, embedderOptions, logger } = deps;
  return {
    async index(passagesWithoutVector, progress) {
      const unchanged = await reportIfUnchanged({ corpusDir, store, embedder, logger, passagesWithoutVector });
      if (unchanged) return { report: unchanged, searchData: null };
      return runIndexWorker(
        {
          corpusDir,
          indexPath,
          // A model the main thread could not load is not tried again (it said so once).
          embedder:
            embedder && embedderOptions
              ? { options: embedderOptions, known: { modelId: embedder.modelId, key: embedder.key, dimension: embedder.dimension } }
              : null,
          logLevel,
        },
        progress,
      );
    },
  };
}

export interface IndexWorkerTask {
  corpusDir: string;
  indexPath: string;
  /** The model the main thread loaded (loaded again here only if something needs embedding); null for keyword search only. */
  embedder: { options: EmbedderOptions; known: Pick<Embedder, 'modelId' | 'key' | 'dimension'> } | null;
  logLevel: string;
}

export type IndexWorkerMessage =
  | { type: 'progress'; event: 'start' | 'advance' | 'stop'; value: number }
  | { type: 'done'; report: IndexReport; searchData: SearchData }
  | { type: 'failed'; message: string };

/**
 * Runs indexCorpus in a worker thread (indexWorker.ts) and resolves with its report and what
 * search holds in memory, read from the new index there (seconds at a million passages) and
 * moved, not copied. The worker has its own SQLite connection: WAL mode lets the main thread
 * keep reading (and answering) while it writes, and the switch-over is one transaction, so
 * readers see the old index or the new one.
 */
function runIndexWorker(task: IndexWorkerTask, progress?: IndexProgress): Promise<{ report: IndexReport; searchData: SearchData }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./indexWorker.mjs', import.meta.url), { workerData: task });
    let settled = false;
    worker.on('message', (message: IndexWorkerMessage) => {
      if (message.type === 'progress') {
        if (message.event === 'start') progress?.start(message.value);
        else if (message.event === 'advance') progress?.advance(message.value);
        else progress?.stop();
      } else if (message.type === 'done') {
        settled = true;
        resolve({ report: message.report, searchData: message.searchData });
      } else {
        settled = true;
        reject(new Error(`indexing failed: ${message.message}`));
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`indexing worker exited with code ${code} before finishing`));
    });
  });
}
