import type { Embedder } from '../../src/index/embedder.ts';

/**
 * An embedder that remembers each text's vector: after a warm-up pass over the queries, search
 * rows compare search itself, query embedding excluded, with every engine given the same vectors.
 */
export class MemoEmbedder implements Embedder {
  private readonly memo = new Map<string, Float32Array>();

  constructor(private readonly inner: Embedder) {}

  get modelId(): string {
    return this.inner.modelId;
  }

  get key(): string {
    return this.inner.key;
  }

  get dimension(): number {
    return this.inner.dimension;
  }

  async embed(texts: string[]): Promise<Float32Array[]> {
    const missing = [...new Set(texts.filter((text) => !this.memo.has(text)))];
    if (missing.length > 0) {
      const vectors = await this.inner.embed(missing);
      missing.forEach((text, i) => this.memo.set(text, vectors[i] ?? new Float32Array(this.dimension)));
    }
    return texts.map((text) => this.memo.get(text) ?? new Float32Array(this.dimension));
  }
}
