import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ChunkedDocument } from '../corpus/chunkDocument.ts';
import type { Passage, Sentence } from '../corpus/passage.ts';
import type { DocumentRecord, PassageRecord } from '../corpus/records.ts';
import type { Logger } from '../logger.ts';
import { searchTerms } from '../text/searchTerms.ts';

/** Every table of the index (schema 4 and older also had FTS5 shadow tables named passage_terms_*). */
const OWN_TABLES = ['meta', 'documents', 'passages', 'terms', 'passage_terms', 'embeddings'];

class UnusableIndexError extends Error {}

/** Bumped whenever the schema or the way text is turned into terms changes: old files are rebuilt. */
/** 6 (issue 10): terms through lemmas of irregular forms (sent → send), see searchTerms.stemOf. */
export const SCHEMA_VERSION = 6;

export interface IndexedDocument extends ChunkedDocument {
  hash: string;
}

/** The dimension-checked vectors of some passages for one model. */
export interface StoredVectors {
  /** The passages asked for, ascending. */
  ids: Int32Array;
  dimension: number;
  /** ids.length × dimension, row i is the unit vector of passage ids[i], or zeros when it has none. */
  matrix: Float32Array;
  /** How many of the passages have no vector (their rows are zeros). */
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
 * embeddings as float32 blobs keyed by model and passage text, so that an unchanged passage is
 * never embedded twice, even when the file around it changes. SQLite in WAL mode, every
 * update in one transaction: a reader never sees half a document.
 */
export class IndexStore {
  private constructor(
    private readonly db: Database.Database,
    /** Whether close() records a clean shutdown (see openChecked). */
    private readonly marksShutdown = true,
  ) {}

