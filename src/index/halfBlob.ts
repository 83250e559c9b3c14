import { toHalf } from './halfFloat.ts';

export function halfBlob(vector: Float32Array): Buffer {
  const half = toHalf(vector);
  return Buffer.from(half.buffer, half.byteOffset, half.byteLength);
}

/** A blob's float16 values (copied: better-sqlite3's buffers need not be 2-byte aligned). */
export function halfArray(blob: Buffer): Uint16Array {
  return new Uint16Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));
}
