import type { AskLatencyData } from './askLatency.ts';
import { type BenchRow, fmt, fmtRatio, row } from './benchRow.ts';
import { SECTION_TITLES } from './sectionTitles.ts';

const SECTION = SECTION_TITLES.growth;

/** Query p50 per corpus size, and how much it grows per 10× passages (1× would be constant, 10× linear). */
export function costGrowthRows(points: (AskLatencyData & { corpus: string })[], fullRun: boolean): BenchRow[] {
  const sorted = [...points].sort((a, b) => a.passages - b.passages);
  const rows = sorted.map((point) =>
    row({
      id: `growth.${point.corpus}`,
      section: SECTION,
      label: `${point.corpus}: ${fmt(point.passages)} passages`,
      values: { passages: point.passages, keywordP50: point.keywordP50, hybridP50: point.hybridP50 },
      display: `keyword ${fmt(point.keywordP50, 'ms')} · hybrid ${fmt(point.hybridP50, 'ms')}`,
      goal: null,
      note: `hybrid includes query embedding (${fmt(point.embedP50, 'ms')} p50)`,
    }),
  );
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first && last && last.passages > first.passages) {
    const decades = Math.log10(last.passages / first.passages);
    const perDecade = (a: number, b: number) => (b / a) ** (1 / decades);
    const keyword = perDecade(first.keywordP50, last.keywordP50);
    const hybrid = perDecade(first.hybridP50 - first.embedP50, last.hybridP50 - last.embedP50);
    rows.push(
      row({
        id: 'growth.perDecade',
        section: SECTION,
        label: `growth per 10× passages (${fmt(first.passages)} → ${fmt(last.passages)})`,
        values: { keyword, hybridExcludingEmbedding: hybrid },
        display: `keyword ${fmtRatio(keyword)} · hybrid ${fmtRatio(hybrid)}`,
        goal: null,
        note: `hybrid without its query embedding; 10× = linear in passages${fullRun ? '' : '; 1M rows need --full'}`,
      }),
    );
  }
  return rows;
}
