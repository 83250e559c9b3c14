import { searchTerms } from '../index/searchTerms.ts';

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

/** Stemmed term → the stemmed terms of its groups (not itself). Multi-word entries are skipped. */
const RELATED = buildRelated(SYNONYM_GROUPS);

function buildRelated(groups: readonly string[][]): Map<string, Set<string>> {
  const related = new Map<string, Set<string>>();
  for (const group of groups) {
    const stems = [...new Set(group.flatMap((word) => (word.includes(' ') ? [] : searchTerms(word))))];
    for (const stem of stems) {
      const set = related.get(stem) ?? new Set<string>();
      for (const other of stems) if (other !== stem) set.add(other);
      related.set(stem, set);
    }
  }
  return related;
}

/** What else a (stemmed) query term may be written as in the text. */
export function relatedTerms(term: string): string[] {
  return [...(RELATED.get(term) ?? [])];
}
