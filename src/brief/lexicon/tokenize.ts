/**
 * Sentences into tokens, and names into matching keys: the one tokenizer the entity catalog and
 * the relation extractor share, so an offset or a key means the same thing in both.
 */
import { foldText } from '../../text/foldText.ts';

/**
 * The matching key of a name: folded, dots dropped ("U.S." = "US"), hyphens and other
 * punctuation as spaces ("al-Sarraj" = "al Sarraj"), a leading "the" dropped.
 */
export function normalizeName(text: string): string {
  return foldText(text)
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/(^| )'+|'+( |$)/g, ' ')
    .trim()
    .replace(/^the /, '');
}

export interface Token {
  /** The text as written. */
  text: string;
  /** Offsets in the sentence text. */
  start: number;
  end: number;
  /** normalizeName(text) for words; the character itself for punctuation; "'s" for possessives. */
  key: string;
  kind: 'word' | 'possessive' | 'punct';
  /** Starts with a capital letter, or is a name particle before one ("al-Sarraj"). */
  capitalised: boolean;
  /** Two or more letters, none lower case ("LNA", "U.S."). */
  allCaps: boolean;
}

const TOKEN_PATTERN =
  /(?:\p{Lu}\.){2,}(?:-[\p{L}\p{N}]+)*|\p{N}+(?:[.,]\p{N}+)*(?:[-'’][\p{L}\p{N}]+)*|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu;
const NAME_PARTICLE = /^(?:al|el|wal|ad|as|an|ash|at|az|bin|ibn|abu|de|van|von|da|di|du|le|la)-\p{Lu}/u;
/** "it's", "that's" are contractions, not possessives. */
const CONTRACTED_PRONOUNS = new Set([
  'it',
  'that',
  'he',
  'she',
  'there',
  'here',
  'what',
  'who',
  'let',
  'where',
  'how',
  'this',
]);

/** Words, possessive markers ("’s" split off "Haftar’s", the "'" of "Workers' Party") and single punctuation characters, with offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let openQuotes = 0;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const surface = match[0];
    const start = match.index;
    if (!/[\p{L}\p{N}]/u.test(surface)) {
      if (isPluralPossessive(text, start, tokens[tokens.length - 1], openQuotes)) {
        tokens.push({
          text: surface,
          start,
          end: start + 1,
          key: "'s",
          kind: 'possessive',
          capitalised: false,
          allCaps: false,
        });
        continue;
      }
      if (surface === "'" || surface === '‘' || surface === '’') {
        const before = text[start - 1];
        if (before === undefined || /[\s(“"]/u.test(before)) openQuotes++;
        else if (openQuotes > 0) openQuotes--;
      }
      tokens.push({
        text: surface,
        start,
        end: start + surface.length,
        key: surface === '’' || surface === '‘' ? "'" : surface,
        kind: 'punct',
        capitalised: false,
        allCaps: false,
      });
      continue;
    }
    const possessive =
      surface.length > 2 &&
      (surface.endsWith("'s") || surface.endsWith('’s') || surface.endsWith("'S") || surface.endsWith('’S'));
    const base = possessive ? surface.slice(0, -2) : undefined;
    if (base !== undefined && !CONTRACTED_PRONOUNS.has(foldText(base))) {
      tokens.push(wordToken(base, start));
      tokens.push({
        text: surface.slice(base.length),
        start: start + base.length,
        end: start + surface.length,
        key: "'s",
        kind: 'possessive',
        capitalised: false,
        allCaps: false,
      });
    } else {
      tokens.push(wordToken(surface, start));
    }
  }
  return tokens;
}

/**
 * "Kurdistan Workers' Party", "the rebels’ backers": an apostrophe glued to a word ending in -s,
 * then a space, with no single quotation open ("the ‘rebels’ said" closes one).
 */
function isPluralPossessive(text: string, at: number, previous: Token | undefined, openQuotes: number): boolean {
  const mark = text[at];
  if ((mark !== "'" && mark !== '’') || openQuotes > 0) return false;
  if (previous?.kind !== 'word' || previous.end !== at || !/[sS]$/.test(previous.text)) return false;
  return /^\s+\p{L}/u.test(text.slice(at + 1, at + 3));
}

const PLAIN_WORD = /^[A-Za-z0-9]+$/;

function wordToken(text: string, start: number): Token {
  const end = start + text.length;
  // Most words are plain ASCII: a fast path without Unicode folding, which dominates tokenising time.
  if (PLAIN_WORD.test(text)) {
    const first = text.charCodeAt(0);
    let upper = 0;
    let lower = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 65 && code <= 90) upper++;
      else if (code >= 97 && code <= 122) lower++;
    }
    return {
      text,
      start,
      end,
      key: text.toLowerCase(),
      kind: 'word',
      capitalised: first >= 65 && first <= 90,
      allCaps: upper >= 2 && lower === 0,
    };
  }
  const letters = text.replace(/[^\p{L}]/gu, '');
  return {
    text,
    start,
    end,
    key: normalizeName(text),
    kind: 'word',
    capitalised: /^\p{Lu}/u.test(text) || (text.includes('-') && NAME_PARTICLE.test(text)),
    allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
  };
}

/** "KhalifaHaftar": a capital inside a word after a lower-case letter. */
export function isGlued(token: Token): boolean {
  return token.kind === 'word' && /\p{Ll}\p{Lu}/u.test(token.text) && !token.text.includes('-');
}

export function squash(key: string): string {
  return key.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Is token i the first word of a sentence or quotation, where capitals are not evidence of a name? */
export function startsSentence(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const token = tokens[j];
    if (!token) break;
    if (token.kind === 'word' || token.kind === 'possessive') return false;
    if (/[“"‘([{:—–-]/u.test(token.text) || token.text === "'") return true;
  }
  return true;
}
