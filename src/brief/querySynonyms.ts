import { searchTerms } from '../text/searchTerms.ts';
import { KNOWN_COUNTRIES } from './knownAliases.ts';

/**
 * Words a question may use for what the text says otherwise ("aid" for "support", "arms" for
 * "weapons"). Seeded from WordNet (test/eval/seedSynonyms.ts prints its senses), then curated
 * by hand: only the senses that fit news and policy briefings are kept, because expanding
 * with every sense is noisy ("back" is also a body part and a direction). Each group is a set
 * of interchangeable words; `npm run eval` measures the expansion against none.
 */
const SYNONYM_GROUPS: readonly string[][] = [
  ['support', 'back', 'aid', 'assist', 'assistance', 'help', 'sponsor', 'bolster', 'endorse', 'backing'],
  ['weapon', 'arms', 'armament', 'munition', 'weaponry', 'warplane', 'jet', 'aircraft', 'plane', 'drone', 'missile'],
  ['attack', 'strike', 'airstrike', 'raid', 'bomb', 'bombing', 'assault', 'offensive', 'hit', 'target'],
  ['ceasefire', 'truce', 'armistice'],
  ['agreement', 'deal', 'accord', 'pact', 'treaty'],
  ['government', 'administration', 'cabinet', 'regime'],
  ['leader', 'chief', 'head', 'commander', 'lead'],
  ['threat', 'threaten', 'warn', 'warning'],
  ['troops', 'forces', 'soldiers', 'army', 'military'],
  ['mercenary', 'contractor', 'militia'],
  ['talks', 'negotiation', 'negotiate', 'discuss', 'dialogue'],
  ['war', 'conflict', 'fighting', 'hostilities'],
  ['big', 'large', 'largest', 'biggest', 'major'],
  ['campaign', 'offensive', 'operation'],
  ['defence', 'defense'],
  ['worry', 'alarm', 'concern', 'fear'],
  ['free', 'freeing', 'emancipate', 'emancipation', 'liberate', 'liberation'],
  ['slave', 'slavery', 'bondage'],
  ['buy', 'purchase', 'acquire', 'acquisition', 'cession'],
  ['colonize', 'colonization', 'colony', 'colonial'],
  ['money', 'funds', 'funding', 'finance', 'financial'],
  ['tax', 'taxation', 'levy'],
  ['pension', 'retirement', 'social security'],
  ['economy', 'economic'],
  ['job', 'employment', 'work', 'unemployment'],
  ['shield', 'defense', 'protection'],
  ['only', 'sole', 'alone'],
  ['nation', 'country', 'state'],
];

/** A country by any of its one-word names: "Moscow" and "Russian" find "Russia". */
const COUNTRY_GROUPS: readonly string[][] = KNOWN_COUNTRIES.map((country) => [
  country.name,
  ...(country.variants ?? []),
  ...(country.demonyms ?? []),
  ...(country.metonyms ?? []),
]);

/** A synonym is near the word typed; a country's other name is the same country. */
const SYNONYM_WEIGHT = 0.6;
const ALIAS_WEIGHT = 0.9;

/** Stemmed term → its related stemmed terms and their weights. Multi-word entries are skipped. */
const RELATED = new Map<string, Map<string, number>>();
/** Countries' other names alone: what word vectors must not decide (France is not Libya). */
const ALIASES = new Map<string, Map<string, number>>();

/** Both tables, filled on first use: stemming loads the lemmatizer, which a process that asks nothing never needs. */
let filled = false;
function tables(): { RELATED: typeof RELATED; ALIASES: typeof ALIASES } {
  if (!filled) {
    filled = true;
    addGroups(RELATED, SYNONYM_GROUPS, SYNONYM_WEIGHT);
    addGroups(RELATED, COUNTRY_GROUPS, ALIAS_WEIGHT);
    addGroups(ALIASES, COUNTRY_GROUPS, ALIAS_WEIGHT);
  }
  return { RELATED, ALIASES };
}

function addGroups(target: Map<string, Map<string, number>>, groups: readonly string[][], weight: number): void {
  for (const group of groups) {
    const stems = [...new Set(group.flatMap((word) => (/\s/.test(word.trim()) ? [] : searchTerms(word))))];
    for (const stem of stems) {
      const related = target.get(stem) ?? new Map<string, number>();
      for (const other of stems) if (other !== stem) related.set(other, Math.max(related.get(other) ?? 0, weight));
      target.set(stem, related);
    }
  }
}

/** What else a (stemmed) query term may be written as in the text, with how much it counts (0..1). */
export function relatedTerms(term: string): [term: string, weight: number][] {
  return [...(tables().RELATED.get(term) ?? [])];
}

/** A country's other names (Moscow, Russian → russia), or nothing for any other term. */
export function countryAliases(term: string): [term: string, weight: number][] {
  return [...(tables().ALIASES.get(term) ?? [])];
}

/** Whether the term is one of a country's names: such terms match by name, never by meaning. */
export function isCountryName(term: string): boolean {
  return tables().ALIASES.has(term);
}
