/**
 * Where a sentence's proper names are, as the learner (learnEntities.ts) reads them: runs of
 * capitalised words, acronyms' initials, appositive descriptions; headlines are left out.
 */
import { ARTICLES, NAME_CONNECTORS as CONNECTORS } from '../lexicon/functionWords.ts';
import { isDateWord, lexiconTags, organisationWords } from '../lexicon/partOfSpeech.ts';
import { foldText } from '../../text/foldText.ts';
import { startsSentence, type Token } from '../lexicon/tokenize.ts';
import { isRoleNoun } from './titles.ts';

/** "formally known as", "also called". */
export const ALIAS_ADVERBS = new Set([
  'formally',
  'formerly',
  'officially',
  'also',
  'better',
  'widely',
  'locally',
  'commonly',
  'often',
  'popularly',
]);

/** "of <Name>" or "of the <Name>". */
export function followsOf(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1]?.key === 'the' ? start - 2 : start - 1;
  return tokens[before]?.key === 'of';
}

export interface NameChunk {
  start: number;
  end: number;
}

/**
 * A headline, whose capitals say nothing about names: most longer words capitalised and no final
 * full stop. A sentence full of names ("... is backed by Egypt, Russia, and the United Arab
 * Emirates.") ends with one.
 */
export function isHeadline(text: string, tokens: readonly Token[]): boolean {
  let long = 0;
  let capitalised = 0;
  let first = true;
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    if (first) {
      first = false;
      continue;
    }
    if (token.text.length < 4) continue;
    long++;
    if (token.capitalised) capitalised++;
  }
  if (long < 3) return false;
  const ratio = capitalised / long;
  return ratio >= 0.75 && !/[.!?]["”’]?\s*$/u.test(text);
}

const FUNCTION_TAGS = new Set([
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Possessive',
  'QuestionWord',
  'Reflexive',
]);

/** "I", "The", "Of", "I'm" are capitalised but never part of a name (all-capital "US" and "IT" may be). */
function isFunctionWord(token: Token): boolean {
  if (token.allCaps) return false;
  // Contractions of function words: "That's", "We're", "I've".
  const base = token.key.replace(/'(s|re|ve|ll|d|m)$|n't$/, '');
  return base === 'i' || lexiconTags(base).some((tag) => FUNCTION_TAGS.has(tag));
}

/**
 * A vehicle or weapon's model ("F-16", "Su-25", "T-72s", "MiG-29", "S-400"): a short maker's or
 * class letter code, a hyphen, a number. "Thai F-16 jets struck" names Thailand, not an actor
 * "Thai F-16". ("M23", "COVID-19" have no such code: left as they are.)
 */
const MODEL_DESIGNATION = /^\p{Lu}\p{L}{0,2}-\d+\p{L}*$/u;

/** Could this token be part of a proper name? */
function isNameWord(token: Token | undefined): boolean {
  if (token?.kind !== 'word' || !(token.capitalised || token.allCaps) || isFunctionWord(token)) return false;
  if (/^\p{Lu}[\p{L}]*-\p{Ll}/u.test(token.text)) return false; // "Soviet-made", "Russian-backed": adjectives
  if (MODEL_DESIGNATION.test(token.text)) return false;
  return !isDateWord(token.key);
}

/**
 * Compass points, which begin place names ("South Ossetia", "North Kivu", "West Bank"): at the
 * start of a sentence they stay with the name, unlike an ordinary word ("Meanwhile Turkey").
 */
const COMPASS_POINTS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);

/** Maximal runs of capitalised words (with "of"-style connectors between them). */
export function properNameChunks(tokens: readonly Token[], isOrdinaryWord: (key: string) => boolean): NameChunk[] {
  const chunks: NameChunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (
      !token ||
      !isNameWord(token) ||
      (startsSentence(tokens, i) && isOrdinaryWord(token.key) && !isNameWord(tokens[i + 1]))
    ) {
      i++;
      continue;
    }
    let end = i + 1;
    let connected = false;
    for (;;) {
      if (isNameWord(tokens[end])) {
        end++;
        continue;
      }
      // "Government of National Accord", but not "Commander of the National Army": a role is not part of the name.
      const connector = tokens[end];
      const leftIsRole = end - i === 1 && isRoleNoun(token.key);
      // "Alliance for Justice and Democracy", "Council for Peace and Security": an organisation word takes "for".
      const forOrganisation = connector?.key === 'for' && organisationWords().has(tokens[end - 1]?.key ?? '');
      if (connector && (CONNECTORS.has(connector.key) || forOrganisation) && !connector.capitalised && !leftIsRole) {
        const afterThe = tokens[end + 1]?.key === 'the' ? end + 2 : end + 1;
        if (isNameWord(tokens[afterThe])) {
          end = afterThe + 1;
          connected = true;
          continue;
        }
      }
      // "... for Justice and Democracy": past a connector, two common nouns joined by "and" are one name's
      // ("Egypt and Russia" are two names: they are no common nouns).
      const joined = tokens[end + 1];
      if (
        connected &&
        connector?.key === 'and' &&
        isOrdinaryWord(tokens[end - 1]?.key ?? '') &&
        joined &&
        isNameWord(joined) &&
        isOrdinaryWord(joined.key) &&
        !isNameWord(tokens[end + 2])
      ) {
        end += 2;
        break;
      }
      break;
    }
    // A sentence-initial common word before a name ("Meanwhile Turkey") is not part of it.
    // But "Islamic State", "Popular Front", "Islamic State Sahel Province": what is left would start
    // with a common noun, no name ("Meanwhile President Putin" starts with a title, and loses "Meanwhile").
    const nextKey = tokens[i + 1]?.key ?? '';
    const leftAlone = isOrdinaryWord(nextKey) && !isRoleNoun(nextKey);
    const start =
      startsSentence(tokens, i) &&
      isOrdinaryWord(token.key) &&
      end - i > 1 &&
      !leftAlone &&
      !COMPASS_POINTS.has(token.key)
        ? i + 1
        : i;
    chunks.push({ start, end });
    i = end;
  }
  return chunks;
}

