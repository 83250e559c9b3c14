import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWordVectors, readWordVectorsInWorker, writeWordVectors } from '../../src/index/wordVectors.ts';

/** A unit vector of dimension 3 from a seed, so each word's differs. */
const vectorOf = (seed: number) => {
  const v = Float32Array.from([Math.sin(seed + 1), Math.cos(seed * 2 + 1), Math.sin(seed * 3 + 2)]);
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
};

describe('the word-vector table read in a worker thread', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-words-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  // Accents and a word listed twice (a Map built in order keeps its last row), and many words so that hashes collide.
  const words = [
    'truce',
    'ceasefire',
    'négociation',
    'troops',
    'truce',
    ...Array.from({ length: 3000 }, (_, i) => `w${i}`),
  ];
  const dir = path.join(root, 'table');
  writeWordVectors(
    dir,
    words,
    words.map((_, i) => vectorOf(i)),
    'test',
  );

  it('gives every word the vector the table read in this thread gives, and null for any other', async () => {
    const here = readWordVectors(dir);
    const there = await readWordVectorsInWorker(dir);
    expect(there?.dimension).toBe(3);
    expect(there?.words).toEqual(here?.words);
    for (const word of [...new Set(words)]) expect(there?.vector(word)).toEqual(here?.vector(word));
    for (const other of ['', 'truc', 'trucee', 'negociation', 'w3000', 'constructor']) {
      expect(there?.vector(other)).toBeNull();
    }
  });

  it('is null where no table was written', async () => {
    expect(await readWordVectorsInWorker(path.join(root, 'none'))).toBeNull();
  });
});
