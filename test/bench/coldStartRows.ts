import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { snapshotPath } from '../../src/index/searchSnapshot.ts';
import { REPO_ROOT, STARTUP_ENTRY } from './benchPaths.ts';
import type { BenchSession } from './benchSession.ts';
import { type BenchRow, fmt, goal, row } from './benchRow.ts';
import { median } from './percentile.ts';
import { SECTION_TITLES } from './sectionTitles.ts';
import type { StartupSample } from './startupWorker.ts';

const SECTION = SECTION_TITLES.coldstart;

export interface StartTarget {
  name: string;
  indexPath: string;
  corpusDir: string;
  passages: number;
}

/** The issue-16 goals, by size: answer after start from a cold / a warm page cache, and bytes on disk. */
function goalsFor(passages: number): { coldMs: number; warmMs: number; bytes: number } | null {
  if (passages >= 1_000_000) return { coldMs: 30_000, warmMs: 5_000, bytes: 2.5 * 2 ** 30 };
  if (passages >= 100_000) return { coldMs: 5_000, warmMs: 1_000, bytes: 250 * 2 ** 20 };
  return null;
}

/**
 * The variables `npm start` sets for the bot (package.json: `cross-env NAME=value … node
 * src/main.mjs`), so that start-up is measured as users start it: glibc backing large allocations
 * with transparent huge pages (GLIBC_TUNABLES=glibc.malloc.hugetlb=1; see the README's Scale section).
 */
export function npmStartEnv(): Record<string, string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const start = manifest.scripts?.start ?? '';
  const assignments = /^cross-env((?:\s+\w+=\S+)+)\s/.exec(start)?.[1] ?? '';
  return Object.fromEntries(
    assignments
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
}

/** Empties the page cache, as after a reboot (root only); says why not when it cannot. */
export function dropPageCache(): string | null {
  try {
    execFileSync('sh', ['-c', 'sync; echo 3 > /proc/sys/vm/drop_caches'], { stdio: 'ignore' });
    return null;
  } catch {
    return 'page cache NOT dropped (writing /proc/sys/vm/drop_caches needs root): these "cold" figures are warm';
  }
}

/** Bytes an index takes on disk: the SQLite file, its WAL, and the search snapshot beside it. */
export function indexBytes(indexPath: string): { db: number; snapshot: number } {
  const size = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : 0);
  return { db: size(indexPath) + size(`${indexPath}-wal`), snapshot: size(snapshotPath(indexPath)) };
}

/**
 * Start-up as the bot starts (createBriefbot, longRunning, int8 model) to its first answer, each
 * a fresh process: with the page cache dropped (`sync; echo 3 > /proc/sys/vm/drop_caches`) and
 * warm (the run before it read the same files), and after a process that had answered was killed
 * with SIGKILL (the page check then runs in the background: its end is noted). Also the index's
 * bytes per passage on disk.
 */
