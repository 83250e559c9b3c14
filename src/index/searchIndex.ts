import { createRequire } from 'node:module';
import type { Embedder } from './embedder.ts';
import type { IndexStore, PassageRecord, StoredVectors } from './indexStore.ts';
import { searchTerms } from './searchTerms.ts';

// usearch's ESM build cannot find its native addon (it recurses looking for it); its CommonJS
// build can, so it is loaded through require.
const usearch = createRequire(import.meta.url)('usearch') as typeof import('usearch');

export interface SearchHit {
  passage: PassageRecord;
  /** Fused rank score (reciprocal rank fusion); higher is better. */
  score: number;
  /** BM25 with briefbot's own IDF; 0 when no query term is in the passage. */
  keywordScore: number;
  /** Cosine similarity to the query; null in keyword-only mode. */
  cosine: number | null;
  /** Share of the query's weight (IDF) that the passage's terms cover, 0..1. */
  coverage: number;
}

export interface SearchOptions {
  limit?: number;
  /** At most this many hits from one file (0: no cap). */
  perDocument?: number;
  /** Only passages of this file. */
  file?: string;
  /** Other (stemmed) terms a query term may be written as, each with its weight (0..1). */
  relatedTerms?: (term: string) => [term: string, weight: number][];
}

const BM25_K1 = 1.2;
const BM25_B = 0.75;
/** Reciprocal rank fusion constant (Cormack et al.): damps the weight of the very top ranks. */
const RRF_K = 60;
const CANDIDATES = 100;
/** About 50 MB of postings at most (a posting is a pair of numbers in a small array). */
const POSTINGS_CACHE_ENTRIES = 1_000_000;

/**
 * Hybrid retrieval over an IndexStore. BM25 is computed here, not with FTS5's bm25(): FTS5's
 * IDF, log((N - n + 0.5) / (n + 0.5)), falls to almost nothing for a term found in half the
 * passages or more, so in a corpus about Haftar the word "Haftar" would count for nothing.
 * This uses the always-positive IDF log(1 + (N - n + 0.5) / (n + 0.5)) on FTS5's postings.
 * Vectors live in memory as one Float32Array; cosine is a dot product of unit vectors.
 */
export class SearchIndex {
  /** Passage id → its row in the arrays below (and in the vector matrix, when loaded). */
  private readonly rowOfId = new Map<number, number>();
  private readonly termCounts: Int32Array;
  private readonly documentIds: Int32Array;
  private readonly averageLength: number;
  /** Vectors reordered to follow the passage rows (row r is passage ids[r]), or null. */
  private readonly matrix: Float32Array | null;
  private readonly ids: Int32Array;
  /** Recently used terms' postings, in use order (a Map keeps insertion order). */
  private readonly postingsCache = new Map<string, [number, number][]>();
  private cachedPostings = 0;

  private constructor(
    private readonly store: IndexStore,
    private readonly embedder: Embedder | null,
    vectors: StoredVectors | null,
  ) {
    const stats = store.passageStats();
    this.ids = stats.ids;
    this.termCounts = stats.termCounts;
    this.documentIds = stats.documentIds;
    stats.ids.forEach((id, row) => this.rowOfId.set(id, row));
    this.averageLength = stats.termCounts.length > 0 ? stats.termCounts.reduce((sum, n) => sum + n, 0) / stats.termCounts.length : 1;
    this.matrix = vectors ? this.alignVectors(vectors) : null;
  }

  /** Reads what search needs into memory. Vectors only when they match the loaded model. */
  static load(store: IndexStore, embedder: Embedder | null): SearchIndex {
    const vectors = embedder ? store.loadVectors(embedder.key) : null;
    const usable = vectors && embedder && vectors.dimension === embedder.dimension ? vectors : null;
    return new SearchIndex(store, usable ? embedder : null, usable);
  }

  get mode(): 'hybrid' | 'keyword' {
    return this.matrix ? 'hybrid' : 'keyword';
  }

  get passageCount(): number {
    return this.ids.length;
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const limit = options.limit ?? 5;
    const keyword = this.keywordScores(query, options.relatedTerms);
    const cosine = await this.cosineScores(query);
    const fused = new Map<number, number>();
    const addRanks = (scores: Map<number, number>) => {
      [...scores].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES).forEach(([id], rank) => {
        fused.set(id, (fused.get(id) ?? 0) + 1 / (RRF_K + rank + 1));
      });
    };
    addRanks(keyword.scores);
    if (cosine) addRanks(cosine.top);

