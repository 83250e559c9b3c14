import fs from 'node:fs';

/**
 * Each search term's word family: the terms WordNet derives from the same word in another part
 * of speech ("leader" ↔ "lead"), written by data/buildWordFamilies.ts. Read on first use
 * (280 kB, 20–50 ms), so a command that expands no question never reads it.
 */
let families: Record<string, readonly string[]> | undefined;

/** Loads the table now (a bot does, while its model loads, so that its first question does not wait for it). */
export function prepareWordFamilies(): Record<string, readonly string[]> {
  families ??= JSON.parse(fs.readFileSync(new URL('./data/wordFamilies.json', import.meta.url), 'utf8')) as Record<
    string,
    readonly string[]
  >;
  return families;
}

/** The other terms of a term's word family (none for a term WordNet derives nothing from). */
export function wordFamily(term: string): readonly string[] {
  const table = prepareWordFamilies();
  return Object.hasOwn(table, term) ? (table[term] ?? []) : [];
}
