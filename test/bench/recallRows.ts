import { type BenchRow, fmt, row } from './benchRow.ts';
import { randomUnitVector, seededRandom } from './seededRandom.ts';
import { exactTopK, measureRecall } from './vectorRecall.ts';
import { SECTION_TITLES } from './sectionTitles.ts';

const SECTION = SECTION_TITLES.recall;

/**
 * briefbot scans every vector (exact), so there is nothing approximate to score yet. The
 * comparison (measureRecall in vectorRecall.ts) is ready for when there is: here it is checked
 * on the exact scan against itself, which must give 1.
 */
export function recallRows(): BenchRow[] {
  const random = seededRandom(7);
  const dimension = 384;
  const count = 2000;
  const matrix = new Float32Array(count * dimension);
  for (let i = 0; i < count; i++) matrix.set(randomUnitVector(random, dimension), i * dimension);
  const vectors = { ids: Int32Array.from({ length: count }, (_, i) => i + 1), dimension, matrix };
  const queries = Array.from({ length: 20 }, () => randomUnitVector(random, dimension));
  const selfCheck = measureRecall(vectors, queries, (query, k) => exactTopK(vectors, query, k), 10);
  return [
    row({
      id: 'recall.at10', section: SECTION, label: 'recall@10, approximate vs exact vector search', values: { selfCheck },
      display: 'exact only', goal: null,
      note: `briefbot has no approximate vector index yet; measureRecall (vectorRecall.ts) self-check, exact vs exact: ${fmt(selfCheck)}`,
    }),
  ];
}
