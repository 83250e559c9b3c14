import usearch from 'usearch';
import { IndexStore } from '../../src/index/indexStore.ts';
import { shapeVectorKey } from './benchModel.ts';
import { type BenchRow, fmt, row } from './benchRow.ts';
import { measureLatency } from './measureLatency.ts';
import { SECTION_TITLES } from './sectionTitles.ts';
import { randomUnitVector, seededRandom } from './seededRandom.ts';
import { exactTopK, measureRecall, type VectorSet } from './vectorRecall.ts';

const SECTION = SECTION_TITLES.recall;
/** briefbot fuses the best 100 cosine matches (CANDIDATES in searchIndex.ts). */
const CANDIDATES = 100;

/**
 * What the vector half of a hybrid query could cost, on the vectors of an index file (read
 * with IndexStore.loadVectors): an exact scan as a tight JS loop with top-k selection, and
 * usearch's native SIMD exact search. And on a smaller index an approximate one (usearch
 * HNSW) scored with measureRecall: recall@10 against the exact scan. Random vectors are the
 * hardest case for HNSW, so its recall here is a floor, not what real embeddings would give.
 */
export async function vectorReference(options: { indexPath: string; label: string; hnswIndexPath: string; hnswLabel: string; queries: number }): Promise<BenchRow[]> {
  const key = await shapeVectorKey(true);
  const vectors = readVectors(options.indexPath, key);
  const count = vectors.ids.length;
  const random = seededRandom(99);
  const queries = Array.from({ length: options.queries }, () => randomUnitVector(random, vectors.dimension));
  const tight = await measureLatency(queries, (query) => exactTopK(vectors, query, CANDIDATES), { warmup: 3 });
  const simd = await measureLatency(queries, (query) => usearch.exactSearch(vectors.matrix, query, vectors.dimension, CANDIDATES, usearch.MetricKind.IP, 1), { warmup: 3 });
  const simd2 = await measureLatency(queries, (query) => usearch.exactSearch(vectors.matrix, query, vectors.dimension, CANDIDATES, usearch.MetricKind.IP, 2), { warmup: 3 });

  const small = readVectors(options.hnswIndexPath, key);
  const buildStarted = performance.now();
  const hnsw = new usearch.Index({
    dimensions: small.dimension, metric: usearch.MetricKind.IP, quantization: usearch.ScalarKind.F32,
    connectivity: 16, expansion_add: 128, expansion_search: 64, multi: false,
  });
  hnsw.add(BigUint64Array.from(small.ids, (id) => BigInt(id)), small.matrix, 2);
  const buildMs = performance.now() - buildStarted;
  const approximate = (query: Float32Array, k: number) => Array.from(hnsw.search(query, k, 1).keys, (key) => Number(key));
  const hnswLatency = await measureLatency(queries, (query) => approximate(query, CANDIDATES), { warmup: 3 });
  const recall = measureRecall(small, queries.slice(0, 50), approximate, 10);

  const scan = `${fmt(count)} × ${vectors.dimension} (${options.label})`;
  return [
    row({
      id: 'vectors.exact.js', section: SECTION, label: `exact top-${CANDIDATES}, tight JS loop, ${scan}`,
      values: { p50: tight.p50, p99: tight.p99 }, display: `p50 ${fmt(tight.p50, 'ms')} · p99 ${fmt(tight.p99, 'ms')}`, goal: null,
      note: `pure JS (Float32Array, no allocation per row, bounded top-k): what a scan costs without native code; n=${tight.n}`,
    }),
    row({
      id: 'vectors.exact.usearch', section: SECTION, label: `exact top-${CANDIDATES}, usearch exactSearch (SIMD, 1 thread), ${fmt(count)}`,
      values: { p50: simd.p50, p99: simd.p99 }, display: `p50 ${fmt(simd.p50, 'ms')} · p99 ${fmt(simd.p99, 'ms')}`, goal: null,
      note: `native f32 inner product; ${fmt(tight.p50 / simd.p50)}× the JS loop`,
    }),
    row({
      id: 'vectors.exact.usearch2', section: SECTION, label: `exact top-${CANDIDATES}, usearch exactSearch, 2 threads, ${fmt(count)}`,
      values: { p50: simd2.p50, p99: simd2.p99 }, display: `p50 ${fmt(simd2.p50, 'ms')} · p99 ${fmt(simd2.p99, 'ms')}`, goal: null,
      note: `${fmt(simd.p50 / simd2.p50)}× one thread`,
    }),
    row({
      id: 'vectors.hnsw.usearch', section: SECTION, label: `approximate: usearch HNSW, ${fmt(small.ids.length)} vectors (${options.hnswLabel})`,
      values: { recallAt10: recall, p50: hnswLatency.p50, buildMs }, display: `recall@10 ${recall.toFixed(3)} · p50 ${fmt(hnswLatency.p50, 'ms')}`, goal: null,
      note: `M=16, ef_add=128, ef_search=64; build ${fmt(buildMs / 1000, 's')} on 2 threads; random vectors: a floor for recall`,
    }),
  ];
}

function readVectors(indexPath: string, key: string): VectorSet {
  const store = IndexStore.open(indexPath);
  try {
    const vectors = store.loadVectors(key);
    if (!vectors) throw new Error(`${indexPath} has no vectors`);
    return vectors;
  } finally {
    store.close();
  }
}
