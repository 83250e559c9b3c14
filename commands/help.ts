import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { defineCommand } from '../src/discord/slashCommand.ts';

export default defineCommand({
  data: new SlashCommandBuilder().setName('help').setDescription('What the bot can do'),
  options: z.object({}),
  instant: true,
  async execute({ commands }) {
    return { kind: 'help', commands: commands.map((command) => ({ name: command.data.name, description: command.data.description })) };
  },
});
