/**
 * Scores a bot's answers to a question set: recall@1/@3 and MRR of the right excerpt, how many
 * answerable questions were answered (and so how many falsely refused), and how many
 * out-of-corpus questions were refused. Also keeps each question's confidence with the bar
 * lifted, for the threshold sweep that calibrates a refusal bar.
 */
import type { AskOptions } from '../../src/brief/answerQuestion.ts';
import type { Briefbot } from '../../src/briefbot.ts';

export interface AnswerCase {
  question: string;
  /** The right excerpt comes from one of these files (any file when omitted). */
  files?: string[];
  /** …and holds every one of these (case-insensitive, accents as written). */
  words: string[];
}

export interface AnswerScores {
  questions: number;
  outOfCorpus: number;
  recallAt1: number;
  recallAt3: number;
  /** Recall@3 with the bar lifted: ranking alone, whatever the refusal says. */
  rankingAt3: number;
  mrr: number;
  answered: number;
  falseRefusals: number;
  /** Share of out-of-corpus questions refused. */
  refusalRate: number;
  /** Confidence of every question with the bar lifted: the threshold sweep's input. */
  confidences: { answerable: number[]; unanswerable: number[] };
  misses: string[];
}

function matches(testCase: AnswerCase, excerpt: { file: string; text: string }): boolean {
  if (testCase.files && !testCase.files.includes(excerpt.file)) return false;
  const text = excerpt.text.toLowerCase();
  return testCase.words.every((word) => text.includes(word.toLowerCase()));
}

export async function scoreAnswers(
  bot: Pick<Briefbot, 'ask'>,
  cases: AnswerCase[],
  outOfCorpus: string[],
  options: AskOptions,
): Promise<AnswerScores> {
  let at1 = 0;
  let at3 = 0;
  let rankedAt3 = 0;
  let reciprocal = 0;
  let answered = 0;
  const misses: string[] = [];
  const confidences = { answerable: [] as number[], unanswerable: [] as number[] };
  for (const testCase of cases) {
    const answer = await bot.ask(testCase.question, { ...options, k: 5, perDocument: 5 });
    if (answer.answer !== null) answered++;
    // Ranking is judged with the bar lifted: a refusal is counted once, as a false refusal.
    const ranked = await bot.ask(testCase.question, { ...options, k: 5, perDocument: 5, minConfidence: 0 });
    confidences.answerable.push(ranked.confidence);
    const rank = ranked.excerpts.findIndex((excerpt) => matches(testCase, excerpt)) + 1;
    if (rank >= 1 && rank <= 3) rankedAt3++;
    if (answer.answer !== null && rank === 1) at1++;
    if (answer.answer !== null && rank >= 1 && rank <= 3) at3++;
    if (answer.answer !== null && rank >= 1) reciprocal += 1 / rank;
    if (answer.answer === null)
      misses.push(`refused (${ranked.confidence.toFixed(2)}, rank ${rank || '-'}): ${testCase.question}`);
    else if (rank === 0 || rank > 3) misses.push(`rank ${rank || '>5'}: ${testCase.question}`);
  }
  let refused = 0;
  for (const question of outOfCorpus) {
    const answer = await bot.ask(question, options);
    if (answer.answer === null) refused++;
    else
      misses.push(
        `answered (${answer.confidence.toFixed(2)}) out-of-corpus: ${question} → ${answer.answer.slice(0, 70)}`,
      );
    confidences.unanswerable.push(answer.confidence);
  }
  const n = Math.max(cases.length, 1);
  return {
    questions: cases.length,
    outOfCorpus: outOfCorpus.length,
    recallAt1: at1 / n,
    recallAt3: at3 / n,
    rankingAt3: rankedAt3 / n,
    mrr: reciprocal / n,
    answered,
    falseRefusals: cases.length - answered,
    refusalRate: outOfCorpus.length > 0 ? refused / outOfCorpus.length : 1,
    confidences,
    misses,
  };
}

/** For each bar, false refusals of answerable / refusals of out-of-corpus questions. */
export function sweepLine({ answerable, unanswerable }: AnswerScores['confidences']): string {
  const cells: string[] = [];
  for (let bar = 0.3; bar <= 0.801; bar += 0.05) {
    cells.push(
      `${bar.toFixed(2)}: ${answerable.filter((c) => c < bar).length}/${unanswerable.filter((c) => c < bar).length}`,
    );
  }
  return cells.join('  ');
}
