import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { halfBlob } from './halfBlob.ts';

/**
 * Every table of the index (schema 4 and older also had FTS5 shadow tables named passage_terms_*;
 * schema 5 and older kept vectors in `embeddings`).
 */
export const OWN_TABLES = [
  'meta',
  'documents',
  'passages',
  'terms',
  'passage_terms',
  'models',
  'vectors',
  'embeddings',
  'entity_names',
  'entity_leaders',
  'relations',
  'document_entities',
  'entity_catalog',
];

/**
 * Bumped whenever the schema or the way text is turned into terms changes: the text tables of an
 * older file are rebuilt (its vectors kept). 6: the compact layout; 7: terms through lemmas of
 * irregular forms (sent → send, see searchTerms.stemOf); 8: the entity names and relations
 * extracted at indexing time (addRelationTables); 9: what each document taught the entity
 * learner, so that a change extracts that document only (addDocumentEntities); 10: the entity
 * catalog ready-built, and each document's file stamp, so that a start neither builds the one
 * nor reads every file to find it unchanged (addCatalogAndFileStamps).
 */
export const SCHEMA_VERSION = 10;

/** The schema whose text tables 8 to 10 kept as they were: a file of 7 only gains the later tables. */
const TEXT_SCHEMA_VERSION = 7;
/** The schema that added the relation tables, kept since. */
const RELATION_SCHEMA_VERSION = 8;
/** The schema that added document_entities, kept since. */
const DOCUMENT_ENTITIES_SCHEMA_VERSION = 9;

/**
 * Brings an older file to SCHEMA_VERSION in one transaction, in separate steps: the vectors
 * (embedding a large corpus again costs hours) are carried over by keepVectors; the text tables,
 * cheap to rebuild, are made anew and refilled by the next indexing run (skipped for a file of
 * schema 7, whose text tables are current); the relation tables are made empty, and filled by
 * the next indexing run's extraction.
 */
