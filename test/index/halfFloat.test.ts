import { describe, expect, it } from 'vitest';
import { decodeHalf, halfBitsToFloat, toHalf, toHalfBits } from '../../src/index/halfFloat.ts';

describe('float16', () => {
  it('gives back every finite float16 exactly', () => {
    for (let bits = 0; bits < 0x7c00; bits++) {
      expect(toHalfBits(halfBitsToFloat(bits))).toBe(bits);
      expect(toHalfBits(-halfBitsToFloat(bits))).toBe(bits === 0 ? 0x8000 : bits | 0x8000);
    }
  });

  it('rounds to the nearest float16, ties to even, and overflows to infinity', () => {
    expect(halfBitsToFloat(toHalfBits(1 + 2 ** -11))).toBe(1); // a tie: 1 is even
    expect(halfBitsToFloat(toHalfBits(1 + 3 * 2 ** -11))).toBe(1 + 2 ** -9); // a tie: rounds up to even
    expect(halfBitsToFloat(toHalfBits(0.1))).toBeCloseTo(0.1, 4);
    expect(halfBitsToFloat(toHalfBits(1e6))).toBe(Infinity);
    expect(halfBitsToFloat(toHalfBits(2 ** -25 + 2 ** -30))).toBe(2 ** -24); // smallest subnormal
  });

  it('keeps a unit vector within 1e-3 per value', () => {
    const vector = Float32Array.from({ length: 384 }, (_, i) => Math.sin(i * 12.9898) * 0.1);
    const back = decodeHalf(toHalf(vector), new Float32Array(384));
    vector.forEach((value, i) => expect(Math.abs(back[i]! - value)).toBeLessThan(1e-3));
  });
});
