import { Worker } from 'node:worker_threads';

export interface IndexFileCheck {
  /** 'ok', or SQLite's first complaint about the file. */
  result: Promise<string>;
  /** Ends the check early (shutdown). */
  stop(): Promise<void>;
}

/**
 * SQLite's page check (`quick_check`) of an index file, on a read-only connection in a worker
 * thread: it reads every page, seconds to minutes for a large index from a cold disk, while the
 * caller keeps answering from the file.
 */
export function checkIndexFile(file: string): IndexFileCheck {
  const worker = new Worker(new URL('./checkIndexFileWorker.mjs', import.meta.url), { workerData: { file } });
  const result = new Promise<string>((resolve, reject) => {
    worker.once('message', (message: { result: string } | { error: string }) => {
      if ('result' in message) resolve(message.result);
      else reject(new Error(`the index check could not run: ${message.error}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the index check stopped (exit code ${code})`)));
  });
  return { result, stop: async () => void (await worker.terminate()) };
}
