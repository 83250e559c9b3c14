import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectTop } from '../../src/index/selectTop.ts';

describe('selectTop', () => {
  it('returns what a full sort would: highest scores first, ties to the lower row', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }),
        fc.integer({ min: 0, max: 50 }),
        (values, k) => {
          // Few distinct values, so ties are common.
          const scores = Float64Array.from(values);
          const candidates = Int32Array.from(values.keys()).reverse();
          const sorted = [...candidates].sort((a, b) => scores[b]! - scores[a]! || a - b);
          expect(selectTop(candidates, candidates.length, scores, k)).toEqual(sorted.slice(0, k));
        },
      ),
    );
  });

  it('considers only the first `count` candidates', () => {
    expect(selectTop([2, 0, 1], 2, Float64Array.from([5, 9, 7]), 3)).toEqual([2, 0]);
  });
});
