/**
 * Word-level helpers of the word scanner (wordScanner.ts): what a word can be (verb, noun,
 * adjective) and whether a token starts a sentence.
 */
import { QUOTES } from '../lexicon/functionWords.ts';
import { lexiconTags } from '../lexicon/partOfSpeech.ts';
import { OPPOSITION_NOUNS } from '../lexicon/oppositionLexicon.ts';
import { BACKER_NOUNS, MATERIAL_KINDS, SUPPORT_NOUNS } from '../lexicon/supportLexicon.ts';
import type { Token } from '../lexicon/tokenize.ts';

export const VERB_TAGS = new Set([
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Gerund',
  'Participle',
  'Copula',
  'Modal',
  'Auxiliary',
  'Verb',
  'PhrasalVerb',
]);
export const NOUN_TAGS = new Set(['Singular', 'Plural', 'Noun', 'Uncountable', 'Actor']);

export function isSentenceStart(tokens: readonly Token[], j: number): boolean {
  for (let k = j - 1; k >= 0; k--) {
    const token = tokens[k];
    if (!token) break;
    if (token.kind !== 'punct') return false;
    if (QUOTES.has(token.text) || token.text === '(' || token.text === ':') return true;
  }
  return true;
}

/** Verb forms compromise knows only as verbs but which are common nouns too. */
const AMBIGUOUS_NOUNS = new Set([
  'states',
  'claims',
  'notes',
  'reports',
  'report',
  'statements',
  'backs',
  'supports',
  'sends',
  'offers',
  'pledges',
  'deals',
]);

/** "receives" is only ever a verb; "support", "arms", "reports" may be nouns. */
export function canBeNoun(key: string): boolean {
  return (
    SUPPORT_NOUNS.has(key) ||
    OPPOSITION_NOUNS.has(key) ||
    AMBIGUOUS_NOUNS.has(key) ||
    BACKER_NOUNS.has(key) ||
    MATERIAL_KINDS.has(key) ||
    key === 'report' ||
    key === 'reports' ||
    lexiconTags(key).some((t) => NOUN_TAGS.has(t)) ||
    // A word the dictionary does not know may be a noun, unless it has a past-tense ending ("shelled", "strafed").
    (lexiconTags(key).length === 0 && !/[a-z]{2}ed$/.test(key))
  );
}

export function isAdjective(key: string): boolean {
  const tags = lexiconTags(key);
  return tags.includes('Adjective') || tags.includes('Comparative') || tags.includes('Superlative');
}
