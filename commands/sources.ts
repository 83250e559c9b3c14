import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { defineCommand } from '../src/discord/slashCommand.ts';

export default defineCommand({
  data: new SlashCommandBuilder().setName('sources').setDescription('List the documents the bot answers from'),
  options: z.object({}),
  instant: true,
  async execute({ bot }) {
    return { kind: 'sources', documents: bot.sources() };
  },
});
