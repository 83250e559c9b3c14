/**
 * The body of the indexing worker thread (started by workerIndexer, indexer.ts): opens its own
 * connection to the index, indexes, and reports back. Chunking, SQLite writes, relation
 * extraction and the briefing happen here, so the bot's event loop keeps acknowledging
 * interactions; the model stays in the main thread (embedderInMainThread).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { corpusSummary } from './brief/corpusSummary.ts';
import { loadStoredSupportGraph, storeSupportGraphIfStale } from './brief/storedSupportGraph.ts';
import { DEFAULT_POINTS } from './brief/summarizeCorpus.ts';
import type { Embedder } from './index/embedder.ts';
import { indexCorpus } from './index/indexCorpus.ts';
import { IndexStore } from './index/indexStore.ts';
import { loadSearchData, searchDataBuffers } from './index/searchIndex.ts';
import type { IndexWorkerMessage, IndexWorkerTask, MainThreadMessage } from './indexer.ts';
import { createLogger } from './logger.ts';

const task = workerData as IndexWorkerTask;
const post = (message: IndexWorkerMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer);
const logger = createLogger(task.logLevel, task.logFormat);

async function run(): Promise<void> {
  // The main thread opened and checked the file; this second connection shares it.
  const store = IndexStore.open(task.indexPath, undefined, { sharedWithChecker: true });
  const model = task.embedder ? embedderInMainThread(task.embedder) : null;
  try {
    const embedder = model?.embedder ?? null;
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
    const searchData = loadSearchData(store, task.embedder);
    post({ type: 'done', report, searchData }, searchDataBuffers(searchData));
  } finally {
    store.close();
    // The port no longer keeps this thread alive once nothing listens to it.
    model?.stopListening();
  }
}

/**
 * The main thread's model, asked through messages. onnxruntime-node 1.14 must live in one
 * thread of a process: its binding keeps JavaScript references in static storage, so loaded in
 * this thread as well it corrupted the heap (a segfault in about 1 run in 40 of a test that
 * indexed with a model in two bots one after the other). The main thread runs one batch of 8
 * texts at a time and its event loop turns between batches, so answers still go out meanwhile.
 */
function embedderInMainThread(known: Pick<Embedder, 'modelId' | 'key' | 'dimension'>): {
  embedder: Embedder;
  stopListening: () => void;
} {
  const waiting = new Map<number, { resolve: (vectors: Float32Array[]) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  const listener = (message: MainThreadMessage): void => {
    const request = waiting.get(message.id);
    if (!request) return;
    waiting.delete(message.id);
    if (message.type === 'vectors') request.resolve(message.vectors);
    else request.reject(new Error(message.message));
  };
  parentPort?.on('message', listener);
  return {
    embedder: {
      ...known,
      embed(texts: string[]): Promise<Float32Array[]> {
        const id = nextId++;
        return new Promise((resolve, reject) => {
          waiting.set(id, { resolve, reject });
          post({ type: 'embed', id, texts });
        });
      },
    },
    stopListening: () => parentPort?.off('message', listener),
  };
}

run().catch((error: unknown) =>
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
);
