import { loadStoredSupportGraph } from '../../src/brief/storedSupportGraph.ts';
import { summarizePassages } from '../../src/brief/summarizeCorpus.ts';
import { type Briefbot, createBriefbot } from '../../src/briefbot.ts';
import { IndexStore } from '../../src/index/indexStore.ts';
import { benchConfig, silentLogger } from './benchModel.ts';
import { SOTU_CORPUS_DIR } from './benchPaths.ts';
import { type BenchRow, fmt, fmtRatio, goal, row } from './benchRow.ts';
import { benchQueries } from './benchQueries.ts';
import { compareSideBySide } from './compareSideBySide.ts';
import { corpusIndexPaths } from './corpusIndexes.ts';
import { measureLatency, summarizeLatency } from './measureLatency.ts';
import { SECTION_TITLES } from './sectionTitles.ts';

const SECTION = SECTION_TITLES.summary;
const GOAL = goal('p99', '<=', 200, 'p99 ≤ 200 ms');
/** Entities the SOTU addresses talk about, for who-backs once it exists. */
const WHO_BACKS_NAMES = [
  'Mexico',
  'Great Britain',
  'Spain',
  'France',
  'Russia',
  'China',
  'Cuba',
  'Germany',
  'Japan',
  'Israel',
];

/**
 * `Briefbot.summary` on SOTU. The whole-corpus briefing: what `summary()` costs as served (after
 * its first call, and on a fresh instance), and what computing it costs (summarizePassages over
 * every passage, which the core may do at index time or on first request). Topic briefings side
 * by side in keyword-only and hybrid mode. who-backs when the core has it.
 */
export async function summaryLatency(options: { topics: number; wholeCorpusReps?: number }): Promise<BenchRow[]> {
  const { keywordIndex, hybridIndex } = corpusIndexPaths('sotu');
  const open = (indexPath: string, keywordOnly: boolean) =>
    createBriefbot(benchConfig({ corpusDir: SOTU_CORPUS_DIR, indexPath }), silentLogger, { keywordOnly });
  const reps = options.wholeCorpusReps ?? 3;

  // The computation itself, whoever pays for it.
  const store = IndexStore.open(keywordIndex);
  const graph = loadStoredSupportGraph(store);
  const computed: number[] = [];
  for (let i = 0; i < reps; i++) {
    const started = performance.now();
    summarizePassages(store.passages(store.allPassageIds()), { points: 5, graph });
    computed.push(performance.now() - started);
  }
  store.close();
  const computation = summarizeLatency(computed);

  // As served: the first call of an instance (which computes it, or finds it kept), then later calls.
  const firstCalls: number[] = [];
  let bot: Briefbot | null = null;
  for (let i = 0; i < reps + 1; i++) {
    bot?.close();
    bot = await open(keywordIndex, true);
    const started = performance.now();
    await bot.summary();
    firstCalls.push(performance.now() - started);
  }
  const last = bot;
  if (!last) throw new Error('no whole-corpus summary was measured');
  const served = await measureLatency(
    Array.from({ length: 100 }, () => null),
    () => last.summary(),
    { warmup: 5 },
  );
  last.close();
  // The very first call may have computed it; the next fresh instances show what a restart costs.
  const fresh = summarizeLatency(firstCalls.slice(1));

  const keywordBot = await open(keywordIndex, true);
  const hybridBot = await open(hybridIndex, false);
  const topics = (await benchQueries(options.topics, 7)).map((q) => q.replace(/\?$/, ''));
  const results = await compareSideBySide(
    [
      { name: 'keyword', run: (topic: string) => keywordBot.summary({ topic }) },
      { name: 'hybrid', run: (topic: string) => hybridBot.summary({ topic }) },
    ],
    topics,
    { warmup: 10 },
  );
  const whoBacks = await whoBacksRow(hybridBot);
  keywordBot.close();
  hybridBot.close();
  const keyword = results.get('keyword');
  const hybrid = results.get('hybrid');
  if (!keyword || !hybrid) throw new Error('missing measurements');
  const ms = (x: number) => fmt(x, 'ms');
  return [
    row({
      id: 'summary.sotu.whole.served',
      section: SECTION,
      label: 'summary(), whole SOTU corpus, as served',
      values: {
        p50: served.p50,
        p99: served.p99,
        freshFirstP50: fresh.p50,
        freshFirstMax: fresh.max,
        veryFirstMs: firstCalls[0] ?? Number.NaN,
      },
      display: `p50 ${ms(served.p50)} · p99 ${ms(served.p99)}`,
      goal: GOAL,
      note: `n=${served.n} calls on one instance; first call of a fresh instance ${ms(fresh.p50)} (median of ${reps}); the bench's very first call ${ms(firstCalls[0] ?? Number.NaN)}`,
    }),
    row({
      id: 'summary.sotu.whole.computed',
      section: SECTION,
      label: 'whole-corpus briefing computed (summarizePassages, all passages)',
      values: { p50: computation.p50, p99: computation.p99 },
      display: `p50 ${ms(computation.p50)} · p99 ${ms(computation.p99)}`,
      goal: null,
      note: `${reps} runs (${computed.map((x) => fmt(x)).join(', ')} ms): paid once per corpus version, wherever the core computes it`,
    }),
    row({
      id: 'summary.sotu.topic.keyword',
      section: SECTION,
      label: 'summary with a topic, keyword-only',
      values: { p50: keyword.p50, p99: keyword.p99 },
      display: `p50 ${ms(keyword.p50)} · p99 ${ms(keyword.p99)}`,
      goal: GOAL,
      note: `n=${keyword.n} topics (2–6 words), warm`,
    }),
    row({
      id: 'summary.sotu.topic.hybrid',
      section: SECTION,
      label: 'summary with a topic, hybrid (int8, topic embedded)',
      values: { p50: hybrid.p50, p99: hybrid.p99 },
      display: `p50 ${ms(hybrid.p50)} · p99 ${ms(hybrid.p99)}`,
      goal: GOAL,
      note: `n=${hybrid.n}; ${fmtRatio(hybrid.p50 / keyword.p50)} keyword p50`,
    }),
    whoBacks,
  ];
}

