import { createRequire } from 'node:module';
import path from 'node:path';
import { SCHEMA_VERSION } from '../index/migrateIndex.ts';
import { searchTerms } from '../text/searchTerms.ts';
import { wordFamily } from '../text/wordFamilies.ts';
import {
  openWordVectors,
  readWordVectors,
  readWordVectorsInWorker,
  type WordVectors,
  wordVectorsDir,
  writeWordVectors,
} from '../index/wordVectors.ts';
import type { Logger } from '../logger.ts';

// usearch's CommonJS build finds its native addon (see searchIndex.ts).
let loadedUsearch: typeof import('usearch') | undefined;
/** Loaded at the first vector scan: a command that never scans vectors never loads the native addon. */
function usearch(): typeof import('usearch') {
  loadedUsearch ??= createRequire(import.meta.url)('usearch') as typeof import('usearch');
  return loadedUsearch;
}

/**
 * Query expansion from word vectors, within the corpus's own vocabulary: a question's word
 * stands for the corpus terms whose GloVe vectors are closest to it ("soldiers" finds "troops",
 * "truce" finds "ceasefire"), each counting by its similarity. Only terms some passage holds
 * are candidates, so expansion never adds a word that could not match.
 *
 * Terms are stems (searchTerms), GloVe has words: a stem's vector is the frequency-weighted mean
 * of the vectors of the words that stem to it ("negotiate", "negotiations", … → negoti).
 */
export class TermVectors {
  /** `table` holds one unit vector per term (stem), as termVectorsOf makes it. */
  constructor(private readonly table: WordVectors) {}

  get dimension(): number {
    return this.table.dimension;
  }

  vector(term: string): Float32Array | null {
    return this.table.vector(term);
  }
}

/** Each stem's vector from a table of word vectors (all 150,000 words stemmed: ~10 s, so cached). */
export function termVectorsOf(words: WordVectors): { terms: string[]; vectors: Float32Array[] } {
  const byTerm = new Map<string, Float32Array>();
  words.words.forEach((word, rank) => {
    const terms = searchTerms(word);
    if (terms.length !== 1) return;
    const term = terms[0]!;
    const vector = words.vector(word);
    if (!vector) return;
    // GloVe lists words by frequency: the common form of a stem speaks for it.
    const weight = 1 / (1 + rank / 1000);
    const sum = byTerm.get(term) ?? new Float32Array(words.dimension);
    for (let d = 0; d < words.dimension; d++) sum[d]! += weight * vector[d]!;
    byTerm.set(term, sum);
  });
  for (const vector of byTerm.values()) normalize(vector);
  return { terms: [...byTerm.keys()], vectors: [...byTerm.values()] };
}

/**
 * The term table from the model cache, made there on first use from the word table (itself
 * built from the package on first use). Keyed by SCHEMA_VERSION, which changes whenever the way
 * words become terms does. Null, said once, when there are no word vectors.
 */
export function openTermVectors(cacheDir: string, logger: Logger): TermVectors | null {
  const dir = termVectorsDir(cacheDir);
  const cached = readWordVectors(dir);
  if (cached) return new TermVectors(cached);
  const words = openWordVectors(cacheDir, logger);
  if (!words) return null;
  logger.info({ dir }, 'stemming the word vectors (once, about 10 s)');
  const { terms, vectors } = termVectorsOf(words);
  return new TermVectors(writeWordVectors(dir, terms, vectors, 'glove-100d words, stemmed'));
}

/**
 * openTermVectors with the table read in a worker thread, while this thread does something else
 * (a bot loads its model meanwhile); made first, in this thread, when it is not in the cache yet.
 */
export async function openTermVectorsInWorker(cacheDir: string, logger: Logger): Promise<TermVectors | null> {
  const table = await readWordVectorsInWorker(termVectorsDir(cacheDir)).catch((error: unknown) => {
    logger.warn(
      { reason: error instanceof Error ? error.message : String(error) },
      'the word vectors could not be read in a worker thread: reading them here',
    );
    return null;
  });
  return table ? new TermVectors(table) : openTermVectors(cacheDir, logger);
}

function termVectorsDir(cacheDir: string): string {
  return path.join(path.dirname(wordVectorsDir(cacheDir)), `terms-v${SCHEMA_VERSION}`);
}

export interface NeighbourOptions {
  /** Below this cosine a corpus term is not the question's word said otherwise. */
  minSimilarity: number;
  /** At most this many neighbours per query term, its word family's terms besides (see TermNeighbours.neighbours). */
  maxNeighbours: number;
}

/**
 * Calibrated on the tune half of test/eval/news (`npm run eval -- --sweep-neighbours`): 0.6
 * kept "troops" for "soldiers" (0.90) and "ceasefire" for "truce" (0.92) while "country"
 * stays apart from "sudan" (0.51).
 */
export const DEFAULT_NEIGHBOURS: NeighbourOptions = { minSimilarity: 0.6, maxNeighbours: 4 };

/**
 * Candidates the SIMD float32 scan hands to the exact check. A term has at most maxNeighbours
 * neighbours (and itself), so a few more suffice unless many terms tie near the cut.
 */
const CANDIDATES = 16;
/**
 * More than the rounding of a float32 dot product of two 100-d unit vectors can move it (about
 * 1e-5 at most): a row the fast scan ranks below the candidates is known to score under the
 * last candidate's score plus this.
 */
const FAST_SCAN_ERROR = 1e-4;

