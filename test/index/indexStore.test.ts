import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { indexCorpus } from '../../src/index/indexCorpus.ts';
import { chunkDocument } from '../../src/corpus/chunkDocument.ts';
import { indexedText } from '../../src/index/indexedText.ts';
import { IndexStore } from '../../src/index/indexStore.ts';
import { textHash } from '../../src/index/textHash.ts';
import { SearchIndex } from '../../src/index/searchIndex.ts';
import { CountingEmbedder } from '../support/countingEmbedder.ts';
import { recordingLogger } from '../support/silentLogger.ts';
import { defaultCorpusForTest } from '../support/defaultCorpusForTest.ts';

function movedAside(dbPath: string): string[] {
  return fs.readdirSync(path.dirname(dbPath)).filter((name) => name.startsWith(`${path.basename(dbPath)}.unusable-`));
}

describe('IndexStore.open on a file it cannot use', () => {
  it('moves a corrupt file aside with a clear message and rebuilds', async () => {
    const { corpusDir, dbPath } = defaultCorpusForTest();
    fs.writeFileSync(dbPath, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 0x5a)]));
    const { logger, lines } = recordingLogger();
    const store = IndexStore.open(dbPath, logger);
    onTestFinished(() => store.close());
    expect(lines().filter((line) => line.msg.includes('unusable'))).toHaveLength(1);
    expect(movedAside(dbPath)).toHaveLength(1);
    expect((await indexCorpus({ corpusDir, store, embedder: null, logger })).documents).toBe(2);
  });

  it("never touches another program's database: moves it aside whole", () => {
    const { dbPath } = defaultCorpusForTest();
    const other = new Database(dbPath);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5);');
    other.close();
    const { logger, lines } = recordingLogger();
    const store = IndexStore.open(dbPath, logger);
    onTestFinished(() => store.close());
    expect(lines().find((line) => line.msg.includes('unusable'))?.msg).toMatch(
      /not a briefbot index \(it has tables invoices\)/,
    );
    const [aside] = movedAside(dbPath);
    const kept = new Database(path.join(path.dirname(dbPath), aside ?? ''), { readonly: true });
    expect(kept.prepare('SELECT total FROM invoices').pluck().get()).toBe(9.5);
    kept.close();
  });

  it('moves aside a text file that is not a database', () => {
    const { dbPath } = defaultCorpusForTest();
    fs.writeFileSync(dbPath, 'these are my notes, not an index\n'.repeat(200));
    const store = IndexStore.open(dbPath, recordingLogger().logger);
    onTestFinished(() => store.close());
    expect(movedAside(dbPath)).toHaveLength(1);
    expect(store.passageCount()).toBe(0);
  });
});

