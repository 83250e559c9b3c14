import type { SlashCommandOptionsOnlyBuilder } from 'discord.js';
import type { z } from 'zod';
import type { BriefReply } from '../brief/briefReply.ts';
import type { Briefbot, Editor } from '../briefbot.ts';
import type { IncomingFile } from '../corpus/addToCorpus.ts';

export interface CommandContext {
  bot: Briefbot;
  /** Every command, for /help. */
  commands: readonly SlashCommand[];
  /** Who runs the command, when the interface knows (Discord: the user; the CLI: the local user). */
  actor?: Editor;
  /** A file option's value (an attachment id, a path) → the file, as the interface receives files. */
  openFile?: (reference: string) => IncomingFile;
}

/** The option a user is typing in, as autocomplete sees it. */
export interface FocusedOption {
  name: string;
  value: string;
}

/** A suggestion: what the user sees (`name`) and what the option receives (`value`). */
export interface AutocompleteChoice {
  name: string;
  value: string;
}

export type Suggestions = readonly (string | AutocompleteChoice)[];

/** One file in commands/: its Discord builder, the schema of its options, and a thin execute. */
export interface SlashCommand<Schema extends z.ZodType = z.ZodType> {
  data: SlashCommandOptionsOnlyBuilder;
  options: Schema;
  /** The option that a free-text line fills in the terminal chat ("/ask who backs X"). */
  textOption?: string;
  /**
   * Answers from memory at once (/help, /sources): the Discord bot replies without deferring
   * and does not count it against the user's rate limit. Anything that searches is not instant.
   */
  instant?: boolean;
  /** 'edit' for commands that change the corpus (editors only); default 'ask' (who may ask). */
  access?: 'ask' | 'edit';
  /** The reply is for the user who ran it only (Discord: ephemeral), e.g. what an editor changed. */
  replyPrivately?: boolean;
  execute(context: CommandContext, options: z.infer<Schema>): Promise<BriefReply>;
  /**
   * Suggestions for an option declared with `setAutocomplete(true)`, best first: plain values,
   * or choices whose shown name differs from the value. The interface trims them to what it
   * can show (Discord: 25, each ≤ 100 chars). Must be quick: Discord drops answers after 3 s.
   */
  autocomplete?(context: CommandContext, focused: FocusedOption): Suggestions | Promise<Suggestions>;
}

/** Keeps each command's execute typed by its own schema while the list holds them all. */
export function defineCommand<Schema extends z.ZodType>(command: SlashCommand<Schema>): SlashCommand {
  return command as unknown as SlashCommand;
}
