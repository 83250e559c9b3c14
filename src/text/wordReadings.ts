import { createRequire } from 'node:module';
import { foldText } from './foldText.ts';

/** Whether a word is used as a verb or as an adjective: "armed" in "who armed Haftar" and in "armed forces". */
export type WordReading = 'verb' | 'adjective';

interface TaggedTerm {
  text: string;
  tags: string[];
}

type Compromise = ((text: string) => { json(): { terms: TaggedTerm[] }[] }) & { world(): { hooks: string[] } };

/**
 * compromise's tagger reads each word in its sentence (a participle before a noun is an
 * adjective, after a subject a verb). It takes about a second to load, so on first use; a
 * sentence costs ~2 ms, so only words that can be read both ways are asked about (see
 * canReadBothWays) and each sentence is tagged once.
 */
const requireModule = createRequire(import.meta.url);
let compromise: Compromise | undefined;
const memo = new Map<string, Map<string, Set<WordReading>>>();
const MEMO_SIZE = 5_000;

/** Participles and gerunds ("armed", "fallen", "leading") are both verbs and adjectives. */
export function canReadBothWays(word: string): boolean {
  return /^[a-z]{3,}(ed|en|ing)$/.test(foldText(word));
}

/** Each word of the text (folded) with how its sentence uses it; words neither verb nor adjective are absent. */
export function wordReadings(text: string): Map<string, Set<WordReading>> {
  const known = memo.get(text);
  if (known) return known;
  const readings = new Map<string, Set<WordReading>>();
  for (const sentence of tagged(text)) {
    for (const { text: word, tags } of sentence.terms) {
      const reading: WordReading | null = tags.includes('Adjective')
        ? 'adjective'
        : tags.includes('Verb')
          ? 'verb'
          : null;
      if (reading === null) continue;
      const key = foldText(word);
      const set = readings.get(key) ?? new Set<WordReading>();
      set.add(reading);
      readings.set(key, set);
    }
  }
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(text, readings);
  return readings;
}

/**
 * compromise's sentences of `text` with their tags. Its last step (the 'chunks' hook: noun and
 * verb phrases) only sets each term's chunk, never a tag, and is 12% of the time: it is left
 * out of this call (the hooks are compromise's one list, restored at once).
 */
function tagged(text: string): { terms: TaggedTerm[] }[] {
  compromise ??= requireModule('compromise') as Compromise;
  const world = compromise.world();
  const hooks = world.hooks;
  world.hooks = hooks.filter((hook) => hook !== 'chunks');
  try {
    return compromise(text).json();
  } finally {
    world.hooks = hooks;
  }
}
