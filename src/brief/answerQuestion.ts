import type { Sentence } from '../corpus/passage.ts';
import type { SearchHit, SearchIndex } from '../index/searchIndex.ts';
import { questionTerms, searchTerms } from '../index/searchTerms.ts';
import type { ShownExcerpt } from './excerpt.ts';
import { relatedTerms } from './querySynonyms.ts';

export interface Answer {
  question: string;
  /** The sentence that best answers the question; null when the corpus has nothing relevant. */
  answer: string | null;
  /** How well the best passage matches (0..1): see confidenceOf. */
  confidence: number;
  excerpts: ShownExcerpt[];
}

export interface AskOptions {
  /** How many excerpts to return. */
  k?: number;
  /** At most this many excerpts from one document. */
  perDocument?: number;
  /** Also search for curated synonyms of the question's words (default true). */
  expandSynonyms?: boolean;
  /** Passages below this confidence are not answers (default MIN_CONFIDENCE; the eval sweeps it). */
  minConfidence?: number;
}

/**
 * Below this, a passage does not answer the question: the user is told the corpus has nothing
 * on it rather than shown the least bad passage. Calibrated with `npm run eval` on the question
 * set in test/eval (it prints the sweep), not on one query.
 */
export const MIN_CONFIDENCE = 0.55;

/**
 * A passage that shares few words with the question still answers it when its meaning is this
 * close. Set for all-MiniLM-L6-v2, where unrelated sentences score under 0.3; it could not be
 * calibrated offline (no real weights here), so it is kept high: keywords decide most cases.
 */
export const MIN_COSINE = 0.6;

export async function answerQuestion(search: SearchIndex, question: string, options: AskOptions = {}): Promise<Answer> {
  const trimmed = question.trim();
  const hits =
    trimmed === ''
      ? []
      : await search.search(trimmed, {
          limit: options.k ?? 3,
          perDocument: options.perDocument ?? 2,
          relatedTerms: options.expandSynonyms === false ? undefined : relatedTerms,
        });
  // Only passages that clear the bar are shown; with none, the corpus has no answer.
  const bar = options.minConfidence ?? MIN_CONFIDENCE;
  const confidence = Math.max(0, ...hits.map(confidenceOf));
  const relevant = hits.filter((hit) => confidenceOf(hit) >= bar);
  if (relevant.length === 0) return { question: trimmed, answer: null, confidence, excerpts: [] };
  const queryTerms = new Set(questionTerms(trimmed));
  const expand = options.expandSynonyms === false ? () => [] : relatedTerms;
  const excerpts = relevant.map((hit) => ({
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
    keySentence: bestSentence(hit.passage.sentences, queryTerms, expand)?.text ?? null,
  }));
  return { question: trimmed, answer: excerpts[0]?.keySentence ?? null, confidence, excerpts };
}

/** Keyword coverage of the question, or the cosine when it clears MIN_COSINE. */
export function confidenceOf(hit: SearchHit): number {
  const cosine = hit.cosine ?? 0;
  return Math.max(hit.coverage, cosine >= MIN_COSINE ? cosine : 0);
}

export function isRelevant(hit: SearchHit): boolean {
  return confidenceOf(hit) >= MIN_CONFIDENCE;
}

/** The sentence matching the most query terms (related terms at their weight); ties go to the earlier. */
function bestSentence(sentences: Sentence[], queryTerms: Set<string>, expand: typeof relatedTerms): Sentence | undefined {
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