export function migrateIndex(db: Database.Database, setMeta: (key: string, value: string) => void): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === SCHEMA_VERSION) return;
  if (version >= TEXT_SCHEMA_VERSION && version < SCHEMA_VERSION) {
    db.transaction(() => {
      if (version < RELATION_SCHEMA_VERSION) addRelationTables(db);
      if (version < DOCUMENT_ENTITIES_SCHEMA_VERSION) addDocumentEntities(db);
      addCatalogAndFileStamps(db);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
    return;
  }
  const converted = db.transaction(() => {
    const converted = keepVectors(db);
    db.exec(`
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
    addRelationTables(db);
    addDocumentEntities(db);
    addCatalogAndFileStamps(db);
    // Names this file among all index files: a snapshot of another (one moved aside) never passes for its own.
    setMeta('index_id', randomUUID());
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    return converted;
  })();
  // The old vectors' pages are free now: the file is rewritten to its new size, once.
  if (converted) db.exec('VACUUM');
}

/**
 * The step of schema 8: what the relation extractor found, kept so that who-backs reads a small
 * table instead of every sentence (src/brief/storedSupportGraph.ts). All of it is derived from
 * the passages and stamped in meta (`relations_stamp`: extractor version and corpus version), so
 * the tables are only ever replaced whole, in one transaction, and a file without them loses
 * nothing. entity_names: every name form the catalog learned (`node`: JSON), `root` naming its
 * group (the forms of one entity share it), in learning order, and on the root's row the entity
 * the group makes (`entity`: JSON); entity_leaders: organisation →
 * leader links; relations: each support or opposition relation (`relation`: JSON, its cited
 * sentence included), in extraction order, going with its document.
 */
function addRelationTables(db: Database.Database): void {
  db.exec(`
    DROP TABLE IF EXISTS relations; DROP TABLE IF EXISTS entity_leaders; DROP TABLE IF EXISTS entity_names;
    DELETE FROM meta WHERE key = 'relations_stamp';
    CREATE TABLE entity_names (
      position INTEGER PRIMARY KEY, key TEXT NOT NULL, root TEXT NOT NULL, node TEXT NOT NULL, entity TEXT);
    CREATE TABLE entity_leaders (position INTEGER PRIMARY KEY, organisation TEXT NOT NULL, leader TEXT NOT NULL);
    CREATE TABLE relations (
      position INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      stance TEXT NOT NULL, relation TEXT NOT NULL);
    CREATE INDEX relations_by_document ON relations(document_id);
  `);
}

/**
 * The step of schema 9: per document, what the entity learner keeps of it (src/brief/
 * documentEntities.ts), so that a change learns and extracts only the documents it reaches:
 * its word counts (`counts`, tab-separated lines), the words it writes capitalised (`capitals`, one a line),
 * the name forms, groups and leader links its sentences taught (`names`: JSON), under `extractor`,
 * and the `fingerprint` of the entities its relations were extracted against; the corpus's word
 * counts are in meta (`entity_word_totals`). No foreign key: the row of a document removed or
 * replaced is how the next update knows which counts leave the corpus, and that update deletes
 * it (its relations go with the document at once). A file of 8 starts without rows: its next
 * update learns every document once.
 */
function addDocumentEntities(db: Database.Database): void {
  db.exec(`
    DROP TABLE IF EXISTS document_entities;
    DELETE FROM meta WHERE key = 'entity_word_totals';
    CREATE TABLE document_entities (
      document_id INTEGER PRIMARY KEY, file TEXT NOT NULL, hash TEXT NOT NULL, extractor TEXT NOT NULL,
      counts TEXT NOT NULL, capitals TEXT NOT NULL, names TEXT NOT NULL, fingerprint TEXT NOT NULL);
  `);
}

/**
 * The step of schema 10. entity_catalog: the entity catalog as built from entity_names and
 * entity_leaders (src/brief/entityCatalog.ts storedCatalogOf: JSON), one row, stamped with its
 * format and the relations stamp it was built for: derived, so a file without it loses nothing
 * (the first who-backs builds and keeps it). documents.file_stamp: the size, modification and
 * change times and inode of the file when its content was last hashed (indexCorpus.ts): a file
 * whose stamp is unchanged is not read again to be found unchanged; NULL (a file of 9) means
 * read and hash it, as before.
 */
function addCatalogAndFileStamps(db: Database.Database): void {
  db.exec(`
    DROP TABLE IF EXISTS entity_catalog;
    CREATE TABLE entity_catalog (id INTEGER PRIMARY KEY CHECK (id = 1), stamp TEXT NOT NULL, catalog TEXT NOT NULL);
  `);
  const columns = (db.pragma('table_info(documents)') as { name: string }[]).map((column) => column.name);
  if (columns.includes('file_stamp')) db.exec('UPDATE documents SET file_stamp = NULL');
  else db.exec('ALTER TABLE documents ADD COLUMN file_stamp TEXT');
}

/**
 * Step 1 of an upgrade: the vectors end in schema 6's layout whatever the file held. A rowid
 * table (rows of 1.6 KB were a poor fit for WITHOUT ROWID), the model as a small integer, the
 * text hash as 8 bytes, float16 values (half the bytes; cosines within ~1e-3). Returns whether
 * old vectors were converted. Schema 5's `embeddings` is converted in SQL, no vector leaves it.
 */
function keepVectors(db: Database.Database): boolean {
  const columns = (table: string) =>
    (db.pragma(`table_info(${table})`) as { name: string }[]).map((column) => column.name).join();
  if (columns('vectors') !== 'id,model_id,text_hash,vector' || columns('models') !== 'id,key') {
    db.exec('DROP TABLE IF EXISTS vectors; DROP TABLE IF EXISTS models');
  }
  db.exec(`
    CREATE TABLE IF NOT EXISTS models (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE);
    -- vector: float16 values (halfFloat.ts). Rows of under 800 bytes: five to a page.
    CREATE TABLE IF NOT EXISTS vectors (
      id INTEGER PRIMARY KEY, model_id INTEGER NOT NULL REFERENCES models(id),
      text_hash BLOB NOT NULL, vector BLOB NOT NULL);
    CREATE UNIQUE INDEX IF NOT EXISTS vectors_by_text ON vectors(text_hash, model_id);
  `);
  if (columns('embeddings') !== 'model,text_hash,vector') {
    db.exec('DROP TABLE IF EXISTS embeddings');
    return false;
  }
  db.function('float16_of', (blob: unknown) => {
    const bytes = blob as Buffer;
    return halfBlob(new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
  });
  db.exec(`
    INSERT OR IGNORE INTO models (key) SELECT DISTINCT model FROM embeddings;
    INSERT OR REPLACE INTO vectors (model_id, text_hash, vector)
      SELECT m.id, unhex(substr(e.text_hash, 1, 16)), float16_of(e.vector) FROM embeddings e JOIN models m ON m.key = e.model;
    DROP TABLE embeddings;
  `);
  return true;
}
