import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { ChunkedDocument } from '../corpus/chunkDocument.ts';
import type { DocumentRecord, PassageRecord } from '../corpus/records.ts';
import type { Logger } from '../logger.ts';
import { eachStoredVector } from './eachStoredVector.ts';
import { halfArray, halfBlob } from './halfBlob.ts';
import { decodeHalf } from './halfFloat.ts';
import { indexedText } from './indexedText.ts';
import { migrateIndex } from './migrateIndex.ts';
import { openIndexDatabase, UnusableIndexError } from './openIndexDatabase.ts';
import { type QuantizedVectors, quantizeHalf } from './quantizeVectors.ts';
import { decodeTermFrequencies, termFrequencyBlob } from './termFrequencyBlob.ts';
import { hashKey, textHash } from './textHash.ts';
import { type PassageRow, sentenceSpans, toPassageRecord } from './toPassageRecord.ts';
import { searchTerms } from '../text/searchTerms.ts';

export interface IndexedDocument extends ChunkedDocument {
  hash: string;
  /** The file as it stood when hashed (indexCorpus.ts fileStampOf), or null: hash it again next time. */
  fileStamp?: string | null;
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
 * What the relation extractor found in the whole corpus, as the index keeps it (migrateIndex's
 * addRelationTables), each item as JSON text: this module stores it, src/brief reads it.
 */
export interface StoredRelations {
  /** The version of the extraction rules that found it: another version's findings are not read. */
  extractor: string;
  /** The corpus it was found in (corpusVersion). */
  corpusVersion: string;
  /** Every learned name form in learning order, `root` naming the group of forms of one entity; the root's row holds the group's `entity`. */
  names: { key: string; root: string; node: string; entity: string | null }[];
  /** Organisation key → leader key. */
  leaders: [string, string][];
  /** In extraction order; `file` is the document whose sentence states it. */
  relations: { file: string; stance: string; relation: string }[];
}

/**
 * The entity catalog ready-built (entityCatalog.ts storedCatalogOf), saved with the relations it
 * was built beside: `format` is the layout of `text` (a reader of another layout builds it anew).
 */
export interface StoredCatalogText {
  format: string;
  text: string;
}

/**
 * The stored relations as a start reads them: with the ready-built catalog when one is stored for
 * them in the format asked for, else with the names and leaders to build it from (read only then:
 * they are most of what is stored).
 */
export type StoredGraph = Omit<StoredRelations, 'names' | 'leaders'> &
  ({ catalog: string } | { catalog: null; names: StoredRelations['names']; leaders: StoredRelations['leaders'] });

/** A document of the corpus, in corpus order (documentEntities.ts). */
export interface DocumentEntityRow {
  id: number;
  file: string;
  hash: string;
}

/** What the support graph keeps of a document (documentEntities.ts): its word counts, capitalised words and learned names. */
export interface StoredDocumentEntities {
  documentId: number;
  /** The document as it was learned: a row whose document is gone or changed is the old one's. */
  file: string;
  hash: string;
  extractor: string;
  counts: string;
  capitals: string;
  names: string;
  fingerprint: string;
}

/** An update of the support graph (documentEntities.ts): the names whole, the documents that changed. */
export interface DocumentEntitiesUpdate {
  extractor: string;
  corpusVersion: string;
  names: StoredRelations['names'];
  leaders: [string, string][];
  /** The corpus's word counts after the update. */
  totals: string;
  /** The catalog built from `names` and `leaders`, ready for the next start. */
  catalog?: StoredCatalogText;
  /** Rows of documents removed or replaced. */
  gone: number[];
  documents: {
    id: number;
    file: string;
    hash: string;
    /** New learning, or null to keep the stored one (then only `fingerprint` changes). */
    learned: { counts: string; capitals: string; names: string } | null;
    fingerprint: string;
    /** Its relations anew, or undefined to keep the stored ones. */
    relations?: { stance: string; relation: string }[];
  }[];
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
  static open(
    file: string,
    logger?: Logger,
    options: { sharedWithChecker?: boolean; checkLater?: boolean } = {},
  ): IndexStore {
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
    return openIndexDatabase(file, options, (db, uncheckedSinceCrash) => {
      const store = new IndexStore(db, !options.sharedWithChecker, uncheckedSinceCrash);
      migrateIndex(db, (key, value) => store.setMeta(key, value));
      if (store.marksShutdown) store.setMeta('closed_cleanly', 'false');
      return store;
    });
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

  getMeta(key: string): string | null {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    this.db
      .prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(key, value);
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

  /** Each document's content hash and the stamp of its file when hashed (null: unknown, hash it again). */
  documentHashes(): Map<string, { hash: string; fileStamp: string | null }> {
    const rows = this.db.prepare('SELECT file, hash, file_stamp FROM documents').raw().all() as [
      string,
      string,
      string | null,
    ][];
    return new Map(rows.map(([file, hash, fileStamp]) => [file, { hash, fileStamp }]));
  }

  /** Files found unchanged by their hash: their new stamps, so that the next start need not read them. */
  restampFiles(stamps: readonly (readonly [file: string, stamp: string])[]): void {
    if (stamps.length === 0) return;
    const update = this.db.prepare('UPDATE documents SET file_stamp = ? WHERE file = ?');
    this.db.transaction(() => {
      for (const [file, stamp] of stamps) update.run(stamp, file);
    })();
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
    const insertDocument = this.db.prepare(
      'INSERT INTO documents (file, hash, title, published, file_stamp) VALUES (?, ?, ?, ?, ?)',
    );
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
        const documentId = insertDocument.run(
          doc.file,
          doc.hash,
          doc.title,
          doc.published,
          doc.fileStamp ?? null,
        ).lastInsertRowid;
        for (const passage of doc.passages) {
          const indexed = indexedText(passage);
          const id = insertPassage.run(
            documentId,
            passage.page,
            passage.paragraph,
            passage.lineStart,
            passage.lineEnd,
            passage.role,
            passage.heading,
            passage.text,
            hashKey(textHash(indexed)),
            JSON.stringify(sentenceSpans(passage)),
          ).lastInsertRowid;
          insertTerms.run(id, documentId, termFrequencyBlob(searchTerms(indexed), termId));
        }
      }
      // Vectors of other models stay (never mixed: they have their own key; switching back
      // costs nothing); vectors of texts no longer in the corpus go, when texts changed.
      if (changes.upserts.length + changes.removals.length > 0) {
        // Through both text-hash indexes: the vectors themselves (most of the file) are not read.
        this.db
          .prepare(
            `DELETE FROM vectors WHERE id IN (SELECT v.id FROM vectors v INDEXED BY vectors_by_text
           WHERE NOT EXISTS (SELECT 1 FROM passages p INDEXED BY passages_by_text WHERE p.text_hash = v.text_hash))`,
          )
          .run();
        this.bumpGeneration();
      }
      this.setMeta('model', changes.model ?? 'none');
    })();
  }

