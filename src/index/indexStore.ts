import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ChunkedDocument } from '../corpus/chunkDocument.ts';
import type { Passage, Sentence } from '../corpus/passage.ts';
import type { DocumentRecord, PassageRecord } from '../corpus/records.ts';
import type { Logger } from '../logger.ts';
import { decodeHalf, toHalf } from './halfFloat.ts';
import { type QuantizedVectors, quantizeHalf } from './quantizeVectors.ts';
import { searchTerms } from '../text/searchTerms.ts';

/**
 * Every table of the index (schema 4 and older also had FTS5 shadow tables named passage_terms_*;
 * schema 5 and older kept vectors in `embeddings`).
 */
const OWN_TABLES = ['meta', 'documents', 'passages', 'terms', 'passage_terms', 'models', 'vectors', 'embeddings'];

class UnusableIndexError extends Error {}

/**
 * Bumped whenever the schema or the way text is turned into terms changes: the text tables of an
 * older file are rebuilt (its vectors kept). 6: the compact layout; 7: terms through lemmas of
 * irregular forms (sent → send, see searchTerms.stemOf).
 */
export const SCHEMA_VERSION = 7;

export interface IndexedDocument extends ChunkedDocument {
  hash: string;
}

/** The dimension-checked vectors of some passages for one model, as float32 (tests, the bench's exact reference). */
export interface StoredVectors {
  /** The passages asked for, ascending. */
  ids: Int32Array;
  dimension: number;
  /** ids.length × dimension, row i is the unit vector of passage ids[i], or zeros when it has none. */
  matrix: Float32Array;
  /** How many of the passages have no vector (their rows are zeros). */
  withoutVector: number;
}

/** What the vector scan keeps in memory: int8 rows and, per row, where its float16 vector is stored. */
export interface ScanVectors {
  dimension: number;
  /** ids.length × dimension int8 values, int8 = round(float × scale); zeros for a passage without a vector. */
  quantized: QuantizedVectors;
  /** Row → id of its stored vector (see halfVectors), or -1. */
  vectorIds: Int32Array;
  withoutVector: number;
}

/**
 * Every passage's terms as (term id, frequency) pairs, in passage id order: what search inverts
 * in memory. Passage i's pairs are pairs[offsets[i] .. offsets[i + 1]).
 */
export interface ForwardIndex {
  /** Term → its id. */
  vocabulary: Map<string, number>;
  ids: Int32Array;
  documentIds: Int32Array;
  offsets: Uint32Array;
  pairs: Uint32Array;
}

/**
 * The index file: documents, passages, each passage's terms with their frequencies (for BM25), and
 * vectors as float16 blobs keyed by model and passage text, so that an unchanged passage is
 * never embedded twice, even when the file around it changes. SQLite in WAL mode, every
 * update in one transaction: a reader never sees half a document.
 */
export class IndexStore {
  private constructor(
    private readonly db: Database.Database,
    /** Whether close() records a clean shutdown (see openChecked). */
    private readonly marksShutdown = true,
    /**
     * The last process using the file did not close it and the page check was left to the caller
     * (`checkLater`): until it reports (markChecked), close() does not record a clean shutdown,
     * so a crash before the check ends leaves it to the next start.
     */
    private uncheckedSinceCrash = false,
  ) {}

