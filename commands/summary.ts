import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { defineCommand } from '../src/discord/slashCommand.ts';
import { documentSuggestions } from './documentSuggestions.ts';

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName('summary')
    .setDescription('A short cited briefing of the corpus, a topic, or one document')
    .addStringOption((option) => option.setName('topic').setDescription('Brief on this topic only').setMaxLength(200))
    .addStringOption((option) => option.setName('file').setDescription('Brief on this document only').setMaxLength(200).setAutocomplete(true)),
  options: z.object({
    topic: z.string().trim().max(200).optional(),
    file: z.string().trim().max(200).optional(),
  }),
  textOption: 'topic',
  async execute({ bot }, { topic, file }) {
    return { kind: 'summary', summary: await bot.summary({ topic: topic || undefined, file: file || undefined }) };
  },
  /** `file:` suggests the corpus documents whose name or title contains what was typed, name matches first. */
  autocomplete: ({ bot }, focused) => (focused.name === 'file' ? documentSuggestions(bot, focused.value) : []),
});
