import type { WordVectors } from '../wordVectors.ts';

/**
 * The token table of briefbot's static sentence model: a sentence's vector is the mean of its
 * words' rows (the architecture of model2vec and sentence-transformers' StaticEmbedding), and
 * the rows are GloVe vectors made into SIF embeddings (Arora, Liang & Ma 2017, "A simple but
 * tough-to-beat baseline for sentence embeddings"):
 *  - each word is weighted a / (a + p(w)), so "the", "of", "said" hardly move the mean;
 *  - the common component u (the direction all sentences share) is removed. Removing it from the
 *    mean equals removing it from every row, since v - u uᵀv is linear: it is folded in here.
 * p(w) is a Zipf estimate from the word's rank (GloVe lists words most frequent first):
 * p(r) = 1 / (r · H), H = ln N + γ for GloVe's N = 400,000 words. The rank is the word's place
 * in the word table, which dropped GloVe's punctuation and numbers: a slight underestimate.
 */
export interface StaticTableOptions {
  /** SIF's a: the smaller, the more frequent words are damped. Arora et al. found 1e-4..1e-3 best. */
  sifA?: number;
  /** How many common components to remove (SIF: 1). */
  commonComponents?: number;
}

export const DEFAULT_SIF_A = 1e-3;
const GLOVE_VOCABULARY = 400_000;
const ZIPF_NORMALIZER = Math.log(GLOVE_VOCABULARY) + 0.5772156649;

/** The special tokens of the tokenizer, ids 0..4 in this order; their rows are zero. */
export const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;

export interface StaticTable {
  /** Tokens in id order: the special tokens, then the words. */
  vocabulary: string[];
  /** Row-major [vocabulary.length, dimension]. */
  table: Float32Array;
  dimension: number;
}

/**
 * The table for every word of `words` the tokenizer can produce: lowercase letters only once
 * accents are stripped (BertPreTokenizer splits "don't" and "well-known" at the punctuation, so
 * such entries could never match); a word that folds onto a more frequent one is dropped.
 */
export function staticModelTable(words: WordVectors, options: StaticTableOptions = {}): StaticTable {
  const a = options.sifA ?? DEFAULT_SIF_A;
  const dimension = words.dimension;
  const kept: { word: string; rank: number }[] = [];
  const seen = new Set<string>();
  words.words.forEach((word, rank) => {
    const folded = foldToken(word);
    if (folded !== word || !/^\p{Ll}+$/u.test(word) || seen.has(word)) return;
    seen.add(word);
    kept.push({ word, rank });
  });
  const rows = kept.map(({ word, rank }) => {
    const vector = words.vector(word) ?? new Float32Array(dimension);
    const p = 1 / ((rank + 1) * ZIPF_NORMALIZER);
    const weight = a / (a + p);
    return { vector: vector.map((x) => x * weight), p };
  });
  for (let k = 0; k < (options.commonComponents ?? 1); k++) {
    const u = commonComponent(rows, dimension);
    for (const { vector } of rows) {
      let projection = 0;
      for (let d = 0; d < dimension; d++) projection += u[d]! * vector[d]!;
      for (let d = 0; d < dimension; d++) vector[d]! -= projection * u[d]!;
    }
  }
  const vocabulary = [...SPECIAL_TOKENS, ...kept.map(({ word }) => word)];
  const table = new Float32Array(vocabulary.length * dimension);
  rows.forEach(({ vector }, i) => table.set(vector, (SPECIAL_TOKENS.length + i) * dimension));
  return { vocabulary, table, dimension };
}

/** What the tokenizer's BertNormalizer makes of a word: lowercase, accents stripped. */
export function foldToken(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/**
 * The direction sentences share: the top eigenvector of the second moment of the weighted rows,
 * each counted by its word's frequency (what a sentence drawn from the language averages).
 * SIF takes it from the sentences of a corpus; this is the corpus-free estimate, so the model
 * does not depend on what a user indexes. Power iteration from a fixed start: deterministic.
 */
function commonComponent(rows: { vector: Float32Array; p: number }[], dimension: number): Float64Array {
  // Symmetric: the upper triangle is summed, then mirrored (half the work of 150,000 outer products).
  const moment = new Float64Array(dimension * dimension);
  for (const { vector, p } of rows) {
    for (let i = 0; i < dimension; i++) {
      const scaled = p * vector[i]!;
      const offset = i * dimension;
      for (let j = i; j < dimension; j++) moment[offset + j]! += scaled * vector[j]!;
    }
  }
  for (let i = 0; i < dimension; i++)
    for (let j = 0; j < i; j++) moment[i * dimension + j] = moment[j * dimension + i]!;
  let u = new Float64Array(dimension).fill(1 / Math.sqrt(dimension));
  for (let step = 0; step < 100; step++) {
    const next = new Float64Array(dimension);
    for (let i = 0; i < dimension; i++) {
      let sum = 0;
      for (let j = 0; j < dimension; j++) sum += moment[i * dimension + j]! * u[j]!;
      next[i] = sum;
    }
    const norm = Math.hypot(...next) || 1;
    for (let i = 0; i < dimension; i++) next[i]! /= norm;
    u = next;
  }
  return u;
}
