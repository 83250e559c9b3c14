import fs from 'node:fs';
import { stemmer } from 'stemmer';
import { foldText } from './foldText.ts';

/**
 * The words whose stem comes from their WordNet lemma (see stemOf), derived from wink-lemmatizer
 * by data/buildIrregularStems.ts: the words sorted, and each one's stem. Read on first use
 * (~10 ms; the lemmatizer itself took 0.3–0.5 s to compile its word lists), so a command that
 * stems nothing never reads it.
 */
let irregularStems: { words: string[]; stems: string[] } | undefined;

/** Loads the stemming table now (a bot does, while its model loads, so that its first question does not wait for it). */
export function prepareStemming(): { words: string[]; stems: string[] } {
  irregularStems ??= JSON.parse(fs.readFileSync(new URL('./data/irregularStems.json', import.meta.url), 'utf8')) as {
    words: string[];
    stems: string[];
  };
  return irregularStems;
}

/** The stem the table gives a word, found by binary search (each word is stemmed once: see termOfWord), or null. */
function irregularStem(word: string): string | null {
  const { words, stems } = prepareStemming();
  let low = 0;
  let high = words.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const listed = words[middle]!;
    if (listed === word) return stems[middle]!;
    if (listed < word) low = middle + 1;
    else high = middle - 1;
  }
  return null;
}

/**
 * Words too common to tell passages apart. Dropped from the index and from queries: they would
 * only add postings to scan. Question words are here too, so "who backs X" searches "back X".
 */
const STOPWORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have
  having he her here hers herself him himself his how i if in into is it its itself just me more most
  my myself no nor not of off on once only or other our ours ourselves out over own same she should so
  some such than that the their theirs them themselves then there these they this those through to too
  under until up very was we were what when where which while who whom why will with would you your
  yours yourself yourselves us s t d ll m re ve tell say said says give gave given get got make made take
  took know knew happen happened think want use mean many much`.split(/\s+/),
);

/**
 * The words of a text as the index stores them: names glued by a lost space are split
 * ("KhalifaHaftar" → khalifa haftar), accents and case folded, English words stemmed
 * (backed, backing → back), stopwords dropped. Queries and passages go through the same
 * function, so whatever a user types meets the text on equal terms.
 */
export function searchTerms(text: string): string[] {
  const unglued = text
    .replace(/\b(\p{Lu})\.(\p{Lu})\.(?:(\p{Lu})\.)?/gu, '$1$2$3') // U.S. → US, U.A.E. → UAE
    .replace(/(\p{Ll})(\p{Lu})(?=\p{Ll})/gu, '$1 $2');
  // In text written all in capitals (a shouted headline) capitals say nothing about acronyms;
  // a single word ("US") keeps its case's meaning.
  const hasLowercase = /\p{Ll}/u.test(text) || !/\s/.test(text.trim());
  const terms: string[] = [];
  for (const original of unglued.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const term = termOfWord(original, hasLowercase);
    if (term !== null) terms.push(term);
  }
  return terms;
}

/**
 * The stem of an English word, through its lemma when the form is irregular: Porter stems
 * "sent" as sent and "gave" as gave, so they never met "send" and "give". wink-lemmatizer
 * (WordNet's exception lists) knows the irregular verbs and plurals; its lemma is used only when
 * it stems differently from the word ("sent" → send, "fled" → flee, "children" → child), so
 * regular forms keep Porter's stems. A verb reading wins over a noun one ("left" → leave). Those
 * words and their stems are the table prepareStemming loads, worked out ahead from the lemmatizer.
 */
function stemOf(word: string): string {
  return irregularStem(word) ?? stemmer(word);
}

/**
 * How a question opens says what kind of answer it wants, not what it is about: "how long",
 * "what kind of", "tell me about". Dropped before the words are matched (single question words,
 * "who", "which", "how many", are stopwords already).
 */
export const QUESTION_OPENINGS_PATTERN =
  /\b(how (long|often|far|soon)|what (kinds?|sorts?|types?) of|tell (me|us) (more )?about|is there|are there|do you know)\b/giu;

/** A question's search terms: its opening phrases dropped, then as searchTerms. */
export function questionTerms(question: string): string[] {
  return searchTerms(question.replace(QUESTION_OPENINGS_PATTERN, ' '));
}

/**
 * Words recur (SOTU's 889,000 words are 15,000 terms) and folding and stemming one costs about
 * two microseconds: each word is worked out once. A pure function's memo, bounded: it is
 * emptied when it grows past TERM_MEMO_SIZE words.
 */
const termMemo = new Map<string, string | null>();
const TERM_MEMO_SIZE = 200_000;

function termOfWord(original: string, hasLowercase: boolean): string | null {
  const key = hasLowercase ? original : `\u0000${original}`;
  let term = termMemo.get(key);
  if (term === undefined) {
    if (termMemo.size >= TERM_MEMO_SIZE) termMemo.clear();
    const word = foldText(original);
    // An acronym in capitals ("US", "IT") is a name, never the stopword it spells.
    const acronym = hasLowercase && original.length >= 2 && original.length <= 6 && /^\p{Lu}+$/u.test(original);
    term =
      (!acronym && STOPWORDS.has(word)) || word.length > 40
        ? null
        : /^[a-z]+$/.test(word) && !acronym
          ? stemOf(word)
          : word;
    if (term !== null && !acronym && STOPWORDS.has(term)) term = null;
    termMemo.set(key, term);
  }
  return term;
}
