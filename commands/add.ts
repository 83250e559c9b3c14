import { z } from 'zod';
import { UserError } from '../src/errors.ts';
import type { Command } from './command.ts';

const options = z.object({
  file: z
    .string()
    .min(1, 'Attach the document to add.')
    .meta({ description: 'The document: .txt, .md, .html or .pdf, up to 20 MB', file: true }),
});

export default {
  name: 'add',
  description: 'Editors: add a document to the corpus, indexed at once',
  options,
  textOption: 'file',
  access: 'edit',
  replyPrivately: true,
  async execute({ bot, actor, openFile }, { file }) {
    if (!actor || !openFile)
      throw new UserError('Documents are added from Discord (/add) or with `briefbot add <file>`.');
    return { kind: 'added', document: await bot.addDocument(openFile(file), actor) };
  },
} satisfies Command<typeof options>;
