import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './benchPaths.ts';
import { type BenchRow, fmt, goal, row } from './benchRow.ts';
import type { BenchSession } from './benchSession.ts';
import { dropPageCache } from './coldStartRows.ts';
import { median } from './percentile.ts';
import { SECTION_TITLES } from './sectionTitles.ts';
import type { WhoBacksSample } from './whoBacksWorker.ts';

const run = promisify(execFile);

const SECTION = SECTION_TITLES.summary;
const ENTRY = new URL('./whoBacksWorker.ts', import.meta.url).pathname;
const BIN = path.join(REPO_ROOT, 'src/cli/briefbot.mjs');
const RECORD_USAGE = new URL('./recordUsage.mjs', import.meta.url).href;

interface CliSample {
  /** From spawning the process to its exit, as a user at a shell waits for it. */
  wallMs: number;
  maxRssKb: number;
  cpuMs: number;
}

/**
 * `briefbot who-backs <entity> --model none` itself (the bin, as `npx briefbot` runs it: the
 * bundle, its re-index check of the corpus, the answer printed), timed from outside.
 */
async function runCli(indexPath: string, corpusDir: string, entity: string): Promise<CliSample> {
  const usageFile = path.join(os.tmpdir(), `briefbot-bench-usage-${process.pid}.json`);
  const started = performance.now();
  await run(
    process.execPath,
    ['--import', RECORD_USAGE, BIN, 'who-backs', entity, '--db', indexPath, '--corpus', corpusDir, '--model', 'none'],
    { env: { ...process.env, BENCH_USAGE_FILE: usageFile, LOG_LEVEL: 'silent' }, maxBuffer: 64 * 2 ** 20 },
  );
  const wallMs = performance.now() - started;
  const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as { maxRssKb: number; cpuMs: number };
  fs.rmSync(usageFile, { force: true });
  return { wallMs, ...usage };
}

export interface WhoBacksTarget {
  name: string;
  indexPath: string;
  /** null for an index without a corpus folder (synthetic): no reindex. */
  corpusDir: string | null;
  passages: number;
  /** The issue-15 goals for `briefbot who-backs` from a cold page cache (SOTU only). */
  goals: { coldMs: number; rssMb: number } | null;
  /** Also measure who-backs without stored relations (extracted from every sentence, as before schema 8). */
  unstored: boolean;
}

/**
 * `briefbot who-backs` itself (the bin, spawned and timed from outside, peak RSS from inside) where
 * the index has its corpus folder, cold and warm; and, at every size, who-backs as the CLI runs it
 * in a fresh process that imports the sources through tsx (keyword-only): from the relations
 * the index stores, with the page cache dropped and warm, and, for comparison, with the stored
 * relations dropped (every sentence read, as every start did before schema 8).
 */