  /**
   * Opens (or creates) the index file. A file that is corrupt, or is some other program's
   * database, is never used nor overwritten: it is moved aside (`<file>.unusable-<time>`), the
   * logger says so once with the reason, and a new index is created in its place.
   *
   * After an unclean shutdown (a crash, a kill) every page is checked before the file is used,
   * which takes time that grows with the index; with `checkLater` the file is used at once and
   * `needsCheck` says that the caller is to run the check (checkIndexFile) and report it.
   */
  static open(file: string, logger?: Logger, options: { sharedWithChecker?: boolean; checkLater?: boolean } = {}): IndexStore {
    if (file === ':memory:') return IndexStore.openChecked(file, options);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      return IndexStore.openChecked(file, options);
    } catch (error) {
      if (!(error instanceof UnusableIndexError)) throw error;
      IndexStore.moveAside(file, error.message, logger);
      return IndexStore.openChecked(file, options);
    }
  }

  /** Moves an unusable index file (and its WAL) aside, saying so once with the reason. */
  static moveAside(file: string, reason: string, logger?: Logger): string {
    const aside = `${file}.unusable-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    // The search snapshot (searchSnapshot.ts) goes along: it was read from the file.
    for (const suffix of ['', '-wal', '-shm', '.search']) {
      if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
    }
    logger?.warn({ file, movedTo: aside, reason }, `the index file is unusable (${reason}): moved aside, rebuilding`);
    return aside;
  }

  /**
   * `sharedWithChecker`: a second connection (the indexing worker) to a file another connection
   * of this process has opened and checked; it neither checks again nor marks clean shutdowns.
   */
  private static openChecked(file: string, options: { sharedWithChecker?: boolean; checkLater?: boolean }): IndexStore {
    let db: Database.Database | undefined;
    try {
      db = new Database(file);
      db.pragma('journal_mode = WAL');
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
      const foreign = tables.filter((name) => !OWN_TABLES.some((own) => name === own || name.startsWith(`${own}_`)) && !name.startsWith('sqlite_'));
      if (foreign.length > 0) throw new UnusableIndexError(`not a briefbot index (it has tables ${foreign.slice(0, 3).join(', ')})`);
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > SCHEMA_VERSION) throw new UnusableIndexError(`written by a newer briefbot (schema ${version})`);
      // Reading every page takes time that grows with the index: done only when the last
      // process using the file did not close it (a crash, a kill), when damage is possible.
      const closedCleanly = tables.includes('meta') && db.prepare("SELECT value FROM meta WHERE key = 'closed_cleanly'").pluck().get() === 'true';
      const uncheckedSinceCrash = !options.sharedWithChecker && !closedCleanly && tables.includes('meta') && options.checkLater === true;
      if (!options.sharedWithChecker && !closedCleanly && !uncheckedSinceCrash) {
        const check = db.pragma('quick_check(1)', { simple: true });
        if (check !== 'ok') throw new UnusableIndexError(`corrupt: ${String(check)}`);
      }
      db.pragma('synchronous = NORMAL');
      // The indexing worker and the bot may write at once (meta caches): wait, do not fail.
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
      const store = new IndexStore(db, !options.sharedWithChecker, uncheckedSinceCrash);
      store.migrate();
      if (store.marksShutdown) store.setMeta('closed_cleanly', 'false');
      return store;
    } catch (error) {
      db?.close();
      if (error instanceof UnusableIndexError) throw error;
      const code = (error as { code?: unknown }).code;
      if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new UnusableIndexError(`not a database or corrupt (${code})`);
      throw error;
    }
  }

  /** The index file's path, or null for an index in memory. */
  get file(): string | null {
    return this.db.memory ? null : this.db.name;
  }

  /** The file was not closed cleanly and its page check is the caller's (see open's `checkLater`). */
  get needsCheck(): boolean {
    return this.uncheckedSinceCrash;
  }

  /** The caller's page check found the file sound. */
  markChecked(): void {
    this.uncheckedSinceCrash = false;
  }

  close(): void {
    if (this.db.open && this.marksShutdown && !this.uncheckedSinceCrash) this.setMeta('closed_cleanly', 'true');
    this.db.close();
  }

  /**
   * Brings an older file to SCHEMA_VERSION in one transaction, in two separate steps: the vectors
   * (embedding a large corpus again costs hours) are carried over by keepVectors; the text tables,
   * cheap to rebuild, are made anew and refilled by the next indexing run.
   */
  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true });
    if (version === SCHEMA_VERSION) return;
    const converted = this.db.transaction(() => {
      const converted = this.keepVectors();
      this.db.exec(`
        DROP TABLE IF EXISTS passage_terms_row; DROP TABLE IF EXISTS passage_terms_instance;
        DROP TABLE IF EXISTS passage_terms; DROP TABLE IF EXISTS terms;
        DROP TABLE IF EXISTS passages; DROP TABLE IF EXISTS documents; DROP TABLE IF EXISTS meta;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE documents (
          id INTEGER PRIMARY KEY, file TEXT NOT NULL UNIQUE, hash TEXT NOT NULL,
          title TEXT NOT NULL, published TEXT);
        -- sentences: where each sentence lies in text, as offsets (sentenceSpans), not copies.
        -- text_hash: the first 8 bytes of SHA-256 of the indexed text (textHash).
        CREATE TABLE passages (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
          page INTEGER, -- PDF page; NULL for formats without pages
          paragraph INTEGER NOT NULL, line_start INTEGER NOT NULL, line_end INTEGER NOT NULL,
          role TEXT NOT NULL, heading TEXT, text TEXT NOT NULL, text_hash BLOB NOT NULL,
          sentences TEXT NOT NULL);
        CREATE INDEX passages_by_document ON passages(document_id);
        CREATE INDEX passages_by_text ON passages(text_hash);
        -- Terms are normalized in JS (searchTerms) so queries and text meet on equal terms. A
        -- passage's terms are a blob of (term id, frequency) pairs (termFrequencyBlob), in a table
        -- of their own so that loading them reads no passage text; search inverts them in memory
        -- (searchIndex.ts says why not FTS5). Term ids are never reused: a term no passage holds
        -- any more is harmless.
        CREATE TABLE terms (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE);
        CREATE TABLE passage_terms (
          passage_id INTEGER PRIMARY KEY REFERENCES passages(id) ON DELETE CASCADE,
          document_id INTEGER NOT NULL,
          terms BLOB NOT NULL);
      `);
      // Names this file among all index files: a snapshot of another (one moved aside) never passes for its own.
      this.setMeta('index_id', randomUUID());
      this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
      return converted;
    })();
    // The old vectors' pages are free now: the file is rewritten to its new size, once.
    if (converted) this.db.exec('VACUUM');
  }

  /**
   * Step 1 of an upgrade: the vectors end in schema 6's layout whatever the file held. A rowid
   * table (rows of 1.6 KB were a poor fit for WITHOUT ROWID), the model as a small integer, the
   * text hash as 8 bytes, float16 values (half the bytes; cosines within ~1e-3). Returns whether
   * old vectors were converted. Schema 5's `embeddings` is converted in SQL, no vector leaves it.
   */
  private keepVectors(): boolean {
    const columns = (table: string) => (this.db.pragma(`table_info(${table})`) as { name: string }[]).map((column) => column.name).join();
    if (columns('vectors') !== 'id,model_id,text_hash,vector' || columns('models') !== 'id,key') {
      this.db.exec('DROP TABLE IF EXISTS vectors; DROP TABLE IF EXISTS models');
    }
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS models (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE);
      -- vector: float16 values (halfFloat.ts). Rows of under 800 bytes: five to a page.
      CREATE TABLE IF NOT EXISTS vectors (
        id INTEGER PRIMARY KEY, model_id INTEGER NOT NULL REFERENCES models(id),
        text_hash BLOB NOT NULL, vector BLOB NOT NULL);
      CREATE UNIQUE INDEX IF NOT EXISTS vectors_by_text ON vectors(text_hash, model_id);
    `);
    if (columns('embeddings') !== 'model,text_hash,vector') {
      this.db.exec('DROP TABLE IF EXISTS embeddings');
      return false;
    }
    this.db.function('float16_of', (blob: unknown) => {
      const bytes = blob as Buffer;
      return halfBlob(new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
    });
    this.db.exec(`
      INSERT OR IGNORE INTO models (key) SELECT DISTINCT model FROM embeddings;
      INSERT OR REPLACE INTO vectors (model_id, text_hash, vector)
        SELECT m.id, unhex(substr(e.text_hash, 1, 16)), float16_of(e.vector) FROM embeddings e JOIN models m ON m.key = e.model;
      DROP TABLE embeddings;
    `);
    return true;
  }

  getMeta(key: string): string | null {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  /**
   * Changes with every write that search sees (passages, terms, vectors), in the same transaction,
   * and differs between files: the key of a snapshot of what search reads (searchSnapshot.ts).
   */
  searchVersion(): string {
    return `${this.getMeta('index_id') ?? ''}:${this.getMeta('generation') ?? '0'}`;
  }

  private bumpGeneration(): void {
    this.setMeta('generation', String(Number(this.getMeta('generation') ?? '0') + 1));
  }

  /** Changes whenever a document is added, changed or removed: the key of what is derived from the whole corpus. */
  corpusVersion(): string {
    const rows = this.db.prepare('SELECT file, hash FROM documents ORDER BY file').raw().all() as [string, string][];
    return createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 32);
  }

  documents(): DocumentRecord[] {
    return this.db
      .prepare(
        `SELECT d.file, d.hash, d.title, d.published, count(p.id) AS passages
         FROM documents d LEFT JOIN passages p ON p.document_id = d.id GROUP BY d.id ORDER BY d.file`,
      )
      .all() as DocumentRecord[];
  }

  /** Counted in the compact table of passage terms (one row each): counting passages would read every page of their text. */
  passageCount(): number {
    return this.db.prepare('SELECT count(*) FROM passage_terms').pluck().get() as number;
  }


  /** Text hashes (of `hashes`) that already have a vector for this model. */
  embeddedHashes(model: string, hashes: string[]): Set<string> {
    const found = new Set<string>();
    const modelId = this.modelId(model);
    if (modelId === null) return found;
    const lookup = this.db.prepare('SELECT 1 FROM vectors WHERE text_hash = ? AND model_id = ?').pluck();
    for (const hash of hashes) if (lookup.get(hashKey(hash), modelId) !== undefined) found.add(hash);
    return found;
  }

  /** Passages (as embedded: heading and text) that have no vector for this model yet. */
  passagesWithoutVector(model: string): { file: string; hash: string; text: string }[] {
    // Hashes first, through their index: a re-run with nothing to embed never reads the texts.
    const missing = this.db
      .prepare(
        `SELECT DISTINCT p.text_hash FROM passages p INDEXED BY passages_by_text
         WHERE NOT EXISTS (SELECT 1 FROM vectors v WHERE v.text_hash = p.text_hash AND v.model_id = ?)`,
      )
      .pluck()
      .all(this.modelId(model) ?? -1) as Buffer[];
    const passage = this.db.prepare(
      'SELECT d.file, p.heading, p.text FROM passages p JOIN documents d ON d.id = p.document_id WHERE p.text_hash = ? LIMIT 1',
    );
    return missing.flatMap((key) => {
      const row = passage.get(key) as { file: string; heading: string | null; text: string } | undefined;
      return row ? [{ file: row.file, hash: key.toString('hex'), text: indexedText(row) }] : [];
    });
  }

  /** Saved in their own transaction: vectors are content-addressed, so keeping them early is safe. */
  saveEmbeddings(model: string, entries: { hash: string; vector: Float32Array }[]): void {
    const insert = this.db.prepare('INSERT OR REPLACE INTO vectors (model_id, text_hash, vector) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      this.db.prepare('INSERT OR IGNORE INTO models (key) VALUES (?)').run(model);
      const modelId = this.modelId(model);
      for (const { hash, vector } of entries) insert.run(modelId, hashKey(hash), halfBlob(vector));
      this.bumpGeneration();
    })();
  }

  /** The small integer that stands for a model key in the vectors table, or null when it has none. */
  private modelId(model: string): number | null {
    return (this.db.prepare('SELECT id FROM models WHERE key = ?').pluck().get(model) as number | undefined) ?? null;
  }

  /**
   * Applies a whole indexing run at once: documents added or changed replace their old rows,
   * removed ones go, vectors of other models and of texts no longer present are dropped.
   */
  applyChanges(changes: { upserts: IndexedDocument[]; removals: string[]; model: string | null }): void {
    const deleteDocument = this.db.prepare('DELETE FROM documents WHERE file = ?');
    const insertDocument = this.db.prepare('INSERT INTO documents (file, hash, title, published) VALUES (?, ?, ?, ?)');
    const insertPassage = this.db.prepare(
      `INSERT INTO passages (document_id, page, paragraph, line_start, line_end, role, heading, text, text_hash, sentences)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertTerms = this.db.prepare('INSERT INTO passage_terms (passage_id, document_id, terms) VALUES (?, ?, ?)');
    const termId = this.termIds();

    this.db.transaction(() => {
      // Passages and their terms go with their document (ON DELETE CASCADE).
      for (const file of changes.removals) deleteDocument.run(file);
      for (const doc of changes.upserts) {
        deleteDocument.run(doc.file);
        const documentId = insertDocument.run(doc.file, doc.hash, doc.title, doc.published).lastInsertRowid;
        for (const passage of doc.passages) {
          const indexed = indexedText(passage);
          const id = insertPassage.run(
            documentId, passage.page, passage.paragraph, passage.lineStart, passage.lineEnd, passage.role, passage.heading,
            passage.text, hashKey(textHash(indexed)), JSON.stringify(sentenceSpans(passage)),
          ).lastInsertRowid;
          insertTerms.run(id, documentId, termFrequencyBlob(searchTerms(indexed), termId));
        }
      }
      // Vectors of other models stay (never mixed: they have their own key; switching back
      // costs nothing); vectors of texts no longer in the corpus go, when texts changed.
      if (changes.upserts.length + changes.removals.length > 0) {
        // Through both text-hash indexes: the vectors themselves (most of the file) are not read.
        this.db.prepare(
          `DELETE FROM vectors WHERE id IN (SELECT v.id FROM vectors v INDEXED BY vectors_by_text
           WHERE NOT EXISTS (SELECT 1 FROM passages p INDEXED BY passages_by_text WHERE p.text_hash = v.text_hash))`,
        ).run();
        this.bumpGeneration();
      }
      this.setMeta('model', changes.model ?? 'none');
    })();
  }

  passages(ids: number[]): PassageRecord[] {
    if (ids.length === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT p.id, d.file, d.title, d.published, p.page, p.paragraph, p.line_start, p.line_end, p.role, p.heading, p.text, p.sentences
         FROM passages p JOIN documents d ON d.id = p.document_id
         WHERE p.id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(ids)) as PassageRow[];
    const byId = new Map(rows.map((row) => [row.id, toPassageRecord(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  passagesOfDocument(file: string): PassageRecord[] {
    const ids = this.db
      .prepare('SELECT p.id FROM passages p JOIN documents d ON d.id = p.document_id WHERE d.file = ? ORDER BY p.id')
      .pluck()
      .all(file) as number[];
    return this.passages(ids);
  }

  allPassageIds(): number[] {
    return this.db.prepare('SELECT id FROM passages ORDER BY id').pluck().all() as number[];
  }

  /** Read in one transaction, so that the vocabulary and the passages are of the same version. */
  forwardIndex(): ForwardIndex {
    return this.db.transaction(() => {
      const vocabulary = new Map(this.db.prepare('SELECT term, id FROM terms').raw().all() as [string, number][]);
      const count = this.passageCount();
      const ids = new Int32Array(count);
      const documentIds = new Int32Array(count);
      const offsets = new Uint32Array(count + 1);
      // The pairs are decoded into one array, grown by doubling (their total is not known).
      let pairs = new Uint32Array(Math.max(1024, count * 64));
      let used = 0;
      let i = 0;
      for (const [id, documentId, blob] of this.db.prepare('SELECT passage_id, document_id, terms FROM passage_terms ORDER BY passage_id').raw().iterate() as Iterable<[number, number, Buffer]>) {
        // A pair takes at least two bytes.
        if (used + blob.byteLength > pairs.length) {
          const grown = new Uint32Array(Math.max(pairs.length * 2, used + blob.byteLength));
          grown.set(pairs.subarray(0, used));
          pairs = grown;
        }
        used = decodeTermFrequencies(blob, pairs, used);
        ids[i] = id;
        documentIds[i] = documentId;
        offsets[++i] = used;
      }
      return { vocabulary, ids, documentIds, offsets, pairs: pairs.subarray(0, used) };
    }).deferred();
  }

  /** A function giving each term its id, adding the terms not seen before (inside a write transaction). */
  private termIds(): (term: string) => number {
    const find = this.db.prepare('SELECT id FROM terms WHERE term = ?').pluck();
    const insert = this.db.prepare('INSERT INTO terms (term) VALUES (?)');
    const known = new Map<string, number>();
    return (term) => {
      let id = known.get(term);
      if (id === undefined) {
        id = (find.get(term) as number | undefined) ?? Number(insert.run(term).lastInsertRowid);
        known.set(term, id);
      }
      return id;
    };
  }

  /** The internal id of a document, for filtering search by file. */
  documentId(file: string): number | null {
    return (this.db.prepare('SELECT id FROM documents WHERE file = ?').pluck().get(file) as number | undefined) ?? null;
  }

  /** The model's vectors of the given passages (all by default; ids ascending) as float32, or null when it has none of them. */
  loadVectors(model: string, ids: Int32Array = Int32Array.from(this.allPassageIds())): StoredVectors | null {
    let matrix = new Float32Array(0);
    const found = this.eachVector(model, ids, (row, _vectorId, half, dimension) => {
      if (matrix.length === 0) matrix = new Float32Array(ids.length * dimension);
      decodeHalf(half, matrix, row * dimension);
    });
    return found && { ids, dimension: found.dimension, matrix, withoutVector: found.withoutVector };
  }

  /**
   * The model's vectors of the given passages (ids ascending) as the scan holds them: int8 on one
   * scale for the whole matrix (127 / the largest magnitude), and where each row's float16 vector
   * is for re-scoring. Null when the model has none of them.
   */
  loadScanVectors(model: string, ids: Int32Array): ScanVectors | null {
    // float16 first (half of float32), quantized once the largest magnitude is known.
    let halves = new Uint16Array(0);
    const vectorIds = new Int32Array(ids.length).fill(-1);
    const found = this.eachVector(model, ids, (row, vectorId, half, dimension) => {
      if (halves.length === 0) halves = new Uint16Array(ids.length * dimension);
      halves.set(half, row * dimension);
      vectorIds[row] = vectorId;
    });
    return found && { dimension: found.dimension, quantized: quantizeHalf(halves), vectorIds, withoutVector: found.withoutVector };
  }

  /** The float16 vectors with these ids (from ScanVectors.vectorIds). */
  halfVectors(vectorIds: number[]): Map<number, Uint16Array> {
    const rows = this.db
      .prepare('SELECT id, vector FROM vectors WHERE id IN (SELECT value FROM json_each(?))')
      .raw()
      .all(JSON.stringify(vectorIds)) as [number, Buffer][];
    return new Map(rows.map(([id, blob]) => [id, halfArray(blob)]));
  }

  /** Visits each stored vector of the model that belongs to one of `ids`, with its row among them. */
  private eachVector(
    model: string, ids: Int32Array, visit: (row: number, vectorId: number, half: Uint16Array, dimension: number) => void,
  ): { dimension: number; withoutVector: number } | null {
    const modelId = this.modelId(model);
    if (modelId === null) return null;
    return this.db.transaction(() => {
      let dimension = 0;
      let placed = 0;
      // In the table's own order, each vector written straight to its passage's row: sorting by
      // passage (ORDER BY) spilled a temporary B-tree of every vector to disk, 113 s at 1M.
      const rows = this.db
        .prepare('SELECT p.id, v.id, v.vector FROM vectors v JOIN passages p INDEXED BY passages_by_text ON p.text_hash = v.text_hash WHERE v.model_id = ?')
        .raw()
        .iterate(modelId) as Iterable<[number, number, Buffer]>;
      for (const [id, vectorId, blob] of rows) {
        if (placed === 0) dimension = blob.byteLength / 2;
        if (blob.byteLength !== dimension * 2) throw new Error(`Vector of passage ${id} has ${blob.byteLength / 2} dimensions, expected ${dimension}`);
        const row = indexOfSorted(ids, id);
        if (row < 0) continue;
        visit(row, vectorId, halfArray(blob), dimension);
        placed++;
      }
      return placed === 0 ? null : { dimension, withoutVector: ids.length - placed };
    }).deferred();
  }

}

interface PassageRow {
  id: number;
  file: string;
  title: string;
  published: string | null;
  page: number | null;
  paragraph: number;
  line_start: number;
  line_end: number;
  role: 'title' | 'body';
  heading: string | null;
  text: string;
  sentences: string;
}

function toPassageRecord(row: PassageRow): PassageRecord {
  const span = { file: row.file, page: row.page, paragraph: row.paragraph };
  const sentences = sentencesOf(JSON.parse(row.sentences) as StoredSentences, row.text, row.line_start).map((s) => ({ ...span, ...s }));
  return {
    id: row.id,
    file: row.file,
    title: row.title,
    published: row.published,
    page: row.page,
    paragraph: row.paragraph,
    lineStart: row.line_start,
    lineEnd: row.line_end,
    role: row.role,
    heading: row.heading,
    text: row.text,
    sentences,
  };
}

/** A heading is context: its words help find the passages under it. */
export function indexedText(passage: Pick<Passage, 'heading' | 'text'>): string {
  return passage.heading ? `${passage.heading}\n${passage.text}` : passage.text;
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

/**
 * (term id, frequency) pairs, term ids ascending, each as two LEB128 varints: the gap from the
 * previous term id, then the frequency. About 2.5 bytes a pair instead of 8 as two uint32.
 */
function termFrequencyBlob(terms: string[], termId: (term: string) => number): Buffer {
  const frequencies = new Map<number, number>();
  for (const term of terms) {
    const id = termId(term);
    frequencies.set(id, (frequencies.get(id) ?? 0) + 1);
  }
  const bytes: number[] = [];
  const write = (value: number) => {
    while (value >= 0x80) {
      bytes.push((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    bytes.push(value);
  };
  let previous = 0;
  for (const [id, frequency] of [...frequencies].sort((a, b) => a[0] - b[0])) {
    write(id - previous);
    write(frequency);
    previous = id;
  }
  return Buffer.from(bytes);
}

/** termFrequencyBlob's pairs appended to `pairs` from `at` (room for blob.length values is there); returns the new end. */
function decodeTermFrequencies(blob: Uint8Array, pairs: Uint32Array, at: number): number {
  let termId = 0;
  let odd = false;
  let value = 0;
  let shift = 0;
  for (let i = 0; i < blob.length; i++) {
    const byte = blob[i]!;
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte & 0x80) continue;
    if (odd) pairs[at++] = value;
    else pairs[at++] = termId += value;
    odd = !odd;
    value = 0;
    shift = 0;
  }
  return at;
}

/**
 * Sentences as stored: four numbers each, flattened (offsets of its text in the passage's text,
 * then its lines counted from the passage's first line), or, for a passage whose sentences are not
 * all found in its text, the sentences themselves (their lines and text).
 */
type StoredSentences = number[] | { text: string; lineStart: number; lineEnd: number }[];

function sentenceSpans(passage: Passage): StoredSentences {
  const spans: number[] = [];
  let from = 0;
  for (const sentence of passage.sentences) {
    const start = passage.text.indexOf(sentence.text, from);
    if (start < 0) return passage.sentences.map(({ text, lineStart, lineEnd }) => ({ text, lineStart, lineEnd }));
    from = start + sentence.text.length;
    spans.push(start, from, sentence.lineStart - passage.lineStart, sentence.lineEnd - passage.lineStart);
  }
  return spans;
}

function sentencesOf(stored: StoredSentences, text: string, lineStart: number): Omit<Sentence, 'file' | 'paragraph'>[] {
  if (!stored.every((value) => typeof value === 'number')) return stored as Exclude<StoredSentences, number[]>;
  const sentences: Omit<Sentence, 'file' | 'paragraph'>[] = [];
  for (let i = 0; i + 3 < stored.length; i += 4) {
    sentences.push({ text: text.slice(stored[i], stored[i + 1]), lineStart: lineStart + stored[i + 2]!, lineEnd: lineStart + stored[i + 3]! });
  }
  return sentences;
}

/** The key of a passage text: 64 bits of SHA-256 as 16 hex digits (a collision is unlikely below billions of texts). */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** A textHash as the index stores it: 8 bytes. */
function hashKey(hash: string): Buffer {
  return Buffer.from(hash.slice(0, 16), 'hex');
}

function halfBlob(vector: Float32Array): Buffer {
  const half = toHalf(vector);
  return Buffer.from(half.buffer, half.byteOffset, half.byteLength);
}

/** A blob's float16 values (copied: better-sqlite3's buffers need not be 2-byte aligned). */
function halfArray(blob: Buffer): Uint16Array {
  return new Uint16Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));
}
