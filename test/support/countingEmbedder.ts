import { createHash } from 'node:crypto';
import type { Embedder } from '../../src/index/embedder.ts';

/**
 * A deterministic stand-in for the model in indexing tests that count what gets embedded
 * (the real transformers.js path is tested with the tiny model). Vectors come from a hash of
 * the text; `failAfter` makes it throw mid-run, like a crash during embedding.
 */
export class CountingEmbedder implements Embedder {
  readonly dimension = 8;
  embeddedTexts: string[] = [];
  failAfter = Infinity;

  constructor(readonly modelId = 'test/counting') {}

  get key(): string {
    return `${this.modelId}|${this.dimension}`;
  }

  async embed(texts: string[]): Promise<Float32Array[]> {
    return texts.map((text) => {
      if (this.embeddedTexts.length >= this.failAfter) throw new Error('embedding interrupted');
      this.embeddedTexts.push(text);
      const bytes = createHash('sha256').update(text).digest();
      const vector = Float32Array.from({ length: this.dimension }, (_, i) => (bytes[i] ?? 0) - 128);
      const norm = Math.hypot(...vector);
      return vector.map((v) => v / norm);
    });
  }
}
