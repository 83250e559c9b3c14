import path from 'node:path';
import { openTermVectors } from '../../src/brief/termNeighbours.ts';
import { createBriefbot } from '../../src/briefbot.ts';
import { parseConfig } from '../../src/config.ts';
import { loadEmbedder } from '../../src/index/embedder.ts';
import { STATIC_MODEL_ID } from '../../src/index/staticModel/ensureStaticModel.ts';
import { silentLogger } from './benchModel.ts';
import { DATA_DIR, REPO_ROOT, SOTU_CORPUS_DIR } from './benchPaths.ts';
import { type BenchRow, fmt, goal, row } from './benchRow.ts';
import { benchQueries } from './benchQueries.ts';
import { measureLatency } from './measureLatency.ts';
import { removeDatabase } from './removeDatabase.ts';
import { SECTION_TITLES } from './sectionTitles.ts';
import { sotuPassageSample } from './sotuCorpus.ts';

const SECTION = SECTION_TITLES.static;
/** The model cache briefbot uses by default: the static model is built there once (not timed here). */
const MODEL_CACHE = path.join(REPO_ROOT, '.briefbot/models');

/**
 * briefbot's static model (MODEL_ID=glove-100d) as a user runs it: SOTU indexed from scratch with
 * it (chunking, keywords and embedding, in process), the model alone on a passage sample, and
 * `Briefbot.ask` warm with it and the word vectors, as `npm start` answers offline.
 */
export async function staticModelRows(options: { queries: number; sample: number }): Promise<BenchRow[]> {
  const loadOptions = {
    modelId: STATIC_MODEL_ID,
    modelDir: undefined,
    cacheDir: MODEL_CACHE,
    allowRemote: false,
    quantized: true,
  };
  // Built (once) before anything is timed.
  const loadStarted = performance.now();
  const embedder = await loadEmbedder(loadOptions, silentLogger);
  const loadMs = performance.now() - loadStarted;
  if (!embedder) throw new Error('the static model could not be loaded');
  const sample = sotuPassageSample(options.sample);
  await embedder.embed(sample.slice(0, 16));
  const embedStarted = performance.now();
  await embedder.embed(sample);
  const embedPerSecond = sample.length / ((performance.now() - embedStarted) / 1000);

  const indexPath = path.join(DATA_DIR, 'sotu-static.db');
  removeDatabase(indexPath);
  const config = parseConfig({
    CORPUS_DIR: SOTU_CORPUS_DIR,
    INDEX_PATH: indexPath,
    MODEL_ID: STATIC_MODEL_ID,
    MODEL_CACHE_DIR: MODEL_CACHE,
    ALLOW_REMOTE_MODELS: 'false',
    LOG_LEVEL: 'silent',
  });
  const termVectors = openTermVectors(MODEL_CACHE, silentLogger);
  const bot = await createBriefbot(config, silentLogger, { termVectors });
  const indexStarted = performance.now();
  const report = await bot.reindex();
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  if (bot.mode !== 'hybrid') throw new Error(`the static-model bot runs in ${bot.mode} mode`);
  const queries = await benchQueries(options.queries);
  const ask = await measureLatency(queries, (q) => bot.ask(q), { warmup: 20 });
  bot.close();
  return [
    row({
      id: 'static.load',
      section: SECTION,
      label: `static model ${STATIC_MODEL_ID}: load from the cache (loadEmbedder, int8, ${embedder.dimension}-d)`,
      values: { ms: loadMs },
      display: fmt(loadMs, 'ms'),
      goal: null,
    }),
    row({
      id: 'static.embed',
      section: SECTION,
      label: `static model: embedding alone, ${sample.length} SOTU passages`,
      values: { passagesPerSecond: embedPerSecond },
      display: `${fmt(embedPerSecond)} passages/s`,
      goal: null,
    }),
    row({
      id: 'static.index.sotu',
      section: SECTION,
      label: `index SOTU from scratch with the static model (${fmt(report.passages)} passages, in process)`,
      values: { seconds: indexSeconds, passagesPerSecond: report.passages / indexSeconds },
      display: `${fmt(indexSeconds, 's')} (${fmt(report.passages / indexSeconds)} passages/s)`,
      goal: null,
      note: 'chunking, keyword index and embedding; the model built into the cache beforehand',
    }),
    row({
      id: 'static.ask.sotu',
      section: SECTION,
      label: `ask on SOTU, hybrid with the static model + word vectors (${ask.n} queries, warm)`,
      values: { p50: ask.p50, p90: ask.p90, p99: ask.p99 },
      display: `p50 ${fmt(ask.p50, 'ms')}, p90 ${fmt(ask.p90, 'ms')}, p99 ${fmt(ask.p99, 'ms')}`,
      goal: goal('p99', '<=', 30, 'p99 ≤ 30 ms'),
    }),
  ];
}
