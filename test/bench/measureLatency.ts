import { percentile } from './percentile.ts';

export interface LatencySummary {
  n: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarizeLatency(samplesMs: readonly number[]): LatencySummary {
  const n = samplesMs.length;
  return {
    n,
    p50: percentile(samplesMs, 50),
    p90: percentile(samplesMs, 90),
    p99: percentile(samplesMs, 99),
    max: n ? Math.max(...samplesMs) : Number.NaN,
    mean: n ? samplesMs.reduce((sum, x) => sum + x, 0) / n : Number.NaN,
  };
}

/**
 * Latency of `run` over each input, warm: the first `warmup` inputs are run once untimed
 * (JIT, caches, lazily built state), then every input is timed once.
 */
export async function measureLatency<T>(
  inputs: readonly T[],
  run: (input: T) => Promise<unknown> | unknown,
  options: { warmup?: number } = {},
): Promise<LatencySummary & { samples: number[] }> {
  for (const input of inputs.slice(0, options.warmup ?? Math.min(20, inputs.length))) await run(input);
  const samples: number[] = [];
  for (const input of inputs) {
    const started = performance.now();
    await run(input);
    samples.push(performance.now() - started);
  }
  return { ...summarizeLatency(samples), samples };
}
