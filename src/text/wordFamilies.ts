import fs from 'node:fs';

/**
 * Each search term's word family: the terms WordNet derives from the same word in another part
 * of speech ("leader" ↔ "lead"), written by data/buildWordFamilies.ts. Read on first use (~5 ms).
 */
let families: Record<string, readonly string[]> | undefined;

/** The other terms of a term's word family (none for a term WordNet derives nothing from). */
export function wordFamily(term: string): readonly string[] {
  families ??= JSON.parse(fs.readFileSync(new URL('./data/wordFamilies.json', import.meta.url), 'utf8')) as Record<
    string,
    readonly string[]
  >;
  return Object.hasOwn(families, term) ? (families[term] ?? []) : [];
}
