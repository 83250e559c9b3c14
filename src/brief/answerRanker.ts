import { createRequire } from 'node:module';
import { z } from 'zod';

/**
 * What answerQuestion measures of each candidate passage (answerCandidates), in the order of the
 * weights of data/answerRanker.json. Each is 0..1 (cue: -1..1).
 */
export const ANSWER_FEATURES = [
  /** search's coverage of the question's weight (soft matches and the article's context included) */
  'coverage',
  /** coverage of the question's common words alone (names left out) */
  'commonCoverage',
  /** the confidence the refusal bar reads: coverage capped by the common words' coverage (weighEvidence) */
  'cappedCoverage',
  /** the key sentence's own coverage, without the article's context */
  'sentenceCoverage',
  /** share of the question's names the passage (or, for half, its article) holds */
  'nameCoverage',
  /** BM25 over the best BM25 among the candidates */
  'keywordRelative',
  /** 1 / search's fused rank */
  'rankReciprocal',
  /** cosine to the question (0 without a model) */
  'cosine',
  /** the question asks for a number, date or name and the key sentence has one (1) or not (-1); 0: no such cue */
  'cue',
  /** the question's common word least well matched anywhere in the corpus: 1 held, else its closest corpus word's similarity (0: none close) */
  'corpusMatch',
  /** the question's common word least well matched in this passage (its credit; 1 when it has none) */
  'weakestTerm',
  /** some question word stands in the passage only read otherwise */
  'misread',
] as const;

export type AnswerFeatures = Record<(typeof ANSWER_FEATURES)[number], number>;

/**
 * A logistic regression over ANSWER_FEATURES, fitted on the tune half of test/eval/news by
 * test/eval/trainAnswerRanker.ts: the probability that a candidate passage holds the answer.
 * It orders the candidates search found; whether the best answers is still the refusal bar's.
 */
export interface AnswerRanker {
  readonly entry: string;
  readonly bias: number;
  readonly weights: readonly number[];
}

const entrySchema = z.object({
  why: z.string(),
  features: z.array(z.string()),
  bias: z.number(),
  weights: z.array(z.number()),
});
const table = z.record(z.string(), entrySchema).parse(createRequire(import.meta.url)('./data/answerRanker.json'));

/**
 * The ranker fitted for one configuration ('keyword + word vectors', or a model's calibration
 * entry + ' + word vectors'), or null: a configuration nobody fitted keeps search's order, so a
 * ranker fitted for one never silently applies to another. An entry written for other features
 * (before ANSWER_FEATURES changed) is not used either.
 */
export function answerRankerFor(entry: string): AnswerRanker | null {
  const found = table[entry];
  if (!found || found.features.join() !== ANSWER_FEATURES.join()) return null;
  return { entry, bias: found.bias, weights: found.weights };
}

export function featureVector(features: AnswerFeatures): number[] {
  return ANSWER_FEATURES.map((name) => features[name]);
}

/** The ranker's probability that the passage holds the answer. */
export function answerProbability(ranker: Pick<AnswerRanker, 'bias' | 'weights'>, features: readonly number[]): number {
  let z = ranker.bias;
  features.forEach((value, i) => {
    z += (ranker.weights[i] ?? 0) * value;
  });
  return 1 / (1 + Math.exp(-z));
}