  /**
   * Opens (or creates) the index file. A file that is corrupt, or is some other program's
   * database, is never used nor overwritten: it is moved aside (`<file>.unusable-<time>`), the
   * logger says so once with the reason, and a new index is created in its place.
   */
  static open(file: string, logger?: Logger, options: { sharedWithChecker?: boolean } = {}): IndexStore {
    if (file === ':memory:') return IndexStore.openChecked(file, options);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      return IndexStore.openChecked(file, options);
    } catch (error) {
      if (!(error instanceof UnusableIndexError)) throw error;
      const aside = `${file}.unusable-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      for (const suffix of ['', '-wal', '-shm']) {
        if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
      }
      logger?.warn({ file, movedTo: aside, reason: error.message }, `the index file is unusable (${error.message}): moved aside, rebuilding`);
      return IndexStore.openChecked(file, options);
    }
  }

  /**
   * `sharedWithChecker`: a second connection (the indexing worker) to a file another connection
   * of this process has opened and checked; it neither checks again nor marks clean shutdowns.
   */
  private static openChecked(file: string, options: { sharedWithChecker?: boolean }): IndexStore {
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
      if (!options.sharedWithChecker && !closedCleanly) {
        const check = db.pragma('quick_check(1)', { simple: true });
        if (check !== 'ok') throw new UnusableIndexError(`corrupt: ${String(check)}`);
      }
      db.pragma('synchronous = NORMAL');
      // The indexing worker and the bot may write at once (meta caches): wait, do not fail.
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
      const store = new IndexStore(db, !options.sharedWithChecker);
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

  close(): void {
    if (this.db.open && this.marksShutdown) this.setMeta('closed_cleanly', 'true');
    this.db.close();
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true });
    if (version === SCHEMA_VERSION) return;
    // Vectors are addressed by model and text hash, whatever else the schema holds: an older
    // file's are kept, so that an upgrade re-indexes the text but re-embeds nothing.
    const embeddingColumns = (this.db.pragma('table_info(embeddings)') as { name: string }[]).map((column) => column.name).join();
    if (embeddingColumns !== 'model,text_hash,vector') this.db.exec('DROP TABLE IF EXISTS embeddings');
    this.db.exec(`
      DROP TABLE IF EXISTS passage_terms_row; DROP TABLE IF EXISTS passage_terms_instance;
      DROP TABLE IF EXISTS passage_terms; DROP TABLE IF EXISTS terms;
      DROP TABLE IF EXISTS passages; DROP TABLE IF EXISTS documents; DROP TABLE IF EXISTS meta;
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY, file TEXT NOT NULL UNIQUE, hash TEXT NOT NULL,
        title TEXT NOT NULL, published TEXT);
      CREATE TABLE passages (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        page INTEGER, -- PDF page; NULL for formats without pages
        paragraph INTEGER NOT NULL, line_start INTEGER NOT NULL, line_end INTEGER NOT NULL,
        role TEXT NOT NULL, heading TEXT, text TEXT NOT NULL, text_hash TEXT NOT NULL,
        sentences TEXT NOT NULL);
      CREATE INDEX passages_by_document ON passages(document_id);
      CREATE INDEX passages_by_text ON passages(text_hash);
      -- Terms are normalized in JS (searchTerms) so queries and text meet on equal terms. A
      -- passage's terms are a blob of (term id, frequency) uint32 pairs, in a table of their own
      -- so that loading them reads no passage text; search inverts them in memory (searchIndex.ts
      -- says why not FTS5). Term ids are never reused: a term no passage holds any more is harmless.
      CREATE TABLE terms (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE);
      CREATE TABLE passage_terms (
        passage_id INTEGER PRIMARY KEY REFERENCES passages(id) ON DELETE CASCADE,
        document_id INTEGER NOT NULL,
        terms BLOB NOT NULL);
      CREATE TABLE IF NOT EXISTS embeddings (
        model TEXT NOT NULL, text_hash TEXT NOT NULL, vector BLOB NOT NULL,
        PRIMARY KEY (model, text_hash)) WITHOUT ROWID;
    `);
    this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }

  getMeta(key: string): string | null {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
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
    const lookup = this.db.prepare('SELECT 1 FROM embeddings WHERE model = ? AND text_hash = ?').pluck();
    for (const hash of hashes) if (lookup.get(model, hash) !== undefined) found.add(hash);
    return found;
  }

  /** Passages (as embedded: heading and text) that have no vector for this model yet. */
  passagesWithoutVector(model: string): { file: string; hash: string; text: string }[] {
    // Hashes first, through their index: a re-run with nothing to embed never reads the texts.
    const missing = this.db
      .prepare(
        `SELECT DISTINCT p.text_hash FROM passages p INDEXED BY passages_by_text
         WHERE NOT EXISTS (SELECT 1 FROM embeddings e WHERE e.model = ? AND e.text_hash = p.text_hash)`,
      )
      .pluck()
      .all(model) as string[];
    const passage = this.db.prepare(
      'SELECT d.file, p.heading, p.text FROM passages p JOIN documents d ON d.id = p.document_id WHERE p.text_hash = ? LIMIT 1',
    );
    return missing.flatMap((hash) => {
      const row = passage.get(hash) as { file: string; heading: string | null; text: string } | undefined;
      return row ? [{ file: row.file, hash, text: indexedText(row) }] : [];
    });
  }

  /** Saved in their own transaction: vectors are content-addressed, so keeping them early is safe. */
  saveEmbeddings(model: string, entries: { hash: string; vector: Float32Array }[]): void {
    const insert = this.db.prepare('INSERT OR REPLACE INTO embeddings (model, text_hash, vector) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      for (const { hash, vector } of entries) insert.run(model, hash, Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength));
    })();
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
          // A passage's sentences share its file, page and ¶: only their lines and text are stored.
          const sentences = passage.sentences.map(({ text, lineStart, lineEnd }) => ({ text, lineStart, lineEnd }));
          const indexed = indexedText(passage);
          const id = insertPassage.run(
            documentId, passage.page, passage.paragraph, passage.lineStart, passage.lineEnd, passage.role, passage.heading,
            passage.text, textHash(indexed), JSON.stringify(sentences),
          ).lastInsertRowid;
          insertTerms.run(id, documentId, termFrequencyBlob(searchTerms(indexed), termId));
        }
      }
      // Vectors of other models stay (never mixed: they have their own key; switching back
      // costs nothing); vectors of texts no longer in the corpus go, when texts changed.
      if (changes.upserts.length + changes.removals.length > 0) {
        this.db.prepare('DELETE FROM embeddings WHERE text_hash NOT IN (SELECT text_hash FROM passages)').run();
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
      // The blobs are copied byte for byte into one buffer, grown by doubling (their total is not known).
      let bytes = new Uint8Array(Math.max(1024, count * 256));
      let used = 0;
      let i = 0;
      for (const [id, documentId, blob] of this.db.prepare('SELECT passage_id, document_id, terms FROM passage_terms ORDER BY passage_id').raw().iterate() as Iterable<[number, number, Buffer]>) {
        if (used + blob.byteLength > bytes.byteLength) {
          const grown = new Uint8Array(Math.max(bytes.byteLength * 2, used + blob.byteLength));
          grown.set(bytes.subarray(0, used));
          bytes = grown;
        }
        bytes.set(blob, used);
        used += blob.byteLength;
        ids[i] = id;
        documentIds[i] = documentId;
        offsets[++i] = used / 4;
      }
      return { vocabulary, ids, documentIds, offsets, pairs: new Uint32Array(bytes.buffer, 0, used / 4) };
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

  /** The model's vectors of the given passages (all by default; ids ascending), or null when it has none of them. */
  loadVectors(model: string, ids: Int32Array = Int32Array.from(this.allPassageIds())): StoredVectors | null {
    return this.db.transaction(() => {
      let dimension = 0;
      let matrix = new Float32Array(0);
      let placed = 0;
      // In the table's own order, each vector written straight to its passage's row: sorting by
      // passage (ORDER BY) spilled a temporary B-tree of every vector to disk, 113 s at 1M.
      const rows = this.db
        .prepare('SELECT p.id, e.vector FROM embeddings e JOIN passages p INDEXED BY passages_by_text ON p.text_hash = e.text_hash WHERE e.model = ?')
        .raw()
        .iterate(model) as Iterable<[number, Buffer]>;
      for (const [id, blob] of rows) {
        if (placed === 0) {
          dimension = blob.byteLength / 4;
          matrix = new Float32Array(ids.length * dimension);
        }
        if (blob.byteLength !== dimension * 4) throw new Error(`Vector of passage ${id} has ${blob.byteLength / 4} dimensions, expected ${dimension}`);
        const row = indexOfSorted(ids, id);
        if (row < 0) continue;
        new Uint8Array(matrix.buffer, row * dimension * 4, blob.byteLength).set(blob);
        placed++;
      }
      return placed === 0 ? null : { ids, dimension, matrix, withoutVector: ids.length - placed };
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
  const sentences = (JSON.parse(row.sentences) as Omit<Sentence, 'file' | 'paragraph'>[]).map((s) => ({ ...span, ...s }));
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

/** (term id, frequency) pairs as uint32, in the machine's byte order (little-endian on every platform Node supports). */
function termFrequencyBlob(terms: string[], termId: (term: string) => number): Buffer {
  const frequencies = new Map<number, number>();
  for (const term of terms) {
    const id = termId(term);
    frequencies.set(id, (frequencies.get(id) ?? 0) + 1);
  }
  const pairs = Uint32Array.from([...frequencies].flat());
  return Buffer.from(pairs.buffer, pairs.byteOffset, pairs.byteLength);
}

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}
