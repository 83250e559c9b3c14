import { type BenchRow, fmt, goal, row } from './benchRow.ts';
import type { BenchSession } from './benchSession.ts';
import { dropPageCache } from './coldStartRows.ts';
import { median } from './percentile.ts';
import { SECTION_TITLES } from './sectionTitles.ts';
import type { WhoBacksSample } from './whoBacksWorker.ts';

const SECTION = SECTION_TITLES.summary;
const ENTRY = new URL('./whoBacksWorker.ts', import.meta.url).pathname;

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
 * `briefbot who-backs` as the CLI runs it (keyword-only, a fresh process each): from the relations
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
  for (let i = 0; i < reps; i++) {
    dropNote = dropPageCache() ?? dropNote;
    cold.push(await spawn('stored', `who-backs-cold-${target.name}`));
    warm.push(await spawn('stored', `who-backs-warm-${target.name}`));
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
      label: `briefbot who-backs, ${target.name}, cold page cache: process start → answer`,
      values: {
        ms: ms(cold, 'sinceProcessStartMs'),
        answerMs: ms(cold, 'answerMs'),
        rssMb: rssMb(cold),
        passages: target.passages,
      },
      display: `${fmt(ms(cold, 'sinceProcessStartMs'), 'ms')} · peak RSS ${fmt(rssMb(cold), 'MB')}`,
      goal: target.goals ? goal('ms', '<', target.goals.coldMs, `< ${target.goals.coldMs / 1000} s`) : null,
      note: `${cacheNote}; keyword-only (--model none), stored relations; node, tsx and imports included; ${parts(cold)}; median of ${reps}`,
    }),
    row({
      id: `whobacks.${target.name}.cold.memory`,
      section: SECTION,
      label: `briefbot who-backs, ${target.name}, cold: peak RSS`,
      values: { rssMb: rssMb(cold) },
      display: fmt(rssMb(cold), 'MB'),
      goal: target.goals ? goal('rssMb', '<', target.goals.rssMb, `< ${target.goals.rssMb} MB`) : null,
      note: 'the whole process (largest of the cold samples)',
    }),
    row({
      id: `whobacks.${target.name}.warm`,
      section: SECTION,
      label: `briefbot who-backs, ${target.name}, warm page cache: process start → answer · next who-backs`,
      values: { ms: ms(warm, 'sinceProcessStartMs'), nextMs: ms(warm, 'warmMs'), rssMb: rssMb(warm) },
      display: `${fmt(ms(warm, 'sinceProcessStartMs'), 'ms')} · ${fmt(ms(warm, 'warmMs'), 'ms')}`,
      goal: null,
      note: `${parts(warm)}; next who-backs: median of 3 more in the same process; peak RSS ${fmt(rssMb(warm), 'MB')}${target.unstored ? '' : `; the first run (extracting and storing the relations if the file had none) took ${fmt(first.sinceProcessStartMs, 'ms')}, peak RSS ${fmt(first.maxRssKb / 1024, 'MB')}`}`,
    }),
  ];
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
