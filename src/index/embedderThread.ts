import { Worker } from 'node:worker_threads';
import pino from 'pino';
import type { Embedder, EmbedderOptions } from './embedder.ts';
import type { Logger } from '../logger.ts';

/** What the model's thread says: what loaded (null: no model), a batch's vectors, a failure, a log line. */
export type EmbedderThreadMessage =
  | { type: 'loaded'; model: Pick<Embedder, 'modelId' | 'key' | 'dimension' | 'modelName' | 'loadedWith'> | null }
  | { type: 'vectors'; id: number; flat: Float32Array }
  | { type: 'failed'; id: number; message: string }
  | { type: 'log'; line: string };

export interface EmbedderThreadRequest {
  id: number;
  texts: string[];
}

/**
 * loadEmbedder in a thread of its own (embedderWorker.ts), started at once: resolves when the
 * model has loaded there, with an Embedder whose embed() runs in that thread, or null (said in
 * the log, as loadEmbedder says it) when no model could be loaded. The thread never keeps the
 * process alive by itself: only while a load or a batch is under way. `close()` ends it.
 */
export function loadEmbedderInThread(options: EmbedderOptions, logger: Logger): Promise<Embedder | null> {
  const worker = new Worker(new URL('./embedderWorker.mjs', import.meta.url), {
    workerData: { options, logLevel: logger.level },
  });
  const pending = new Map<number, { resolve: (vectors: Float32Array[]) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let closed = false;
  let failure: Error | null = null;
  const settleAll = (error: Error) => {
    failure ??= error;
    for (const { reject } of pending.values()) reject(failure);
    pending.clear();
  };
  return new Promise((resolve, reject) => {
    let dimension = 0;
    worker.on('message', (message: EmbedderThreadMessage) => {
      if (message.type === 'log') relayLogLine(logger, message.line);
      else if (message.type === 'loaded') {
        if (!message.model) {
          void worker.terminate();
          resolve(null);
          return;
        }
        dimension = message.model.dimension;
        worker.unref();
        resolve({
          ...message.model,
          embed(texts: string[]): Promise<Float32Array[]> {
            if (texts.length === 0) return Promise.resolve([]);
            if (closed || failure) return Promise.reject(failure ?? new Error('the embedding model was closed'));
            const id = nextId++;
            worker.ref();
            return new Promise<Float32Array[]>((done, fail) => {
              pending.set(id, { resolve: done, reject: fail });
              worker.postMessage({ id, texts } satisfies EmbedderThreadRequest);
            });
          },
          close(): void {
            closed = true;
            settleAll(new Error('the embedding model was closed'));
            void worker.terminate();
          },
        });
      } else {
        const request = pending.get(message.id);
        pending.delete(message.id);
        if (pending.size === 0) worker.unref();
        if (!request) return;
        if (message.type === 'failed') request.reject(new Error(message.message));
        else {
          const vectors: Float32Array[] = [];
          for (let offset = 0; offset < message.flat.length; offset += dimension)
            vectors.push(message.flat.subarray(offset, offset + dimension));
          request.resolve(vectors);
        }
      }
    });
    worker.on('error', (error) => {
      settleAll(error);
      reject(error);
    });
    worker.on('exit', (code) => {
      const error = new Error(`the embedding model's thread exited (code ${code})`);
      settleAll(error);
      // Before it said what loaded: a crash of the thread itself (its own failures are caught there).
      reject(error);
    });
  });
}

/** A pino line from the thread, logged again here at its level with its fields. */
function relayLogLine(logger: Logger, line: string): void {
  try {
    const { level, msg, ...fields } = JSON.parse(line) as { level: number; msg?: string } & Record<string, unknown>;
    const label = pino.levels.labels[level] as pino.Level | undefined;
    logger[label ?? 'info'](fields, msg ?? '');
  } catch {
    logger.info(line.trim());
  }
}
