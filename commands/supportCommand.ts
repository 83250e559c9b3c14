import { z } from 'zod';
import type { Command } from './command.ts';
import { dateRangeOptions, readDateRange } from './dateRangeOptions.ts';

export const MAX_ENTITY_LENGTH = 100;

const NAMES = { backers: 'who-backs', backed: 'backed-by', opposers: 'who-opposes' } as const;
const EXAMPLES = { backers: 'haftar', backed: 'turkey', opposers: 'haftar' } as const;
const DESCRIPTIONS = {
  backers: 'Who supports an actor, according to the corpus, with evidence',
  backed: 'Whom an actor supports, according to the corpus, with evidence',
  opposers: 'Who attacks, threatens, sanctions or condemns an actor, according to the corpus, with evidence',
} as const;

/**
 * /who-backs, /backed-by and /who-opposes: one question about an actor's relations, so one
 * definition. The entity option suggests the actors the corpus names, whichever of their names was typed.
 */
export function supportCommand(direction: 'backers' | 'backed' | 'opposers') {
  const name = NAMES[direction];
  const options = z.object({
    entity: z
      .string()
      .trim()
      .min(1, `Name an actor, e.g. /${name} ${EXAMPLES[direction]}`)
      .max(MAX_ENTITY_LENGTH)
      .meta({ description: 'A person, group or country', autocomplete: true }),
    ...dateRangeOptions,
  });
  return {
    name,
    description: DESCRIPTIONS[direction],
    options,
    textOption: 'entity',
    autocomplete: ({ bot }, focused) => bot.entityNames(focused.value, 25),
    async execute({ bot }, { entity, ...dates }) {
      const range = readDateRange(dates);
      const result =
        direction === 'backers'
          ? await bot.whoBacks(entity, range)
          : direction === 'backed'
            ? await bot.backedBy(entity, range)
            : await bot.whoOpposes(entity, range);
      return { kind: 'backers', result, range };
    },
  } satisfies Command<typeof options>;
}
