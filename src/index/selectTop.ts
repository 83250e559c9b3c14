/**
 * The `k` best of `candidates` by `scores[row]` (highest first, ties to the lower row), without
 * sorting them all: a common word puts hundreds of thousands of passages in the running at a
 * million passages, and only the top hundred are wanted. A min-heap of size k holds the best so far.
 */
export function selectTop(candidates: ArrayLike<number>, count: number, scores: Float64Array, k: number): number[] {
  const heap: number[] = [];
  // a ranks below b
  const below = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  const siftDown = (from: number) => {
    for (let i = from; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let lowest = i;
      if (left < heap.length && below(heap[left]!, heap[lowest]!)) lowest = left;
      if (right < heap.length && below(heap[right]!, heap[lowest]!)) lowest = right;
      if (lowest === i) return;
      [heap[i], heap[lowest]] = [heap[lowest]!, heap[i]!];
      i = lowest;
    }
  };
  for (let c = 0; c < count && k > 0; c++) {
    const row = candidates[c]!;
    if (heap.length < k) {
      heap.push(row);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!below(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (below(heap[0]!, row)) {
      heap[0] = row;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (below(a, b) ? 1 : below(b, a) ? -1 : 0));
}
