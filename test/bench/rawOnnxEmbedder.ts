import fs from 'node:fs';
import type { InferenceSession } from 'onnxruntime-node';
import { lengthSortedBatches } from './lengthSortedBatches.ts';
import { loadTokenizer, modelFile, type Tokenizer } from './transformersModel.ts';

export interface PlainEmbedder {
  embed(texts: string[]): Promise<Float32Array[]>;
}

/**
 * The limit for briefbot's embedder: the same model file in a bare onnxruntime-node
 * InferenceSession (created with the options transformers.js uses: cpu provider, defaults
 * otherwise), fed the same length-sorted batches tokenized by the model's own tokenizer, padded
 * per batch; mean pooling over the attention mask and L2 normalisation in one tight loop.
 */
export async function loadRawOnnxEmbedder(modelDir: string, quantized: boolean, batchSize = 32): Promise<PlainEmbedder> {
  // onnxruntime-node is what transformers.js runs on in Node (a dependency of @xenova/transformers).
  const ort = await import('onnxruntime-node');
  const session = await ort.InferenceSession.create(fs.readFileSync(modelFile(modelDir, quantized)), { executionProviders: ['cpu'] });
  const tokenizer = await loadTokenizer(modelDir);
  const makeTensor = (tensor: { data: BigInt64Array; dims: number[] }) => new ort.Tensor('int64', tensor.data, tensor.dims);
  return {
    async embed(texts: string[]): Promise<Float32Array[]> {
      const vectors = new Array<Float32Array>(texts.length);
      for (const batch of lengthSortedBatches(texts, batchSize)) {
        const pooled = await runBatch(session, tokenizer, batch.map((i) => texts[i] ?? ''), makeTensor);
        batch.forEach((textIndex, row) => {
          vectors[textIndex] = pooled[row] ?? new Float32Array();
        });
      }
      return vectors;
    },
  };
}

async function runBatch(
  session: InferenceSession,
  tokenizer: Tokenizer,
  texts: string[],
  makeTensor: (tensor: { data: BigInt64Array; dims: number[] }) => InferenceSession.OnnxValueMapType[string],
): Promise<Float32Array[]> {
  const encoded = tokenizer(texts, { padding: true, truncation: true });
  const feeds: Record<string, InferenceSession.OnnxValueMapType[string]> = {};
  for (const name of session.inputNames) {
    const tensor = encoded[name];
    if (!tensor) throw new Error(`The tokenizer gave no ${name}`);
    feeds[name] = makeTensor(tensor);
  }
  const output = await session.run(feeds);
  const hidden = output[session.outputNames[0] ?? 'last_hidden_state'];
  const mask = encoded.attention_mask;
  if (!hidden || !mask) throw new Error('No hidden state or attention mask');
  return meanPoolNormalized(hidden.data as Float32Array, mask.data, hidden.dims as number[]);
}

/** [batch, tokens, dim] hidden states → one unit vector per row, averaging the unmasked tokens. */
export function meanPoolNormalized(hidden: Float32Array, mask: BigInt64Array, dims: number[]): Float32Array[] {
  const [batch = 0, tokens = 0, dimension = 0] = dims;
  const result: Float32Array[] = [];
  for (let b = 0; b < batch; b++) {
    const sum = new Float32Array(dimension);
    let count = 0;
    for (let t = 0; t < tokens; t++) {
      if (mask[b * tokens + t] === 0n) continue;
      count++;
      const offset = (b * tokens + t) * dimension;
      for (let d = 0; d < dimension; d++) sum[d] = (sum[d] ?? 0) + (hidden[offset + d] ?? 0);
    }
    let norm = 0;
    for (let d = 0; d < dimension; d++) {
      const mean = (sum[d] ?? 0) / Math.max(count, 1);
      sum[d] = mean;
      norm += mean * mean;
    }
    const scale = 1 / (Math.sqrt(norm) || 1);
    for (let d = 0; d < dimension; d++) sum[d] = (sum[d] ?? 0) * scale;
    result.push(sum);
  }
  return result;
}