export async function whoBacksRows(session: BenchSession, target: WhoBacksTarget, reps: number): Promise<BenchRow[]> {
  const spawn = async (mode: 'stored' | 'unstored', label: string) => {
    const { result } = await session.spawn<WhoBacksSample>(
      ENTRY,
      [mode, target.indexPath, target.corpusDir ?? '-', 'Iran'],
      label,
    );
    session.countCpu(result.cpuMs);
    return result;
  };
  // The first run stores the relations if the file has none yet (as the indexer would have).
  const first = await spawn(target.unstored ? 'unstored' : 'stored', `who-backs-first-${target.name}`);
  const cold: WhoBacksSample[] = [];
  const warm: WhoBacksSample[] = [];
  let dropNote: string | null = null;
  // Also builds the bin's bundle if a source changed since, outside the timed samples.
  if (target.corpusDir !== null) await runCli(target.indexPath, target.corpusDir, 'Iran');
  const cliCold: CliSample[] = [];
  const cliWarm: CliSample[] = [];
  const loads: number[] = [];
  for (let i = 0; i < reps; i++) {
    loads.push(os.loadavg()[0] ?? Number.NaN);
    dropNote = dropPageCache() ?? dropNote;
    cold.push(await spawn('stored', `who-backs-cold-${target.name}`));
    warm.push(await spawn('stored', `who-backs-warm-${target.name}`));
    // The bin re-indexes first: only an index with its corpus folder can be asked this way.
    if (target.corpusDir !== null) {
      dropNote = dropPageCache() ?? dropNote;
      cliCold.push(await runCli(target.indexPath, target.corpusDir, 'Iran'));
      cliWarm.push(await runCli(target.indexPath, target.corpusDir, 'Iran'));
    }
  }
  const ms = (samples: WhoBacksSample[], key: keyof WhoBacksSample) => median(samples.map((s) => s[key]));
  const rssMb = (samples: WhoBacksSample[]) => Math.max(...samples.map((s) => s.maxRssKb)) / 1024;
  const cacheNote = dropNote ?? 'page cache dropped before each cold sample (as root)';
  const parts = (samples: WhoBacksSample[]) =>
    `createBriefbot + reindex + who-backs ${fmt(ms(samples, 'answerMs'), 'ms')}, of which who-backs (relations loaded) ${fmt(ms(samples, 'whoBacksMs'), 'ms')}; heap at end ${fmt(ms(samples, 'heapUsedMb'), 'MB')}`;
  const rows = [
    row({
      id: `whobacks.${target.name}.cold`,
      section: SECTION,
      label: `who-backs in a fresh process (createBriefbot via tsx), ${target.name}, cold page cache: process start → answer`,
      values: {
        ms: ms(cold, 'sinceProcessStartMs'),
        answerMs: ms(cold, 'answerMs'),
        rssMb: rssMb(cold),
        passages: target.passages,
      },
      display: `${fmt(ms(cold, 'sinceProcessStartMs'), 'ms')} · peak RSS ${fmt(rssMb(cold), 'MB')}`,
      goal: null,
      note: `${cacheNote}; keyword-only (--model none), stored relations; node, tsx and imports included (the bin runs a bundle: see the briefbot who-backs rows); ${parts(cold)}; median of ${reps}`,
    }),
    row({
      id: `whobacks.${target.name}.cold.memory`,
      section: SECTION,
      label: `who-backs in a fresh process (createBriefbot via tsx), ${target.name}, cold: peak RSS`,
      values: { rssMb: rssMb(cold) },
      display: fmt(rssMb(cold), 'MB'),
      goal: null,
      note: 'the whole process (largest of the cold samples)',
    }),
    row({
      id: `whobacks.${target.name}.warm`,
      section: SECTION,
      label: `who-backs in a fresh process (createBriefbot via tsx), ${target.name}, warm page cache: process start → answer · next who-backs`,
      values: { ms: ms(warm, 'sinceProcessStartMs'), nextMs: ms(warm, 'warmMs'), rssMb: rssMb(warm) },
      display: `${fmt(ms(warm, 'sinceProcessStartMs'), 'ms')} · ${fmt(ms(warm, 'warmMs'), 'ms')}`,
      goal: null,
      note: `${parts(warm)}; next who-backs: median of 3 more in the same process; peak RSS ${fmt(rssMb(warm), 'MB')}${target.unstored ? '' : `; the first run (extracting and storing the relations if the file had none) took ${fmt(first.sinceProcessStartMs, 'ms')}, peak RSS ${fmt(first.maxRssKb / 1024, 'MB')}`}`,
    }),
  ];
  if (cliCold.length > 0) {
    const wall = (samples: CliSample[]) => median(samples.map((s) => s.wallMs));
    const peak = (samples: CliSample[]) => Math.max(...samples.map((s) => s.maxRssKb)) / 1024;
    const cpu = (samples: CliSample[]) => median(samples.map((s) => s.cpuMs));
    const load = `load average ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)} (2 cores)`;
    rows.push(
      row({
        id: `whobacks.${target.name}.cli.cold`,
        section: SECTION,
        label: `briefbot who-backs (the bin), ${target.name}, cold page cache: spawn → exit`,
        values: { ms: wall(cliCold), cpuMs: cpu(cliCold), rssMb: peak(cliCold) },
        display: `${fmt(wall(cliCold), 'ms')} · peak RSS ${fmt(peak(cliCold), 'MB')}`,
        goal: target.goals ? goal('ms', '<', target.goals.coldMs, `< ${target.goals.coldMs / 1000} s`) : null,
        note: `${cacheNote}; node src/cli/briefbot.mjs who-backs Iran --model none, as a user runs it: node's start, the bundle, the re-index check of the corpus folder, the answer printed; CPU ${fmt(cpu(cliCold), 'ms')}; ${load}; median of ${reps}`,
      }),
      row({
        id: `whobacks.${target.name}.cli.cold.memory`,
        section: SECTION,
        label: `briefbot who-backs (the bin), ${target.name}, cold: peak RSS`,
        values: { rssMb: peak(cliCold) },
        display: fmt(peak(cliCold), 'MB'),
        goal: target.goals ? goal('rssMb', '<', target.goals.rssMb, `< ${target.goals.rssMb} MB`) : null,
        note: 'the whole process (largest of the cold samples)',
      }),
      row({
        id: `whobacks.${target.name}.cli.warm`,
        section: SECTION,
        label: `briefbot who-backs (the bin), ${target.name}, warm page cache: spawn → exit`,
        values: { ms: wall(cliWarm), cpuMs: cpu(cliWarm), rssMb: peak(cliWarm) },
        display: `${fmt(wall(cliWarm), 'ms')} · peak RSS ${fmt(peak(cliWarm), 'MB')}`,
        goal: null,
        note: `the same command right after a cold one; CPU ${fmt(cpu(cliWarm), 'ms')}; ${load}; median of ${reps}`,
      }),
    );
  }
  if (target.unstored) {
    rows.push(
      row({
        id: `whobacks.${target.name}.unstored`,
        section: SECTION,
        label: `briefbot who-backs, ${target.name}, relations not stored (every sentence read, as before schema 8)`,
        values: { ms: first.sinceProcessStartMs, rssMb: first.maxRssKb / 1024 },
        display: `${fmt(first.sinceProcessStartMs, 'ms')} · peak RSS ${fmt(first.maxRssKb / 1024, 'MB')}`,
        goal: null,
        note: `warm page cache; what the first who-backs after an upgrade or an EXTRACTOR_VERSION bump costs, once (the indexing worker does it in the background); ${parts([first])}`,
      }),
    );
  }
  return rows;
}
