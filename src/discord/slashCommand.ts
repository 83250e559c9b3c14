import type { SlashCommandOptionsOnlyBuilder } from 'discord.js';
import type { z } from 'zod';
import type { BriefReply } from '../brief/briefReply.ts';
import type { Briefbot } from '../briefbot.ts';

export interface CommandContext {
  bot: Briefbot;
  /** Every command, for /help. */
  commands: readonly SlashCommand[];
}

/** One file in commands/: its Discord builder, the schema of its options, and a thin execute. */
export interface SlashCommand<Schema extends z.ZodType = z.ZodType> {
  data: SlashCommandOptionsOnlyBuilder;
  options: Schema;
  /** The option that a free-text line fills in the terminal chat ("/ask who backs X"). */
  textOption?: string;
  execute(context: CommandContext, options: z.infer<Schema>): Promise<BriefReply>;
}

/** Keeps each command's execute typed by its own schema while the list holds them all. */
export function defineCommand<Schema extends z.ZodType>(command: SlashCommand<Schema>): SlashCommand {
  return command as unknown as SlashCommand;
}
