/** Row-major unit vectors: `count` rows of `dimension` floats. */
export interface VectorSet {
  ids: Int32Array;
  dimension: number;
  matrix: Float32Array;
}

/** An approximate nearest-neighbour search to check: ids of the k best rows for a query. */
export type VectorSearch = (query: Float32Array, k: number) => number[];

/** Exact top-k by dot product (cosine for unit vectors), a full scan: the reference. */
export function exactTopK(vectors: VectorSet, query: Float32Array, k: number): number[] {
  const { ids, dimension, matrix } = vectors;
  const best: { id: number; score: number }[] = [];
  for (let row = 0; row < ids.length; row++) {
    let dot = 0;
    const offset = row * dimension;
    for (let d = 0; d < dimension; d++) dot += (matrix[offset + d] ?? 0) * (query[d] ?? 0);
    if (best.length < k || dot > (best[best.length - 1]?.score ?? -Infinity)) {
      best.push({ id: ids[row] ?? -1, score: dot });
      best.sort((a, b) => b.score - a.score);
      if (best.length > k) best.pop();
    }
  }
  return best.map((entry) => entry.id);
}

/** Share of the exact top-k that the approximate top-k found (recall@k), averaged over queries. */
export function recallAtK(exact: readonly number[][], approximate: readonly number[][], k: number): number {
  if (exact.length === 0) return Number.NaN;
  let total = 0;
  exact.forEach((truth, i) => {
    const found = new Set((approximate[i] ?? []).slice(0, k));
    const wanted = truth.slice(0, k);
    total += wanted.filter((id) => found.has(id)).length / Math.max(wanted.length, 1);
  });
  return total / exact.length;
}

/** recall@k of `search` against the exact scan (by default the JS one above), over the given query vectors. */
export function measureRecall(
  vectors: VectorSet,
  queries: readonly Float32Array[],
  search: VectorSearch,
  k = 10,
  exact: VectorSearch = (query, n) => exactTopK(vectors, query, n),
): number {
  return recallAtK(
    queries.map((query) => exact(query, k)),
    queries.map((query) => search(query, k)),
    k,
  );
}
