import { SOTU_CORPUS_DIR, STARTUP_ENTRY } from './benchPaths.ts';
import type { BenchSession } from './benchSession.ts';
import { type BenchRow, fmt, goal, row } from './benchRow.ts';
import { corpusIndexPaths } from './corpusIndexes.ts';
import { median } from './percentile.ts';
import type { PeakMemoryData } from './peakMemory.ts';
import type { StartupMode, StartupSample } from './startupWorker.ts';
import { SECTION_TITLES } from './sectionTitles.ts';

const SECTION = SECTION_TITLES.startup;

/**
 * Start-up from the existing SOTU index, each sample a fresh process (modes interleaved):
 * keyword-only and with the int8 model to ready (createBriefbot + first reindex, nothing
 * changed), and the model load alone. Median of `reps`.
 */
export async function startupRows(session: BenchSession, reps: number): Promise<BenchRow[]> {
  const { keywordIndex, hybridIndex } = corpusIndexPaths('sotu');
  const samples: StartupSample[] = [];
  for (let i = 0; i < reps; i++) {
    for (const mode of ['keyword', 'hybrid', 'bot', 'model'] as const) {
      const index = mode === 'keyword' ? keywordIndex : hybridIndex;
      const { result } = await session.spawn<StartupSample>(
        STARTUP_ENTRY,
        [mode, index, SOTU_CORPUS_DIR],
        `startup-${mode}`,
      );
      session.countCpu(result.cpuMs);
      samples.push(result);
    }
  }
  const of = (mode: StartupMode, key: Exclude<keyof StartupSample, 'mode' | 'answerMs' | 'check' | 'termVectorsMs'>) =>
    median(samples.filter((s) => s.mode === mode).map((s) => s[key]));
  const modelLoad = of('model', 'readyMs');
  const hybridReady = of('hybrid', 'readyMs');
  const botReady = of('bot', 'readyMs');
  const embedded = Math.max(...samples.map((s) => s.embedded));
  return [
    row({
      id: 'startup.sotu.keyword',
      section: SECTION,
      label: 'ready from SOTU index, keyword-only (create + reindex)',
      values: {
        ms: of('keyword', 'readyMs'),
        createMs: of('keyword', 'createMs'),
        reindexMs: of('keyword', 'reindexMs'),
        sinceProcessStartMs: of('keyword', 'sinceProcessStartMs'),
      },
      display: fmt(of('keyword', 'readyMs'), 'ms'),
      goal: goal('ms', '<=', 1000, '≤ 1 s'),
      note: `createBriefbot ${fmt(of('keyword', 'createMs'), 'ms')} + reindex ${fmt(of('keyword', 'reindexMs'), 'ms')}; imports ${fmt(of('keyword', 'importMs'), 'ms')}; process start → ready ${fmt(of('keyword', 'sinceProcessStartMs'), 'ms')}; median of ${reps} processes`,
    }),
    row({
      id: 'startup.sotu.hybrid',
      section: SECTION,
      label: 'ready from SOTU index, int8 model (CLI path), excl. model load',
      values: {
        ms: hybridReady - modelLoad,
        withModelMs: hybridReady,
        createMs: of('hybrid', 'createMs'),
        reindexMs: of('hybrid', 'reindexMs'),
        embedded,
      },
      display: fmt(hybridReady - modelLoad, 'ms'),
      goal: goal('ms', '<=', 1000, '≤ 1 s'),
      note: `with model ${fmt(hybridReady, 'ms')} (createBriefbot ${fmt(of('hybrid', 'createMs'), 'ms')} + reindex ${fmt(of('hybrid', 'reindexMs'), 'ms')}, ${embedded} embedded) minus model load measured alone; process start → ready ${fmt(of('hybrid', 'sinceProcessStartMs'), 'ms')}`,
    }),
    row({
      id: 'startup.sotu.bot',
      section: SECTION,
      label: 'ready from SOTU index, as the bot starts (longRunning), excl. model load',
      values: {
        ms: botReady - modelLoad,
        withModelMs: botReady,
        createMs: of('bot', 'createMs'),
        reindexMs: of('bot', 'reindexMs'),
      },
      display: fmt(botReady - modelLoad, 'ms'),
      goal: goal('ms', '<=', 1000, '≤ 1 s'),
      note: `src/main.ts path: with model ${fmt(botReady, 'ms')} (createBriefbot ${fmt(of('bot', 'createMs'), 'ms')} + reindex ${fmt(of('bot', 'reindexMs'), 'ms')}: a check on this thread; the worker thread starts only when something changed) minus one model load; process start → ready ${fmt(of('bot', 'sinceProcessStartMs'), 'ms')}`,
    }),
    row({
      id: 'startup.model',
      section: SECTION,
      label: 'model load alone (loadEmbedder, int8 shape model)',
      values: { ms: modelLoad },
      display: fmt(modelLoad, 'ms'),
      goal: null,
      note: `includes importing transformers.js and creating the ONNX session; median of ${reps} processes`,
    }),
  ];
}

