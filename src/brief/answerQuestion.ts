import type { Sentence } from '../corpus/passage.ts';
import type { SearchHit, SearchIndex } from '../index/searchIndex.ts';
import { searchTerms } from '../index/searchTerms.ts';
import type { ShownExcerpt } from './excerpt.ts';
import { relatedTerms } from './querySynonyms.ts';

export interface Answer {
  question: string;
  /** The sentence that best answers the question; null when the corpus has nothing relevant. */
  answer: string | null;
  excerpts: ShownExcerpt[];
}

export interface AskOptions {
  /** How many excerpts to return. */
  k?: number;
  /** At most this many excerpts from one document. */
  perDocument?: number;
  /** Also search for curated synonyms of the question's words (default true). */
  expandSynonyms?: boolean;
}

/**
 * Below these, the best passage does not answer the question: the user is told the corpus has
 * nothing on it rather than shown the least bad passage. Coverage is the share of the
 * question's IDF weight found in the passage; cosine applies when vectors are loaded.
 */
export const MIN_COVERAGE = 0.5;
export const MIN_COSINE = 0.55;

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
  const relevant = hits.filter(isRelevant);
  if (relevant.length === 0) return { question: trimmed, answer: null, excerpts: [] };
  const queryTerms = new Set(searchTerms(trimmed));
  const excerpts = relevant.map((hit) => ({
    text: hit.passage.text,
    file: hit.passage.file,
    paragraph: hit.passage.paragraph,
    lineStart: hit.passage.lineStart,
    lineEnd: hit.passage.lineEnd,
    score: hit.score,
    title: hit.passage.title,
    published: hit.passage.published,
    heading: hit.passage.heading,
    keySentence: bestSentence(hit.passage.sentences, queryTerms)?.text ?? null,
  }));
  return { question: trimmed, answer: excerpts[0]?.keySentence ?? null, excerpts };
}

export function isRelevant(hit: SearchHit): boolean {
  return hit.coverage >= MIN_COVERAGE || (hit.cosine !== null && hit.cosine >= MIN_COSINE);
}

/** The sentence sharing the most query terms; ties go to the earlier sentence. */
function bestSentence(sentences: Sentence[], queryTerms: Set<string>): Sentence | undefined {
  let best: Sentence | undefined;
  let bestScore = -1;
  for (const sentence of sentences) {
    const terms = new Set(searchTerms(sentence.text));
    let shared = 0;
    for (const term of queryTerms) if (terms.has(term)) shared++;
    if (shared > bestScore) {
      best = sentence;
      bestScore = shared;
    }
  }
  return best;
}
