import { z } from 'zod';
import { parseCitation } from '../src/brief/formatCitation.ts';
import type { Command } from './command.ts';

const HOW = 'Give a citation as the bot prints it, e.g. 000_bd4eabd2b5bc6d71.txt ¶7 L15';

const options = z.object({
  citation: z
    .string()
    .trim()
    .max(300)
    .transform((text, context) => {
      const span = parseCitation(text);
      if (!span) context.addIssue({ code: 'custom', message: HOW });
      return span ?? z.NEVER;
    })
    .describe('A citation as the bot prints it, e.g. 000_bd4eabd2b5bc6d71.txt ¶7 L15'),
});

/** A cited passage within its paragraph, with the paragraphs around it: Discord's "Show in context" button, typed. */
export default {
  name: 'context',
  description: 'Show a cited passage in context: its paragraph and the ones around it',
  options,
  textOption: 'citation',
  instant: true,
  async execute({ bot }, { citation }) {
    return { kind: 'context', context: await bot.passageContext(citation) };
  },
} satisfies Command<typeof options>;