  passages(ids: number[]): PassageRecord[] {
    if (ids.length === 0) return [];
    const rows = this.statement(
      `SELECT p.id, d.file, d.title, d.published, p.page, p.paragraph, p.line_start, p.line_end, p.role, p.heading, p.text, p.sentences
         FROM passages p JOIN documents d ON d.id = p.document_id
         WHERE p.id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(ids)) as PassageRow[];
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
    return this.db
      .transaction(() => {
        const vocabulary = new Map(this.db.prepare('SELECT term, id FROM terms').raw().all() as [string, number][]);
        const count = this.passageCount();
        const ids = new Int32Array(count);
        const documentIds = new Int32Array(count);
        const offsets = new Uint32Array(count + 1);
        // The pairs are decoded into one array, grown by doubling (their total is not known).
        let pairs = new Uint32Array(Math.max(1024, count * 64));
        let used = 0;
        let i = 0;
        for (const [id, documentId, blob] of this.db
          .prepare('SELECT passage_id, document_id, terms FROM passage_terms ORDER BY passage_id')
          .raw()
          .iterate() as Iterable<[number, number, Buffer]>) {
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
      })
      .deferred();
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

  /**
   * The stored relations, or null when none were stored for this extractor version and the
   * corpus as it is now (never extracted, the corpus changed since, or the rules did), with the
   * catalog stored for them in `catalogFormat` or else the names to build it from. Read in one
   * transaction, so the stamp and the rows agree.
   */
  storedRelations(extractor: string, catalogFormat: string): StoredGraph | null {
    return this.db
      .transaction((): StoredGraph | null => {
        const corpusVersion = this.corpusVersion();
        if (this.getMeta('relations_stamp') !== `${extractor}:${corpusVersion}`) return null;
        // Corpus order (documents by id, as their passages), then extraction order within a document.
        const relations = this.db
          .prepare(
            `SELECT d.file, r.stance, r.relation FROM relations r JOIN documents d ON d.id = r.document_id
             ORDER BY r.document_id, r.position`,
          )
          .all() as { file: string; stance: string; relation: string }[];
        const catalog = this.db
          .prepare('SELECT catalog FROM entity_catalog WHERE stamp = ?')
          .pluck()
          .get(catalogStamp(catalogFormat, extractor, corpusVersion)) as string | undefined;
        if (catalog !== undefined) return { extractor, corpusVersion, relations, catalog };
        const names = this.db.prepare('SELECT key, root, node, entity FROM entity_names ORDER BY position').all() as {
          key: string;
          root: string;
          node: string;
          entity: string | null;
        }[];
        const leaders = this.db
          .prepare('SELECT organisation, leader FROM entity_leaders ORDER BY position')
          .raw()
          .all() as [string, string][];
        return { extractor, corpusVersion, relations, catalog: null, names, leaders };
      })
      .deferred();
  }

  /**
   * Keeps the catalog built from the stored names (a file upgraded from schema 9, a new catalog
   * format): not saved (false) when the relations are no longer those of `extractor` and `corpusVersion`.
   */
  saveCatalog(extractor: string, corpusVersion: string, catalog: StoredCatalogText): boolean {
    return this.db
      .transaction(() => {
        if (this.getMeta('relations_stamp') !== `${extractor}:${corpusVersion}`) return false;
        this.replaceCatalog(extractor, corpusVersion, catalog);
        return true;
      })
      .immediate();
  }

  /** Inside a write transaction: the stored catalog replaced by this one, or dropped (it would be stale). */
  private replaceCatalog(extractor: string, corpusVersion: string, catalog: StoredCatalogText | undefined): void {
    this.db.exec('DELETE FROM entity_catalog');
    if (catalog)
      this.db
        .prepare('INSERT INTO entity_catalog (id, stamp, catalog) VALUES (1, ?, ?)')
        .run(catalogStamp(catalog.format, extractor, corpusVersion), catalog.text);
  }

  /** Whether relations are stored for this extractor version and the corpus as it is now. */
  hasCurrentRelations(extractor: string): boolean {
    return this.getMeta('relations_stamp') === `${extractor}:${this.corpusVersion()}`;
  }

  /**
   * Replaces the stored relations whole, in one transaction: a reader, or a crash, sees the old
   * ones or the new. Not saved (false) when the corpus changed while they were being extracted.
   */
  saveRelations(stored: StoredRelations & { catalog?: StoredCatalogText }): boolean {
    const insertName = this.db.prepare('INSERT INTO entity_names (key, root, node, entity) VALUES (?, ?, ?, ?)');
    const insertLeader = this.db.prepare('INSERT INTO entity_leaders (organisation, leader) VALUES (?, ?)');
    const insertRelation = this.db.prepare(
      'INSERT INTO relations (document_id, stance, relation) SELECT id, ?, ? FROM documents WHERE file = ?',
    );
    return this.db
      .transaction(() => {
        if (this.corpusVersion() !== stored.corpusVersion) return false;
        // Extracted whole: what each document kept of an earlier update no longer goes with these.
        this.db.exec(`DELETE FROM relations; DELETE FROM entity_leaders; DELETE FROM entity_names;
          DELETE FROM document_entities; DELETE FROM meta WHERE key = 'entity_word_totals';`);
        for (const name of stored.names) insertName.run(name.key, name.root, name.node, name.entity);
        for (const [organisation, leader] of stored.leaders) insertLeader.run(organisation, leader);
        for (const relation of stored.relations) insertRelation.run(relation.stance, relation.relation, relation.file);
        this.replaceCatalog(stored.extractor, stored.corpusVersion, stored.catalog);
        this.setMeta('relations_stamp', `${stored.extractor}:${stored.corpusVersion}`);
        return true;
      })
      .immediate();
  }

  /** Every document in corpus order, what the support graph keeps of documents, and the corpus's word counts (documentEntities.ts). */
  documentEntities(): { documents: DocumentEntityRow[]; stored: StoredDocumentEntities[]; totals: string | null } {
    return this.db
      .transaction(() => ({
        documents: this.db.prepare('SELECT id, file, hash FROM documents ORDER BY id').all() as DocumentEntityRow[],
        stored: this.db
          .prepare(
            `SELECT document_id AS documentId, file, hash, extractor, counts, capitals, names, fingerprint
             FROM document_entities ORDER BY document_id`,
          )
          .all() as StoredDocumentEntities[],
        totals: this.getMeta('entity_word_totals'),
      }))
      .deferred();
  }

  /**
   * Saves an update of the support graph in one transaction: the names and leaders whole, each
   * changed document's learning and relations, the rows of documents gone, the corpus's word
   * counts and the stamp; a reader, or a crash, sees the graph before or after. Not saved (false)
   * when the corpus changed while it was being made.
   */
  saveDocumentEntities(update: DocumentEntitiesUpdate): boolean {
    const insertName = this.db.prepare('INSERT INTO entity_names (key, root, node, entity) VALUES (?, ?, ?, ?)');
    const insertLeader = this.db.prepare('INSERT INTO entity_leaders (organisation, leader) VALUES (?, ?)');
    const deleteRelations = this.db.prepare('DELETE FROM relations WHERE document_id = ?');
    const insertRelation = this.db.prepare('INSERT INTO relations (document_id, stance, relation) VALUES (?, ?, ?)');
    const deleteRow = this.db.prepare('DELETE FROM document_entities WHERE document_id = ?');
    const saveLearning = this.db.prepare(
      `INSERT OR REPLACE INTO document_entities
         (document_id, file, hash, extractor, counts, capitals, names, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const saveFingerprint = this.db.prepare('UPDATE document_entities SET fingerprint = ? WHERE document_id = ?');
    return this.db
      .transaction(() => {
        if (this.corpusVersion() !== update.corpusVersion) return false;
        this.db.exec('DELETE FROM entity_leaders; DELETE FROM entity_names;');
        for (const name of update.names) insertName.run(name.key, name.root, name.node, name.entity);
        for (const [organisation, leader] of update.leaders) insertLeader.run(organisation, leader);
        for (const id of update.gone) deleteRow.run(id);
        for (const document of update.documents) {
          const { learned } = document;
          if (learned)
            saveLearning.run(
              document.id,
              document.file,
              document.hash,
              update.extractor,
              learned.counts,
              learned.capitals,
              learned.names,
              document.fingerprint,
            );
          else saveFingerprint.run(document.fingerprint, document.id);
          if (!document.relations) continue;
          deleteRelations.run(document.id);
          for (const relation of document.relations)
            insertRelation.run(document.id, relation.stance, relation.relation);
        }
        this.setMeta('entity_word_totals', update.totals);
        this.replaceCatalog(update.extractor, update.corpusVersion, update.catalog);
        this.setMeta('relations_stamp', `${update.extractor}:${update.corpusVersion}`);
        return true;
      })
      .immediate();
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
    return (
      found && {
        dimension: found.dimension,
        quantized: quantizeHalf(halves),
        vectorIds,
        withoutVector: found.withoutVector,
      }
    );
  }

  /** The float16 vectors with these ids (from ScanVectors.vectorIds). */
  halfVectors(vectorIds: number[]): Map<number, Uint16Array> {
    const rows = this.statement('SELECT id, vector FROM vectors WHERE id IN (SELECT value FROM json_each(?))')
      .raw()
      .all(JSON.stringify(vectorIds)) as [number, Buffer][];
    return new Map(rows.map(([id, blob]) => [id, halfArray(blob)]));
  }

  /**
   * A statement prepared once per store: every answer reads its hits and its vector shortlist,
   * and preparing them each time was about a third of that read's cost.
   */
  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** Visits each stored vector of the model that belongs to one of `ids`, with its row among them. */
  private eachVector(
    model: string,
    ids: Int32Array,
    visit: (row: number, vectorId: number, half: Uint16Array, dimension: number) => void,
  ): { dimension: number; withoutVector: number } | null {
    const modelId = this.modelId(model);
    if (modelId === null) return null;
    return eachStoredVector(this.db, modelId, ids, visit);
  }
}

/** What a stored catalog is valid for: its layout, the rules that built it and the corpus it was built from. */
function catalogStamp(format: string, extractor: string, corpusVersion: string): string {
  return `${format}:${extractor}:${corpusVersion}`;
}
