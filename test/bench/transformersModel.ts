import path from 'node:path';
import { importTransformers } from '../../src/index/loadTransformers.ts';

/** What the bench uses of a transformers.js tokenizer call: int64 tensors as BigInt64Array. */
export interface TokenTensor {
  data: BigInt64Array;
  dims: number[];
}
export interface Tokenizer {
  (texts: string[], options: { padding: boolean; truncation: boolean }): Record<string, TokenTensor>;
  /** Unpadded ids, one array per text. */
  (texts: string[], options: { padding: false; truncation: boolean; return_tensor: false }): { input_ids: number[][] };
}
export type FeatureExtractor = (
  texts: string[],
  options: { pooling: 'mean'; normalize: boolean },
) => Promise<{ data: Float32Array; dims: number[] }>;

/** Points transformers.js (the copy briefbot loads: importTransformers) at a local model folder, as briefbot's loadEmbedder does; returns the name to load. */
export async function useLocalModel(modelDir: string): Promise<string> {
  const { env } = await importTransformers();
  env.localModelPath = path.dirname(modelDir);
  env.allowLocalModels = true;
  env.allowRemoteModels = false;
  return path.basename(modelDir);
}

export async function loadTokenizer(modelDir: string): Promise<Tokenizer> {
  const name = await useLocalModel(modelDir);
  const { AutoTokenizer } = await importTransformers();
  return (await AutoTokenizer.from_pretrained(name)) as unknown as Tokenizer;
}

export async function loadFeatureExtractor(modelDir: string, quantized: boolean): Promise<FeatureExtractor> {
  const name = await useLocalModel(modelDir);
  const { pipeline } = await importTransformers();
  return (await pipeline('feature-extraction', name, { quantized })) as unknown as FeatureExtractor;
}

export function modelFile(modelDir: string, quantized: boolean): string {
  return path.join(modelDir, 'onnx', quantized ? 'model_quantized.onnx' : 'model.onnx');
}
