/**
 * (term id, frequency) pairs, term ids ascending, each as two LEB128 varints: the gap from the
 * previous term id, then the frequency. About 2.5 bytes a pair instead of 8 as two uint32.
 */
export function termFrequencyBlob(terms: string[], termId: (term: string) => number): Buffer {
  const frequencies = new Map<number, number>();
  for (const term of terms) {
    const id = termId(term);
    frequencies.set(id, (frequencies.get(id) ?? 0) + 1);
  }
  const bytes: number[] = [];
  const write = (value: number) => {
    while (value >= 0x80) {
      bytes.push((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    bytes.push(value);
  };
  let previous = 0;
  for (const [id, frequency] of [...frequencies].sort((a, b) => a[0] - b[0])) {
    write(id - previous);
    write(frequency);
    previous = id;
  }
  return Buffer.from(bytes);
}

/** termFrequencyBlob's pairs appended to `pairs` from `at` (room for blob.length values is there); returns the new end. */
export function decodeTermFrequencies(blob: Uint8Array, pairs: Uint32Array, at: number): number {
  let termId = 0;
  let odd = false;
  let value = 0;
  let shift = 0;
  for (let i = 0; i < blob.length; i++) {
    const byte = blob[i]!;
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte & 0x80) continue;
    if (odd) pairs[at++] = value;
    else pairs[at++] = termId += value;
    odd = !odd;
    value = 0;
    shift = 0;
  }
  return at;
}
