import type { ForwardIndex } from './indexStore.ts';

export interface Postings {
  /** Passage rows (positions in the forward index), ascending. */
  rows: Int32Array;
  /** How often the term occurs in each of those passages. */
  frequencies: Uint16Array;
}

const NO_POSTINGS: Postings = { rows: new Int32Array(0), frequencies: new Uint16Array(0) };

/**
 * Term → the passages holding it, in typed arrays built once when the index is loaded. Every
 * term's postings are one slice of two shared arrays, so reading them costs nothing however
 * common the term is; building them is two passes over the forward index (a few ms for SOTU's
 * 770,000 postings).
 */
export class InvertedIndex {
  private constructor(
    private readonly vocabulary: Map<string, number>,
    /** Term id t's postings are rows[starts[t] .. starts[t + 1]). */
    private readonly starts: Uint32Array,
    private readonly rows: Int32Array,
    private readonly frequencies: Uint16Array,
    /** Each passage row's number of terms (BM25's length normalisation). */
    readonly lengths: Uint32Array,
  ) {}

  static build({ vocabulary, offsets, pairs }: ForwardIndex): InvertedIndex {
    const passages = offsets.length - 1;
    let largestId = 0;
    for (const id of vocabulary.values()) largestId = Math.max(largestId, id);
    // Counting sort by term id: count each term's postings, turn counts into start offsets, fill.
    const starts = new Uint32Array(largestId + 2);
    for (let i = 0; i < pairs.length; i += 2) starts[pairs[i]! + 1]!++;
    for (let t = 1; t < starts.length; t++) starts[t]! += starts[t - 1]!;
    const next = starts.slice(0, largestId + 1);
    const rows = new Int32Array(pairs.length / 2);
    const frequencies = new Uint16Array(pairs.length / 2);
    const lengths = new Uint32Array(passages);
    for (let row = 0; row < passages; row++) {
      for (let i = offsets[row]!; i < offsets[row + 1]!; i += 2) {
        const frequency = pairs[i + 1]!;
        const at = next[pairs[i]!]!++;
        rows[at] = row;
        frequencies[at] = Math.min(frequency, 0xffff);
        lengths[row]! += frequency;
      }
    }
    return new InvertedIndex(vocabulary, starts, rows, frequencies, lengths);
  }

  postings(term: string): Postings {
    const id = this.vocabulary.get(term);
    if (id === undefined) return NO_POSTINGS;
    const start = this.starts[id]!;
    const end = this.starts[id + 1]!;
    return { rows: this.rows.subarray(start, end), frequencies: this.frequencies.subarray(start, end) };
  }

  /** How many passages hold the term. */
  passagesWith(term: string): number {
    const id = this.vocabulary.get(term);
    return id === undefined ? 0 : this.starts[id + 1]! - this.starts[id]!;
  }
}
