import { createRequire } from 'node:module';
import type { Embedder } from './embedder.ts';
import { halfBitsToFloat } from './halfFloat.ts';
import type { IndexStore } from './indexStore.ts';
import type { PassageRecord } from '../corpus/records.ts';
import { InvertedIndex, type InvertedIndexData } from './invertedIndex.ts';
import { calibrationFor, type ModelCalibration } from './modelCalibration.ts';
import { type QuantizedVectors, quantizeWith } from './quantizeVectors.ts';
import { loadSearchData as loadSnapshotOr, loadSearchDataWhileModelLoads } from './searchSnapshot.ts';
import { questionTerms } from '../text/searchTerms.ts';
import { selectTop } from './selectTop.ts';

// usearch's ESM build cannot find its native addon (it recurses looking for it); its CommonJS
// build can, so it is loaded through require.
let loadedUsearch: typeof import('usearch') | undefined;
/** Loaded at the first vector scan: a command that never scans vectors never loads the native addon. */
function usearch(): typeof import('usearch') {
  loadedUsearch ??= createRequire(import.meta.url)('usearch') as typeof import('usearch');
  return loadedUsearch;
}

export interface SearchHit {
  passage: PassageRecord;
  /** Fused rank score (reciprocal rank fusion); higher is better. */
  score: number;
  /** BM25 with briefbot's own IDF; 0 when no query term is in the passage. */
  keywordScore: number;
  /** Cosine similarity to the query; null in keyword-only mode. */
  cosine: number | null;
  /** The cosine when it reaches the model's calibrated bar (the passage answers on meaning alone), else 0. */
  meaning: number;
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
/** Reciprocal rank fusion constant (Cormack et al.): damps the weight of the very top ranks; the weights are per model (modelCalibration.ts). */
const RRF_K = 60;
const CANDIDATES = 100;
/**
 * The share of a query term's coverage a passage gets when the term is not in it but elsewhere
 * in its document. Coverage only (whether the passage answers), not rank: ranking with it too
 * lifted short headlines over the answer. Tuned on the tune half of test/eval/news.
 */
const DOCUMENT_CONTEXT = 0.5;

/** Passages the int8 scan hands to float32 re-scoring, which keeps the CANDIDATES best. */
const VECTOR_SHORTLIST = 3 * CANDIDATES;

/** float16 values kept of the vectors read for re-scoring: 16 MB (all of SOTU at 100-d; 21,000 vectors at 384-d). */
const HALF_CACHE_VALUES = 8_000_000;

/**
 * Hybrid retrieval over an IndexStore, in memory. BM25 is computed here, not with FTS5's bm25():
 * FTS5's IDF, log((N - n + 0.5) / (n + 0.5)), falls to almost nothing for a term found in half
 * the passages or more, so in a corpus about Haftar the word "Haftar" would count for nothing.
 * This uses the always-positive IDF log(1 + (N - n + 0.5) / (n + 0.5)). Nor are postings read
 * from FTS5: its fts5vocab table yields them at ~1 µs each, 360 ms for one common word at a
 * million passages; they are inverted into typed arrays when the index is loaded (InvertedIndex).
 * Vectors live in memory as one int8 matrix, scanned whole; the shortlist's float16 vectors are read
 * from the store to re-score it (a million float32 vectors would be 1.5 GB of memory and of reading
 * at every start). Cosine is a dot product of unit vectors.
 * Passages are addressed by row (their position in id order) and turned into ids only when shown.
 */
export class SearchIndex {
  private readonly ids: Int32Array;
  private readonly documentIds: Int32Array;
  private readonly inverted: InvertedIndex;
  private readonly averageLength: number;
  /** int8 vectors in passage-row order (row r is passage ids[r]), or null. */
  private readonly quantized: QuantizedVectors | null;
  /** Row → the id of its float16 vector in the store (-1: none). */
  private readonly vectorIds: Int32Array | null;
  /** Passages with no vector for the model; null when loaded without a model. */
  readonly passagesWithoutVector: number | null;
  /** float16 vectors read for re-scoring, by vector id (see halfVectors), and how many values they hold. */
  private readonly halfCache = new Map<number, Uint16Array>();
  private halfCacheValues = 0;
  /**
   * Per-row scratch for one keyword pass, allocated once: a search fills them and clears the rows
   * it touched before it returns, and nothing awaits in between, so searches never share them.
   */
  private readonly scratch: {
    score: Float64Array;
    covered: Float64Array;
    termScore: Float64Array;
    termCredit: Float64Array;
    touched: Int32Array;
    termTouched: Int32Array;
    /** 1 on the rows of the query term whose document context is being credited. */
    termHit: Uint8Array;
    /** By document id: that term's best credit in the document. */
    documentCredit: Float64Array;
  };

