import { z } from 'zod';
import { type DateRange, parseDateRange } from '../src/brief/dateRange.ts';
import { isUserError } from '../src/errors.ts';

/** A since/until value: an ISO date or a phrase chrono-node reads; one it cannot read is refused when the options are checked. */
function dateOption(which: 'since' | 'until', description: string) {
  return z
    .string()
    .trim()
    .max(60)
    .refine((text) => dateProblem(text, which) === null, {
      error: (issue) => dateProblem(String(issue.input), which) ?? 'not a date',
    })
    .optional()
    .describe(description);
}

function dateProblem(text: string, which: 'since' | 'until'): string | null {
  try {
    parseDateRange({ [which]: text });
    return null;
  } catch (error) {
    if (isUserError(error)) return error.message;
    throw error;
  }
}

/**
 * since / until, shared by every command that reads documents by date: an ISO date or a phrase
 * ("last week", "Monday", "3 July 2020"), counted back from today.
 */
export const dateRangeOptions = {
  since: dateOption('since', 'Only documents published on or after this date (2020-07-11, "last week")'),
  until: dateOption('until', 'Only documents published on or before this date'),
};

/** The range the options ask for; a since after the until is a UserError. */
export function readDateRange(options: { since?: string | undefined; until?: string | undefined }): DateRange {
  return parseDateRange({ since: options.since, until: options.until });
}
