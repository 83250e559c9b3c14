/**
 * IEEE 754 half precision (float16), as the index stores vectors: half the bytes of float32, and
 * a unit vector's cosines stay within about 1e-3 of float32's (an 11-bit significand). Node 20
 * has no Float16Array: values are Uint16Array bits, converted here.
 */

const float = new Float32Array(1);
const bits = new Uint32Array(float.buffer);

/** Every float16 bit pattern as float32: 256 KB, and decoding is one array read per value. */
const HALF_TO_FLOAT = (() => {
  const table = new Float32Array(65536);
  for (let h = 0; h < 65536; h++) {
    const sign = h & 0x8000 ? -1 : 1;
    const exponent = (h >> 10) & 0x1f;
    const fraction = h & 0x3ff;
    if (exponent === 0) table[h] = sign * fraction * 2 ** -24;
    else if (exponent === 31) table[h] = fraction ? Number.NaN : sign * Infinity;
    else table[h] = sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
  }
  return table;
})();

/** float32 → float16 bits, rounded to nearest even; beyond float16's range → ±Infinity. */
export function toHalfBits(value: number): number {
  float[0] = value;
  const x = bits[0]!;
  const sign = (x >>> 16) & 0x8000;
  const exponent = (x >>> 23) & 0xff;
  let mantissa = x & 0x7fffff;
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa ? 0x200 : 0);
  const e = exponent - 127 + 15;
  if (e >= 31) return sign | 0x7c00;
  if (e <= 0) {
    // Subnormal half (or zero): shift the implicit 1 in, round to nearest even.
    if (e < -10) return sign;
    mantissa |= 0x800000;
    const shift = 14 - e;
    const half = mantissa >>> shift;
    const rest = mantissa & ((1 << shift) - 1);
    const midpoint = 1 << (shift - 1);
    return sign | (half + (rest > midpoint || (rest === midpoint && half & 1) ? 1 : 0));
  }
  const half = (e << 10) | (mantissa >>> 13);
  const rest = mantissa & 0x1fff;
  // A carry out of the mantissa correctly bumps the exponent.
  return sign | (half + (rest > 0x1000 || (rest === 0x1000 && half & 1) ? 1 : 0));
}

export function halfBitsToFloat(half: number): number {
  return HALF_TO_FLOAT[half & 0xffff]!;
}

export function toHalf(vector: Float32Array): Uint16Array {
  const half = new Uint16Array(vector.length);
  for (let i = 0; i < vector.length; i++) half[i] = toHalfBits(vector[i]!);
  return half;
}

/** `half` decoded into `target` from `offset` (target must have room). */
export function decodeHalf(half: Uint16Array, target: Float32Array, offset = 0): Float32Array {
  for (let i = 0; i < half.length; i++) target[offset + i] = HALF_TO_FLOAT[half[i]!]!;
  return target;
}
