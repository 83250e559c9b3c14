import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';

// chrono-node takes a fifth of a second to load: required when a date is first read (indexing,
// a date option), so a command that reads none (who-backs, ask) does not wait for it.
const requireModule = createRequire(import.meta.url);

/**
 * How a numeric date such as 10/07/2020 is read when both orders make a date. Day-first is the
 * default: it is how the wire services and most of the world's press outside the US write
 * dates. A number above 12 decides by itself (13/07/2020 and 07/13/2020 are both 13 July).
 */
export type DateOrder = 'day-first' | 'month-first';

export const DEFAULT_DATE_ORDER: DateOrder = 'day-first';

/** chrono's English parsers, by date order: strict ones for publication dates, casual ones for text. */
function createParsers() {
  const chrono = requireModule('chrono-node') as typeof Chrono;
  return {
    strict: {
      'day-first': new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true)),
      'month-first': new chrono.Chrono(chrono.en.configuration.createConfiguration(true, false)),
    },
    casual: {
      'day-first': new chrono.Chrono(chrono.en.configuration.createCasualConfiguration(true)),
      'month-first': new chrono.Chrono(chrono.en.configuration.createCasualConfiguration(false)),
    },
  } as const;
}

let parsers: ReturnType<typeof createParsers> | undefined;

export function dateParser(mode: 'strict' | 'casual', order: DateOrder): Chrono.Chrono {
  parsers ??= createParsers();
  return parsers[mode][order];
}

/** An ISO date or timestamp: its calendar date is the one the publisher wrote, whatever UTC day it falls on. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;
/** A PDF date (ISO 32000 §7.9.4): D:YYYYMMDDHHmmSS followed by the offset, all but the year optional. */
const PDF_DATE = /^D:(\d{4})(\d{2})?(\d{2})?/;

/**
 * A stated publication date → YYYY-MM-DD, or null when it does not state a whole date with a
 * certain year. chrono-node in strict mode reads the formats news sites print ("10th July
 * 2020", "Friday 10 July 2020 14:05 BST", "Fri, July 10, 2020", "2020-07-10T14:05:00Z",
 * "10/07/2020"); casual phrases ("yesterday") and dates without a year are refused, since a
 * publication date is what every other date of the document is read against.
 */
export function parsePublishedDate(stated: string, order: DateOrder = DEFAULT_DATE_ORDER): string | null {
  const text = stated.trim();
  const iso = ISO_DATE.exec(text) ?? PDF_DATE.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2] ?? 1), Number(iso[3] ?? 1), iso[3] !== undefined);
  const [first] = dateParser('strict', order).parse(text, { instant: new Date(), timezone: 0 });
  if (!first?.start.isCertain('year') || !first.start.isCertain('month') || !first.start.isCertain('day')) return null;
  // The components as stated, not first.start.date(): that is an instant, and its UTC day may be another.
  return calendarDate(first.start.get('year') ?? 0, first.start.get('month') ?? 0, first.start.get('day') ?? 0, true);
}

function calendarDate(year: number, month: number, day: number, dayStated: boolean): string | null {
  if (!dayStated) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2020-02-31 over to March: such a date does not exist.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
