import type { PlainEmbedder } from './rawOnnxEmbedder.ts';
import { loadFeatureExtractor } from './transformersModel.ts';

/**
 * The baseline briefbot must beat: the transformers.js feature-extraction pipeline called once
 * per batch of 32 texts in file order (no length sorting), mean pooling and normalisation by
 * the pipeline.
 */
export async function loadNaiveEmbedder(modelDir: string, quantized: boolean, batchSize = 32): Promise<PlainEmbedder> {
  const extract = await loadFeatureExtractor(modelDir, quantized);
  return {
    async embed(texts: string[]): Promise<Float32Array[]> {
      const vectors: Float32Array[] = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        const output = await extract(texts.slice(start, start + batchSize), { pooling: 'mean', normalize: true });
        const dimension = output.dims.at(-1) ?? 0;
        for (let row = 0; row * dimension < output.data.length; row++)
          vectors.push(output.data.slice(row * dimension, (row + 1) * dimension));
      }
      return vectors;
    },
  };
}
