import { z } from 'zod';
import type { Command } from './command.ts';

export const MAX_QUESTION_LENGTH = 500;
/** Excerpts an answer may show: three by default; ten fill more than two Discord pages. */
export const MAX_EXCERPTS = 10;

const options = z.object({
  question: z
    .string()
    .trim()
    .min(1, 'Ask a question.')
    .max(MAX_QUESTION_LENGTH, `Keep the question under ${MAX_QUESTION_LENGTH} characters.`)
    .describe('What do you want to know?'),
  k: z
    .int(`Give a whole number of excerpts from 1 to ${MAX_EXCERPTS}.`)
    .min(1, `Give a whole number of excerpts from 1 to ${MAX_EXCERPTS}.`)
    .max(MAX_EXCERPTS, `Give a whole number of excerpts from 1 to ${MAX_EXCERPTS}.`)
    .optional()
    .describe('How many excerpts to show, 3 by default'),
});

export default {
  name: 'ask',
  description: 'Answer a question from the corpus, with cited excerpts',
  options,
  textOption: 'question',
  async execute({ bot }, { question, k }) {
    return { kind: 'answer', answer: await bot.ask(question, k === undefined ? {} : { k }) };
  },
} satisfies Command<typeof options>;
