import type { BenchRow } from './benchRow.ts';
import type { SectionRecord } from './benchSession.ts';

const WIDTHS = { label: 58, value: 30, goal: 24 };

function cell(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/**
 * The bench table: one block per section (its wall time and whether the machine was busy in
 * it), one line per row (measure, value, goal, status), its note indented below.
 */
export function formatTable(rows: readonly BenchRow[], sections: readonly SectionRecord[], header: string[]): string {
  const lines: string[] = [...header, ''];
  const rule = '-'.repeat(WIDTHS.label + WIDTHS.value + WIDTHS.goal + 12);
  lines.push(
    `${cell('Measure', WIDTHS.label)}  ${cell('Value', WIDTHS.value)}  ${cell('Goal', WIDTHS.goal)}  Status`,
    rule,
  );
  const titles = [...new Set(rows.map((r) => r.section))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const title of titles) {
    const load = sections.find((s) => s.title === title)?.load;
    const when = load
      ? ` (${(load.wallMs / 1000).toFixed(0)} s; ${load.busy ? `MACHINE BUSY: ${load.why}` : 'machine quiet'})`
      : '';
    lines.push(`== ${title}${when}`);
    for (const r of rows.filter((x) => x.section === title)) {
      lines.push(
        `${cell(r.label, WIDTHS.label)}  ${cell(r.display, WIDTHS.value)}  ${cell(r.goal?.text ?? '—', WIDTHS.goal)}  ${r.status}`,
      );
      if (r.note) lines.push(`    ${r.note}`);
    }
  }
  lines.push(rule);
  const counts = (status: string) => rows.filter((r) => r.status === status).length;
  lines.push(
    `goals met ${counts('met')}, missed ${counts('MISSED')}; not built yet ${counts('not built yet')}; errors ${counts('error')}`,
  );
  return lines.join('\n');
}
