import { z } from 'zod';
import type { Command } from './command.ts';
import { dateRangeOptions, readDateRange } from './dateRangeOptions.ts';
import { MAX_ENTITY_LENGTH } from './supportCommand.ts';

const options = z.object({
  entity: z
    .string()
    .trim()
    .min(1, 'Name an actor, e.g. /timeline haftar')
    .max(MAX_ENTITY_LENGTH)
    .meta({ description: 'A person, group or country', autocomplete: true }),
  since: dateRangeOptions.since.describe('Only events on or after this date (2020-07-01, "last month")'),
  until: dateRangeOptions.until.describe('Only events on or before this date'),
});

export default {
  name: 'timeline',
  description: 'The dated events of an actor across the corpus, in order, each cited',
  options,
  textOption: 'entity',
  autocomplete: ({ bot }, focused) => bot.entityNames(focused.value, 25),
  async execute({ bot }, { entity, ...dates }) {
    return { kind: 'timeline', result: await bot.timeline(entity, readDateRange(dates)) };
  },
} satisfies Command<typeof options>;
