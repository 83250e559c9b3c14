import { foldText } from '../text/foldText.ts';
import { searchTerms } from '../text/searchTerms.ts';
import { canReadBothWays, type WordReading, wordReadings } from '../text/wordReadings.ts';

/** A question's term as a passage's sentences credit it. */
export interface CreditedTerm {
  term: string;
  /** What the term adds to a sentence's score when the sentence holds it. */
  weight: number;
  /** How the question uses the word, when it could be read as a verb or an adjective. */
  reading: WordReading | null;
}

export interface SentenceCredits {
  /** Per question term: the best credit any sentence gives it. */
  credit: number[];
  /** The first sentence of the highest score (-1 when there are none), and that score. */
  best: { index: number; score: number };
  /** Some term stands in a sentence only read otherwise (before any word of it reading alike) and no sentence credits it fully. */
  misread: boolean;
}

/**
 * How a passage's sentences credit a question's terms. A term is credited by a sentence's best
 * word for it: the same term read the same way (the verb "armed" is not the adjective of "armed
 * forces"): 1; else one of its other words (`related`) at their weight. A sentence scores the sum
 * of its terms' weight × credit.
 *
 * Whether a participle reads alike takes compromise's tagger over the whole sentence (~20 µs a
 * character, 5–10 ms for a long sentence: most of a slow answer's time). So each sentence is
 * first credited with what needs no tagger, every undecided term bounded by both of its
 * outcomes; sentences are then tagged, highest bound first, only while one could still change
 * the best sentence, its score, a term's best credit, or whether a term counts as misread. The
 * result is the one tagging every sentence gives.
 */
export function creditSentences(
  sentences: readonly { text: string }[],
  terms: readonly CreditedTerm[],
  related: readonly Map<string, number>[],
): SentenceCredits {
  const scored = sentences.map((sentence) => {
    const words = wordsOf(sentence.text);
    const untagged = creditSentence(words, terms, related, (question, word) =>
      question.reading === null || !canReadBothWays(word) ? true : null,
    );
    return { words, text: sentence.text, ...untagged };
  });
  const resolve = (index: number) => {
    const sentence = scored[index]!;
    const tagged = creditSentence(sentence.words, terms, related, (question, word) =>
      readsAlike(question, word, sentence.text),
    );
    Object.assign(sentence, tagged);
  };
  for (;;) {
    const open = scored.flatMap((sentence, index) => (sentence.open ? [index] : []));
    if (open.length === 0) break;
    // The decided sentences' best so far, in sentence order as a full pass would find it.
    let best = { index: -1, score: -1 };
    scored.forEach((sentence, index) => {
      if (!sentence.open && sentence.score > best.score) best = { index, score: sentence.score };
    });
    const credit = terms.map((_, i) => Math.max(0, ...scored.filter((s) => !s.open).map((s) => s.credits[i]!)));
    const misreadable = terms.map((_, i) => scored.some((s) => !s.open && s.misread.has(i)));
    const matters = open.filter((index) => {
      const sentence = scored[index]!;
      // Could it be the best sentence, or tie with it and come first?
      if (best.index < 0) return true;
      if (index < best.index ? sentence.highScore >= best.score : sentence.highScore > best.score) return true;
      // Could it raise a term's best credit, or make a term misread whose credit stays under 1?
      return terms.some(
        (_, i) =>
          sentence.highCredits[i]! > credit[i]! || (sentence.mayMisread.has(i) && !misreadable[i] && credit[i]! < 1),
      );
    });
    if (matters.length === 0) break;
    const next = matters.reduce((a, b) => (scored[b]!.highScore > scored[a]!.highScore ? b : a));
    resolve(next);
  }
  // A sentence still open here changes none of these: its untagged credits are under the others'.
  const credit = terms.map(() => 0);
  const misreadTerms = new Set<number>();
  let best = { index: -1, score: -1 };
  scored.forEach((sentence, index) => {
    sentence.credits.forEach((value, i) => (credit[i] = Math.max(credit[i]!, value)));
    if (sentence.open) return;
    for (const i of sentence.misread) misreadTerms.add(i);
    if (sentence.score > best.score) best = { index, score: sentence.score };
  });
  return { credit, best, misread: [...misreadTerms].some((i) => credit[i]! < 1) };
}

interface SentenceWord {
  word: string;
  term: string | undefined;
}

/**
 * One sentence's credit per term, in term order. `alike` says whether a word holding the term
 * reads as the question does, or null when only the tagger could say: the sentence is then open,
 * its credits and score taken as if the word read otherwise and bounded above as if it read alike.
 */
function creditSentence(
  words: SentenceWord[],
  terms: readonly CreditedTerm[],
  related: readonly Map<string, number>[],
  alike: (question: CreditedTerm, word: string) => boolean | null,
): {
  credits: number[];
  score: number;
  misread: Set<number>;
  open: boolean;
  highCredits: number[];
  highScore: number;
  mayMisread: Set<number>;
} {
  const credits: number[] = [];
  const highCredits: number[] = [];
  const misread = new Set<number>();
  const mayMisread = new Set<number>();
  let score = 0;
  let highScore = 0;
  let open = false;
  terms.forEach((question, i) => {
    let termCredit = 0;
    let undecided = false;
    for (const { word, term } of words) {
      if (term === undefined) continue;
      if (term === question.term) {
        const reads = alike(question, word);
        if (reads === null) {
          // Taken as read otherwise; reading alike would have given 1 and stopped here.
          if (!undecided) mayMisread.add(i);
          undecided = true;
          continue;
        }
        if (!reads) {
          misread.add(i);
          continue;
        }
        termCredit = 1;
        break;
      }
      termCredit = Math.max(termCredit, related[i]!.get(term) ?? 0);
    }
    const high = undecided ? Math.max(1, termCredit) : termCredit;
    open ||= undecided;
    credits.push(termCredit);
    highCredits.push(high);
    score += question.weight * termCredit;
    highScore += question.weight * high;
  });
  return { credits, score, misread, open, highCredits, highScore, mayMisread };
}

/** Whether the sentence uses the word as the question does (verb or adjective), where the word can be either. */
function readsAlike(question: CreditedTerm, word: string, sentence: string): boolean {
  if (question.reading === null || !canReadBothWays(word)) return true;
  const readings = wordReadings(sentence).get(foldText(word));
  return !readings || readings.has(question.reading);
}

/**
 * A word's first search term, remembered: the same words recur in every passage, and
 * searchTerms' regular expressions cost more than the lookup. Bounded like searchTerms' own memo.
 */
const wordTerms = new Map<string, string | undefined>();
const WORD_TERMS_SIZE = 100_000;

function wordsOf(text: string): SentenceWord[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => {
    if (!wordTerms.has(word)) {
      if (wordTerms.size >= WORD_TERMS_SIZE) wordTerms.clear();
      wordTerms.set(word, searchTerms(word)[0]);
    }
    return { word, term: wordTerms.get(word) };
  });
}
