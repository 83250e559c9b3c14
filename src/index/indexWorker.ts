/**
 * The body of the indexing worker thread (see runIndexWorker): opens its own connection to the
 * index and its own model, indexes, and reports back. Chunking, SQLite writes and embedding all
 * happen here, so the bot's event loop keeps acknowledging interactions meanwhile.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { corpusSummary } from '../brief/corpusSummary.ts';
import { DEFAULT_POINTS } from '../brief/summarizeCorpus.ts';
import { createLogger } from '../logger.ts';
import { embedderLoadedOnDemand } from './embedder.ts';
import { indexCorpus } from './indexCorpus.ts';
import { IndexStore } from './indexStore.ts';
import type { IndexWorkerMessage, IndexWorkerTask } from './runIndexWorker.ts';
import { loadSearchData, searchDataBuffers } from './searchIndex.ts';

const task = workerData as IndexWorkerTask;
const post = (message: IndexWorkerMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer);
const logger = createLogger(task.logLevel, { pretty: false });

async function run(): Promise<void> {
  // The main thread opened and checked the file; this second connection shares it.
  const store = IndexStore.open(task.indexPath, undefined, { sharedWithChecker: true });
  try {
    const embedder = task.embedder ? embedderLoadedOnDemand(task.embedder.known, task.embedder.options, logger) : null;
    const report = await indexCorpus({
      corpusDir: task.corpusDir,
      store,
      embedder,
      logger,
      progress: {
        start: (total) => post({ type: 'progress', event: 'start', value: total }),
        advance: (done) => post({ type: 'progress', event: 'advance', value: done }),
        stop: () => post({ type: 'progress', event: 'stop', value: 0 }),
      },
    });
    // Derived data of the whole corpus is prepared here, off the bot's event loop, and the
    // snapshot of what search reads written for the next start.
    if (report.added + report.changed + report.removed > 0) corpusSummary(store, DEFAULT_POINTS);
    const searchData = loadSearchData(store, task.embedder?.known ?? null);
    post({ type: 'done', report, searchData }, searchDataBuffers(searchData));
  } finally {
    store.close();
  }
}

run().catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
