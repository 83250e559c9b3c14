import usearch from 'usearch';
import { IndexStore } from '../../src/index/indexStore.ts';
import { quantizeVectors, quantizeWith } from '../../src/index/quantizeVectors.ts';
import { SearchIndex } from '../../src/index/searchIndex.ts';
import { shapeVectorKey } from './benchModel.ts';
import { type BenchRow, fmt, row } from './benchRow.ts';
import { measureLatency } from './measureLatency.ts';
import { SECTION_TITLES } from './sectionTitles.ts';
import { randomUnitVector, seededRandom } from './seededRandom.ts';
import { syntheticOriginalVectors } from './syntheticCorpus.ts';
import { exactTopK, measureRecall, type VectorSet } from './vectorRecall.ts';

const SECTION = SECTION_TITLES.recall;
/** briefbot fuses the best 100 cosine matches (CANDIDATES in searchIndex.ts). */
const CANDIDATES = 100;

/**
 * The vector half of a hybrid query, on the vectors of an index file (read with
 * IndexStore.loadVectors). First briefbot's own search (SearchIndex.nearestPassages: an int8
 * scan, then float32 re-scoring of a shortlist): its recall@10 against an exact float32 scan and
 * its latency, with the int8 scan alone for comparison. Then what the alternatives cost: an
 * exact scan as a tight JS loop, usearch's native SIMD exact search on float32, and on a
 * smaller index an approximate one (usearch HNSW). Random vectors are the hardest case for
 * approximate search, so recall here is a floor, not what real embeddings would give.
 */
export async function vectorReference(options: {
  indexPath: string;
  label: string;
  hnswIndexPath: string;
  hnswLabel: string;
  queries: number;
  syntheticSize?: number;
}): Promise<BenchRow[]> {
  const key = await shapeVectorKey(true);
  const vectors = readVectors(options.indexPath, key);
  const count = vectors.ids.length;
  const random = seededRandom(99);
  const queries = Array.from({ length: options.queries }, () => randomUnitVector(random, vectors.dimension));
  // The vectors as generated, before the index stored them as float16 (synthetic ids are 1..N in order).
  const original =
    options.syntheticSize !== undefined && vectors.ids.every((id, row) => id === row + 1)
      ? {
          ids: vectors.ids,
          dimension: vectors.dimension,
          matrix: syntheticOriginalVectors(options.syntheticSize, count),
        }
      : null;
  const briefbot = await briefbotVectorRows(
    options.indexPath,
    key,
    vectors,
    queries.slice(0, 50),
    `${fmt(count)} × ${vectors.dimension} (${options.label})`,
    original,
  );
  const tight = await measureLatency(queries, (query) => exactTopK(vectors, query, CANDIDATES), { warmup: 3 });
  const simd = await measureLatency(
    queries,
    (query) => usearch.exactSearch(vectors.matrix, query, vectors.dimension, CANDIDATES, usearch.MetricKind.IP, 1),
    { warmup: 3 },
  );
  const simd2 = await measureLatency(
    queries,
    (query) => usearch.exactSearch(vectors.matrix, query, vectors.dimension, CANDIDATES, usearch.MetricKind.IP, 2),
    { warmup: 3 },
  );

  const small = readVectors(options.hnswIndexPath, key);
  const buildStarted = performance.now();
  const hnsw = new usearch.Index({
    dimensions: small.dimension,
    metric: usearch.MetricKind.IP,
    quantization: usearch.ScalarKind.F32,
    connectivity: 16,
    expansion_add: 128,
    expansion_search: 64,
    multi: false,
  });
  hnsw.add(
    BigUint64Array.from(small.ids, (id) => BigInt(id)),
    small.matrix,
    2,
  );
  const buildMs = performance.now() - buildStarted;
  const approximate = (query: Float32Array, k: number) =>
    Array.from(hnsw.search(query, k, 1).keys, (key) => Number(key));
  const hnswLatency = await measureLatency(queries, (query) => approximate(query, CANDIDATES), { warmup: 3 });
  const recall = measureRecall(small, queries.slice(0, 50), approximate, 10);

  const scan = `${fmt(count)} × ${vectors.dimension} (${options.label})`;
  return [
    ...briefbot,
    row({
      id: 'vectors.exact.js',
      section: SECTION,
      label: `exact top-${CANDIDATES}, tight JS loop, ${scan}`,
      values: { p50: tight.p50, p99: tight.p99 },
      display: `p50 ${fmt(tight.p50, 'ms')} · p99 ${fmt(tight.p99, 'ms')}`,
      goal: null,
      note: `pure JS (Float32Array, no allocation per row, bounded top-k): what a scan costs without native code; n=${tight.n}`,
    }),
    row({
      id: 'vectors.exact.usearch',
      section: SECTION,
      label: `exact top-${CANDIDATES}, usearch exactSearch (SIMD, 1 thread), ${fmt(count)}`,
      values: { p50: simd.p50, p99: simd.p99 },
      display: `p50 ${fmt(simd.p50, 'ms')} · p99 ${fmt(simd.p99, 'ms')}`,
      goal: null,
      note: `native f32 inner product; ${fmt(tight.p50 / simd.p50)}× the JS loop`,
    }),
    row({
      id: 'vectors.exact.usearch2',
      section: SECTION,
      label: `exact top-${CANDIDATES}, usearch exactSearch, 2 threads, ${fmt(count)}`,
      values: { p50: simd2.p50, p99: simd2.p99 },
      display: `p50 ${fmt(simd2.p50, 'ms')} · p99 ${fmt(simd2.p99, 'ms')}`,
      goal: null,
      note: `${fmt(simd.p50 / simd2.p50)}× one thread`,
    }),
    row({
      id: 'vectors.hnsw.usearch',
      section: SECTION,
      label: `approximate: usearch HNSW, ${fmt(small.ids.length)} vectors (${options.hnswLabel})`,
      values: { recallAt10: recall, p50: hnswLatency.p50, buildMs },
      display: `recall@10 ${recall.toFixed(3)} · p50 ${fmt(hnswLatency.p50, 'ms')}`,
      goal: null,
      note: `M=16, ef_add=128, ef_search=64; build ${fmt(buildMs / 1000, 's')} on 2 threads; random vectors: a floor for recall`,
    }),
  ];
}

