/**
 * Whether a name is a natural place rather than a side: its last word is a common noun WordNet
 * files first as a natural object ("Red Sea", "Gulf of Aden"'s "Gulf" does not end it, "West
 * Bank", "Nile River"; data/naturalFeatureWords.json, made by data/buildNaturalFeatureWords.ts).
 */
import { createRequire } from 'node:module';

const NATURAL_FEATURE_WORDS: ReadonlySet<string> = new Set(
  createRequire(import.meta.url)('./data/naturalFeatureWords.json') as string[],
);

export function namesNaturalFeature(name: string): boolean {
  const last = (name.split(/\s+/).at(-1) ?? '').toLowerCase();
  return NATURAL_FEATURE_WORDS.has(last) || (last.endsWith('s') && NATURAL_FEATURE_WORDS.has(last.slice(0, -1)));
}
