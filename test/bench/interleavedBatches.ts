import { median } from './percentile.ts';

export interface BatchVariant {
  name: string;
  batches: string[][];
  embed(batch: string[]): Promise<unknown>;
}

export interface BatchTiming {
  /** Sum over batches of each batch's median time, ms: one pass over the sample. */
  totalMs: number;
  /** Time of each repetition's whole pass, ms (for the spread). */
  repTotals: number[];
  /** Sum over batches of each batch's fastest time, ms: the least disturbed estimate on a busy machine. */
  bestMs: number;
}

/**
 * Runs `reps` repetitions; in each, batch i of every variant before batch i + 1 of any, the
 * variants' order rotating with i and the repetition. All variants must have as many batches.
 */
export async function interleavedBatches(
  variants: readonly BatchVariant[],
  reps: number,
): Promise<Map<string, BatchTiming>> {
  const count = variants[0]?.batches.length ?? 0;
  const times = new Map(variants.map((v) => [v.name, Array.from({ length: count }, () => [] as number[])]));
  for (let rep = 0; rep < reps; rep++) {
    for (let b = 0; b < count; b++) {
      for (let k = 0; k < variants.length; k++) {
        const variant = variants[(b + rep + k) % variants.length];
        const batch = variant?.batches[b];
        if (!variant || !batch) continue;
        const started = performance.now();
        await variant.embed(batch);
        times.get(variant.name)?.[b]?.push(performance.now() - started);
      }
    }
  }
  return new Map(
    [...times].map(([name, perBatch]) => [
      name,
      {
        totalMs: perBatch.reduce((sum, list) => sum + median(list), 0),
        bestMs: perBatch.reduce((sum, list) => sum + Math.min(...list), 0),
        repTotals: Array.from({ length: reps }, (_, rep) => perBatch.reduce((sum, list) => sum + (list[rep] ?? 0), 0)),
      },
    ]),
  );
}
