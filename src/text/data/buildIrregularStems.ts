/**
 * Writes irregularStems.json: every lowercase word whose search term comes from its WordNet lemma
 * rather than from Porter's stem ("sent" → send, "fled" → flee, "children" → child), as
 * wink-lemmatizer's `verb` and `noun` find them. Run after upgrading wink-lemmatizer, wink-lexicon
 * or stemmer (test/text/data/irregularStems.test.ts fails until then):
 *
 *   npx tsx src/text/data/buildIrregularStems.ts
 *
 * Why a derived file: loading the lemmatizer compiles 3.4 MB of WordNet lists (0.3–0.5 s), on the
 * path of a bot's first answer; the table is 29,000 words and parses in ~25 ms. It is complete:
 * the lemmatizer returns a word other than its input only for a listed exception or when the word
 * less an inflection (-s, -es, -ed, -ing, -ies for -y, -ves for -f, …) is a WordNet word, so every
 * word it changes is among the exceptions and the inflections of WordNet's 77,000 words, which
 * are all run through it here.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stemmer } from 'stemmer';
import type Lemmatizer from 'wink-lemmatizer';

const require = createRequire(import.meta.url);

export const IRREGULAR_STEMS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'irregularStems.json');

/** The search-term stem of a lowercase word through the lemmatizer, as searchTerms stemmed before the table. */
export function lemmatizedStem(lemmatizer: typeof Lemmatizer, word: string): string {
  const stem = stemmer(word);
  // A verb reading wins over a noun one ("left" → leave); a lemma is used only when it stems differently.
  for (const lemma of [lemmatizer.verb(word), lemmatizer.noun(word)]) {
    if (lemma !== word && /^[a-z]+$/.test(lemma) && stemmer(lemma) !== stem) return stemmer(lemma);
  }
  return stem;
}

/** Every word the lemmatizer can change: its exceptions, and each WordNet word with every inflection its rules undo. */
export function lemmatizerCandidates(): string[] {
  const words = Object.keys(require('wink-lexicon/src/wn-words.js') as Record<string, number>);
  const candidates = new Set([
    ...Object.keys(require('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>),
    ...Object.keys(require('wink-lexicon/src/wn-noun-exceptions.js') as Record<string, string>),
  ]);
  for (const lemma of words) {
    for (const suffix of ['s', 'es', 'ed', 'ing']) candidates.add(lemma + suffix);
    const head = lemma.slice(0, -1);
    if (lemma.endsWith('e')) for (const suffix of ['es', 'ed', 'ing']) candidates.add(head + suffix);
    if (lemma.endsWith('y')) candidates.add(`${head}ies`);
    if (lemma.endsWith('s')) candidates.add(`${head}zes`).add(`${head}ses`);
    if (lemma.endsWith('f')) candidates.add(`${head}ves`);
    if (lemma.endsWith('man')) candidates.add(`${lemma.slice(0, -3)}men`);
  }
  // searchTerms lemmatizes plain lowercase words only.
  return [...candidates].filter((word) => /^[a-z]+$/.test(word)).sort();
}

/** The table as irregularStems.json holds it: the words, sorted (as `<` compares strings), and each one's stem. */
export interface IrregularStems {
  words: string[];
  stems: string[];
}

/** The words whose stem is not Porter's, and their stems. */
export function deriveIrregularStems(): IrregularStems {
  const lemmatizer = require('wink-lemmatizer') as typeof Lemmatizer;
  const table: IrregularStems = { words: [], stems: [] };
  for (const word of lemmatizerCandidates()) {
    const stem = lemmatizedStem(lemmatizer, word);
    if (stem === stemmer(word)) continue;
    table.words.push(word);
    table.stems.push(stem);
  }
  return table;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const table = deriveIrregularStems();
  fs.writeFileSync(IRREGULAR_STEMS_FILE, `${JSON.stringify(table)}\n`);
  console.log(`${table.words.length} words → ${IRREGULAR_STEMS_FILE}`);
}
