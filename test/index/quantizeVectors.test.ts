import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantizeVectors, quantizeWith } from '../../src/index/quantizeVectors.ts';

describe('quantizeVectors', () => {
  it('rounds every value times one scale that maps the largest magnitude to 127', () => {
    fc.assert(
      fc.property(fc.array(fc.float({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 200 }), (values) => {
        const matrix = Float32Array.from(values);
        const { matrix: quantized, scale } = quantizeVectors(matrix);
        const largest = Math.max(...matrix.map(Math.abs));
        if (largest > 0) expect(scale).toBeCloseTo(127 / largest, 6);
        matrix.forEach((value, i) => expect(quantized[i]).toBe(Math.round(value * scale) || 0));
      }),
    );
  });

  it('clamps a query beyond the matrix scale', () => {
    expect([...quantizeWith(Float32Array.from([2, -2, 0.5]), 127)]).toEqual([127, -127, 64]);
  });
});
