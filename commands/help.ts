import { z } from 'zod';
import { type Command, helpEntries } from './command.ts';

const options = z.object({});

export default {
  name: 'help',
  description: 'What the bot can do',
  options,
  instant: true,
  async execute({ commands }) {
    return { kind: 'help', commands: helpEntries(commands) };
  },
} satisfies Command<typeof options>;
