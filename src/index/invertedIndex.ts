import type { ForwardIndex } from './indexStore.ts';

export interface Postings {
  /** Passage rows (positions in the forward index), ascending. */
  rows: Int32Array;
  /** How often the term occurs in each of those passages. */
  frequencies: Uint16Array;
}

const NO_POSTINGS: Postings = { rows: new Int32Array(0), frequencies: new Uint16Array(0) };

/** An InvertedIndex as plain data (a Map and typed arrays), to hand from a worker thread. */
export interface InvertedIndexData {
  /** Term → its id. */
  vocabulary: Map<string, number>;
  /** Term id t's postings are rows[starts[t] .. starts[t + 1]). */
  starts: Uint32Array;
  rows: Int32Array;
  frequencies: Uint16Array;
  /** Each passage row's number of terms (BM25's length normalisation). */
  lengths: Uint32Array;
}

/**
 * Term → the passages holding it, in typed arrays built once when the index is loaded. Every
 * term's postings are one slice of two shared arrays, so reading them costs nothing however
 * common the term is; building them is two passes over the forward index (a few ms for SOTU's
 * 770,000 postings).
 */
export class InvertedIndex {
  constructor(readonly data: InvertedIndexData) {}

  get lengths(): Uint32Array {
    return this.data.lengths;
  }

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
    return new InvertedIndex({ vocabulary, starts, rows, frequencies, lengths });
  }

  postings(term: string): Postings {
    const { vocabulary, starts, rows, frequencies } = this.data;
    const id = vocabulary.get(term);
    if (id === undefined) return NO_POSTINGS;
    return {
      rows: rows.subarray(starts[id], starts[id + 1]),
      frequencies: frequencies.subarray(starts[id], starts[id + 1]),
    };
  }

  /** The terms some passage holds (a term whose passages all left the index keeps its id, with no postings). */
  termsInUse(): string[] {
    const { vocabulary, starts } = this.data;
    const terms: string[] = [];
    for (const [term, id] of vocabulary) if (starts[id + 1]! > starts[id]!) terms.push(term);
    return terms;
  }

  /** How many passages hold the term. */
  passagesWith(term: string): number {
    const { vocabulary, starts } = this.data;
    const id = vocabulary.get(term);
    return id === undefined ? 0 : starts[id + 1]! - starts[id]!;
  }
}
