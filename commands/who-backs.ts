import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { defineCommand } from '../src/discord/slashCommand.ts';

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName('who-backs')
    .setDescription('Who supports an actor, according to the corpus, with evidence')
    .addStringOption((option) =>
      option.setName('entity').setDescription('A person, group or country').setRequired(true).setMaxLength(100).setAutocomplete(true),
    ),
  options: z.object({ entity: z.string().trim().min(1, 'Name an actor, e.g. /who-backs haftar').max(100) }),
  textOption: 'entity',
  autocomplete: ({ bot }, focused) => bot.entityNames(focused.value, 25),
  async execute({ bot }, { entity }) {
    return { kind: 'backers', result: await bot.whoBacks(entity) };
  },
});
