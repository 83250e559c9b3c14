import type { AskLatencyOptions } from './askLatency.ts';
import type { BenchRow } from './benchRow.ts';

/** What the parent asks one worker process to do (sent as JSON on the command line). */
export type WorkerTask =
  | { task: 'prepare-corpus'; name: string; corpusDir: string }
  | { task: 'synthetic'; size: number }
  | { task: 'embedding'; quantized: boolean; sample: number; reps: number }
  | { task: 'build'; subsetPassages: number; reps: number; subsetReps: number }
  | { task: 'rerun-bot'; runs: number }
  | ({ task: 'ask' } & AskLatencyOptions)
  | { task: 'summary'; topics: number }
  | { task: 'static'; queries: number; sample: number }
  | { task: 'orama'; queries: number; reps: number }
  | {
      task: 'vectors';
      indexPath: string;
      label: string;
      hnswIndexPath: string;
      hnswLabel: string;
      queries: number;
      syntheticSize?: number;
    }
  | {
      task: 'memory';
      corpus: string;
      indexPath: string;
      corpusDir: string;
      passages: number;
      reindex: boolean;
      queries: number;
    };

/** What a worker sends back (written as JSON to the file the parent names). */
export interface WorkerResult {
  rows: BenchRow[];
  /** Task-specific numbers the parent combines across workers (e.g. p50 per corpus size). */
  data?: unknown;
  /** Peak resident set size of the worker process, KiB (process.resourceUsage().maxRSS). */
  maxRssKb: number;
  /** User + system CPU time of the worker, all its threads, ms. */
  cpuMs: number;
  wallMs: number;
  error?: string;
}