  private constructor(
    private readonly store: IndexStore,
    private readonly embedder: Embedder | null,
    data: SearchData,
    /** How far this model's ranks and cosines are trusted. */
    readonly calibration: ModelCalibration,
  ) {
    this.ids = data.ids;
    this.documentIds = data.documentIds;
    this.inverted = new InvertedIndex(data.inverted);
    const lengths = this.inverted.lengths;
    this.averageLength = lengths.length > 0 ? lengths.reduce((sum, n) => sum + n, 0) / lengths.length : 1;
    const rows = this.ids.length;
    this.scratch = {
      score: new Float64Array(rows),
      covered: new Float64Array(rows),
      termScore: new Float64Array(rows),
      termCredit: new Float64Array(rows),
      touched: new Int32Array(rows),
      termTouched: new Int32Array(rows),
      termHit: new Uint8Array(rows),
      documentCredit: new Float64Array(this.documentIds.reduce((largest, id) => Math.max(largest, id), 0) + 1),
    };
    this.quantized = data.vectors?.quantized ?? null;
    this.vectorIds = data.vectors?.vectorIds ?? null;
    this.passagesWithoutVector = data.withoutVector;
  }

  /** Reads what search needs into memory (from its snapshot when current). Vectors only when they match the loaded model. */
  static load(store: IndexStore, embedder: Embedder | null, calibration?: ModelCalibration): SearchIndex {
    return SearchIndex.fromData(store, embedder, loadSearchData(store, embedder), calibration);
  }

  /**
   * As load, for a model still loading (null: keyword search): what search needs is read from
   * disk while the model loads, the start's two long waits (one I/O, the other CPU) at once.
   * `whileLoading` gets the terms the passages hold as soon as the snapshot is read, before the
   * model has loaded (null: no current snapshot, they come from the index with the search), so
   * that what is built from them need not wait for the model.
   */
  static async open(
    store: IndexStore,
    loading: Promise<Embedder | null>,
    wantsVectors: boolean,
    whileLoading?: (vocabulary: string[] | null) => void,
  ): Promise<SearchIndex> {
    const data = await loadSearchDataWhileModelLoads(
      store,
      loading,
      wantsVectors,
      (model) => readSearchData(store, model),
      whileLoading && ((read) => whileLoading(read && new InvertedIndex(read.inverted).termsInUse())),
    );
    return SearchIndex.fromData(store, await loading, data);
  }

  /**
   * A SearchIndex over data read by readSearchData (here or in another thread) from the same store.
   * `calibration`: the model's entry of the calibration table unless given (the eval sweeps it).
   */
  static fromData(
    store: IndexStore,
    embedder: Embedder | null,
    data: SearchData,
    calibration: ModelCalibration = calibrationFor([embedder?.modelId, embedder?.modelName]),
  ): SearchIndex {
    return new SearchIndex(store, data.vectors ? embedder : null, data, calibration);
  }

  get mode(): 'hybrid' | 'keyword' {
    return this.quantized ? 'hybrid' : 'keyword';
  }

  get passageCount(): number {
    return this.ids.length;
  }

  /** The terms some passage holds: what query expansion may reach. */
  vocabulary(): string[] {
    return this.inverted.termsInUse();
  }

  /**
   * A query term's weight, the IDF search gives it (a term the corpus never uses weighs as one
   * used once), and how many passages hold it: what answers weigh their evidence with.
   */
  termWeight(term: string): { idf: number; passages: number } {
    const passages = this.inverted.passagesWith(term);
    return { idf: this.idf(Math.max(1, passages), Math.max(this.ids.length, 1)), passages };
  }

