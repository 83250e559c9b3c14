/**
 * Indices of `texts` sorted by length and cut into batches: the calls the bench makes to
 * briefbot's embedder and to the raw-runtime limit alike (each then runs its call 8 texts at a
 * time, by token count).
 */
export function lengthSortedBatches(texts: readonly string[], batchSize: number): number[][] {
  const order = texts.map((_, i) => i).sort((a, b) => (texts[a]?.length ?? 0) - (texts[b]?.length ?? 0));
  const batches: number[][] = [];
  for (let start = 0; start < order.length; start += batchSize) batches.push(order.slice(start, start + batchSize));
  return batches;
}
