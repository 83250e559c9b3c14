import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
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