/**
 * One corpus vocabulary's neighbour lookup (rebuilt when the index is reloaded). A question's
 * word not seen before is compared with every corpus term (SOTU: 14,700 terms, 1.5 million
 * products, ~2 ms in a JS loop, most of an answer's time). usearch's SIMD exact search finds the
 * closest few in a fraction of that; their cosines are then computed as the loop does, and
 * the loop runs whole only when the few cannot prove they hold every neighbour (a near tie at
 * the cut), so the neighbours and their weights are always the loop's.
 */
export class TermNeighbours {
  private readonly terms: string[] = [];
  /** Each term's row. */
  private readonly rows = new Map<string, number>();
  private readonly matrix: Float32Array;
  private readonly memo = new Map<string, [string, number][]>();

  constructor(
    private readonly vectors: TermVectors,
    vocabulary: Iterable<string>,
    private readonly options: NeighbourOptions = DEFAULT_NEIGHBOURS,
  ) {
    const rows: Float32Array[] = [];
    for (const term of vocabulary) {
      // Numbers and one-letter terms mean nothing on their own.
      if (term.length < 2 || /\d/.test(term)) continue;
      const vector = vectors.vector(term);
      if (!vector) continue;
      this.rows.set(term, this.terms.length);
      this.terms.push(term);
      rows.push(vector);
    }
    const dimension = vectors.dimension;
    this.matrix = new Float32Array(rows.length * dimension);
    rows.forEach((row, i) => this.matrix.set(row, i * dimension));
  }

  /**
   * Corpus terms close in meaning to `term` (not itself), with their cosine, best first: the
   * maxNeighbours closest, and the terms of its word family that are as close (wordFamily:
   * "lead" for "leader"). The cap keeps a common word from bringing in a crowd of terms that are
   * only about the same topic ("leader": party, president, member, minister, before "lead" at
   * 0.70); a word of the same family says the same thing in another part of speech ("who leads"
   * asks for "the leader"), so it is kept past the cap, at its cosine and above the same bar.
   */
  neighbours(term: string): [term: string, similarity: number][] {
    const known = this.memo.get(term);
    if (known) return known;
    const vector = /\d/.test(term) ? null : this.vectors.vector(term);
    const found = vector
      ? this.withFamily(term, vector, this.closestFew(term, vector) ?? this.scanAll(term, vector))
      : [];
    if (this.memo.size > 10_000) this.memo.clear();
    this.memo.set(term, found);
    return found;
  }

  /**
   * The neighbours from the CANDIDATES rows the SIMD scan ranks first, or null when some row past
   * them might still be one: when the last candidate's fast score, plus its rounding, reaches the
   * lowest cosine kept (the bar, or the last of maxNeighbours found).
   */
  private closestFew(term: string, vector: Float32Array): [string, number][] | null {
    const count = Math.min(CANDIDATES, this.terms.length);
    if (count === 0) return [];
    const { keys, distances } = usearch().exactSearch(
      this.matrix,
      vector,
      vector.length,
      count,
      usearch().MetricKind.IP,
      1,
    ) as import('usearch').Matches;
    // Row order first: the loop lists rows in order and sorts stably, so ties keep it.
    const rows = Array.from(keys, Number).sort((a, b) => a - b);
    const found = this.ranked(
      term,
      rows.map((row) => [row, this.dot(row, vector)]),
    );
    if (count === this.terms.length) return found;
    // The IP distance is 1 − dot; the last key has the largest distance.
    const lastFastScore = 1 - Math.max(...Array.from(distances));
    const lowestKept =
      found.length === this.options.maxNeighbours ? found[found.length - 1]![1] : this.options.minSimilarity;
    return lastFastScore + FAST_SCAN_ERROR < lowestKept ? found : null;
  }

  /** `found` and the corpus terms of the term's word family at or over the bar that it lacks, best first. */
  private withFamily(term: string, vector: Float32Array, found: [string, number][]): [string, number][] {
    const kept = new Set(found.map(([other]) => other));
    const family: [string, number][] = [];
    for (const other of wordFamily(term)) {
      const row = this.rows.get(other);
      if (row === undefined || kept.has(other)) continue;
      const cosine = this.dot(row, vector);
      if (cosine >= this.options.minSimilarity) family.push([other, cosine]);
    }
    if (family.length === 0) return found;
    return [...found, ...family].sort((a, b) => b[1] - a[1]);
  }

  private scanAll(term: string, vector: Float32Array): [string, number][] {
    const scored: [number, number][] = [];
    for (let row = 0; row < this.terms.length; row++) scored.push([row, this.dot(row, vector)]);
    return this.ranked(term, scored);
  }

  /** Rows (in row order) at or over the bar, not the term itself, best first, at most maxNeighbours. */
  private ranked(term: string, scored: [row: number, dot: number][]): [string, number][] {
    const found: [string, number][] = [];
    for (const [row, dot] of scored) {
      if (dot >= this.options.minSimilarity && this.terms[row] !== term) found.push([this.terms[row]!, dot]);
    }
    found.sort((a, b) => b[1] - a[1]);
    found.length = Math.min(found.length, this.options.maxNeighbours);
    return found;
  }

  /** The cosine of a row with a unit vector, summed in double precision in dimension order. */
  private dot(row: number, vector: Float32Array): number {
    const dimension = vector.length;
    const offset = row * dimension;
    let dot = 0;
    for (let d = 0; d < dimension; d++) dot += this.matrix[offset + d]! * vector[d]!;
    return dot;
  }
}

function normalize(vector: Float32Array): void {
  let norm = 0;
  for (const value of vector) norm += value * value;
  const inverse = 1 / (Math.sqrt(norm) || 1);
  for (let d = 0; d < vector.length; d++) vector[d]! *= inverse;
}
