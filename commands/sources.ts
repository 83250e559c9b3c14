import { z } from 'zod';
import type { Command } from './command.ts';

const options = z.object({});

export default {
  name: 'sources',
  description: 'List the documents the bot answers from',
  options,
  instant: true,
  async execute({ bot }) {
    return { kind: 'sources', documents: bot.sources() };
  },
} satisfies Command<typeof options>;
