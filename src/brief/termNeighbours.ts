import path from 'node:path';
import { SCHEMA_VERSION } from '../index/migrateIndex.ts';
import { searchTerms } from '../text/searchTerms.ts';
import {
  openWordVectors,
  readWordVectors,
  type WordVectors,
  wordVectorsDir,
  writeWordVectors,
} from '../index/wordVectors.ts';
import type { Logger } from '../logger.ts';

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
  const dir = path.join(path.dirname(wordVectorsDir(cacheDir)), `terms-v${SCHEMA_VERSION}`);
  const cached = readWordVectors(dir);
  if (cached) return new TermVectors(cached);
  const words = openWordVectors(cacheDir, logger);
  if (!words) return null;
  logger.info({ dir }, 'stemming the word vectors (once, about 10 s)');
  const { terms, vectors } = termVectorsOf(words);
  return new TermVectors(writeWordVectors(dir, terms, vectors, 'glove-100d words, stemmed'));
}

export interface NeighbourOptions {
  /** Below this cosine a corpus term is not the question's word said otherwise. */
  minSimilarity: number;
  /** At most this many neighbours per query term. */
  maxNeighbours: number;
}

/**
 * Calibrated on the tune half of test/eval/news (`npm run eval -- --sweep-neighbours`): 0.6
 * kept "troops" for "soldiers" (0.90) and "ceasefire" for "truce" (0.92) while "country"
 * stays apart from "sudan" (0.51).
 */
export const DEFAULT_NEIGHBOURS: NeighbourOptions = { minSimilarity: 0.6, maxNeighbours: 4 };

/** One corpus vocabulary's neighbour lookup (rebuilt when the index is reloaded). */
export class TermNeighbours {
  private readonly terms: string[] = [];
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
      this.terms.push(term);
      rows.push(vector);
    }
    const dimension = vectors.dimension;
    this.matrix = new Float32Array(rows.length * dimension);
    rows.forEach((row, i) => this.matrix.set(row, i * dimension));
  }

  /** Corpus terms close in meaning to `term` (not itself), with their cosine, best first. */
  neighbours(term: string): [term: string, similarity: number][] {
    const known = this.memo.get(term);
    if (known) return known;
    const vector = /\d/.test(term) ? null : this.vectors.vector(term);
    const found: [string, number][] = [];
    if (vector) {
      const dimension = vector.length;
      for (let row = 0; row < this.terms.length; row++) {
        let dot = 0;
        for (let d = 0; d < dimension; d++) dot += this.matrix[row * dimension + d]! * vector[d]!;
        if (dot >= this.options.minSimilarity && this.terms[row] !== term) found.push([this.terms[row]!, dot]);
      }
      found.sort((a, b) => b[1] - a[1]);
      found.length = Math.min(found.length, this.options.maxNeighbours);
    }
    if (this.memo.size > 10_000) this.memo.clear();
    this.memo.set(term, found);
    return found;
  }
}

function normalize(vector: Float32Array): void {
  let norm = 0;
  for (const value of vector) norm += value * value;
  const inverse = 1 / (Math.sqrt(norm) || 1);
  for (let d = 0; d < vector.length; d++) vector[d]! *= inverse;
}
