/**
 * Indices of `texts` sorted by length and cut into batches: the order briefbot's embedder uses
 * (src/index/embedder.ts), so the raw-runtime limit is fed exactly the same batches.
 */
export function lengthSortedBatches(texts: readonly string[], batchSize: number): number[][] {
  const order = texts.map((_, i) => i).sort((a, b) => (texts[a]?.length ?? 0) - (texts[b]?.length ?? 0));
  const batches: number[][] = [];
  for (let start = 0; start < order.length; start += batchSize) batches.push(order.slice(start, start + batchSize));
  return batches;
}
