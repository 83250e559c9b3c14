import { type DateOrder, DEFAULT_DATE_ORDER } from '../corpus/parsePublishedDate.ts';
import { resolveSentenceDate } from '../corpus/resolveSentenceDate.ts';
import { UserError } from '../errors.ts';

/** Days from `since` to `until`, both included (YYYY-MM-DD); null leaves that side open. */
export interface DateRange {
  since: string | null;
  until: string | null;
}

export const ANY_TIME: DateRange = { since: null, until: null };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What a user typed for since/until → a range of days: an ISO date ("2020-07-11") or a phrase
 * chrono-node reads ("last week", "Monday", "3 July", "May 2020"), counted back from `today`.
 * A month or a year is its whole span: since May is from 1 May, until May to 31 May.
 * Anything unreadable is a UserError saying which value.
 */
export function parseDateRange(
  input: { since?: string | null; until?: string | null },
  today: Date = new Date(),
  order: DateOrder = DEFAULT_DATE_ORDER,
): DateRange {
  const since = readBound(input.since, 'since', today, order);
  const until = readBound(input.until, 'until', today, order);
  if (since && until && since[0] > until[1])
    throw new UserError(`"since" (${since[0]}) is after "until" (${until[1]}).`);
  return { since: since?.[0] ?? null, until: until?.[1] ?? null };
}

function readBound(
  text: string | null | undefined,
  which: 'since' | 'until',
  today: Date,
  order: DateOrder,
): [string, string] | null {
  const trimmed = text?.trim();
  if (!trimmed) return null;
  if (ISO_DAY.test(trimmed) && spanOf(trimmed)) return spanOf(trimmed);
  const resolved = resolveSentenceDate(trimmed, today.toISOString().slice(0, 10), order);
  const span = resolved?.expression ? spanOf(resolved.date) : null;
  if (!span)
    throw new UserError(
      `Cannot read "${trimmed}" as a date for ${which}: try 2020-07-11, "3 July 2020" or "last week".`,
    );
  return span;
}

/** The first and last day a date of any precision (YYYY, YYYY-MM, YYYY-MM-DD) covers; null when it is none. */
export function spanOf(date: string): [string, string] | null {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return null;
  const first = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const last =
    day !== undefined
      ? first
      : month !== undefined
        ? new Date(Date.UTC(year, month, 0))
        : new Date(Date.UTC(year, 11, 31));
  if (day !== undefined && first.getUTCDate() !== day) return null;
  return [first.toISOString().slice(0, 10), last.toISOString().slice(0, 10)];
}

/** Whether a date of any precision falls (partly) in the range; any date does when the range is open. */
export function overlapsRange(date: string, range: DateRange): boolean {
  const span = spanOf(date);
  if (!span) return range.since === null && range.until === null;
  return (range.since === null || span[1] >= range.since) && (range.until === null || span[0] <= range.until);
}

/**
 * Whether a document published on `published` (YYYY-MM-DD, a stated text, or null) is in the
 * range. An undated document is in no bounded range: nothing says it is new.
 */
export function publishedInRange(published: string | null, range: DateRange): boolean {
  if (range.since === null && range.until === null) return true;
  return published !== null && ISO_DAY.test(published) && overlapsRange(published, range);
}

export function isOpenRange(range: DateRange): boolean {
  return range.since === null && range.until === null;
}

/** " since 2020-07-11", " until 2020-07-10", " from 2020-07-01 to 2020-07-10", or "" for any time: to follow a title. */
export function describeRange(range: DateRange | undefined): string {
  if (!range || isOpenRange(range)) return '';
  if (range.since && range.until) return ` from ${range.since} to ${range.until}`;
  return range.since ? ` since ${range.since}` : ` until ${range.until}`;
}
