import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { defineCommand } from '../src/discord/slashCommand.ts';

export const MAX_QUESTION_LENGTH = 500;

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Answer a question from the corpus, with cited excerpts')
    .addStringOption((option) =>
      option.setName('question').setDescription('What do you want to know?').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH),
    ),
  options: z.object({
    question: z.string().trim().min(1, 'Ask a question.').max(MAX_QUESTION_LENGTH, `Keep the question under ${MAX_QUESTION_LENGTH} characters.`),
  }),
  textOption: 'question',
  async execute({ bot }, { question }) {
    return { kind: 'answer', answer: await bot.ask(question) };
  },
});
