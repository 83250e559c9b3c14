import type { Sentence } from '../corpus/passage.ts';
import type { SearchHit, SearchIndex } from '../index/searchIndex.ts';
import { questionTerms, searchTerms } from '../text/searchTerms.ts';
import { type DateRange, isOpenRange, publishedInRange } from './dateRange.ts';
import type { ShownExcerpt } from './excerpt.ts';
import { countryAliases, isCountryName, relatedTerms } from './querySynonyms.ts';
import type { TermNeighbours } from './termNeighbours.ts';

export interface Answer {
  question: string;
  /** The sentence that best answers the question; null when the corpus has nothing relevant. */
  answer: string | null;
  /** How well the best passage matches (0..1): see confidenceOf. */
  confidence: number;
  excerpts: ShownExcerpt[];
  /**
   * When nothing clears the bar but a passage comes near (CLOSEST_FLOOR): that passage, shown as
   * "closest", never as the answer. Null otherwise, and whenever there is an answer.
   */
  closest: ShownExcerpt | null;
}

export interface AskOptions {
  /** How many excerpts to return. */
  k?: number;
  /** At most this many excerpts from one document. */
  perDocument?: number;
  /** Also search for other words for the question's words (default true); false: exact terms only. */
  expandSynonyms?: boolean;
  /**
   * Where the other words come from: 'vectors', the corpus terms closest in meaning (word
   * vectors, when the bot has them), or 'curated', the hand-made list of querySynonyms.ts.
   * Default: 'vectors' when there are word vectors.
   */
  expansion?: 'vectors' | 'curated';
  /** Passages below this confidence are not answers (default MIN_CONFIDENCE; the eval sweeps it). */
  minConfidence?: number;
  /** Only documents published in this range (an undated one is in no bounded range). */
  range?: DateRange;
}

/** With a range, this many times k hits are searched, so that enough remain once the range is applied. */
const RANGE_OVERSEARCH = 20;

/**
 * Below this, a passage does not answer the question: the user is told the corpus has nothing
 * on it rather than shown the least bad passage. Calibrated with `npm run eval` on the question
 * set in test/eval (it prints the sweep), not on one query.
 */
export const MIN_CONFIDENCE = 0.55;

/**
 * A refused question whose best passage reaches this is "said differently, perhaps": the user
 * is shown that passage as the closest. Below it the corpus is taken to hold nothing on it.
 * From the sweep of `npm run eval` (tune half): most out-of-corpus questions score under 0.4.
 */
export const CLOSEST_FLOOR = 0.4;

/** The other words a question's term may be written as, with how much each counts. */
export type Expansion = (term: string) => [term: string, weight: number][];

export async function answerQuestion(
  search: SearchIndex,
  question: string,
  options: AskOptions = {},
  neighbours: TermNeighbours | null = null,
): Promise<Answer> {
  const trimmed = question.trim();
  const k = options.k ?? 3;
  const range = options.range && !isOpenRange(options.range) ? options.range : null;
  const expand = expansionFor(trimmed, options, neighbours);
  const found =
    trimmed === ''
      ? []
      : await search.search(trimmed, {
          limit: range ? k * RANGE_OVERSEARCH : k,
          perDocument: options.perDocument ?? 2,
          relatedTerms: expand,
        });
  const hits = range ? found.filter((hit) => publishedInRange(hit.passage.published, range)).slice(0, k) : found;
  // Only passages that clear the bar are shown; with none, the corpus has no answer.
  const bar = options.minConfidence ?? MIN_CONFIDENCE;
  const confidence = Math.max(0, ...hits.map(confidenceOf));
  const relevant = hits.filter((hit) => confidenceOf(hit) >= bar);
  const queryTerms = new Set(questionTerms(trimmed));
  const shown = (hit: SearchHit): ShownExcerpt => ({
    text: hit.passage.text,
    file: hit.passage.file,
    paragraph: hit.passage.paragraph,
    page: hit.passage.page,
    lineStart: hit.passage.lineStart,
    lineEnd: hit.passage.lineEnd,
    score: hit.score,
    title: hit.passage.title,
    published: hit.passage.published,
    heading: hit.passage.heading,
    keySentence: bestSentence(hit.passage.sentences, queryTerms, expand ?? (() => []))?.text ?? null,
  });
  if (relevant.length === 0) {
    const near = hits.find((hit) => confidenceOf(hit) === confidence && confidence >= CLOSEST_FLOOR);
    return { question: trimmed, answer: null, confidence, excerpts: [], closest: near ? shown(near) : null };
  }
  const excerpts = relevant.map(shown);
  return { question: trimmed, answer: excerpts[0]?.keySentence ?? null, confidence, excerpts, closest: null };
}

/** Keyword coverage of the question, or the cosine when it clears the model's calibrated bar (hit.meaning). */
export function confidenceOf(hit: SearchHit): number {
  return Math.max(hit.coverage, hit.meaning);
}

export function isRelevant(hit: SearchHit): boolean {
  return confidenceOf(hit) >= MIN_CONFIDENCE;
}

/**
 * How the question's terms reach other words. With word vectors, a term counts by its best
 * similarity to a corpus term, except names and numbers: a word written with a capital inside
 * the question, an acronym, a figure or a country's name matches as itself or through the
 * country's known aliases (Moscow for Russia), never by meaning, so "France" never counts as
 * "Libya" and "2019" never as "2020".
 */
function expansionFor(question: string, options: AskOptions, neighbours: TermNeighbours | null): Expansion | undefined {
  if (options.expandSynonyms === false) return undefined;
  if (!neighbours || options.expansion === 'curated') return relatedTerms;
  const names = namedTerms(question);
  return (term) => {
    if (names.has(term) || isCountryName(term)) return countryAliases(term);
    return neighbours.neighbours(term);
  };
}

/** The terms of the words a question names: capitalised past its first word, acronyms, figures. */
function namedTerms(question: string): Set<string> {
  const names = new Set<string>();
  const words = question.match(/[\p{L}\p{N}]+/gu) ?? [];
  words.forEach((word, i) => {
    if ((i > 0 && /^\p{Lu}/u.test(word)) || /\p{N}/u.test(word)) for (const term of searchTerms(word)) names.add(term);
  });
  return names;
}

/** The sentence matching the most query terms (related terms at their weight); ties go to the earlier. */
function bestSentence(sentences: Sentence[], queryTerms: Set<string>, expand: Expansion): Sentence | undefined {
  let best: Sentence | undefined;
  let bestScore = -1;
  for (const sentence of sentences) {
    const terms = new Set(searchTerms(sentence.text));
    let shared = 0;
    for (const term of queryTerms) {
      if (terms.has(term)) shared += 1;
      else shared += Math.max(0, ...expand(term).map(([related, weight]) => (terms.has(related) ? weight : 0)));
    }
    if (shared > bestScore) {
      best = sentence;
      bestScore = shared;
    }
  }
  return best;
}