    // Caps and the file filter work on document ids in memory: only the hits shown are read.
    const onlyDocument = options.file === undefined ? null : this.store.documentId(options.file);
    if (options.file !== undefined && onlyDocument === null) return [];
    const perDocument = new Map<number, number>();
    const chosen: [id: number, score: number][] = [];
    for (const [id, score] of [...fused].sort((a, b) => b[1] - a[1])) {
      const documentId = this.documentIds[this.rowOfId.get(id) ?? -1];
      if (documentId === undefined || (onlyDocument !== null && documentId !== onlyDocument)) continue;
      const taken = perDocument.get(documentId) ?? 0;
      if (options.perDocument && taken >= options.perDocument) continue;
      perDocument.set(documentId, taken + 1);
      chosen.push([id, score]);
      if (chosen.length >= limit) break;
    }
    const passages = this.store.passages(chosen.map(([id]) => id));
    return passages.map((passage, i) => ({
      passage,
      score: chosen[i]?.[1] ?? 0,
      keywordScore: keyword.scores.get(passage.id) ?? 0,
      cosine: cosine ? (cosine.top.get(passage.id) ?? this.cosineOf(passage.id, cosine.queryVector)) : null,
      coverage: keyword.coverage.get(passage.id) ?? 0,
    }));
  }

  /**
   * BM25 of each passage holding a query term. A term's related terms stand in for it at a
   * lower weight (the best of them counts, never their sum), and coverage credits them likewise.
   */
  private keywordScores(query: string, relatedTerms?: SearchOptions['relatedTerms']) {
    const terms = [...new Set(searchTerms(query))];
    const total = Math.max(this.ids.length, 1);
    const scores = new Map<number, number>();
    const weightCovered = new Map<number, number>();
    let queryWeight = 0;
    for (const term of terms) {
      const variants: [string, number][] = [[term, 1], ...(relatedTerms?.(term) ?? [])];
      // A word the corpus never uses weighs as a word used once: enough to lower coverage
      // ("price of coffee" finds nothing), not so much that one odd verb sinks a good match.
      const termIdf = this.idf(Math.max(1, this.postingsOf(term).length), total);
      queryWeight += termIdf;
      const best = new Map<number, { score: number; credit: number }>();
      for (const [variant, weight] of variants) {
        const postings = this.postingsOf(variant);
        const idf = this.idf(postings.length, total);
        for (const [id, frequency] of postings) {
          const length = this.termCounts[this.rowOfId.get(id) ?? -1] ?? this.averageLength;
          const norm = frequency + BM25_K1 * (1 - BM25_B + (BM25_B * length) / this.averageLength);
          const score = (weight * idf * frequency * (BM25_K1 + 1)) / norm;
          const previous = best.get(id);
          if (!previous || score > previous.score) best.set(id, { score, credit: Math.max(previous?.credit ?? 0, weight) });
        }
      }
      for (const [id, { score, credit }] of best) {
        scores.set(id, (scores.get(id) ?? 0) + score);
        weightCovered.set(id, (weightCovered.get(id) ?? 0) + termIdf * credit);
      }
    }
    const coverage = new Map([...weightCovered].map(([id, weight]) => [id, queryWeight > 0 ? weight / queryWeight : 0]));
    return { scores, coverage };
  }

  /**
   * A term's postings, from FTS5 the first time and from memory after: questions keep using the
   * same words, and a common word's postings are the slowest thing to read. Least recently used
   * terms go first once the cache holds POSTINGS_CACHE_ENTRIES postings; a new index (after
   * re-indexing) starts with an empty cache.
   */
  private postingsOf(term: string): [passageId: number, frequency: number][] {
    const cached = this.postingsCache.get(term);
    if (cached) {
      this.postingsCache.delete(term);
      this.postingsCache.set(term, cached);
      return cached;
    }
    const postings = this.store.postings(term);
    this.postingsCache.set(term, postings);
    this.cachedPostings += postings.length + 1;
    for (const [oldest, entries] of this.postingsCache) {
      if (this.cachedPostings <= POSTINGS_CACHE_ENTRIES) break;
      this.postingsCache.delete(oldest);
      this.cachedPostings -= entries.length + 1;
    }
    return postings;
  }

  /** Always positive, unlike FTS5's: see the class comment. */
  private idf(passagesWithTerm: number, total: number): number {
    return Math.log(1 + (total - passagesWithTerm + 0.5) / (passagesWithTerm + 0.5));
  }

  /** The query's vector and the cosine of the closest passages (exact: every vector is scored; IP distance is 1 − dot). */
  private async cosineScores(query: string): Promise<{ queryVector: Float32Array; top: Map<number, number> } | null> {
    if (!this.matrix || !this.embedder || query.trim() === '') return null;
    const [queryVector] = await this.embedder.embed([query]);
    if (!queryVector) return null;
    const count = Math.min(CANDIDATES, this.ids.length);
    if (count === 0) return { queryVector, top: new Map() };
    // usearch's exact search: the same dot products, in SIMD native code, ~9× faster than JS.
    const { keys, distances } = usearch.exactSearch(this.matrix, queryVector, queryVector.length, count, usearch.MetricKind.IP) as import('usearch').Matches;
    const top = new Map<number, number>();
    keys.forEach((row: bigint, i: number) => top.set(this.ids[Number(row)] ?? 0, 1 - (distances[i] ?? 1)));
    return { queryVector, top };
  }

  private cosineOf(id: number, queryVector: Float32Array): number {
    const row = this.rowOfId.get(id);
    return row === undefined || !this.matrix ? 0 : dot(this.matrix, row * queryVector.length, queryVector, queryVector.length);
  }

  /** The stored vectors in passage-row order; a passage without a vector gets zeros (cosine 0). */
  private alignVectors(vectors: StoredVectors): Float32Array {
    const { dimension } = vectors;
    const matrix = new Float32Array(this.ids.length * dimension);
    vectors.ids.forEach((id, i) => {
      const row = this.rowOfId.get(id);
      if (row !== undefined) matrix.set(vectors.matrix.subarray(i * dimension, (i + 1) * dimension), row * dimension);
    });
    return matrix;
  }
}

/** Dot product of `query` with the vector at `offset` (indices are in bounds by construction). */
function dot(matrix: Float32Array, offset: number, query: Float32Array, dimension: number): number {
  let sum = 0;
  for (let d = 0; d < dimension; d++) sum += matrix[offset + d]! * query[d]!;
  return sum;
}
