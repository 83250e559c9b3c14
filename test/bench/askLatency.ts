import { openTermVectors } from '../../src/brief/termNeighbours.ts';
import { createBriefbot } from '../../src/briefbot.ts';
import { benchConfig, loadShapeEmbedder, silentLogger } from './benchModel.ts';
import { type BenchRow, fmt, fmtRatio, type Goal, goal, row } from './benchRow.ts';
import { benchQueries } from './benchQueries.ts';
import { compareSideBySide } from './compareSideBySide.ts';
import { SECTION_TITLES } from './sectionTitles.ts';

const SECTION = SECTION_TITLES.ask;

export interface AskLatencyOptions {
  corpus: string;
  indexPath: string;
  corpusDir: string;
  passages: number;
  queries: number;
  goals: { keyword: Goal | null; hybrid: Goal | null };
  note?: string;
}

export interface AskLatencyData {
  passages: number;
  keywordP50: number;
  hybridP50: number;
  embedP50: number;
}

/**
 * `Briefbot.ask` (what the bot calls for a question, word vectors on as by default), warm, on an existing index: a keyword-only
 * and a hybrid instance (int8 shape model, query embedding included) over the same file,
 * side by side per query. The query embedding alone is timed too, on its own embedder. The
 * index is never re-indexed here (a synthetic index has no corpus folder to compare with).
 */
export async function askLatency(options: AskLatencyOptions): Promise<{ rows: BenchRow[]; data: AskLatencyData }> {
  const config = benchConfig({ corpusDir: options.corpusDir, indexPath: options.indexPath });
  // Questions reach the corpus's words by meaning (WORD_VECTORS, on by default), as in the bot.
  const termVectors = config.wordVectors ? openTermVectors(config.modelCacheDir, silentLogger) : null;
  const loadStarted = performance.now();
  const keywordBot = await createBriefbot(config, silentLogger, { keywordOnly: true, termVectors });
  const keywordLoadMs = performance.now() - loadStarted;
  const hybridBot = await createBriefbot(config, silentLogger, { termVectors });
  if (hybridBot.mode !== 'hybrid')
    throw new Error(`${options.corpus}: the hybrid instance runs in ${hybridBot.mode} mode (vectors not loaded)`);
  const embedder = await loadShapeEmbedder(true);
  const queries = await benchQueries(options.queries);
  const results = await compareSideBySide(
    [
      { name: 'keyword', run: (q: string) => keywordBot.ask(q) },
      { name: 'hybrid', run: (q: string) => hybridBot.ask(q) },
      { name: 'embed', run: (q: string) => embedder.embed([q]) },
    ],
    queries,
    { warmup: 20 },
  );
  let answered = 0;
  for (const q of queries.slice(0, 50)) if ((await keywordBot.ask(q)).answer !== null) answered++;
  keywordBot.close();
  hybridBot.close();
  const keyword = results.get('keyword');
  const hybrid = results.get('hybrid');
  const embed = results.get('embed');
  if (!keyword || !hybrid || !embed) throw new Error('missing measurements');
  const size = `${options.corpus} (${fmt(options.passages)} passages)`;
  const n = `n=${keyword.n} queries, warm, ${termVectors ? 'with' : 'without'} word vectors`;
  const rows = [
    row({
      id: `query.${options.corpus}.keyword`,
      section: SECTION,
      label: `ask keyword-only, ${size}`,
      values: { p50: keyword.p50, p99: keyword.p99, max: keyword.max },
      display: `p50 ${fmt(keyword.p50, 'ms')} · p99 ${fmt(keyword.p99, 'ms')}`,
      goal: options.goals.keyword,
      note: [n, `${answered}/50 answered`, `index load ${fmt(keywordLoadMs, 'ms')}`, options.note]
        .filter(Boolean)
        .join('; '),
    }),
    row({
      id: `query.${options.corpus}.hybrid`,
      section: SECTION,
      label: `ask hybrid (int8, query embedded), ${size}`,
      values: { p50: hybrid.p50, p99: hybrid.p99, max: hybrid.max },
      display: `p50 ${fmt(hybrid.p50, 'ms')} · p99 ${fmt(hybrid.p99, 'ms')}`,
      goal: options.goals.hybrid,
      note: [
        `${fmtRatio(hybrid.p50 / keyword.p50)} keyword p50; query embedding alone p50 ${fmt(embed.p50, 'ms')} · p99 ${fmt(embed.p99, 'ms')}`,
        options.note,
      ]
        .filter(Boolean)
        .join('; '),
    }),
  ];
  return {
    rows,
    data: { passages: options.passages, keywordP50: keyword.p50, hybridP50: hybrid.p50, embedP50: embed.p50 },
  };
}

export const SOTU_GOALS = {
  keyword: goal('p99', '<=', 20, 'p99 ≤ 20 ms'),
  hybrid: goal('p99', '<=', 30, 'p99 ≤ 30 ms'),
};
export function largeGoals(passages: number): AskLatencyOptions['goals'] {
  const text = passages >= 1_000_000 ? 'p99 ≤ 100 ms' : 'p99 ≤ 100 ms (1M goal)';
  return { keyword: goal('p99', '<=', 100, text), hybrid: goal('p99', '<=', 100, text) };
}
