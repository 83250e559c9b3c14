import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { indexCorpus } from '../../src/index/indexCorpus.ts';
import { IndexStore } from '../../src/index/indexStore.ts';
import { SearchIndex } from '../../src/index/searchIndex.ts';
import { CountingEmbedder } from '../support/countingEmbedder.ts';
import { recordingLogger } from '../support/silentLogger.ts';
import { defaultCorpusForTest } from '../support/defaultCorpusForTest.ts';

function setup() {
  const corpus = defaultCorpusForTest();
  const store = IndexStore.open(corpus.dbPath);
  onTestFinished(() => store.close());
  const { logger, lines } = recordingLogger();
  return { ...corpus, store, logger, lines };
}

describe('indexCorpus', () => {
  it('indexes the corpus, then on a re-run embeds nothing', async () => {
    const { corpusDir, store, logger } = setup();
    const embedder = new CountingEmbedder();
    const first = await indexCorpus({ corpusDir, store, embedder, logger });
    expect(first).toMatchObject({ documents: 2, added: 2, changed: 0, removed: 0 });
    expect(first.embedded).toBe(first.passages);
    const second = await indexCorpus({ corpusDir, store, embedder, logger });
    expect(second).toMatchObject({ documents: 2, added: 0, unchanged: 2, embedded: 0, passages: first.passages });
  });

  it('re-embeds only the passages of a changed file that changed, and drops removed files', async () => {
    const { corpusDir, store, logger } = setup();
    const embedder = new CountingEmbedder();
    await indexCorpus({ corpusDir, store, embedder, logger });
    const file = path.join(corpusDir, '004_579dbf7128379b0f.txt');
    fs.appendFileSync(file, '\n\nEgypt sent observers to the talks in Geneva.\n');
    fs.rmSync(path.join(corpusDir, '000_bd4eabd2b5bc6d71.txt'));
    embedder.embeddedTexts = [];
    const report = await indexCorpus({ corpusDir, store, embedder, logger });
    expect(report).toMatchObject({ documents: 1, changed: 1, removed: 1, embedded: 1 });
    expect(embedder.embeddedTexts).toEqual([
      'Çavuşoğlu discussed Libya with his Russian counterpart\nEgypt sent observers to the talks in Geneva.',
    ]);
    expect(store.documents().map((d) => d.file)).toEqual(['004_579dbf7128379b0f.txt']);
  });

  it('re-embeds everything when the model changes', async () => {
    const { corpusDir, store, logger } = setup();
    const first = await indexCorpus({ corpusDir, store, embedder: new CountingEmbedder('model/a'), logger });
    const second = await indexCorpus({ corpusDir, store, embedder: new CountingEmbedder('model/b'), logger });
    expect(second.embedded).toBe(first.passages);
    // The old model's vectors are kept under their own key (switching back costs nothing), never mixed in.
    expect(store.loadVectors('model/a|8')?.withoutVector).toBe(0);
    expect(store.loadVectors('model/b|8')?.withoutVector).toBe(0);
  });

  it('leaves the previous index usable when a run is interrupted, and the next run finishes', async () => {
    const { corpusDir, store, logger } = setup();
    await indexCorpus({ corpusDir, store, embedder: new CountingEmbedder(), logger });
    const before = store.documents();
    fs.writeFileSync(
      path.join(corpusDir, 'new.txt'),
      `New Report\n\n${'Russia backs the plan with money and arms. '.repeat(3)}\n\nEgypt agrees.\n`,
    );
    const failing = new CountingEmbedder();
    failing.failAfter = 0;
    await expect(indexCorpus({ corpusDir, store, embedder: failing, logger })).rejects.toThrow('embedding interrupted');
    expect(store.documents()).toEqual(before);
    const hits = await SearchIndex.load(store, null).search('Haftar backed by Egypt');
    expect(hits[0]?.passage.file).toBe('000_bd4eabd2b5bc6d71.txt');
    const resumed = await indexCorpus({ corpusDir, store, embedder: new CountingEmbedder(), logger });
    expect(resumed).toMatchObject({ added: 1, documents: 3 });
  });

  it('skips a file it cannot read with one clear line and indexes the rest', async () => {
    const { corpusDir, store, logger, lines } = setup();
    // Binary bytes (a PNG header). FF FE 00 41 no longer works here: FF FE is a UTF-16 LE byte-order mark.
    fs.writeFileSync(
      path.join(corpusDir, 'broken.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    );
    fs.writeFileSync(path.join(corpusDir, 'empty.md'), '');
    const report = await indexCorpus({ corpusDir, store, embedder: null, logger });
    expect(report.documents).toBe(2);
    expect(report.skipped.map((s) => s.file).sort()).toEqual(['broken.txt', 'empty.md']);
    expect(lines().filter((line) => line.msg.includes('skipped'))).toHaveLength(2);
  });
});

describe('indexCorpus on files it indexed before', () => {
  /** The files indexCorpus reads (fs.promises.readFile), by name. */
  function countReads(): () => string[] {
    const read = vi.spyOn(fsPromises, 'readFile');
    onTestFinished(() => read.mockRestore());
    return () => read.mock.calls.map(([file]) => path.basename(String(file)));
  }

  async function indexedTwice() {
    const { corpusDir, dbPath } = defaultCorpusForTest();
    const store = IndexStore.open(dbPath);
    onTestFinished(() => store.close());
    // A minute on: the files just written count as settled (a write since would move their times).
    const run = () =>
      indexCorpus({
        corpusDir,
        store,
        embedder: null,
        logger: recordingLogger().logger,
        clock: () => Date.now() + 60_000,
      });
    await run();
    const [file = ''] = fs.readdirSync(corpusDir);
    return { run, file: path.join(corpusDir, file), name: file, store };
  }

  it('finds unchanged files by their stamp without reading them', async () => {
    const { run } = await indexedTwice();
    const reads = countReads();
    expect(await run()).toMatchObject({ added: 0, changed: 0, unchanged: 2 });
    expect(reads()).toEqual([]);
  });

  it('reads a file touched but unchanged once, finds it unchanged by its hash, and not again', async () => {
    const { run, file, name } = await indexedTwice();
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(file, later, later);
    const reads = countReads();
    expect(await run()).toMatchObject({ added: 0, changed: 0, unchanged: 2 });
    expect(reads()).toEqual([name]);
    expect(await run()).toMatchObject({ changed: 0, unchanged: 2 });
    expect(reads()).toEqual([name]);
  });

  it('re-indexes a file changed with its size and modification time kept', async () => {
    const { run, file, store } = await indexedTwice();
    const { mtime, atime } = fs.statSync(file);
    const text = fs.readFileSync(file, 'utf8');
    // As `cp -p` or an editor restoring times would leave it: same size, same mtime, other words.
    fs.writeFileSync(file, text.replace('Haftar', 'Hafter'));
    fs.utimesSync(file, atime, mtime);
    expect(fs.statSync(file).size).toBe(Buffer.byteLength(text));
    expect(await run()).toMatchObject({ changed: 1, unchanged: 1 });
    const passages = store.passagesOfDocument(path.basename(file));
    expect(passages.some((passage) => passage.text.includes('Hafter'))).toBe(true);
  });
});