  /** Whether the document of passage `passageId` holds `term` in any of its passages. */
  documentHolds(passageId: number, term: string): boolean {
    let low = 0;
    let high = this.ids.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const id = this.ids[middle]!;
      if (id === passageId) {
        const documentId = this.documentIds[middle]!;
        const { rows } = this.inverted.postings(term);
        for (let i = 0; i < rows.length; i++) if (this.documentIds[rows[i]!] === documentId) return true;
        return false;
      }
      if (id < passageId) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const limit = options.limit ?? 5;
    // Embedding is the only wait; the keyword pass and all that reads its scratch come after it.
    const cosine = await this.cosineScores(query);
    const onlyDocument = options.file === undefined ? null : this.store.documentId(options.file);
    if (options.file !== undefined && onlyDocument === null) return [];

    let keyword: { touched: number; queryWeight: number } | null = null;
    try {
      keyword = this.keywordPass(query, options.relatedTerms);
      const { queryWeight } = keyword;
      const { score, covered } = this.scratch;
      const fused = new Map<number, number>();
      const addRanks = (rows: Iterable<number>, weight: number) => {
        let rank = 0;
        for (const row of rows) fused.set(row, (fused.get(row) ?? 0) + weight / (RRF_K + ++rank));
      };
      const { keywordWeight, denseWeight } = this.calibration.fusion;
      addRanks(selectTop(this.scratch.touched, keyword.touched, score, CANDIDATES), keywordWeight);
      if (cosine) addRanks(cosine.top.keys(), denseWeight);

      // Caps and the file filter work on document ids in memory: only the hits shown are read.
      const perDocument = new Map<number, number>();
      const chosen: [row: number, score: number][] = [];
      for (const [row, fusedScore] of [...fused].sort((a, b) => b[1] - a[1])) {
        const documentId = this.documentIds[row]!;
        if (onlyDocument !== null && documentId !== onlyDocument) continue;
        const taken = perDocument.get(documentId) ?? 0;
        if (options.perDocument && taken >= options.perDocument) continue;
        perDocument.set(documentId, taken + 1);
        chosen.push([row, fusedScore]);
        if (chosen.length >= limit) break;
      }
      const passages = new Map(
        this.store.passages(chosen.map(([row]) => this.ids[row]!)).map((passage) => [passage.id, passage]),
      );
      // Hits that came by keywords alone get their cosine too.
      const otherCosines = cosine
        ? this.cosines(
            chosen.map(([row]) => row).filter((row) => !cosine.top.has(row)),
            cosine.queryVector,
          )
        : null;
      const { minCosine } = this.calibration;
      return chosen.flatMap(([row, fusedScore]) => {
        const passage = passages.get(this.ids[row]!);
        if (!passage) return [];
        const rowCosine = cosine ? (cosine.top.get(row) ?? otherCosines?.get(row) ?? 0) : null;
        return [
          {
            passage,
            score: fusedScore,
            keywordScore: score[row]!,
            cosine: rowCosine,
            meaning: rowCosine !== null && minCosine !== null && rowCosine >= minCosine ? rowCosine : 0,
            coverage: queryWeight > 0 ? covered[row]! / queryWeight : 0,
          },
        ];
      });
    } finally {
      // A pass that threw part-way cannot say what it touched: everything is cleared.
      if (keyword) this.clearScratch(keyword.touched);
      else for (const array of Object.values(this.scratch)) array.fill(0);
    }
  }