export async function coldStartRows(session: BenchSession, target: StartTarget, reps: number): Promise<BenchRow[]> {
  const env = npmStartEnv();
  const spawn = async (mode: 'answer' | 'killed' | 'model' | 'open-keyword', label: string) => {
    const { result } = await session.spawn<StartupSample>(
      STARTUP_ENTRY,
      [mode, target.indexPath, target.corpusDir],
      label,
      env,
    );
    session.countCpu(result.cpuMs);
    return result;
  };
  // A first start writes the snapshot if the file has none yet (as the indexing worker would).
  await spawn('answer', `first-${target.name}`);
  const bytes = indexBytes(target.indexPath);
  const cold: StartupSample[] = [];
  const warm: StartupSample[] = [];
  const afterKill: StartupSample[] = [];
  const afterKillCold: StartupSample[] = [];
  let dropNote: string | null = null;
  for (let i = 0; i < reps; i++) {
    dropNote = dropPageCache() ?? dropNote;
    cold.push(await spawn('answer', `cold-${target.name}`));
    warm.push(await spawn('answer', `warm-${target.name}`));
    await spawn('killed', `kill-${target.name}`);
    afterKill.push(await spawn('answer', `after-kill-${target.name}`));
    await spawn('killed', `kill-${target.name}`);
    dropNote = dropPageCache() ?? dropNote;
    afterKillCold.push(await spawn('answer', `after-kill-cold-${target.name}`));
  }
  // Where a warm start's time goes: the model alone, and the index alone (keyword-only open).
  const modelAlone = await spawn('model', `model-${target.name}`);
  const indexAlone = await spawn('open-keyword', `open-keyword-${target.name}`);
  const goals = goalsFor(target.passages);
  const answer = (samples: StartupSample[]) => median(samples.map((s) => s.answerMs ?? Number.NaN));
  const check = (samples: StartupSample[]) => {
    const checks = samples.flatMap((s) => (s.check ? [s.check] : []));
    if (checks.length < samples.length) return 'NO page check ran after the kill';
    const failed = checks.filter((c) => c.outcome !== 'passed');
    return `the page check ran in the background and ended ${fmt(median(checks.map((c) => c.ms)) / 1000, 's')} after start (${failed.length ? failed.map((c) => c.outcome).join(', ') : 'passed'})`;
  };
  const rss = (samples: StartupSample[]) => fmt(Math.max(...samples.map((s) => s.maxRssKb)) / 1024, 'MB');
  const cacheNote =
    dropNote ?? 'page cache dropped before each sample (sync; echo 3 > /proc/sys/vm/drop_caches, as root)';
  const total = bytes.db + bytes.snapshot;
  return [
    row({
      id: `size.${target.name}`,
      section: SECTION,
      label: `index on disk, ${target.name} (${fmt(target.passages)} passages, 384-d vectors)`,
      values: {
        bytes: total,
        bytesPerPassage: total / target.passages,
        dbBytes: bytes.db,
        snapshotBytes: bytes.snapshot,
      },
      display: `${fmt(total / 2 ** 20, 'MB')} (${fmt(total / target.passages)} B/passage)`,
      goal: goals
        ? goal(
            'bytes',
            '<=',
            goals.bytes,
            `≤ ${goals.bytes >= 2 ** 30 ? `${goals.bytes / 2 ** 30} GB` : `${goals.bytes / 2 ** 20} MB`}`,
          )
        : null,
      note: `index.db ${fmt(bytes.db / 2 ** 20, 'MB')} + search snapshot ${fmt(bytes.snapshot / 2 ** 20, 'MB')}`,
    }),
    row({
      id: `startup.${target.name}.cold`,
      section: SECTION,
      label: `start → first answer, ${target.name}, cold page cache (bot, int8)`,
      values: { ms: answer(cold), sinceProcessStartMs: median(cold.map((s) => s.sinceProcessStartMs)) },
      display: fmt(answer(cold), 'ms'),
      goal: goals ? goal('ms', '<=', goals.coldMs, `≤ ${goals.coldMs / 1000} s`) : null,
      note: `${cacheNote}; environment of npm start: ${
        Object.entries(env)
          .map(([name, value]) => `${name}=${value}`)
          .join(' ') || 'none'
      }; createBriefbot (model load included) + one ask; process start → answer ${fmt(median(cold.map((s) => s.sinceProcessStartMs)), 'ms')} (node, tsx and imports read cold too); peak RSS ${rss(cold)}; median of ${reps}`,
    }),
    row({
      id: `startup.${target.name}.warm`,
      section: SECTION,
      label: `start → first answer, ${target.name}, warm page cache (bot, int8)`,
      values: { ms: answer(warm) },
      display: fmt(answer(warm), 'ms'),
      goal: goals ? goal('ms', '<=', goals.warmMs, `≤ ${goals.warmMs / 1000} s`) : null,
      note: `the same start right after a cold one: createBriefbot ${fmt(median(warm.map((s) => s.createMs)), 'ms')} (the model loading while the index and, in a worker thread, the word vectors are read: ready after ${fmt(median(warm.map((s) => s.termVectorsMs ?? 0)), 'ms')}), first ask ${fmt(median(warm.map((s) => (s.answerMs ?? 0) - s.createMs)), 'ms')}; measured alone: model load ${fmt(modelAlone.createMs, 'ms')}, keyword index open ${fmt(indexAlone.createMs, 'ms')}; process start → answer ${fmt(median(warm.map((s) => s.sinceProcessStartMs)), 'ms')}; peak RSS ${rss(warm)}; median of ${reps}`,
    }),
    row({
      id: `startup.${target.name}.after-kill`,
      section: SECTION,
      label: `start → first answer after kill -9, ${target.name}, warm · cold`,
      values: { ms: answer(afterKill), coldMs: answer(afterKillCold) },
      display: `${fmt(answer(afterKill), 'ms')} · ${fmt(answer(afterKillCold), 'ms')}`,
      goal: goals ? goal('ms', '<=', goals.warmMs, `warm ≤ ${goals.warmMs / 1000} s (as after a clean stop)`) : null,
      note: `a bot that had answered was killed with SIGKILL; warm: ${check(afterKill)}; cold: ${check(afterKillCold)}; cold = ${cacheNote}`,
    }),
  ];
}
