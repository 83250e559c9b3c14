/** mulberry32: a small, fast, seedable PRNG, so every run builds the same data and queries. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random direction (Gaussian coordinates, Box–Muller), scaled to unit length. */
export function randomUnitVector(random: () => number, dimension: number): Float32Array {
  const vector = new Float32Array(dimension);
  let norm = 0;
  for (let d = 0; d < dimension; d += 2) {
    const radius = Math.sqrt(-2 * Math.log(1 - random()));
    const angle = 2 * Math.PI * random();
    const a = radius * Math.cos(angle);
    const b = radius * Math.sin(angle);
    vector[d] = a;
    norm += a * a;
    if (d + 1 < dimension) {
      vector[d + 1] = b;
      norm += b * b;
    }
  }
  const scale = 1 / Math.sqrt(norm);
  for (let d = 0; d < dimension; d++) vector[d] = (vector[d] ?? 0) * scale;
  return vector;
}