  /**
   * BM25 of each passage holding a query term, into the scratch arrays; returns how many rows it
   * touched (listed in scratch.touched) and the query's total weight. A term's related terms
   * stand in for it at a lower weight (the best of them counts, never their sum), and coverage
   * credits them likewise.
   */
  private keywordPass(
    query: string,
    relatedTerms?: SearchOptions['relatedTerms'],
  ): { touched: number; queryWeight: number } {
    const { score, covered, termScore, termCredit, touched, termTouched, termHit, documentCredit } = this.scratch;
    const total = Math.max(this.ids.length, 1);
    let touchedCount = 0;
    let queryWeight = 0;
    /** Per query term: its weight, and the rows it credited with that credit. */
    const seen: { termIdf: number; rows: Int32Array; credits: Float64Array }[] = [];
    for (const term of new Set(questionTerms(query))) {
      // A word the corpus never uses weighs as a word used once: enough to lower coverage
      // ("price of coffee" finds nothing), not so much that one odd verb sinks a good match.
      const termIdf = this.idf(Math.max(1, this.inverted.passagesWith(term)), total);
      queryWeight += termIdf;
      let termTouchedCount = 0;
      for (const [variant, weight] of [[term, 1], ...(relatedTerms?.(term) ?? [])] as [string, number][]) {
        const { rows, frequencies } = this.inverted.postings(variant);
        const idf = this.idf(rows.length, total);
        for (let i = 0; i < rows.length; i++) {
          const row = rows[i]!;
          const frequency = frequencies[i]!;
          const norm = frequency + BM25_K1 * (1 - BM25_B + (BM25_B * this.inverted.lengths[row]!) / this.averageLength);
          const variantScore = (weight * idf * frequency * (BM25_K1 + 1)) / norm;
          if (variantScore <= termScore[row]!) continue;
          if (termScore[row] === 0) termTouched[termTouchedCount++] = row;
          termScore[row] = variantScore;
          termCredit[row] = Math.max(termCredit[row]!, weight);
        }
      }
      const rows = termTouched.slice(0, termTouchedCount);
      const credits = new Float64Array(termTouchedCount);
      for (let i = 0; i < termTouchedCount; i++) {
        const row = rows[i]!;
        if (score[row] === 0) touched[touchedCount++] = row;
        score[row]! += termScore[row]!;
        covered[row]! += termIdf * termCredit[row]!;
        credits[i] = termCredit[row]!;
        termScore[row] = 0;
        termCredit[row] = 0;
      }
      seen.push({ termIdf, rows, credits });
    }
    // News names its subject once and then says "the city", "the group": a passage whose article
    // holds a query term elsewhere gets part of that term's coverage (DOCUMENT_CONTEXT). Term by
    // term, with typed arrays (sets of rows took seconds at a million passages).
    for (const { termIdf, rows, credits } of seen) {
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i]!;
        const documentId = this.documentIds[row]!;
        termHit[row] = 1;
        documentCredit[documentId] = Math.max(documentCredit[documentId]!, credits[i]!);
      }
      for (let i = 0; i < touchedCount; i++) {
        const row = touched[i]!;
        if (termHit[row] === 1) continue;
        const credit = DOCUMENT_CONTEXT * documentCredit[this.documentIds[row]!]!;
        if (credit === 0) continue;
        covered[row]! += credit * termIdf;
      }
      for (let i = 0; i < rows.length; i++) {
        termHit[rows[i]!] = 0;
        documentCredit[this.documentIds[rows[i]!]!] = 0;
      }
    }
    return { touched: touchedCount, queryWeight };
  }

  private clearScratch(touchedCount: number): void {
    const { score, covered, touched } = this.scratch;
    for (let i = 0; i < touchedCount; i++) {
      score[touched[i]!] = 0;
      covered[touched[i]!] = 0;
    }
  }

  /** Always positive, unlike FTS5's: see the class comment. */
  private idf(passagesWithTerm: number, total: number): number {
    return Math.log(1 + (total - passagesWithTerm + 0.5) / (passagesWithTerm + 0.5));
  }

  /** The query's vector and the cosine of its closest passage rows. */
  private async cosineScores(query: string): Promise<{ queryVector: Float32Array; top: Map<number, number> } | null> {
    if (!this.quantized || !this.embedder || query.trim() === '') return null;
    const [queryVector] = await this.embedder.embed([query]);
    if (!queryVector) return null;
    return { queryVector, top: new Map(this.nearestRows(queryVector, CANDIDATES)) };
  }

  /** The k passages whose vectors are closest to `vector`, best first (none in keyword mode). */
  nearestPassages(vector: Float32Array, k: number): { id: number; cosine: number }[] {
    return this.nearestRows(vector, k).map(([row, cosine]) => ({ id: this.ids[row]!, cosine }));
  }

  /**
   * Every vector is scanned, in int8 (usearch's SIMD exact search: a million 384-d vectors are
   * 384 MB to read); the shortlist is then re-scored with the stored float16 vectors, so the
   * cosines are those of the stored vectors and the order of the best is theirs.
   */
  private nearestRows(vector: Float32Array, k: number): [row: number, cosine: number][] {
    const shortlist = Math.min(Math.max(VECTOR_SHORTLIST, k), this.ids.length);
    if (!this.quantized || shortlist === 0) return [];
    const query8 = quantizeWith(vector, this.quantized.scale);
    // One thread: usearch's default (all cores) starts threads for every query and waits for the
    // slowest; on SOTU that cost 0.75 ms and 1.2 ms of CPU a scan against 0.43 ms on one.
    const { keys } = usearch().exactSearch(
      this.quantized.matrix,
      query8,
      vector.length,
      shortlist,
      usearch().MetricKind.IP,
      1,
    ) as import('usearch').Matches;
    const rows = Array.from(keys, Number);
    const cosines = this.cosines(rows, vector);
    const rescored = rows.map((row) => [row, cosines.get(row) ?? 0] as [number, number]);
    rescored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return rescored.slice(0, k);
  }

  /** The cosine of each row's stored vector with the query (rows without a vector: absent). */
  private cosines(rows: number[], queryVector: Float32Array): Map<number, number> {
    const result = new Map<number, number>();
    if (!this.vectorIds || rows.length === 0) return result;
    const halves = this.halfVectors(rows.map((row) => this.vectorIds![row]!).filter((id) => id >= 0));
    for (const row of rows) {
      const half = halves.get(this.vectorIds[row]!);
      if (half) result.set(row, halfDot(half, queryVector));
    }
    return result;
  }

  /**
   * The stored float16 vectors of these ids, those read before from memory: questions share much
   * of their shortlists, and the read (300 vectors a question) was a sixth of an answer's time on
   * SOTU, several times that when the machine was busy. Emptied when it would pass
   * HALF_CACHE_VALUES; this index is made again whenever the vectors change.
   */
  private halfVectors(ids: number[]): Map<number, Uint16Array> {
    const halves = new Map<number, Uint16Array>();
    const missing: number[] = [];
    for (const id of ids) {
      const known = this.halfCache.get(id);
      if (known) halves.set(id, known);
      else missing.push(id);
    }
    if (missing.length === 0) return halves;
    const read = this.store.halfVectors(missing);
    let values = 0;
    for (const half of read.values()) values += half.length;
    if (this.halfCacheValues + values > HALF_CACHE_VALUES) {
      this.halfCache.clear();
      this.halfCacheValues = 0;
    }
    for (const [id, half] of read) {
      halves.set(id, half);
      this.halfCache.set(id, half);
      this.halfCacheValues += half.length;
    }
    return halves;
  }
}

