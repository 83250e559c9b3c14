import fs from 'node:fs';
import path from 'node:path';
import { createBriefbot } from '../../src/briefbot.ts';
import type { Embedder } from '../../src/index/embedder.ts';
import { indexCorpus } from '../../src/index/indexCorpus.ts';
import { IndexStore } from '../../src/index/indexStore.ts';
import { benchConfig, loadShapeEmbedder, silentLogger } from './benchModel.ts';
import { DATA_DIR, DEFAULT_CORPUS_DIR, SOTU_CORPUS_DIR } from './benchPaths.ts';
import { type BenchRow, fmt, goal, row } from './benchRow.ts';
import { assertHybridReady, corpusIndexPaths } from './corpusIndexes.ts';
import { median } from './percentile.ts';
import { repeatInterleaved } from './repeatInterleaved.ts';
import { sotuDocuments } from './sotuCorpus.ts';
import { removeDatabase } from './removeDatabase.ts';
import { SECTION_TITLES } from './sectionTitles.ts';

const SECTION = SECTION_TITLES.build;

/**
 * indexCorpus from the files to a finished index: SOTU keyword-only (whole corpus), SOTU with the
 * int8 shape model (a subset, extrapolated: embedding all 13,900 passages takes minutes), the
 * default corpus both ways, and `Briefbot.reindex()` with nothing changed.
 */
export async function indexBuild(options: {
  subsetPassages: number;
  reps: number;
  subsetReps: number;
}): Promise<BenchRow[]> {
  const embedder = await loadShapeEmbedder(true);
  await embedder.embed(['warm-up sentence for the embedding model']);
  const subset = makeSotuSubset(sotuDocuments(), options.subsetPassages);
  const build = (name: string, corpusDir: string, model: Embedder | null) => {
    const file = path.join(DATA_DIR, `build-${name}.db`);
    let passages = 0;
    let embedded = 0;
    return {
      name,
      prepare: () => removeDatabase(file),
      run: async () => {
        const store = IndexStore.open(file);
        const report = await indexCorpus({ corpusDir, store, embedder: model, logger: silentLogger });
        store.close();
        passages = report.passages;
        embedded = report.embedded;
      },
      counts: () => ({ passages, embedded }),
    };
  };
  const jobs = {
    sotuKeyword: build('sotu-keyword', SOTU_CORPUS_DIR, null),
    subsetKeyword: build('subset-keyword', subset.dir, null),
    subsetInt8: build('subset-int8', subset.dir, embedder),
    defaultKeyword: build('default-keyword', DEFAULT_CORPUS_DIR, null),
    defaultInt8: build('default-int8', DEFAULT_CORPUS_DIR, embedder),
  };
  // The subset with the model takes longest: fewer repetitions there.
  const timings = new Map([
    ...(await repeatInterleaved([jobs.sotuKeyword, jobs.defaultKeyword, jobs.defaultInt8], {
      reps: options.reps,
      warmup: 0,
    })),
    // One untimed round first: the first pass over new batch shapes is slower in onnxruntime.
    ...(await repeatInterleaved([jobs.subsetKeyword, jobs.subsetInt8], { reps: options.subsetReps, warmup: 1 })),
  ]);
  const ms = (name: string) => timings.get(name)?.median ?? Number.NaN;
  const runs = (name: string) => (timings.get(name)?.runs ?? []).map((x) => fmt(x / 1000)).join(', ');
  for (const name of ['sotu-keyword', 'subset-keyword', 'subset-int8', 'default-keyword', 'default-int8'])
    removeDatabase(path.join(DATA_DIR, `build-${name}.db`));

  const sotu = jobs.sotuKeyword.counts();
  const sub = jobs.subsetInt8.counts();
  const embedMsPerPassage = (ms('subset-int8') - ms('subset-keyword')) / Math.max(sub.embedded, 1);
  const extrapolated = ms('sotu-keyword') + embedMsPerPassage * sotu.passages;
  const reps = `median of ${options.reps}`;
  const subsetReps = `median of ${options.subsetReps}`;

  const rerunSotu = await rerun(corpusIndexPaths('sotu').hybridIndex, SOTU_CORPUS_DIR, false);
  const rerunSotuKeyword = await rerun(corpusIndexPaths('sotu').keywordIndex, SOTU_CORPUS_DIR, true);

  return [
    row({
      id: 'build.sotu.keyword',
      section: SECTION,
      label: `SOTU keyword-only (${fmt(sotu.passages)} passages)`,
      values: { ms: ms('sotu-keyword'), passages: sotu.passages },
      display: fmt(ms('sotu-keyword') / 1000, 's'),
      goal: null,
      note: `${reps} (${runs('sotu-keyword')} s)`,
    }),
    row({
      id: 'build.sotu.int8',
      section: SECTION,
      label: 'SOTU with int8 shape model (EXTRAPOLATED)',
      values: { ms: extrapolated, embedMsPerPassage },
      display: `≈ ${fmt(extrapolated / 1000, 's')}`,
      goal: null,
      note: `keyword build + ${fmt(sotu.passages)} × ${fmt(embedMsPerPassage, 'ms')}/passage, the embedding cost measured on a ${fmt(sub.passages)}-passage subset of ${subset.files} addresses (${subsetReps} after a warm-up round: keyword ${runs('subset-keyword')} s, int8 ${runs('subset-int8')} s; ${fmt(1000 / embedMsPerPassage)} passages/s)`,
    }),
    row({
      id: 'build.default.keyword',
      section: SECTION,
      label: `default corpus keyword-only (${jobs.defaultKeyword.counts().passages} passages)`,
      values: { ms: ms('default-keyword') },
      display: fmt(ms('default-keyword'), 'ms'),
      goal: null,
      note: reps,
    }),
    row({
      id: 'build.default.int8',
      section: SECTION,
      label: 'default corpus with int8 shape model',
      values: { ms: ms('default-int8'), embedded: jobs.defaultInt8.counts().embedded },
      display: fmt(ms('default-int8'), 'ms'),
      goal: null,
      note: `${reps}; ${jobs.defaultInt8.counts().embedded} passages embedded`,
    }),
    row({
      id: 'build.sotu.rerun.hybrid',
      section: SECTION,
      label: 'SOTU re-run, nothing changed (int8 model, CLI path)',
      values: { ms: rerunSotu.ms, embedded: rerunSotu.embedded, firstMs: rerunSotu.firstMs },
      display: `${fmt(rerunSotu.ms, 'ms')}, ${rerunSotu.embedded} embedded`,
      goal: goal('ms', '<', 1000, '< 1 s, 0 embedded'),
      status: rerunSotu.ms < 1000 && rerunSotu.embedded === 0 ? 'met' : 'MISSED',
      note: `Briefbot.reindex(), median of ${rerunSotu.runs}; first call ${fmt(rerunSotu.firstMs, 'ms')}`,
    }),
    row({
      id: 'build.sotu.rerun.keyword',
      section: SECTION,
      label: 'SOTU re-run, nothing changed (keyword-only)',
      values: { ms: rerunSotuKeyword.ms, embedded: rerunSotuKeyword.embedded },
      display: fmt(rerunSotuKeyword.ms, 'ms'),
      goal: goal('ms', '<', 1000, '< 1 s'),
      note: `median of ${rerunSotuKeyword.runs}`,
    }),
  ];
}

