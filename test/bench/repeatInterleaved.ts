import { median } from './percentile.ts';

export interface Job {
  name: string;
  /** One whole run (e.g. embed the sample, build an index); `prepare` runs first, untimed. */
  run(): Promise<unknown> | unknown;
  prepare?(): Promise<unknown> | unknown;
}

export interface RepeatedTiming {
  name: string;
  /** Wall time of each timed repetition, ms. */
  runs: number[];
  median: number;
}

/**
 * Whole runs of several jobs, repeated: `warmup` untimed rounds, then `reps` timed rounds, the
 * order rotating each round so no job always runs right after the same neighbour.
 */
export async function repeatInterleaved(
  jobs: readonly Job[],
  options: { reps: number; warmup?: number },
): Promise<Map<string, RepeatedTiming>> {
  const runs = new Map(jobs.map((job) => [job.name, [] as number[]]));
  const rounds = (options.warmup ?? 1) + options.reps;
  for (let round = 0; round < rounds; round++) {
    const timed = round >= (options.warmup ?? 1);
    for (let k = 0; k < jobs.length; k++) {
      const job = jobs[(round + k) % jobs.length];
      if (!job) continue;
      await job.prepare?.();
      const started = performance.now();
      await job.run();
      const elapsed = performance.now() - started;
      if (timed) runs.get(job.name)?.push(elapsed);
    }
  }
  return new Map([...runs].map(([name, list]) => [name, { name, runs: list, median: median(list) }]));
}