/** Peak RSS of a bot with the int8 model in a process of its own, per corpus. */
export async function memoryRows(
  session: BenchSession,
  corpora: { corpus: string; indexPath: string; corpusDir: string; passages: number; reindex: boolean }[],
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  let modelOnlyKb = Number.NaN;
  {
    const { keywordIndex } = corpusIndexPaths('sotu');
    const { result } = await session.spawn<StartupSample>(
      STARTUP_ENTRY,
      ['model', keywordIndex, SOTU_CORPUS_DIR],
      'memory-model',
    );
    session.countCpu(result.cpuMs);
    modelOnlyKb = result.maxRssKb;
  }
  for (const corpus of corpora) {
    const result = await session.work({ task: 'memory', queries: 20, ...corpus }, `memory-${corpus.corpus}`);
    const data = result.data as PeakMemoryData | undefined;
    const mb = result.maxRssKb / 1024;
    rows.push(
      row({
        id: `memory.${corpus.corpus}`,
        section: SECTION,
        label: `peak RSS, ${corpus.corpus} (${fmt(corpus.passages)} passages), hybrid int8`,
        values: { mb, heapUsedMb: data?.heapUsedMb ?? Number.NaN },
        display: fmt(mb, 'MB'),
        goal: null,
        note: `${corpus.reindex ? 'as the bot runs (longRunning), reindex + ' : ''}20 asks${corpus.reindex ? ' + whole-corpus summary + whoBacks' : ''}; heap used at end ${fmt(data?.heapUsedMb ?? Number.NaN, 'MB')}; a process with only the model loaded peaks at ${fmt(modelOnlyKb / 1024, 'MB')}`,
      }),
    );
  }
  return rows;
}

/** Opening a large index (createBriefbot, no reindex: a synthetic index has no corpus folder), fresh processes. */
export async function openLargeRows(
  session: BenchSession,
  index: { name: string; indexPath: string; corpusDir: string; passages: number },
  reps: number,
): Promise<BenchRow[]> {
  const samples: StartupSample[] = [];
  for (let i = 0; i < reps; i++) {
    for (const mode of ['open-keyword', 'open-hybrid'] as const) {
      const { result } = await session.spawn<StartupSample>(
        STARTUP_ENTRY,
        [mode, index.indexPath, index.corpusDir],
        `startup-${mode}`,
      );
      session.countCpu(result.cpuMs);
      samples.push(result);
    }
  }
  const of = (mode: StartupMode) => median(samples.filter((s) => s.mode === mode).map((s) => s.createMs));
  return [
    row({
      id: `startup.${index.name}.open`,
      section: SECTION,
      label: `open ${index.name} index (createBriefbot), keyword-only · int8`,
      values: { keywordMs: of('open-keyword'), hybridMs: of('open-hybrid') },
      display: `${fmt(of('open-keyword'), 'ms')} · ${fmt(of('open-hybrid'), 'ms')}`,
      goal: null,
      note: `${fmt(index.passages)} passages, no reindex (no corpus folder); int8 includes model load and reading every vector; median of ${reps} processes`,
    }),
  ];
}