/** recall@10 and latency of SearchIndex.nearestPassages, loaded from the index file as the bot loads it. */
async function briefbotVectorRows(
  indexPath: string,
  key: string,
  vectors: VectorSet,
  queries: Float32Array[],
  scan: string,
  original: VectorSet | null,
): Promise<BenchRow[]> {
  const store = IndexStore.open(indexPath);
  try {
    // Queries here are vectors already: the embedder is never asked to embed.
    const embedder = {
      modelId: 'bench',
      key,
      dimension: vectors.dimension,
      embed: () => Promise.reject(new Error('not used')),
    };
    const search = SearchIndex.load(store, embedder);
    const exactOver = (set: VectorSet) => (query: Float32Array, k: number) => {
      const { keys } = usearch.exactSearch(
        set.matrix,
        query,
        set.dimension,
        k,
        usearch.MetricKind.IP,
      ) as import('usearch').Matches;
      return Array.from(keys, (row) => set.ids[Number(row)] ?? -1);
    };
    const exact = exactOver(vectors);
    const nearest = (query: Float32Array, k: number) => search.nearestPassages(query, k).map((hit) => hit.id);
    const recall = measureRecall(vectors, queries, nearest, 10, exact);
    const originalRecall = original ? measureRecall(original, queries, nearest, 10, exactOver(original)) : Number.NaN;
    const int8 = quantizeVectors(vectors.matrix);
    const int8Only = (query: Float32Array, k: number) => {
      const { keys } = usearch.exactSearch(
        int8.matrix,
        quantizeWith(query, int8.scale),
        vectors.dimension,
        k,
        usearch.MetricKind.IP,
      ) as import('usearch').Matches;
      return Array.from(keys, (row) => vectors.ids[Number(row)] ?? -1);
    };
    const int8Recall = measureRecall(vectors, queries, int8Only, 10, exact);
    const latency = await measureLatency(queries, (query) => nearest(query, CANDIDATES), { warmup: 3 });
    return [
      row({
        id: 'recall.at10',
        section: SECTION,
        label: `recall@10, briefbot vs exact float32 scan, ${scan}`,
        values: { recallAt10: recall, int8OnlyRecallAt10: int8Recall, recallVsOriginalAt10: originalRecall },
        display: `${recall.toFixed(3)}`,
        goal: null,
        note: `int8 scan of every vector, best ${fmt(3 * CANDIDATES)} re-scored with the stored float16 vectors; exact = float32 scan of the stored vectors; against an exact scan of the vectors as generated (float32, before storing): ${original ? originalRecall.toFixed(3) : 'n/a'}; the int8 scan alone: ${int8Recall.toFixed(3)}; ${queries.length} random queries`,
      }),
      row({
        id: 'vectors.briefbot',
        section: SECTION,
        label: `briefbot top-${CANDIDATES} (int8 scan + re-scoring), ${scan}`,
        values: { p50: latency.p50, p99: latency.p99 },
        display: `p50 ${fmt(latency.p50, 'ms')} · p99 ${fmt(latency.p99, 'ms')}`,
        goal: null,
        note: `SearchIndex.nearestPassages, as a hybrid ask runs it (query embedding not included); n=${latency.n}`,
      }),
    ];
  } finally {
    store.close();
  }
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