async function whoBacksRow(bot: Briefbot): Promise<BenchRow> {
  const candidate = (bot as unknown as { whoBacks?: unknown }).whoBacks;
  if (typeof candidate !== 'function') {
    return row({
      id: 'whoBacks.sotu',
      section: SECTION,
      label: 'whoBacks latency',
      values: {},
      display: '—',
      goal: GOAL,
      status: 'not built yet',
      note: 'Briefbot has no whoBacks method yet',
    });
  }
  const whoBacks = (name: string) => (candidate as (name: string) => Promise<unknown>).call(bot, name);
  const names = Array.from({ length: 50 }, (_, i) => WHO_BACKS_NAMES[i % WHO_BACKS_NAMES.length] ?? 'Mexico');
  try {
    // The first call may build an entity catalog of the corpus: reported on its own.
    const started = performance.now();
    await whoBacks(names[0] ?? 'Mexico');
    const firstMs = performance.now() - started;
    const result = await measureLatency(names, whoBacks, { warmup: 5 });
    return row({
      id: 'whoBacks.sotu',
      section: SECTION,
      label: 'whoBacks, SOTU (entity names)',
      values: { p50: result.p50, p99: result.p99, firstMs },
      display: `p50 ${fmt(result.p50, 'ms')} · p99 ${fmt(result.p99, 'ms')}`,
      goal: GOAL,
      note: `n=${result.n} over ${WHO_BACKS_NAMES.length} names, warm; first call ${fmt(firstMs, 'ms')}`,
    });
  } catch (error) {
    return row({
      id: 'whoBacks.sotu',
      section: SECTION,
      label: 'whoBacks, SOTU',
      values: {},
      display: '—',
      goal: GOAL,
      status: 'error',
      note: `bot.whoBacks(name) failed: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}
