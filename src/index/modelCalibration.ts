import { createRequire } from 'node:module';
import { z } from 'zod';

/**
 * How much to trust one embedding model, per model (data/modelCalibration.json): models differ in
 * what their cosines mean (the static model's unrelated sentences score far higher than
 * MiniLM's), so a bar or a fusion weight tuned for one never applies to another. A model not in
 * the table gets the safe default: keyword ranks lead, and its cosine never answers alone.
 */
export interface ModelCalibration {
  /** The table entry used: a model's name, or 'default'. */
  readonly entry: string;
  /**
   * Weighted reciprocal rank fusion: a passage scores keywordWeight / (k + its BM25 rank) +
   * denseWeight / (k + its cosine rank). A weak dense ranker at full weight can push down what
   * BM25 found; at a small weight it only reorders near ties.
   */
  readonly fusion: { keywordWeight: number; denseWeight: number };
  /** A passage whose cosine reaches this answers on meaning alone, whatever its keywords; null: never. */
  readonly minCosine: number | null;
}

const entrySchema = z.object({
  why: z.string(),
  fusion: z.object({ keywordWeight: z.number().min(0), denseWeight: z.number().min(0) }),
  minCosine: z.number().min(-1).max(1).nullable(),
});
const tableSchema = z.object({ default: entrySchema, models: z.record(z.string(), entrySchema) });

const table = tableSchema.parse(createRequire(import.meta.url)('./data/modelCalibration.json'));

/** The calibration of the first of `names` the table knows (a model's id, then the name its files give), else the default. */
export function calibrationFor(names: readonly (string | undefined)[]): ModelCalibration {
  for (const name of names) {
    const entry = name === undefined ? undefined : table.models[name];
    if (entry) return { entry: name!, fusion: entry.fusion, minCosine: entry.minCosine };
  }
  return { entry: 'default', fusion: table.default.fusion, minCosine: table.default.minCosine };
}
