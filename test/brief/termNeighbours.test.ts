import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTermVectorsInWorker, TermNeighbours, TermVectors, termVectorsOf } from '../../src/brief/termNeighbours.ts';
import { type Briefbot, createBriefbot } from '../../src/briefbot.ts';
import { parseConfig } from '../../src/config.ts';
import { SCHEMA_VERSION } from '../../src/index/migrateIndex.ts';
import { buildWordVectors, readWordVectors, writeWordVectors } from '../../src/index/wordVectors.ts';
import { wordFamily } from '../../src/text/wordFamilies.ts';
import { recordingLogger } from '../support/silentLogger.ts';
import { copyDefaultCorpus, REPO_ROOT } from '../support/tempCorpus.ts';

/** Real GloVe vectors of the seeds' words and a few question words (test/support/sliceWordVectors.ts). */
const SLICE = path.join(REPO_ROOT, 'test/fixtures/glove-slice.json');

describe('word vectors and term neighbours', () => {
  const corpus = copyDefaultCorpus();
  let vectors: TermVectors;
  let bot: Briefbot;
  /** The term table where a model cache keeps it (openTermVectors). */
  const cacheDir = path.join(corpus.dir, 'cache');
  const termsDir = path.join(cacheDir, 'glove-100d', `terms-v${SCHEMA_VERSION}`);
  beforeAll(async () => {
    buildWordVectors(SLICE, path.join(corpus.dir, 'words'));
    const table = readWordVectors(path.join(corpus.dir, 'words'));
    if (!table) throw new Error('the table was not written');
    const { terms, vectors: termTable } = termVectorsOf(table);
    vectors = new TermVectors(writeWordVectors(termsDir, terms, termTable, 'test'));
    const config = parseConfig({ CORPUS_DIR: corpus.corpusDir, INDEX_PATH: corpus.dbPath, MODEL_ID: 'none' });
    // As a bot starts: the table read in a worker thread while createBriefbot runs.
    const { logger } = recordingLogger();
    bot = await createBriefbot(config, logger, { termVectors: openTermVectorsInWorker(cacheDir, logger) });
    await bot.reindex();
  });
  const table = () => readWordVectors(termsDir)!;
  afterAll(() => {
    bot?.close();
    corpus.cleanup();
  });

  it('reads back the table it wrote, as unit vectors', () => {
    const table = readWordVectors(path.join(corpus.dir, 'words'));
    const truce = table?.vector('truce');
    expect(truce).not.toBeNull();
    expect(Math.hypot(...(truce ?? []))).toBeCloseTo(1, 3);
    expect(table?.vector('no-such-word')).toBeNull();
  });

  it('reads the same term vectors in a worker thread', async () => {
    const there = await openTermVectorsInWorker(cacheDir, recordingLogger().logger);
    expect(table().words.length).toBeGreaterThan(100);
    for (const term of [...table().words, 'no-such-term']) expect(there?.vector(term)).toEqual(vectors.vector(term));
  });

  it('finds a question word said otherwise among the corpus terms, and only there', () => {
    const neighbours = new TermNeighbours(vectors, ['ceasefir', 'warplan', 'haftar', 'bread']);
    expect(neighbours.neighbours('truce').map(([term]) => term)).toContain('ceasefir');
    expect(neighbours.neighbours('jet').map(([term]) => term)).toContain('warplan');
    // Nothing near enough: no neighbour rather than the least bad one.
    expect(neighbours.neighbours('haftar').map(([term]) => term)).not.toContain('bread');
  });

  it('finds the same neighbours, with the same cosines, as comparing the term with every corpus term', () => {
    const vocabulary = [...new Set(['ceasefir', 'warplan', 'haftar', ...table().words])];
    const neighbours = new TermNeighbours(vectors, vocabulary);
    const known = vocabulary.filter((term) => vectors.vector(term));
    for (const term of [...vocabulary, 'truce', 'jet']) {
      const vector = vectors.vector(term);
      const close = vector
        ? known
            .map((other): [string, number] => [other, dot(vectors.vector(other)!, vector)])
            .filter(([other, cosine]) => other !== term && cosine >= 0.6)
            .sort((a, b) => b[1] - a[1])
        : [];
      // The four closest, and past them the terms of its word family.
      const expected = close.filter(([other], i) => i < 4 || wordFamily(term).includes(other));
      expect(neighbours.neighbours(term)).toEqual(expected);
    }
  });

  it('keeps the terms of its word family past the cap, when they are as close', () => {
    // "leader" is nearer its topic's words than "lead" (as in GloVe: party 0.77 … lead 0.70).
    const axis = (d: number, cosine: number) =>
      Float32Array.from({ length: 3 }, (_, i) => (i === 0 ? cosine : i === d ? Math.sqrt(1 - cosine * cosine) : 0));
    const table: Record<string, Float32Array> = {
      leader: axis(0, 1),
      parti: axis(1, 0.77),
      presid: axis(1, 0.76),
      member: axis(1, 0.75),
      minist: axis(1, 0.74),
      lead: axis(2, 0.7),
      rout: axis(2, 0.7),
      leadership: axis(2, 0.3),
    };
    const words = Object.keys(table);
    const family = new TermVectors({ dimension: 3, words, vector: (word) => table[word] ?? null });
    const found = new TermNeighbours(family, words).neighbours('leader').map(([term]) => term);
    // "rout" is as close, but no kin: the cap keeps it out; "leadership" is kin but not close.
    expect(found).toEqual(['parti', 'presid', 'member', 'minist', 'lead']);
  });

  it('keeps the corpus order among terms that tie, however many there are', () => {
    const same = Float32Array.from({ length: 8 }, (_, d) => (d === 0 ? 1 : 0));
    const letter = (n: number) => String.fromCharCode(97 + n);
    const words = Array.from({ length: 40 }, (_, i) => `term${letter(Math.floor(i / 26))}${letter(i % 26)}`);
    const tied = new TermVectors({ dimension: 8, words, vector: (word) => (words.includes(word) ? same : null) });
    const neighbours = new TermNeighbours(tied, words);
    expect(neighbours.neighbours(words[5]!)).toEqual([words[0], words[1], words[2], words[3]].map((w) => [w, 1]));
  });

  it('answers the paraphrases of the issue with the right citation', async () => {
    const warplanes = await bot.ask('How many warplanes did Russia send to Haftar?');
    expect(
      warplanes.excerpts
        .slice(0, 3)
        .some((e) => e.file === '004_579dbf7128379b0f.txt' && e.text.includes('eight warplanes')),
    ).toBe(true);
    const truce = await bot.ask('Is a truce being negotiated?');
    expect(truce.excerpts.slice(0, 3).some((e) => e.text.includes('ceasefire agreement'))).toBe(true);
    const soldiers = await bot.ask('Which jets did Moscow deliver?');
    expect(soldiers.excerpts.slice(0, 3).some((e) => e.text.includes('Mig-29'))).toBe(true);
  });

  it('answers a "how many" question with a sentence that states the figure', async () => {
    // With word vectors, "jets" and "give" match a passage about "the planes" that clears the
    // bar, while the passage with the figure comes just under it: the figure is the answer.
    const jets = await bot.ask('How many jets did Moscow give the LNA?');
    expect(jets.answer).toContain('eight warplanes');
    expect(jets.excerpts[0]).toMatchObject({ file: '004_579dbf7128379b0f.txt', paragraph: 10 });
  });

  it('still refuses what the corpus does not hold', async () => {
    expect((await bot.ask('What is the capital of France?')).answer).toBeNull();
    expect((await bot.ask('How do I bake sourdough bread?')).answer).toBeNull();
  });
});

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += a[d]! * b[d]!;
  return sum;
}
