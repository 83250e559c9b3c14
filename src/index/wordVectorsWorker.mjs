// The body of readWordVectorsInWorker's thread (wordVectors.ts): reads a word-vector table, builds
// its word lookup (a hash table of rows) and turns its int8 rows into the float32 unit vectors
// lookups return, here, beside a bot's model load: the main thread receives them ready (no
// 100,000-word Map to build there, no row to decode at its first question). Plain JavaScript, so
// it starts without a TypeScript loader.
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

/** FNV-1a over the word's UTF-16 code units: wordVectors.ts's wordHash, which probes this table. */
function wordHash(text, start, end) {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** wordVectors.ts's unitRow, the same operations in the same order (so the same float32 values), into `out`. */
function unitRow(table, row, dimension, scale, out) {
  const offset = row * dimension;
  let norm = 0;
  for (let d = 0; d < dimension; d++) {
    const value = table[offset + d] / scale;
    out[offset + d] = value;
    norm += value * value;
  }
  const inverse = 1 / (Math.sqrt(norm) || 1);
  for (let d = 0; d < dimension; d++) out[offset + d] *= inverse;
}

function read(dir) {
  const metaPath = path.join(dir, 'meta.json');
  if (!fs.existsSync(metaPath)) return { table: null };
  const meta = JSON.parse(fs.readFileSync(metaPath, 'utf8'));
  const text = fs.readFileSync(path.join(dir, 'words.txt'), 'utf8');
  const bytes = fs.readFileSync(path.join(dir, 'vectors.i8'));
  const table = new Int8Array(bytes.buffer, bytes.byteOffset, meta.count * meta.dimension);
  const vectors = new Float32Array(meta.count * meta.dimension);
  for (let row = 0; row < meta.count; row++) unitRow(table, row, meta.dimension, meta.scale, vectors);
  // starts[row] is where the row's word begins in the text; starts[count] one past the last's end + 1.
  const starts = new Int32Array(meta.count + 1);
  let at = 0;
  for (let row = 0; row < meta.count; row++) {
    starts[row] = at;
    const end = text.indexOf('\n', at);
    at = end < 0 ? text.length + 1 : end + 1;
  }
  starts[meta.count] = at;
  let size = 1;
  while (size < meta.count * 2) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  // Later rows first, so that a word listed twice finds its last row, as a Map built in order would.
  for (let row = meta.count - 1; row >= 0; row--) {
    let slot = wordHash(text, starts[row], starts[row + 1] - 1) & (size - 1);
    while (slots[slot] >= 0) slot = (slot + 1) & (size - 1);
    slots[slot] = row;
  }
  return { table: { meta, text: text.slice(0, Math.max(0, at - 1)), starts, slots, vectors } };
}

let message;
try {
  message = read(workerData.dir);
} catch (error) {
  message = { error: error instanceof Error ? error.message : String(error) };
}
const { table } = message;
parentPort?.postMessage(message, table ? [table.starts.buffer, table.slots.buffer, table.vectors.buffer] : []);