/**
 * What a SearchIndex holds in memory, as plain data: read where waiting harms no one (the indexing
 * worker, at a million passages it takes seconds) and moved, not copied, to the thread that answers.
 */
export interface SearchData {
  /** Passage ids in row order (ascending). */
  ids: Int32Array;
  documentIds: Int32Array;
  inverted: InvertedIndexData;
  /** int8 vectors in row order and where each row's float16 vector is stored, or null in keyword mode. */
  vectors: { quantized: QuantizedVectors; vectorIds: Int32Array } | null;
  /** Passages with no vector for the model; null when read without a model. */
  withoutVector: number | null;
}

/** A SearchData from the snapshot beside the index when it is current, else read (readSearchData) and the snapshot written. */
export function loadSearchData(store: IndexStore, model: Pick<Embedder, 'key' | 'dimension'> | null): SearchData {
  return loadSnapshotOr(store, model, () => readSearchData(store, model));
}

/** Reads and prepares a SearchData from the index. Vectors only when there are some for this model and dimension. */
export function readSearchData(store: IndexStore, model: Pick<Embedder, 'key' | 'dimension'> | null): SearchData {
  const forward = store.forwardIndex();
  const inverted = InvertedIndex.build(forward).data;
  const stored = model ? store.loadScanVectors(model.key, forward.ids) : null;
  const usable = stored && stored.dimension === model?.dimension ? stored : null;
  return {
    ids: forward.ids,
    documentIds: forward.documentIds,
    inverted,
    vectors: usable ? { quantized: usable.quantized, vectorIds: usable.vectorIds } : null,
    withoutVector: model ? (usable?.withoutVector ?? forward.ids.length) : null,
  };
}

/** The buffers of a SearchData, for postMessage's transfer list. */
export function searchDataBuffers(data: SearchData): ArrayBuffer[] {
  const { ids, documentIds, inverted, vectors } = data;
  const arrays = [
    ids,
    documentIds,
    inverted.starts,
    inverted.rows,
    inverted.frequencies,
    inverted.lengths,
    ...(vectors ? [vectors.quantized.matrix, vectors.vectorIds] : []),
  ];
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}

/** Dot product of a float16 vector with `query` (of the same dimension: checked when loaded). */
function halfDot(half: Uint16Array, query: Float32Array): number {
  let sum = 0;
  for (let d = 0; d < half.length; d++) sum += halfBitsToFloat(half[d]!) * query[d]!;
  return sum;
}