/**
 * The re-run as the bot does it (`longRunning`, as src/main.ts creates it: every reindex in a
 * fresh worker thread that loads the model again). A task of its own: repeated worker threads
 * with onnxruntime-node have crashed the process here (SIGSEGV / free(): invalid pointer), and
 * a crash should cost this row only.
 */
export async function botRerun(runs = 3): Promise<BenchRow[]> {
  const rerunSotuBot = await rerun(corpusIndexPaths('sotu').hybridIndex, SOTU_CORPUS_DIR, false, runs, true);
  return [
    row({
      id: 'build.sotu.rerun.bot',
      section: SECTION,
      label: 'SOTU re-run, nothing changed, as the bot runs it (longRunning)',
      values: { ms: rerunSotuBot.ms, embedded: rerunSotuBot.embedded, firstMs: rerunSotuBot.firstMs },
      display: `${fmt(rerunSotuBot.ms, 'ms')}, ${rerunSotuBot.embedded} embedded`,
      goal: goal('ms', '<', 1000, '< 1 s, 0 embedded'),
      status: rerunSotuBot.ms < 1000 && rerunSotuBot.embedded === 0 ? 'met' : 'MISSED',
      note: `reindex() in a worker thread (tsx, model load, indexCorpus), median of ${rerunSotuBot.runs}; first call ${fmt(rerunSotuBot.firstMs, 'ms')}`,
    }),
  ];
}

/**
 * `reindex()` on an up-to-date index: the first call after start-up and then `runs` more.
 * `longRunning` is how src/main.ts creates the bot (indexing in a worker thread).
 */
async function rerun(indexPath: string, corpusDir: string, keywordOnly: boolean, runs = 5, longRunning = false) {
  if (!keywordOnly) await assertHybridReady(indexPath, corpusDir);
  const bot = await createBriefbot(benchConfig({ corpusDir, indexPath }), silentLogger, { keywordOnly, longRunning });
  const times: number[] = [];
  let embedded = 0;
  let firstMs = Number.NaN;
  for (let i = 0; i <= runs; i++) {
    const started = performance.now();
    const report = await bot.reindex();
    const elapsed = performance.now() - started;
    if (i === 0) {
      firstMs = elapsed;
      // A long-running bot starts reading who-backs relations in the background after its first
      // index: let that finish, or it would slow the runs timed next.
      if (longRunning) await bot.whoBacks('Mexico');
    } else times.push(elapsed);
    embedded = Math.max(embedded, report.embedded);
  }
  bot.close();
  return { ms: median(times), firstMs, embedded, runs };
}

/**
 * SOTU addresses spread over the years (every k-th, then the next ones round) whose passages add
 * up to about `passages`, copied to a folder of their own.
 */
function makeSotuSubset(
  documents: { file: string; passages: unknown[] }[],
  passages: number,
): { dir: string; files: number } {
  const dir = path.join(DATA_DIR, 'sotu-subset');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const step = Math.max(1, Math.floor(documents.length / 8));
  let taken = 0;
  let files = 0;
  for (let k = 0; k < documents.length && taken < passages * 0.8; k++) {
    const doc = documents[((k % 8) * step + Math.floor(k / 8)) % documents.length];
    if (!doc || taken + doc.passages.length > passages * 1.2) continue;
    fs.copyFileSync(path.join(SOTU_CORPUS_DIR, doc.file), path.join(dir, doc.file));
    taken += doc.passages.length;
    files++;
  }
  return { dir, files };
}
