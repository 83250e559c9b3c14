import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { defineCommand } from '../src/discord/slashCommand.ts';
import { UserError } from '../src/errors.ts';

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName('add')
    .setDescription('Editors: add a document to the corpus (.txt, .md, .html or .pdf, up to 20 MB)')
    .addAttachmentOption((option) => option.setName('file').setDescription('The document to add').setRequired(true)),
  options: z.object({ file: z.string().min(1, 'Attach the document to add.') }),
  access: 'edit',
  replyPrivately: true,
  async execute({ bot, actor, openFile }, { file }) {
    if (!actor || !openFile) throw new UserError('Documents can be added from Discord or with `briefbot add <file>`.');
    return { kind: 'added', document: await bot.addDocument(openFile(file), actor) };
  },
});
