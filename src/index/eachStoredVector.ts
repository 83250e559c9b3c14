import type Database from 'better-sqlite3';
import { halfArray } from './halfBlob.ts';

/** Visits each stored vector of the model that belongs to one of `ids`, with its row among them. */
export function eachStoredVector(
  db: Database.Database,
  modelId: number,
  ids: Int32Array,
  visit: (row: number, vectorId: number, half: Uint16Array, dimension: number) => void,
): { dimension: number; withoutVector: number } | null {
  return db
    .transaction(() => {
      let dimension = 0;
      let placed = 0;
      // In the table's own order, each vector written straight to its passage's row: sorting by
      // passage (ORDER BY) spilled a temporary B-tree of every vector to disk, 113 s at 1M.
      const rows = db
        .prepare(
          'SELECT p.id, v.id, v.vector FROM vectors v JOIN passages p INDEXED BY passages_by_text ON p.text_hash = v.text_hash WHERE v.model_id = ?',
        )
        .raw()
        .iterate(modelId) as Iterable<[number, number, Buffer]>;
      for (const [id, vectorId, blob] of rows) {
        if (placed === 0) dimension = blob.byteLength / 2;
        if (blob.byteLength !== dimension * 2)
          throw new Error(`Vector of passage ${id} has ${blob.byteLength / 2} dimensions, expected ${dimension}`);
        const row = indexOfSorted(ids, id);
        if (row < 0) continue;
        visit(row, vectorId, halfArray(blob), dimension);
        placed++;
      }
      return placed === 0 ? null : { dimension, withoutVector: ids.length - placed };
    })
    .deferred();
}

/** Where `value` is in an ascending array, or -1. */
function indexOfSorted(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = sorted[middle]!;
    if (found === value) return middle;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
