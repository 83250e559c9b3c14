import type { ParsedResult } from 'chrono-node';
import { DEFAULT_DATE_ORDER, type DateOrder, dateParser } from './parsePublishedDate.ts';

/** When a sentence says something happened, as precisely as it says it. */
export interface SentenceDate {
  /** YYYY-MM-DD, YYYY-MM or YYYY, by precision. */
  date: string;
  precision: 'day' | 'month' | 'year';
  /**
   * 'stated': the sentence names the date ("on 3 July", "in May", "April 4, 2019"; a missing year
   * is the publication's). 'inferred': worked out from the publication date, from a relative
   * phrase ("on Thursday", "last week") or, when the sentence names no time, the date itself.
   */
  basis: 'stated' | 'inferred';
  /** The words the date was read from; null when it is the publication date. */
  expression: string | null;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Words chrono reads as a time that date no event: the state of things when the article was written. */
const TIMELESS = /^(?:right\s+)?now$|^(?:currently|at the moment)$/i;
/** A weekday the writer puts ahead of the publication date on purpose. */
const FORWARD = /\b(?:next|coming|this coming)\b/i;
/** A date the words name themselves (a month, a numeric date), rather than one counted from now ("this month"). */
const NAMES_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\d{1,4}[/.-]\d{1,2}/i;

/**
 * The date a sentence of a news article is about, read with chrono-node against the article's
 * publication date (`published`, YYYY-MM-DD, or null when the article states none). News writes
 * a bare weekday for the last one before publication ("Saturday night's airstrike" in Friday's
 * paper is six days old), so a weekday that chrono resolves after the publication date is moved
 * back a week, and another relative phrase that lands after it is not counted from it. Without a publication date only a date stating its year can be resolved. The first
 * date of the sentence counts; a sentence naming none is dated by its publication (inferred).
 * Computed from the stored sentence text when needed, so it needs no column of its own.
 */
export function resolveSentenceDate(
  sentence: string,
  published: string | null,
  order: DateOrder = DEFAULT_DATE_ORDER,
): SentenceDate | null {
  const day = published === null ? null : ISO_DAY.exec(published);
  const reference = day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12)) : null;
  const results = dateParser('casual', order).parse(
    sentence,
    { instant: reference ?? new Date(), timezone: 0 },
    { forwardDate: false },
  );
  for (const result of results) {
    const resolved = resolveResult(result, reference);
    if (resolved) return resolved;
  }
  return reference ? { date: isoDay(reference), precision: 'day', basis: 'inferred', expression: null } : null;
}

function resolveResult(result: ParsedResult, reference: Date | null): SentenceDate | null {
  const { start } = result;
  const expression = result.text.replace(/^[\s,;:]+|[\s,;:]+$/g, '');
  if (TIMELESS.test(expression)) return null;
  const named = start.isCertain('month') && NAMES_DATE.test(expression);
  const relative =
    !named &&
    (start.isCertain('weekday') || start.isCertain('day') || start.isCertain('month') || start.isCertain('year'));
  if (!named && !relative) return null; // a time of day alone ("14:05")
  if (reference === null && !(named && start.isCertain('year'))) return null; // nothing to read it against
  const year = start.get('year') ?? 0;
  const month = start.get('month') ?? 1;
  let date = new Date(Date.UTC(year, month - 1, start.get('day') ?? 1, 12));
  const weekdayOnly = start.isCertain('weekday') && !start.isCertain('day') && !named;
  if (!named && reference && date > reference && !FORWARD.test(expression)) {
    // Ahead of publication: a bare weekday is last week's; any other count ("ten days after" an
    // event) was not counted from the publication date, and is not read.
    if (!weekdayOnly) return null;
    date = new Date(date.getTime() - 7 * 86_400_000);
  }
  const precision =
    start.isCertain('day') || start.isCertain('weekday') ? 'day' : start.isCertain('month') ? 'month' : 'year';
  const iso = isoDay(date);
  return {
    date: precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4),
    precision,
    basis: named ? 'stated' : 'inferred',
    expression,
  };
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
