import { z } from 'zod';
import { DEFAULT_POINTS, MAX_POINTS } from '../src/brief/summarizeCorpus.ts';
import type { Command } from './command.ts';
import { documentSuggestions } from './documentSuggestions.ts';
import { dateRangeOptions, readDateRange } from './dateRangeOptions.ts';

const POINTS_RANGE = `Give a whole number of points from 1 to ${MAX_POINTS}.`;

const options = z.object({
  topic: z.string().trim().max(200).optional().describe('Brief on this topic only'),
  file: z.string().trim().max(200).optional().meta({ description: 'Brief on this document only', autocomplete: true }),
  points: z
    .int(POINTS_RANGE)
    .min(1, POINTS_RANGE)
    .max(MAX_POINTS, POINTS_RANGE)
    .optional()
    .describe(`How many points, ${DEFAULT_POINTS} by default`),
  ...dateRangeOptions,
});

export default {
  name: 'summary',
  description: 'A short cited briefing of the corpus, a topic, or one document',
  options,
  textOption: 'topic',
  async execute({ bot }, { topic, file, points, ...dates }) {
    const range = readDateRange(dates);
    const summary = await bot.summary({
      topic: topic || undefined,
      file: file || undefined,
      range,
      ...(points === undefined ? {} : { points }),
    });
    return { kind: 'summary', summary, range };
  },
  /** `file:` suggests the corpus documents whose name or title contains what was typed, name matches first. */
  autocomplete: ({ bot }, focused) => (focused.name === 'file' ? documentSuggestions(bot, focused.value) : []),
} satisfies Command<typeof options>;
