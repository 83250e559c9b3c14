/**
 * Start-up of briefbot from an existing index, in a fresh process: imports, createBriefbot and
 * the first reindex (nothing changed), timed from inside. Modes: `keyword` (no model), `hybrid`
 * (int8 model, indexing in-process as the CLI does), `bot` (int8 model, `longRunning` as
 * src/main.ts starts it: indexing in a worker thread), `model` (loadEmbedder alone), and
 * `open-keyword` / `open-hybrid` (createBriefbot alone, for index files without a corpus), `answer`
 * (as the bot starts, longRunning, int8 model and word vectors: createBriefbot and a first question answered, then
 * the background page check awaited when a crash left one to do) and `killed` (the same start and
 * answer, then the process kills itself with SIGKILL, as kill -9 or the OOM killer would).
 *   node --import tsx test/bench/startupWorker.ts <mode> <index> <corpus> <result file>
 */
import fs from 'node:fs';

/** `open-*`: createBriefbot only, no reindex (an index without a corpus folder, e.g. synthetic). */
export type StartupMode = 'keyword' | 'hybrid' | 'bot' | 'model' | 'open-keyword' | 'open-hybrid' | 'answer' | 'killed';
const MODES: readonly StartupMode[] = [
  'keyword',
  'hybrid',
  'bot',
  'model',
  'open-keyword',
  'open-hybrid',
  'answer',
  'killed',
];
/** The first question of the `answer` and `killed` modes. */
const FIRST_QUESTION = 'What did the president say about taxes and the federal budget?';

export interface StartupSample {
  mode: StartupMode;
  importMs: number;
  createMs: number;
  reindexMs: number;
  /** From before createBriefbot to the word vectors read (in a worker thread, while the model loads), in the modes that start as the bot does. */
  termVectorsMs?: number;
  /** createBriefbot + reindex (or loadEmbedder alone in `model` mode). */
  readyMs: number;
  /** From the process's start (node boot and tsx included) to ready. */
  sinceProcessStartMs: number;
  embedded: number;
  maxRssKb: number;
  /** User + system CPU of the whole process, ms. */
  cpuMs: number;
  /** `answer`, `killed`: from before createBriefbot (word vectors and model load included) to the first answer. */
  answerMs?: number;
  /** `answer`: how the page check ended, and when (from the same start), when one was due. */
  check?: { outcome: string; ms: number };
}

async function main(): Promise<void> {
  const [, , modeArg, indexPath, corpusDir, resultFile] = process.argv;
  const mode = MODES.find((m) => m === modeArg);
  if (!mode || !indexPath || !corpusDir || !resultFile) {
    throw new Error(`usage: startupWorker.ts <${MODES.join('|')}> <index> <corpus> <result file>`);
  }
  const importStarted = performance.now();
  const { createBriefbot } = await import('../../src/briefbot.ts');
  const { benchConfig, loadShapeEmbedder, silentLogger } = await import('./benchModel.ts');
  const { openTermVectorsInWorker } = await import('../../src/brief/termNeighbours.ts');
  const importMs = performance.now() - importStarted;
  const sample: StartupSample = {
    mode,
    importMs,
    createMs: 0,
    reindexMs: 0,
    readyMs: 0,
    sinceProcessStartMs: 0,
    embedded: 0,
    maxRssKb: 0,
    cpuMs: 0,
  };
  const started = performance.now();
  if (mode === 'model') {
    await loadShapeEmbedder(true);
    sample.createMs = performance.now() - started;
  } else {
    const keywordOnly = mode === 'keyword' || mode === 'open-keyword';
    const longRunning = mode === 'bot' || mode === 'answer' || mode === 'killed';
    const config = benchConfig({ corpusDir, indexPath });
    // As src/main.ts starts the bot: the word vectors for query expansion too (WORD_VECTORS), read
    // in a worker thread while createBriefbot loads the model (timed from here to when they are ready).
    const termVectors =
      longRunning && config.wordVectors
        ? openTermVectorsInWorker(config.modelCacheDir, silentLogger).then((vectors) => {
            sample.termVectorsMs = performance.now() - started;
            return vectors;
          })
        : null;
    const bot = await createBriefbot(config, silentLogger, { keywordOnly, longRunning, termVectors });
    sample.createMs = performance.now() - started;
    if (mode === 'answer' || mode === 'killed') {
      const answer = await bot.ask(FIRST_QUESTION);
      sample.answerMs = performance.now() - started;
      if (answer.excerpts.length === 0) throw new Error(`no excerpt for "${FIRST_QUESTION}"`);
      if (mode === 'killed') {
        finish(sample, resultFile, started);
        process.kill(process.pid, 'SIGKILL');
      }
      const outcome = await bot.indexChecked();
      if (outcome !== 'not needed') sample.check = { outcome, ms: performance.now() - started };
    } else if (mode !== 'open-keyword' && mode !== 'open-hybrid') {
      const reindexStarted = performance.now();
      const report = await bot.reindex();
      sample.reindexMs = performance.now() - reindexStarted;
      sample.embedded = report.embedded;
    }
    if (!keywordOnly && bot.mode !== 'hybrid') throw new Error(`the ${mode} start-up did not load its vectors`);
    finish(sample, resultFile, started);
    // A clean stop (not timed): a process that exits with the index open leaves it marked as
    // crashed, and the next sample's start would check every page first.
    bot.close();
    process.exit(0);
  }
  finish(sample, resultFile, started);
  process.exit(0);
}

function finish(sample: StartupSample, resultFile: string, started: number): void {
  sample.readyMs = performance.now() - started;
  sample.sinceProcessStartMs = performance.now();
  const usage = process.resourceUsage();
  sample.maxRssKb = usage.maxRSS;
  sample.cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  fs.writeFileSync(resultFile, JSON.stringify(sample));
}

await main();
