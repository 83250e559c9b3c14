import readline from 'node:readline/promises';
import { type Command, runCommand } from '../../commands/command.ts';
import type { BriefReply } from '../brief/briefReply.ts';
import type { Briefbot } from '../briefbot.ts';
import { formatCitation } from '../brief/formatCitation.ts';
import { isUserError, UserError } from '../errors.ts';
import type { Logger, PromptRedraw } from '../logger.ts';
import { parseChatLine } from './parseChatLine.ts';
import { renderReply } from './renderText.ts';

export interface ChatStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Shared with the logger, so a log line arriving while the chat waits does not leave it without a prompt. */
  prompt?: PromptRedraw;
}

/**
 * The bot in a terminal, for trying it before creating a Discord app: a plain line is a
 * question (as in the bot's channel), a line starting with / is a slash command, its options
 * written `topic: ceasefire` or `--topic ceasefire` (parseChatLine). Replies are the same as in
 * Discord, as text.
 */
export async function runTerminalChat(
  bot: Briefbot,
  commands: readonly Command[],
  logger: Logger,
  streams: ChatStreams = { input: process.stdin, output: process.stdout },
): Promise<void> {
  const terminal = 'isTTY' in streams.output && streams.output.isTTY === true;
  const rl = readline.createInterface({ input: streams.input, output: streams.output, terminal });
  const write = (text: string) => streams.output.write(`${text}\n`);
  write(
    `briefbot: ${bot.sources().length} documents, ${bot.mode === 'hybrid' ? 'hybrid search' : 'keyword search only'}.`,
  );
  write('Ask a question, or type /help. /quit leaves.');
  // On a terminal, readline takes Ctrl-C itself: it leaves the chat, as /quit does.
  rl.on('SIGINT', () => rl.close());
  rl.setPrompt('you> ');
  // Only while waiting for a line: during an answer there is no prompt to restore.
  const waitForLine = () => {
    rl.prompt();
    if (streams.prompt) streams.prompt.redraw = () => rl.prompt(true);
  };
  waitForLine();
  let last: BriefReply | null = null;
  for await (const line of rl) {
    if (streams.prompt) streams.prompt.redraw = undefined;
    const text = line.trim();
    if (text === '/quit' || text === '/exit') break;
    if (text !== '') {
      try {
        const reply = await replyToLine(numberedExcerptAsCitation(text, last), bot, commands);
        write(renderReply(reply));
        if (reply.kind === 'answer') {
          // Kept until the next answer, so "/context 1" then "/context 2" both refer to it.
          last = reply;
          if (reply.answer.excerpts.length > 0) write('(/context N shows excerpt [N] in context)');
        }
      } catch (error) {
        if (isUserError(error)) write(error.message);
        else {
          logger.error({ err: error, line: text }, 'chat command failed');
          write('Something went wrong while answering; the details are in the log.');
        }
      }
      write('');
    }
    waitForLine();
  }
  if (streams.prompt) streams.prompt.redraw = undefined;
  rl.close();
}

/**
 * "/context 2" → "/context <citation of excerpt [2] of the last answer>": the chat's "Show in
 * context" button. Any other line is left as it is.
 */
export function numberedExcerptAsCitation(line: string, last: BriefReply | null): string {
  const match = /^\/context\s+\[?(\d{1,2})\]?$/.exec(line);
  if (!match) return line;
  const n = Number(match[1]);
  const excerpt = last?.kind === 'answer' ? last.answer.excerpts[n - 1] : undefined;
  if (!excerpt)
    throw new UserError(
      `There is no excerpt [${n}] in the last answer: ask a question first, or give a citation (/context file ¶n Lx).`,
    );
  return `/context ${formatCitation(excerpt)}`;
}

/** A chat line → the command it names (a plain question is /ask) → its reply. */
export async function replyToLine(line: string, bot: Briefbot, commands: readonly Command[]): Promise<BriefReply> {
  const { name, options } = parseChatLine(line, commands);
  return runCommand(name, options, { bot, commands });
}
