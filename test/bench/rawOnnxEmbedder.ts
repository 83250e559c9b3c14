import fs from 'node:fs';
import type { InferenceSession } from 'onnxruntime-node';
import { loadTokenizer, modelFile } from './transformersModel.ts';

export interface PlainEmbedder {
  embed(texts: string[]): Promise<Float32Array[]>;
}

/** Texts per model run: the same as src/index/embedder.ts (BATCH_SIZE), so the limit pads no more than briefbot. */
const RUN_SIZE = 8;

/**
 * The limit for briefbot's embedder: the same model file in a bare onnxruntime-node
 * InferenceSession (created with the options transformers.js uses: cpu provider, defaults
 * otherwise), batched as briefbot batches: each call's texts tokenized once by the model's own
 * tokenizer, sorted by token count, run 8 at a time, padded per run; mean pooling and L2
 * normalisation in one tight loop.
 */
export async function loadRawOnnxEmbedder(modelDir: string, quantized: boolean): Promise<PlainEmbedder> {
  // onnxruntime-node is what transformers.js runs on in Node (a dependency of @xenova/transformers).
  const ort = await import('onnxruntime-node');
  const session = await ort.InferenceSession.create(fs.readFileSync(modelFile(modelDir, quantized)), {
    executionProviders: ['cpu'],
  });
  const tokenizer = await loadTokenizer(modelDir);
  return {
    async embed(texts: string[]): Promise<Float32Array[]> {
      const { input_ids: ids } = tokenizer(texts, { padding: false, truncation: true, return_tensor: false });
      const order = ids.map((_, i) => i).sort((a, b) => (ids[a]?.length ?? 0) - (ids[b]?.length ?? 0));
      const vectors = new Array<Float32Array>(texts.length);
      for (let start = 0; start < order.length; start += RUN_SIZE) {
        const run = order.slice(start, start + RUN_SIZE);
        const pooled = await runPadded(
          session,
          run.map((i) => ids[i] ?? []),
          (data, dims) => new ort.Tensor('int64', data, dims),
        );
        run.forEach((textIndex, row) => {
          vectors[textIndex] = pooled[row] ?? new Float32Array();
        });
      }
      return vectors;
    },
  };
}

/** One model run over token ids padded on the right (pad id 0, as for BERT), pooled over each row's real tokens. */
async function runPadded(
  session: InferenceSession,
  rows: number[][],
  makeTensor: (data: BigInt64Array, dims: number[]) => InferenceSession.OnnxValueMapType[string],
): Promise<Float32Array[]> {
  const width = Math.max(...rows.map((row) => row.length));
  const inputIds = new BigInt64Array(rows.length * width);
  const mask = new BigInt64Array(rows.length * width);
  rows.forEach((row, r) =>
    row.forEach((id, t) => {
      inputIds[r * width + t] = BigInt(id);
      mask[r * width + t] = 1n;
    }),
  );
  const dims = [rows.length, width];
  const tensors: Record<string, BigInt64Array> = {
    input_ids: inputIds,
    attention_mask: mask,
    token_type_ids: new BigInt64Array(rows.length * width),
  };
  const feeds: Record<string, InferenceSession.OnnxValueMapType[string]> = {};
  for (const name of session.inputNames) {
    const data = tensors[name];
    if (!data) throw new Error(`The model takes an input the bench does not make: ${name}`);
    feeds[name] = makeTensor(data, dims);
  }
  const output = await session.run(feeds);
  const hidden = output[session.outputNames[0] ?? 'last_hidden_state'];
  if (!hidden) throw new Error('No hidden state');
  return meanPoolNormalized(hidden.data as Float32Array, mask, hidden.dims as number[]);
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
