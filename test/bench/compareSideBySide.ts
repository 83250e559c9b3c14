import { type LatencySummary, summarizeLatency } from './measureLatency.ts';

export interface Variant<T> {
  name: string;
  run(input: T): Promise<unknown> | unknown;
}

/**
 * Per-input latency of several variants measured side by side: for every input each variant
 * runs once, in an order that rotates from input to input, so a slow spell of the machine or a
 * GC pause falls on all of them alike. Warm-up runs every variant on the first inputs first.
 */
export async function compareSideBySide<T>(
  variants: readonly Variant<T>[],
  inputs: readonly T[],
  options: { warmup?: number } = {},
): Promise<Map<string, LatencySummary & { samples: number[] }>> {
  const samples = new Map(variants.map((v) => [v.name, [] as number[]]));
  for (const input of inputs.slice(0, options.warmup ?? Math.min(20, inputs.length))) {
    for (const variant of variants) await variant.run(input);
  }
  for (const [i, input] of inputs.entries()) {
    for (let k = 0; k < variants.length; k++) {
      const variant = variants[(i + k) % variants.length];
      if (!variant) continue;
      const started = performance.now();
      await variant.run(input);
      samples.get(variant.name)?.push(performance.now() - started);
    }
  }
  return new Map([...samples].map(([name, list]) => [name, { ...summarizeLatency(list), samples: list }]));
}
