import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { defineCommand } from '../src/discord/slashCommand.ts';
import { UserError } from '../src/errors.ts';
import { documentSuggestions } from './documentSuggestions.ts';

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName('remove')
    .setDescription('Editors: move a document out of the corpus, into the trash folder')
    .addStringOption((option) => option.setName('document').setDescription('The document to remove').setRequired(true).setMaxLength(200).setAutocomplete(true)),
  options: z.object({ document: z.string().trim().min(1, 'Name the document to remove.').max(200) }),
  textOption: 'document',
  access: 'edit',
  replyPrivately: true,
  async execute({ bot, actor }, { document }) {
    if (!actor) throw new UserError('Documents can be removed from Discord, or by moving the file out of the corpus folder.');
    return { kind: 'removed', document: await bot.removeDocument(document, actor) };
  },
  autocomplete: ({ bot }, focused) => (focused.name === 'document' ? documentSuggestions(bot, focused.value) : []),
});
