import type { Embedder } from './embedder.ts';
import type { IndexStore, PassageRecord } from './indexStore.ts';
import { searchTerms } from './searchTerms.ts';

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

/**
 * Hybrid retrieval over an IndexStore. BM25 is computed here, not with FTS5's bm25(): FTS5's
 * IDF, log((N - n + 0.5) / (n + 0.5)), falls to almost nothing for a term found in half the
 * passages or more, so in a corpus about Haftar the word "Haftar" would count for nothing.
 * This uses the always-positive IDF log(1 + (N - n + 0.5) / (n + 0.5)) on FTS5's postings.
 * Vectors live in memory as one Float32Array; cosine is a dot product of unit vectors.
 */
export class SearchIndex {
  private readonly lengthById = new Map<number, number>();
  private readonly averageLength: number;
  private readonly rowOfId = new Map<number, number>();

  private constructor(
    private readonly store: IndexStore,
    private readonly embedder: Embedder | null,
    private readonly vectors: { ids: Int32Array; dimension: number; matrix: Float32Array } | null,
  ) {
    const { ids, counts } = store.termCounts();
    let total = 0;
    ids.forEach((id, i) => {
      const count = counts[i] ?? 0;
      this.lengthById.set(id, count);
      total += count;
    });
    this.averageLength = ids.length > 0 ? total / ids.length : 1;
    vectors?.ids.forEach((id, row) => this.rowOfId.set(id, row));
  }

  /** Reads what search needs into memory. Vectors only when they match the loaded model. */
  static load(store: IndexStore, embedder: Embedder | null): SearchIndex {
    const vectors = embedder ? store.loadVectors(embedder.key) : null;
    const usable = vectors && embedder && vectors.dimension === embedder.dimension ? vectors : null;
    return new SearchIndex(store, usable ? embedder : null, usable);
  }

  get mode(): 'hybrid' | 'keyword' {
    return this.vectors ? 'hybrid' : 'keyword';
  }

  get passageCount(): number {
    return this.lengthById.size;
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

    const ranked = [...fused].sort((a, b) => b[1] - a[1]);
    const passages = new Map(this.store.passages(ranked.slice(0, CANDIDATES).map(([id]) => id)).map((p) => [p.id, p]));
    const perFile = new Map<string, number>();
    const hits: SearchHit[] = [];
    for (const [id, score] of ranked) {
      const passage = passages.get(id);
      if (!passage || (options.file && passage.file !== options.file)) continue;
      const taken = perFile.get(passage.file) ?? 0;
      if (options.perDocument && taken >= options.perDocument) continue;
      perFile.set(passage.file, taken + 1);
      hits.push({
        passage,
        score,
        keywordScore: keyword.scores.get(id) ?? 0,
        cosine: cosine ? (cosine.top.get(id) ?? this.cosineOf(id, cosine.queryVector)) : null,
        coverage: keyword.coverage.get(id) ?? 0,
      });
      if (hits.length >= limit) break;
    }
    return hits;
  }

  /**
   * BM25 of each passage holding a query term. A term's related terms stand in for it at a
   * lower weight (the best of them counts, never their sum), and coverage credits them likewise.
   */
  private keywordScores(query: string, relatedTerms?: SearchOptions['relatedTerms']) {
    const terms = [...new Set(searchTerms(query))];
    const total = Math.max(this.lengthById.size, 1);
    const scores = new Map<number, number>();
    const weightCovered = new Map<number, number>();
    let queryWeight = 0;
    for (const term of terms) {
      const variants: [string, number][] = [[term, 1], ...(relatedTerms?.(term) ?? [])];
      // A word the corpus never uses weighs as a word used once: enough to lower coverage
      // ("price of coffee" finds nothing), not so much that one odd verb sinks a good match.
      const termIdf = this.idf(Math.max(1, this.store.postings(term).length), total);
      queryWeight += termIdf;
      const best = new Map<number, { score: number; credit: number }>();
      for (const [variant, weight] of variants) {
        const postings = this.store.postings(variant);
        const idf = this.idf(postings.length, total);
        for (const [id, frequency] of postings) {
          const length = this.lengthById.get(id) ?? this.averageLength;
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

  /** Always positive, unlike FTS5's: see the class comment. */
  private idf(passagesWithTerm: number, total: number): number {
    return Math.log(1 + (total - passagesWithTerm + 0.5) / (passagesWithTerm + 0.5));
  }

  /** The query's vector and the cosine of the closest passages. */
  private async cosineScores(query: string): Promise<{ queryVector: Float32Array; top: Map<number, number> } | null> {
    if (!this.vectors || !this.embedder || query.trim() === '') return null;
    const [queryVector] = await this.embedder.embed([query]);
    if (!queryVector) return null;
    const all: [number, number][] = [];
    this.vectors.ids.forEach((id, row) => all.push([id, this.dotWithRow(row, queryVector)]));
    all.sort((a, b) => b[1] - a[1]);
    return { queryVector, top: new Map(all.slice(0, CANDIDATES)) };
  }

  private cosineOf(id: number, queryVector: Float32Array): number {
    const row = this.rowOfId.get(id);
    return row === undefined ? 0 : this.dotWithRow(row, queryVector);
  }

  private dotWithRow(row: number, queryVector: Float32Array): number {
    if (!this.vectors) return 0;
    const { dimension, matrix } = this.vectors;
    const offset = row * dimension;
    let dot = 0;
    for (let d = 0; d < dimension; d++) dot += (matrix[offset + d] ?? 0) * (queryVector[d] ?? 0);
    return dot;
  }
}
