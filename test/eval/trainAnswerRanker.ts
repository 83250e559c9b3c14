/**
 * `npx tsx test/eval/trainAnswerRanker.ts`: fits the answer ranker (src/brief/answerRanker.ts) on
 * the tune half of test/eval/news, once per configuration (keyword + word vectors; the static
 * model glove-100d + word vectors), and writes src/brief/data/answerRanker.json. The held-out
 * half is never read.
 *
 * Every tune question's candidates, as answerQuestion finds them, are measured; a candidate is
 * positive when it holds the case's answer phrase in the case's file, every candidate of an
 * out-of-corpus question negative. A logistic regression (L2, batch gradient descent: a dozen
 * features already 0..1, some thousand candidates) is fitted to them. Printed: right passages in
 * the top 3 before and after, fitted on all of tune and left-one-article-out (each article's
 * questions ranked by a fit on the other nine), the figure that says whether it generalises.
 */
import fs from 'node:fs';
import path from 'node:path';
import { answerCandidates } from '../../src/brief/answerQuestion.ts';
import { ANSWER_FEATURES, answerProbability, featureVector } from '../../src/brief/answerRanker.ts';
import { openTermVectors, TermNeighbours } from '../../src/brief/termNeighbours.ts';
import { createBriefbot } from '../../src/briefbot.ts';
import { parseConfig } from '../../src/config.ts';
import { type Embedder, loadEmbedder } from '../../src/index/embedder.ts';
import { IndexStore } from '../../src/index/indexStore.ts';
import { SearchIndex } from '../../src/index/searchIndex.ts';
import { STATIC_MODEL_ID } from '../../src/index/staticModel/ensureStaticModel.ts';
import { createLogger } from '../../src/logger.ts';
import { REPO_ROOT } from '../support/tempCorpus.ts';
import { tuneSet } from './newsCases.ts';

const WORK_DIR = path.join(REPO_ROOT, '.briefbot/eval');
const MODEL_CACHE = path.join(REPO_ROOT, '.briefbot/models');
const OUT = path.join(REPO_ROOT, 'src/brief/data/answerRanker.json');
const TUNE_DIR = path.join(REPO_ROOT, 'test/eval/news/tune');
/** L2 penalty, steps and rate of the fit. */
const L2 = 0.001;
const STEPS = 3000;
const LEARNING_RATE = 1;

const logger = createLogger('warn', { pretty: true });
const termVectors = openTermVectors(MODEL_CACHE, logger);
if (!termVectors) throw new Error('no word vectors');

interface Sample {
  features: number[];
  label: 0 | 1;
}

/** One tune question: its article (null: out of corpus) and its candidates in search's order. */
interface Question {
  file: string | null;
  samples: Sample[];
}

interface Ranker {
  bias: number;
  weights: number[];
}

async function tuneSearch(model: 'none' | 'static'): Promise<{ search: SearchIndex; store: IndexStore }> {
  fs.mkdirSync(WORK_DIR, { recursive: true });
  const indexPath = path.join(WORK_DIR, `tune-${model}.db`);
  const config = parseConfig({
    CORPUS_DIR: TUNE_DIR,
    INDEX_PATH: indexPath,
    MODEL_ID: model === 'none' ? 'none' : STATIC_MODEL_ID,
    MODEL_CACHE_DIR: MODEL_CACHE,
    ALLOW_REMOTE_MODELS: 'false',
  });
  const bot = await createBriefbot(config, logger);
  await bot.reindex();
  bot.close();
  const embedder: Embedder | null =
    model === 'none'
      ? null
      : await loadEmbedder(
          { modelId: STATIC_MODEL_ID, modelDir: undefined, cacheDir: MODEL_CACHE, allowRemote: false, quantized: true },
          logger,
        );
  const store = IndexStore.open(indexPath, logger);
  return { search: SearchIndex.load(store, embedder), store };
}

