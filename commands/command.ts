import { z } from 'zod';
import type { BriefReply, HelpEntry } from '../src/brief/briefReply.ts';
import type { Briefbot, Editor } from '../src/briefbot.ts';
import type { IncomingFile } from '../src/corpus/addToCorpus.ts';
import { UserError } from '../src/errors.ts';

/**
 * The command contract, shared by every interface (Discord, the terminal chat, the CLI) and
 * owned by none: nothing here knows Discord or a terminal. A command is its name, its options
 * as one zod object (which validates them and, through each field's description, documents
 * them) and an `execute` returning a neutral BriefReply. Interfaces read the options as data
 * (`commandOptions`) to build Discord's option list, commander's flags and the chat's usage,
 * and run a command only through `runCommand`, so all three accept the same options with the
 * same limits and the same errors.
 */

export interface CommandContext {
  bot: Briefbot;
  /** Every command, for /help and for finding a command by name. */
  commands: readonly Command[];
  /** Who runs the command, when the interface knows (Discord: the user; the CLI: the local user). */
  actor?: Editor;
  /** A file option's value (an attachment id, a path) → the file, as this interface receives files. */
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

export interface Command<Options extends z.ZodObject = z.ZodObject> {
  /** Lower case, digits and hyphens: what follows the slash. */
  name: string;
  description: string;
  /**
   * The options. Each field carries its description (`.describe()`, or `.meta({ description,
   * autocomplete: true })` for one that suggests values); string, integer, optional or not,
   * lengths and ranges are read from the schema itself.
   */
  options: Options;
  /** The option that free text after the command fills ("/ask who backs X", `briefbot ask who backs X`). */
  textOption?: keyof z.input<Options> & string;
  /**
   * Answers from memory at once (/help, /sources): the Discord bot replies without deferring
   * and does not count it against the user's rate limit. Anything that searches is not instant.
   */
  instant?: boolean;
  /** 'edit' for a command that changes the corpus (editors only on Discord); default 'ask'. */
  access?: 'ask' | 'edit';
  /** The reply is for the user who ran it only (Discord: ephemeral), e.g. what an editor changed. */
  replyPrivately?: boolean;
  execute(context: CommandContext, options: z.output<Options>): Promise<BriefReply>;
  /**
   * Suggestions for an option whose meta says `autocomplete: true`, best first: plain values,
   * or choices whose shown name differs from the value. The interface trims them to what it
   * can show (Discord: 25, each ≤ 100 chars). Must be quick: Discord drops answers after 3 s.
   */
  autocomplete?(context: CommandContext, focused: FocusedOption): Suggestions | Promise<Suggestions>;
}

/** One option as the interfaces present it. */
export interface CommandOption {
  name: string;
  description: string;
  /** 'file': a string naming a file the interface hands over (`meta({ file: true })`), read through `context.openFile`. */
  type: 'string' | 'integer' | 'file';
  required: boolean;
  /** Characters, for a string option. */
  maxLength?: number;
  /** Inclusive range, for an integer option. */
  min?: number;
  max?: number;
  autocomplete: boolean;
}

/** What zod's JSON Schema says of one option: the part the interfaces need. */
const optionSchema = z.object({
  type: z.enum(['string', 'integer']),
  description: z.string().min(1),
  maxLength: z.number().int().optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  autocomplete: z.boolean().optional(),
  file: z.boolean().optional(),
});

const optionsSchema = z.object({
  properties: z.record(z.string(), z.unknown()).default({}),
  required: z.array(z.string()).default([]),
});

/** Read once per command: a pure function of its (immutable) schema. */
const optionsOf = new WeakMap<Command, readonly CommandOption[]>();

/**
 * A command's options, in declaration order, read from its zod schema. Throws (a programming
 * error, caught by the tests) for an option without a description or of a type no interface offers.
 */
export function commandOptions(command: Command): readonly CommandOption[] {
  const known = optionsOf.get(command);
  if (known) return known;
  const schema = optionsSchema.parse(z.toJSONSchema(command.options, { io: 'input' }));
  const options = Object.entries(schema.properties).map(([name, property]): CommandOption => {
    const parsed = optionSchema.safeParse(property);
    if (!parsed.success)
      throw new Error(`/${command.name} ${name}: ${parsed.error.issues[0]?.message ?? 'unsupported option'}`);
    const { type, description, maxLength, minimum, maximum, autocomplete, file } = parsed.data;
    return {
      name,
      description,
      type: type === 'string' && file === true ? 'file' : type,
      required: schema.required.includes(name),
      ...(maxLength !== undefined ? { maxLength } : {}),
      ...(minimum !== undefined ? { min: minimum } : {}),
      ...(maximum !== undefined ? { max: maximum } : {}),
      autocomplete: autocomplete ?? false,
    };
  });
  optionsOf.set(command, options);
  return options;
}

/** `/summary [topic: …] [file: …] [points: 3–7]`: how the chat and the errors show a command. */
export function commandUsage(command: Command): string {
  const parts = commandOptions(command).map((option) => {
    const value =
      option.type === 'integer' && option.min !== undefined && option.max !== undefined
        ? `${option.min}–${option.max}`
        : '…';
    const shown = `${option.name}: ${value}`;
    return option.required ? shown : `[${shown}]`;
  });
  return [`/${command.name}`, ...parts].join(' ');
}

/** What /help lists: each command with its options. */
export function helpEntries(commands: readonly Command[]): HelpEntry[] {
  return commands.map((command) => ({
    name: command.name,
    description: command.description,
    options: commandOptions(command).map(({ name, description, required }) => ({ name, description, required })),
  }));
}

export function findCommand(commands: readonly Command[], name: string): Command | undefined {
  return commands.find((command) => command.name === name);
}

/** A bad option: the message names the command and the option; `reason` alone suits a plain question. */
export class CommandOptionError extends UserError {
  constructor(
    readonly command: string,
    readonly option: string | null,
    readonly reason: string,
  ) {
    super(`/${command}${option ? ` ${option}` : ''}: ${reason}`);
  }
}

/** Option values as an interface received them: text from the chat and the CLI, typed values from Discord. */
export type RawOptions = Readonly<Record<string, string | number | boolean | undefined>>;

/** A command whose options passed: running it can no longer fail on them. */
export interface PreparedCommand {
  command: Command;
  run(context: CommandContext): Promise<BriefReply>;
}

/**
 * Finds the command and validates its options once, without running it, for an interface
 * that acts in between (Discord checks the rate limit and defers only for valid commands; the
 * CLI builds the core only for valid ones).
 * Unknown commands and unknown options are refused with the command's usage; integer options
 * given as text are read as numbers; the schema's own messages say what is wrong.
 */
export function prepareCommand(name: string, raw: RawOptions, commands: readonly Command[]): PreparedCommand {
  const command = findCommand(commands, name);
  if (!command) throw new UserError(`Unknown command /${name}. Type /help for the list.`);
  const options = commandOptions(command);
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const option = options.find((candidate) => candidate.name === key);
    if (!option) {
      const known = options.length > 0 ? `Usage: ${commandUsage(command)}` : `/${command.name} takes no options.`;
      throw new CommandOptionError(command.name, null, `no option "${key}". ${known}`);
    }
    values[key] =
      option.type === 'integer' && typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
  }
  const missing = options.find((option) => option.required && values[option.name] === undefined);
  if (missing) throw new CommandOptionError(command.name, missing.name, `missing. Usage: ${commandUsage(command)}`);
  const parsed = command.options.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const option = issue?.path.map(String).join('.') || null;
    throw new CommandOptionError(command.name, option, issue?.message ?? 'invalid options');
  }
  return { command, run: (context) => command.execute(context, parsed.data) };
}

/** Runs a command by name: the one way every interface runs one. Throws UserError for bad input. */
export async function runCommand(name: string, raw: RawOptions, context: CommandContext): Promise<BriefReply> {
  return prepareCommand(name, raw, context.commands).run(context);
}
