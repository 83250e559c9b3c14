import { Worker } from 'node:worker_threads';
import type { Embedder, EmbedderOptions } from './embedder.ts';
import type { IndexProgress, IndexReport } from './indexCorpus.ts';
import type { SearchData } from './searchIndex.ts';

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
 * Runs indexCorpus in a worker thread and resolves with its report and what search holds in
 * memory, read from the new index there (seconds at a million passages) and moved, not copied.
 * The worker has its own SQLite connection: WAL mode lets the main thread keep reading (and
 * answering) while it writes, and the switch-over is one transaction, so readers see the old
 * index or the new one. Aborting `signal` (shutdown) terminates the worker: what it had not
 * committed is rolled back, and the next run picks up from there.
 */
export function runIndexWorker(
  task: IndexWorkerTask, progress?: IndexProgress, signal?: AbortSignal,
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
