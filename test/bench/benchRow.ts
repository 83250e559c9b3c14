/** A goal on one of a row's values, e.g. p99 ≤ 20 ms or ratio ≥ 0.9. */
export interface Goal {
  metric: string;
  op: '<=' | '>=' | '<';
  target: number;
  /** As printed: "p99 ≤ 20 ms". */
  text: string;
}

export type RowStatus = 'met' | 'MISSED' | 'info' | 'not built yet' | 'error';

/** One line of the bench table (and of the JSON report). */
export interface BenchRow {
  /** Stable key for comparing runs, e.g. "query.sotu.hybrid". */
  id: string;
  section: string;
  label: string;
  /** Every number measured for the row, in the units named by `display`. */
  values: Record<string, number>;
  /** The values as printed. */
  display: string;
  goal: Goal | null;
  status: RowStatus;
  note?: string;
}

export function row(fields: Omit<BenchRow, 'status'> & { status?: RowStatus }): BenchRow {
  return { ...fields, status: fields.status ?? statusOf(fields.values, fields.goal) };
}

function statusOf(values: Record<string, number>, goal: Goal | null): RowStatus {
  if (!goal) return 'info';
  const value = values[goal.metric];
  if (value === undefined || Number.isNaN(value)) return 'error';
  const met = goal.op === '<=' ? value <= goal.target : goal.op === '<' ? value < goal.target : value >= goal.target;
  return met ? 'met' : 'MISSED';
}

export function goal(metric: string, op: Goal['op'], target: number, text: string): Goal {
  return { metric, op, target, text };
}

/** Numbers as printed: 3 significant digits, no exponent for the sizes seen here. */
export function fmt(value: number, unit = ''): string {
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  const text = value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return unit ? `${text} ${unit}` : text;
}

export function fmtRatio(value: number): string {
  return `${value.toFixed(2)}×`;
}
