import add from '../../commands/add.ts';
import ask from '../../commands/ask.ts';
import backedBy from '../../commands/backed-by.ts';
import help from '../../commands/help.ts';
import remove from '../../commands/remove.ts';
import sources from '../../commands/sources.ts';
import summary from '../../commands/summary.ts';
import whoBacks from '../../commands/who-backs.ts';
import type { SlashCommand } from './slashCommand.ts';

/** Every slash command, assembled explicitly: registration, routing and /help read this list. */
export const commandList: readonly SlashCommand[] = [whoBacks, backedBy, ask, summary, sources, add, remove, help];
