import ask from './ask.ts';
import backedBy from './backed-by.ts';
import type { Command } from './command.ts';
import context from './context.ts';
import help from './help.ts';
import sources from './sources.ts';
import summary from './summary.ts';
import whoBacks from './who-backs.ts';

/**
 * Every command, assembled explicitly (as discord.js's create-discord-bot does in
 * src/commands/index.ts): Discord registration, routing, the chat, the CLI and /help read this
 * list, in this order.
 */
export const commands: readonly Command[] = [whoBacks, backedBy, ask, summary, sources, context, help];