/**
 * Does an acronym spell the words it stands for? Each capitalised word gives its first letter
 * and may give a few more ("ECOWAS": Economic COmmunity of West African States, "Interpol"),
 * a lower-case connector gives its first letter or nothing ("of", "the"); every capitalised word
 * must give at least one. Failing that, the initials of some of the capitalised words, in order.
 */
export function initialsMatch(acronym: string, words: readonly Token[]): boolean {
  const letters = foldText(acronym).replace(/[^a-z]/g, '');
  // "Tehrik-i-Taliban Pakistan (TTP)": each capitalised part of a hyphenated word gives an initial.
  const parts = words.flatMap((w) =>
    w.capitalised && w.text.includes('-')
      ? w.text
          .split('-')
          .filter((part) => part !== '')
          .map((part) => ({ letters: foldText(part).replace(/[^a-z]/g, ''), required: /^\p{Lu}/u.test(part) }))
      : [{ letters: foldText(w.text).replace(/[^a-z]/g, ''), required: w.capitalised }],
  );
  if (letters.length < 2 || parts.filter((p) => p.required).length < 2) return initialsSubsequence(letters, words);
  const spells = (at: number, part: number): boolean => {
    if (part === parts.length) return at === letters.length;
    const word = parts[part];
    if (!word) return false;
    const most = word.required ? Math.min(3, word.letters.length) : 1;
    for (let take = word.required ? 1 : 0; take <= most; take++) {
      if (at + take > letters.length) break;
      if (take > 0 && word.letters.slice(0, take) !== letters.slice(at, at + take)) break;
      if (spells(at + take, part + 1)) return true;
    }
    return false;
  };
  return spells(0, 0) || initialsSubsequence(letters, words);
}

/**
 * An acronym in brackets right after a long name that spells it in another language ("Democratic
 * Forces for the Liberation of Rwanda (FDLR)", "Strategic Framework for the Defence of the People
 * of Azawad (CSP)"): the words are translated, so their initials recur in another order. At least
 * three capitalised words and more than half of the acronym's letters among their initials.
 */
export function translatedAcronym(acronym: string, words: readonly Token[]): boolean {
  const letters = [...foldText(acronym).replace(/[^a-z]/g, '')];
  const initials = words.filter((w) => w.capitalised).map((w) => foldText(w.text).charAt(0));
  if (letters.length < 2 || initials.length < 3) return false;
  const shared = letters.filter((letter) => initials.includes(letter)).length;
  return shared * 2 > letters.length;
}

/** The initials of the capitalised words, in order, with some of them skipped ("LNA" of "Libyan National Army"). */
function initialsSubsequence(letters: string, words: readonly Token[]): boolean {
  const initials = words
    .filter((w) => w.capitalised)
    .map((w) => foldText(w.text).charAt(0))
    .join('');
  if (letters.length < 2 || letters[0] !== initials[0]) return false;
  let at = 0;
  for (const initial of initials) if (initial === letters[at]) at++;
  return at === letters.length;
}

/**
 * A description NP starting at `from` and ending at the next comma or end of sentence, made of
 * determiners, possessed names, adjectives and nouns only; its head is the last word before any
 * preposition. Returns undefined when it has a verb or a capitalised head (a list, not a description).
 */
export function appositiveDescription(
  tokens: readonly Token[],
  from: number,
): { start: number; end: number; head: number } | undefined {
  const first = tokens[from];
  const possessed = first?.capitalised && tokens[from + 1]?.kind === 'possessive';
  if (!first || !(ARTICLES.has(first.key) || possessed)) return undefined;
  let end = from;
  let head = -1;
  let inPreposition = false;
  while (end < tokens.length && end - from < 14) {
    const token = tokens[end];
    if (!token || token.text === ',' || token.text === '.' || token.text === ';' || token.text === ')') break;
    if (token.kind === 'word') {
      if (['of', 'in', 'for', 'from', 'with', 'on', 'at', 'based'].includes(token.key)) inPreposition = true;
      else if (['who', 'which', 'that', 'and', 'or', 'but'].includes(token.key)) return undefined;
      else if (!inPreposition && !ARTICLES.has(token.key)) head = end;
      const tags = lexiconTags(token.key);
      const verbOnly =
        tags.length > 0 && tags.every((t) => ['PresentTense', 'Copula', 'Modal', 'Auxiliary', 'Verb'].includes(t));
      if (verbOnly) return undefined;
    }
    end++;
  }
  const headToken = tokens[head];
  if (!headToken || headToken.capitalised) return undefined;
  return { start: from, end, head };
}