describe('vectors of different models', () => {
  it('rebuilds the text tables of a schema-6 file from the corpus, keeping its vectors', async () => {
    const { corpusDir, dbPath } = defaultCorpusForTest();
    const { logger } = recordingLogger();
    const embedder = new CountingEmbedder();
    const first = IndexStore.open(dbPath);
    const indexed = await indexCorpus({ corpusDir, store: first, embedder, logger });
    first.close();
    const older = new Database(dbPath);
    older.pragma('user_version = 6');
    older.close();

    const store = IndexStore.open(dbPath);
    onTestFinished(() => store.close());
    expect(store.documents()).toEqual([]);
    const report = await indexCorpus({ corpusDir, store, embedder, logger });
    expect(report).toMatchObject({ added: indexed.added, passages: indexed.passages, embedded: 0 });
    expect(SearchIndex.load(store, embedder).passagesWithoutVector).toBe(0);
  });

  it('upgrades a schema-5 file (float32 vectors keyed by text) without embedding anything again', async () => {
    const { corpusDir, dbPath } = defaultCorpusForTest();
    const { logger } = recordingLogger();
    const embedder = new CountingEmbedder();
    // Schema 5's vector table as it was written: model key and 32 hex digits of SHA-256 as the key.
    const old = new Database(dbPath);
    old.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE embeddings (model TEXT NOT NULL, text_hash TEXT NOT NULL, vector BLOB NOT NULL,
        PRIMARY KEY (model, text_hash)) WITHOUT ROWID;`);
    old.pragma('user_version = 5');
    const texts = fs
      .readdirSync(corpusDir)
      .flatMap((file) =>
        chunkDocument(file, fs.readFileSync(path.join(corpusDir, file), 'utf8')).passages.map(indexedText),
      );
    const vectors = await embedder.embed(texts);
    const insert = old.prepare('INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)');
    texts.forEach((text, i) =>
      insert.run(
        embedder.key,
        createHash('sha256').update(text).digest('hex').slice(0, 32),
        Buffer.from(vectors[i]!.buffer),
      ),
    );
    old.close();
    embedder.embeddedTexts = [];

    const store = IndexStore.open(dbPath);
    onTestFinished(() => store.close());
    const report = await indexCorpus({ corpusDir, store, embedder, logger });
    expect(report.embedded).toBe(0);
    expect(embedder.embeddedTexts).toEqual([]);
    const stored = store.loadVectors(embedder.key)!;
    expect(stored.withoutVector).toBe(0);
    // Kept as float16: each value within float16's rounding of the float32 it was.
    const passages = store.passages(Array.from(stored.ids));
    passages.forEach((passage, row) => {
      const original = vectors[texts.indexOf(indexedText(passage))]!;
      for (let d = 0; d < stored.dimension; d++)
        expect(Math.abs(stored.matrix[row * stored.dimension + d]! - original[d]!)).toBeLessThan(1e-3);
    });
    const file = new Database(dbPath, { readonly: true });
    expect(file.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'embeddings'").pluck().get()).toBe(0);
    file.close();
  });

  it('never mixes a model of another dimension under the same name', async () => {
    const { corpusDir, dbPath } = defaultCorpusForTest();
    const store = IndexStore.open(dbPath);
    onTestFinished(() => store.close());
    const { logger } = recordingLogger();
    const small = new CountingEmbedder('same/name');
    await indexCorpus({ corpusDir, store, embedder: small, logger });
    const wide = Object.assign(new CountingEmbedder('same/name'), { dimension: 16 });
    const report = await indexCorpus({ corpusDir, store, embedder: wide, logger });
    expect(report.embedded).toBe(report.passages);
    expect(store.loadVectors(small.key)?.dimension).toBe(8);
    expect(store.loadVectors(wide.key)?.dimension).toBe(16);
    expect(SearchIndex.load(store, wide).mode).toBe('hybrid');
  });
});

describe('the integrity check', () => {
  it('runs after an unclean shutdown and not after a clean one', () => {
    const { dbPath } = defaultCorpusForTest();
    IndexStore.open(dbPath).close();
    const marker = () => {
      const db = new Database(dbPath, { readonly: true });
      const value = db.prepare("SELECT value FROM meta WHERE key = 'closed_cleanly'").pluck().get();
      db.close();
      return value;
    };
    expect(marker()).toBe('true');
    const open = IndexStore.open(dbPath);
    expect(marker()).toBe('false'); // a crash now would leave it so: the next open checks every page
    open.close();
    expect(marker()).toBe('true');
  });

  it('left to the caller (checkLater), keeps the file marked unclean until the caller reports the check', () => {
    const { dbPath } = defaultCorpusForTest();
    IndexStore.open(dbPath).close();
    const db = new Database(dbPath);
    db.prepare("UPDATE meta SET value = 'false' WHERE key = 'closed_cleanly'").run();
    db.close();
    const reopen = () => IndexStore.open(dbPath, undefined, { checkLater: true });
    const unchecked = reopen();
    expect(unchecked.needsCheck).toBe(true);
    unchecked.close();
    const again = reopen();
    expect(again.needsCheck).toBe(true); // closed before its check: the next start checks
    again.markChecked();
    again.close();
    const clean = reopen();
    expect(clean.needsCheck).toBe(false);
    clean.close();
  });
});

describe('passages as stored', () => {
  it('gives back every sentence with its text and lines, stored as offsets or, when not found in the text, as copies', () => {
    const { dbPath } = defaultCorpusForTest();
    const store = IndexStore.open(dbPath);
    onTestFinished(() => store.close());
    const chunked = chunkDocument(
      'notes.md',
      '# Notes\n\nEgypt backs Haftar.\nThe UAE\nsends drones. Turkey backs\nthe GNA.\n\nA second paragraph here.',
    );
    const odd = {
      ...chunked.passages[0]!,
      sentences: [{ ...chunked.passages[0]!.sentences[0]!, text: 'not in the passage' }],
    };
    store.applyChanges({
      upserts: [
        { ...chunked, hash: 'h1' },
        { file: 'odd.txt', title: 'Odd', published: null, passages: [{ ...odd, file: 'odd.txt' }], hash: 'h2' },
      ],
      removals: [],
      model: null,
    });
    const strip = (passage: object) =>
      JSON.parse(
        JSON.stringify(passage, (key, value) =>
          key === 'id' || key === 'title' || key === 'published' ? undefined : value,
        ),
      );
    expect(store.passagesOfDocument('notes.md').map(strip)).toEqual(chunked.passages.map(strip));
    expect(store.passagesOfDocument('odd.txt')[0]?.sentences.map((s) => s.text)).toEqual(['not in the passage']);
    const file = new Database(dbPath, { readonly: true });
    expect(
      (file.prepare('SELECT sentences FROM passages ORDER BY id').pluck().all() as string[]).map((json) =>
        json.includes('"text"'),
      ),
    ).toEqual([...chunked.passages.map(() => false), true]);
    file.close();
  });

  it('keys texts by 64 bits of SHA-256', () => {
    expect(textHash('Egypt backs Haftar.')).toBe(
      createHash('sha256').update('Egypt backs Haftar.').digest('hex').slice(0, 16),
    );
  });
});
