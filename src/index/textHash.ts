import { createHash } from 'node:crypto';

/** The key of a passage text: 64 bits of SHA-256 as 16 hex digits (a collision is unlikely below billions of texts). */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** A textHash as the index stores it: 8 bytes. */
export function hashKey(hash: string): Buffer {
  return Buffer.from(hash.slice(0, 16), 'hex');
}
