import { Worker } from 'node:worker_threads';
import { hasStoredSupportGraph, storeSupportGraphIfStale } from './brief/storedSupportGraph.ts';
import type { Embedder } from './index/embedder.ts';
import { type IndexProgress, type IndexReport, indexCorpus, reportIfUnchanged } from './index/indexCorpus.ts';
import type { IndexStore } from './index/indexStore.ts';
import { loadSearchData, type SearchData } from './index/searchIndex.ts';
import { type LogFormat, type Logger, stderrLogFormat } from './logger.ts';

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
  /** Stops a run under way (shutdown): what it had not committed is rolled back, and the next run picks up from there. */
  stop(): void;
}

interface IndexerDeps {
  corpusDir: string;
  store: IndexStore;
  embedder: Embedder | null;
  logger: Logger;
}

/**
 * Indexes on this thread (a CLI command); what search keeps in memory is read again only when the
 * index changed, and the support relations extracted again when the corpus did (other stale
 * relations, after an upgrade or new rules, are extracted by the first who-backs that needs them,
 * so that `ask` never waits for them).
 */
export function inProcessIndexer({ corpusDir, store, embedder, logger }: IndexerDeps): Indexer {
  return {
    async index(_passagesWithoutVector, progress) {
      const report = await indexCorpus({ corpusDir, store, embedder, logger, progress });
      if (report.added + report.changed + report.removed > 0) await storeSupportGraphIfStale(store);
      const changed = report.added + report.changed + report.removed + report.embedded > 0;
      return { report, searchData: changed ? loadSearchData(store, embedder) : null };
    },
    // A run on this thread ends with the process.
    stop() {},
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
    /** NO_COLOR was set: the worker logs without colour, as the main thread does. */
    noColor: boolean;
  },
): Indexer {
  const { corpusDir, indexPath, logLevel, noColor, store, embedder, logger } = deps;
  const stopping = new AbortController();
  return {
    async index(passagesWithoutVector, progress) {
      const unchanged = await reportIfUnchanged({ corpusDir, store, embedder, logger, passagesWithoutVector });
      // Stale relations (an upgraded file, new extraction rules) are work for the worker too.
      if (unchanged && hasStoredSupportGraph(store)) return { report: unchanged, searchData: null };
      logger.debug({ corpusDir }, 'indexing worker started');
      return runIndexWorker(
        {
          corpusDir,
          indexPath,
          embedder: embedder && { modelId: embedder.modelId, key: embedder.key, dimension: embedder.dimension },
          logLevel,
          logFormat: stderrLogFormat(noColor),
        },
        embedder,
        progress,
        stopping.signal,
      );
    },
    stop: () => stopping.abort(),
  };
}

export interface IndexWorkerTask {
  corpusDir: string;
  indexPath: string;
  /** The main thread's model, which embeds what the worker sends it; null for keyword search only. */
  embedder: Pick<Embedder, 'modelId' | 'key' | 'dimension'> | null;
  logLevel: string;
  /** The main thread's log format: the worker's stderr is no terminal, but its lines land on the same one. */
  logFormat: LogFormat;
}

export type IndexWorkerMessage =
  | { type: 'progress'; event: 'start' | 'advance' | 'stop'; value: number }
  | { type: 'embed'; id: number; texts: string[] }
  | { type: 'done'; report: IndexReport; searchData: SearchData }
  | { type: 'failed'; message: string };

/** The main thread's answer to an `embed` request. */
export type MainThreadMessage =
  | { type: 'vectors'; id: number; vectors: Float32Array[] }
  | { type: 'embed-failed'; id: number; message: string };

/**
 * Runs indexCorpus in a worker thread (indexWorker.ts) and resolves with its report and what
 * search holds in memory, read from the new index there (seconds at a million passages) and
 * moved, not copied. The worker has its own SQLite connection: WAL mode lets the main thread
 * keep reading (and answering) while it writes, and the switch-over is one transaction, so
 * readers see the old index or the new one. The worker sends the texts it must embed here, to
 * `embedder` (see embedderInMainThread, indexWorker.ts). Aborting `signal` terminates the worker.
 */
function runIndexWorker(
  task: IndexWorkerTask,
  embedder: Embedder | null,
  progress?: IndexProgress,
  signal?: AbortSignal,
): Promise<{ report: IndexReport; searchData: SearchData }> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new Error('indexing stopped: shutting down'));
      return;
    }
    const worker = new Worker(new URL('./indexWorker.mjs', import.meta.url), { workerData: task });
    let settled = false;
    const stop = (): void => {
      if (settled) return;
      settled = true;
      progress?.stop();
      reject(new Error('indexing stopped: shutting down'));
      void worker.terminate();
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.on('exit', () => signal?.removeEventListener('abort', stop));
    const answer = (message: MainThreadMessage): void => {
      if (!settled) worker.postMessage(message);
    };
    worker.on('message', (message: IndexWorkerMessage) => {
      if (message.type === 'embed') {
        if (!embedder) answer({ type: 'embed-failed', id: message.id, message: 'no model is loaded' });
        else
          embedder.embed(message.texts).then(
            (vectors) => answer({ type: 'vectors', id: message.id, vectors }),
            (error: unknown) =>
              answer({
                type: 'embed-failed',
                id: message.id,
                message: error instanceof Error ? error.message : String(error),
              }),
          );
      } else if (message.type === 'progress') {
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
