/**
 * `npm run eval -- --sweep-calibration`: for the static model, recall and refusals over a grid of
 * calibrations (the fusion weight of the dense ranks, the cosine bar), to choose its entry of
 * src/index/data/modelCalibration.json on the tune half; the other corpora are printed beside
 * it, to report, never to choose.
 */
import { answerQuestion } from '../../src/brief/answerQuestion.ts';
import { type TermVectors, TermNeighbours } from '../../src/brief/termNeighbours.ts';
import type { Briefbot } from '../../src/briefbot.ts';
import type { Embedder } from '../../src/index/embedder.ts';
import { IndexStore } from '../../src/index/indexStore.ts';
import type { ModelCalibration } from '../../src/index/modelCalibration.ts';
import { SearchIndex } from '../../src/index/searchIndex.ts';
import type { Logger } from '../../src/logger.ts';
import { type AnswerCase, scoreAnswers } from './evalAnswers.ts';

const DENSE_WEIGHTS = [0, 0.1, 0.25, 0.5, 1];
const COSINE_BARS = [null, 0.55, 0.6, 0.65, 0.7];

const percent = (value: number) => `${(value * 100).toFixed(0)}%`;

export function printSweepHeader(): void {
  console.log('\n| corpus | dense weight | cosine bar | recall@1 | recall@3 | MRR | answered | OOC refused |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
}

/** One row per calibration, over the index a bot with `embedder` built at `indexPath`. */
export async function sweepCalibration(
  corpus: { name: string; answers: AnswerCase[]; outOfCorpus: string[] },
  indexPath: string,
  embedder: Embedder,
  termVectors: TermVectors | null,
  logger: Logger,
): Promise<void> {
  const store = IndexStore.open(indexPath, logger);
  try {
    for (const denseWeight of DENSE_WEIGHTS) {
      for (const minCosine of COSINE_BARS) {
        const calibration: ModelCalibration = { entry: 'sweep', fusion: { keywordWeight: 1, denseWeight }, minCosine };
        const search = SearchIndex.load(store, embedder, calibration);
        const neighbours = termVectors ? new TermNeighbours(termVectors, search.vocabulary()) : null;
        const asker: Pick<Briefbot, 'ask'> = {
          ask: (question, options) => answerQuestion(search, question, options, neighbours),
        };
        const a = await scoreAnswers(asker, corpus.answers, corpus.outOfCorpus, {});
        console.log(
          `| ${corpus.name} | ${denseWeight} | ${minCosine ?? '-'} | ${percent(a.recallAt1)} | ${percent(a.recallAt3)} | ` +
            `${a.mrr.toFixed(3)} | ${a.answered}/${a.questions} | ${percent(a.refusalRate)} of ${a.outOfCorpus} |`,
        );
      }
    }
  } finally {
    store.close();
  }
}
