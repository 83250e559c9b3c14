/**
 * The body of the model's thread (started by loadEmbedderInThread, embedderThread.ts): loads the
 * model with loadEmbedder, says what loaded, then embeds what the main thread sends. Importing
 * transformers.js and creating the ONNX session (synchronous in onnxruntime-node) take the best
 * part of a second of CPU: here they leave the main thread free to read the index meanwhile, and
 * to keep the Discord gateway answered.
 */
import { parentPort, workerData } from 'node:worker_threads';
import pino from 'pino';
import { type EmbedderOptions, loadEmbedder } from './embedder.ts';
import type { EmbedderThreadMessage, EmbedderThreadRequest } from './embedderThread.ts';

const { options, logLevel } = workerData as { options: EmbedderOptions; logLevel: string };
const post = (message: EmbedderThreadMessage, transfer: ArrayBuffer[] = []) =>
  parentPort?.postMessage(message, transfer);
// Lines go to the main thread's logger (its format, its terminal, the chat's prompt).
const logger = pino(
  { level: logLevel, base: null, timestamp: false },
  { write: (line: string) => post({ type: 'log', line }) },
);

const embedder = await loadEmbedder(options, logger).catch((error: unknown) => {
  logger.error({ err: error }, 'loading the embedding model failed: answering from keyword search only');
  return null;
});
if (!embedder) {
  post({ type: 'loaded', model: null });
} else {
  const { modelId, key, dimension, modelName, loadedWith } = embedder;
  post({ type: 'loaded', model: { modelId, key, dimension, modelName, loadedWith } });
  parentPort?.on('message', async ({ id, texts }: EmbedderThreadRequest) => {
    try {
      const vectors = await embedder.embed(texts);
      // One buffer for the batch, moved rather than copied; the vectors are views into it.
      const flat = new Float32Array(vectors.length * dimension);
      vectors.forEach((vector, i) => flat.set(vector, i * dimension));
      post({ type: 'vectors', id, flat }, [flat.buffer]);
    } catch (error) {
      post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
    }
  });
}
