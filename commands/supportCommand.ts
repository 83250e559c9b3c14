import { z } from 'zod';
import type { Command } from './command.ts';

export const MAX_ENTITY_LENGTH = 100;

/**
 * /who-backs and /backed-by: one question asked in either direction, so one definition. The
 * entity option suggests the actors the corpus names, whichever of their names was typed.
 */
export function supportCommand(direction: 'backers' | 'backed') {
  const name = direction === 'backers' ? 'who-backs' : 'backed-by';
  const options = z.object({
    entity: z
      .string()
      .trim()
      .min(1, `Name an actor, e.g. /${name} ${direction === 'backers' ? 'haftar' : 'turkey'}`)
      .max(MAX_ENTITY_LENGTH)
      .meta({ description: 'A person, group or country', autocomplete: true }),
  });
  return {
    name,
    description:
      direction === 'backers'
        ? 'Who supports an actor, according to the corpus, with evidence'
        : 'Whom an actor supports, according to the corpus, with evidence',
    options,
    textOption: 'entity',
    autocomplete: ({ bot }, focused) => bot.entityNames(focused.value, 25),
    async execute({ bot }, { entity }) {
      return { kind: 'backers', result: direction === 'backers' ? await bot.whoBacks(entity) : await bot.backedBy(entity) };
    },
  } satisfies Command<typeof options>;
}
