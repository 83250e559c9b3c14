/**
 * The body of the indexing worker thread (started by workerIndexer, indexer.ts): opens its own
 * connection to the index and its own model, indexes, and reports back. Chunking, SQLite writes
 * and embedding all happen here, so the bot's event loop keeps acknowledging interactions.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { corpusSummary } from './brief/corpusSummary.ts';
import { loadStoredSupportGraph, storeSupportGraphIfStale } from './brief/storedSupportGraph.ts';
import { DEFAULT_POINTS } from './brief/summarizeCorpus.ts';
import { embedderLoadedOnDemand } from './index/embedder.ts';
import { indexCorpus } from './index/indexCorpus.ts';
import { IndexStore } from './index/indexStore.ts';
import { loadSearchData, searchDataBuffers } from './index/searchIndex.ts';
import type { IndexWorkerMessage, IndexWorkerTask } from './indexer.ts';
import { createLogger } from './logger.ts';

const task = workerData as IndexWorkerTask;
const post = (message: IndexWorkerMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer);
const logger = createLogger(task.logLevel, task.logFormat);

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
    // snapshot of what search reads written for the next start. Entities and relations first:
    // extracted when the corpus changed, or the rules did (EXTRACTOR_VERSION); never a reason to
    // fail the run, since who-backs can still extract them itself. The briefing reads them.
    await storeSupportGraphIfStale(store).catch((error: unknown) =>
      logger.error({ err: error }, 'extracting support relations failed; who-backs extracts them when asked'),
    );
    await corpusSummary(store, DEFAULT_POINTS, () => loadStoredSupportGraph(store));
    const searchData = loadSearchData(store, task.embedder?.known ?? null);
    post({ type: 'done', report, searchData }, searchDataBuffers(searchData));
  } finally {
    store.close();
  }
}

run().catch((error: unknown) =>
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
);
