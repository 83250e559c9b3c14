import { z } from 'zod';
import { UserError } from '../src/errors.ts';
import type { Command } from './command.ts';
import { documentSuggestions } from './documentSuggestions.ts';

const options = z.object({
  document: z
    .string()
    .trim()
    .min(1, 'Name the document to remove.')
    .max(200)
    .meta({ description: 'The document to move to the trash', autocomplete: true }),
});

export default {
  name: 'remove',
  description: 'Editors: move a document out of the corpus, into the trash folder',
  options,
  textOption: 'document',
  access: 'edit',
  replyPrivately: true,
  async execute({ bot, actor }, { document }) {
    if (!actor)
      throw new UserError(
        'Documents are removed from Discord (/remove), or by moving the file out of the corpus folder.',
      );
    return { kind: 'removed', document: await bot.removeDocument(document, actor) };
  },
  autocomplete: ({ bot }, focused) => (focused.name === 'document' ? documentSuggestions(bot, focused.value) : []),
} satisfies Command<typeof options>;
