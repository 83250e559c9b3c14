import type { BenchArgs } from './benchArgs.ts';
import { WORKER_ENTRY } from './benchPaths.ts';
import { type BenchRow, row } from './benchRow.ts';
import { describeLoad, type MachineSample, type SectionLoad, sampleMachine } from './machineLoad.ts';
import { runWorker } from './runWorker.ts';
import type { WorkerResult, WorkerTask } from './workerTask.ts';

export interface WorkerStat {
  section: string;
  task: string;
  wallMs: number;
  cpuMs: number;
  maxRssKb: number;
  error?: string;
}

export interface SectionRecord {
  name: string;
  title: string;
  load: SectionLoad;
}

/** The state of one bench run in the parent: rows, worker statistics, and per-section machine load. */
export class BenchSession {
  readonly rows: BenchRow[] = [];
  readonly workers: WorkerStat[] = [];
  readonly sections: SectionRecord[] = [];
  private current: {
    name: string;
    title: string;
    before: MachineSample;
    ownCpuMs: number;
    parentCpuStart: number;
  } | null = null;

  constructor(readonly args: BenchArgs) {}

  /** `prepare` always runs: every other section reads the index files it makes. */
  wants(section: string): boolean {
    return section === 'prepare' || this.args.only.length === 0 || this.args.only.includes(section);
  }

  /** Runs one section: samples the machine before and after, counts the bench's own CPU in between. */
  async section(name: string, title: string, body: () => Promise<void>): Promise<void> {
    if (!this.wants(name)) return;
    const usage = process.resourceUsage();
    this.current = {
      name,
      title,
      before: sampleMachine(),
      ownCpuMs: 0,
      parentCpuStart: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    };
    process.stderr.write(`[bench] ${title} …\n`);
    try {
      await body();
    } catch (error) {
      this.add(
        row({
          id: `${name}.error`,
          section: title,
          label: `${name} failed`,
          values: {},
          display: '—',
          goal: null,
          status: 'error',
          note: error instanceof Error ? error.message : String(error),
        }),
      );
    }
    const after = sampleMachine();
    const end = process.resourceUsage();
    const parentCpu = (end.userCPUTime + end.systemCPUTime) / 1000 - this.current.parentCpuStart;
    // sampleMachine reads /proc/stat before it calibrates: the "before" calibration lies inside the
    // window, the "after" one outside it, so only the latter is taken off the parent's CPU time.
    const load = describeLoad(this.current.before, after, this.current.ownCpuMs + parentCpu - after.calibrationMs);
    this.sections.push({ name, title, load });
    process.stderr.write(
      `[bench] ${title}: ${(load.wallMs / 1000).toFixed(1)} s${load.busy ? ` (busy: ${load.why})` : ''}\n`,
    );
    this.current = null;
  }

  add(...rows: BenchRow[]): void {
    this.rows.push(...rows);
  }

  /** Runs a task in a worker process; its rows are added, its error becomes an error row. */
  async work(request: WorkerTask, label: string = request.task): Promise<WorkerResult> {
    let result: WorkerResult;
    try {
      ({ result } = await this.spawn<WorkerResult>(WORKER_ENTRY, [JSON.stringify(request)], label));
    } catch (error) {
      // A worker that crashed (a signal, no result file) costs its own rows only.
      result = {
        rows: [],
        maxRssKb: 0,
        cpuMs: 0,
        wallMs: 0,
        error: error instanceof Error ? error.message : String(error),
      };
    }
    this.workers.push({
      section: this.current?.name ?? '',
      task: label,
      wallMs: result.wallMs,
      cpuMs: result.cpuMs,
      maxRssKb: result.maxRssKb,
      error: result.error,
    });
    if (this.current) this.current.ownCpuMs += result.cpuMs;
    this.add(...result.rows);
    if (result.error) {
      this.add(
        row({
          id: `${label}.error`,
          section: this.current?.title ?? label,
          label: `${label} failed`,
          values: {},
          display: '—',
          goal: null,
          status: 'error',
          note: result.error.split('\n').slice(0, 3).join(' | '),
        }),
      );
    }
    return result;
  }

  /** Any bench entry file in a fresh process; `cpuMs` in its result is added to the bench's own CPU. */
  async spawn<R>(entry: string, args: string[], label: string, env?: Record<string, string>): Promise<{ result: R }> {
    const profileName = this.args.profile
      ? `${this.current?.name ?? 'misc'}-${label.replace(/[^\w.-]+/g, '_')}`
      : undefined;
    const { result } = await runWorker<R>(entry, args, { profileName, env });
    return { result };
  }

  /** CPU time of a process started with `spawn` that reports its own (startup workers). */
  countCpu(cpuMs: number): void {
    if (this.current) this.current.ownCpuMs += cpuMs;
  }
}