/** Measures every candidate of every tune question, with the settings the eval asks with. */
async function questionsOf(search: SearchIndex): Promise<Question[]> {
  const neighbours = new TermNeighbours(termVectors!, search.vocabulary());
  const unfitted = { entry: 'training', bias: 0, weights: [] };
  const cases = [
    ...tuneSet.articles.flatMap((article) =>
      article.questions.map((q) => ({ question: q.question, file: article.file as string | null, answer: q.answer })),
    ),
    ...tuneSet.outOfCorpus.map((question) => ({ question, file: null, answer: '' })),
  ];
  const questions: Question[] = [];
  for (const c of cases) {
    const { candidates } = await answerCandidates(
      search,
      c.question,
      { k: 5, perDocument: 5, ranker: unfitted },
      neighbours,
    );
    questions.push({
      file: c.file,
      samples: candidates.map(({ hit, features }) => ({
        features: featureVector(features),
        label:
          c.file !== null &&
          hit.passage.file === c.file &&
          hit.passage.text.toLowerCase().includes(c.answer.toLowerCase())
            ? 1
            : 0,
      })),
    });
  }
  return questions;
}

function fit(samples: Sample[]): Ranker {
  const dimension = ANSWER_FEATURES.length;
  let bias = 0;
  const weights = new Array<number>(dimension).fill(0);
  for (let step = 0; step < STEPS; step++) {
    let biasGradient = 0;
    const gradient = new Array<number>(dimension).fill(0);
    for (const sample of samples) {
      const error = answerProbability({ bias, weights }, sample.features) - sample.label;
      biasGradient += error;
      sample.features.forEach((value, d) => {
        gradient[d]! += error * value;
      });
    }
    bias -= (LEARNING_RATE * biasGradient) / samples.length;
    for (let d = 0; d < dimension; d++)
      weights[d]! -= LEARNING_RATE * (gradient[d]! / samples.length + L2 * weights[d]!);
  }
  return { bias, weights };
}

/** Answerable questions with a right passage in the top 3: in search's order (ranker null), or answerQuestion's with the ranker. */
function rightInTop3(questions: Question[], ranker: Ranker | null): number {
  const misread = ANSWER_FEATURES.indexOf('misread');
  return questions.filter((q) => {
    const order = ranker
      ? [...q.samples].sort(
          (a, b) =>
            a.features[misread]! - b.features[misread]! ||
            answerProbability(ranker, b.features) - answerProbability(ranker, a.features),
        )
      : q.samples;
    return q.file !== null && order.slice(0, 3).some((sample) => sample.label === 1);
  }).length;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const table: Record<string, unknown> = {};
for (const [entry, model] of [
  ['keyword + word vectors', 'none'],
  ['glove-100d + word vectors', 'static'],
] as const) {
  const { search, store } = await tuneSearch(model);
  const questions = await questionsOf(search);
  store.close();
  const answerable = questions.filter((q) => q.file !== null).length;
  const ranker = fit(questions.flatMap((q) => q.samples));
  let crossValidated = 0;
  for (const article of tuneSet.articles) {
    const others = fit(questions.filter((q) => q.file !== article.file).flatMap((q) => q.samples));
    crossValidated += rightInTop3(
      questions.filter((q) => q.file === article.file),
      others,
    );
  }
  const line =
    `right passage in the top 3 (bar lifted) of ${answerable} tune questions: search's order ${rightInTop3(questions, null)}, ` +
    `ranked ${rightInTop3(questions, ranker)} (left-one-article-out ${crossValidated})`;
  console.log(`${entry}: ${line}`);
  console.log(ANSWER_FEATURES.map((name, d) => `  ${name} ${round(ranker.weights[d]!)}`).join('\n'));
  table[entry] = {
    why: `Fitted by test/eval/trainAnswerRanker.ts on the tune half; ${line}.`,
    features: [...ANSWER_FEATURES],
    bias: round(ranker.bias),
    weights: ranker.weights.map(round),
  };
}
fs.writeFileSync(OUT, `${JSON.stringify(table, null, 2)}\n`);
console.log(`wrote ${path.relative(REPO_ROOT, OUT)}`);
