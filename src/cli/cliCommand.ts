import fs from 'node:fs';
import { Option, type Command as Program } from 'commander';
import {
  type Command,
  type CommandContext,
  CommandOptionError,
  commandOptions,
  prepareCommand,
} from '../../commands/command.ts';
import type { BriefReply } from '../brief/briefReply.ts';
import { drawReply } from '../brief/drawReply.ts';
import type { Briefbot } from '../briefbot.ts';
import { UserError } from '../errors.ts';
import { renderJson } from './renderJson.ts';
import { renderReply } from './renderText.ts';

/** Options every CLI command takes: where the corpus and the index are, which model. */
export interface CommonOptions {
  corpus?: string;
  db?: string;
  model?: string;
  json?: boolean;
}

/** What main.ts gives each CLI command: the shared options, a core to run on, and stdout. */
export interface CliRunner {
  /** Adds --corpus, --db and --model. */
  withCommonOptions(command: Program): Program;
  /**
   * Checks the command's own options (`prepare`, which may throw a UserError), builds the core
   * from the common ones, brings the index up to date, runs what `prepare` returned, closes the
   * core; sets the exit code. `report: 'always'` prints the index report (briefbot index).
   * `searches: false`: the command answers from the stored relations or the documents alone
   * (who-backs, sources…), so the core loads no model (a new file's passages are embedded at the
   * next run that searches).
   */
  run(
    options: CommonOptions,
    prepare: () => CliAction,
    report?: 'always' | 'when-changed',
    searches?: boolean,
  ): Promise<void>;
  print(text: string): void;
}

export type CliAction = (bot: Briefbot) => Promise<void>;

/** What a command may need beyond the core: who runs it and how files are opened (briefbot add). */
export type CliContext = Pick<CommandContext, 'actor' | 'openFile'>;

/** One file of src/cli/commands/: adds its command to the program. */
export type CliCommand = (program: Program, cli: CliRunner) => void;

/**
 * A shared command (commands/) on the command line: each option becomes a flag (`--topic
 * <text>`), the text option is also what follows the command (`briefbot ask who backs X`),
 * and `--json` prints renderJson instead of text. The flags are only carried over: runCommand
 * validates them, with the limits and messages of Discord and the chat.
 */
/**
 * `explain` adds --explain (text output names the pattern behind each piece of evidence), `svg`
 * adds --svg FILE (the answer drawn); `searches: false` says the command never searches (no
 * model is loaded for it); `actor` and `openFile` are what the command needs beyond the core
 * (briefbot add).
 */
export function sharedCliCommand(
  command: Command,
  examples: readonly string[],
  {
    explain,
    svg,
    searches = true,
    ...extra
  }: CliContext & { explain?: boolean; svg?: boolean; searches?: boolean } = {},
): CliCommand {
  return (program, cli) => {
    const options = commandOptions(command);
    const cliCommand = cli.withCommonOptions(
      program.command(command.name).description(lowerFirst(command.description)),
    );
    const text = options.find((option) => option.name === command.textOption);
    if (text) cliCommand.argument(`[${text.name}...]`, text.description);
    for (const option of options) {
      const range =
        option.type === 'integer' && option.min !== undefined && option.max !== undefined
          ? ` (${option.min} to ${option.max})`
          : '';
      cliCommand.addOption(
        new Option(`--${option.name} <${option.type === 'integer' ? 'n' : 'text'}>`, `${option.description}${range}`),
      );
    }
    cliCommand.option('--json', 'print one JSON object');
    if (explain) cliCommand.option('--explain', 'name the pattern and cue word behind each piece of evidence');
    if (svg) cliCommand.option('--svg <file>', 'also write the answer drawn as SVG to this file');
    if (examples.length > 0)
      cliCommand.addHelpText('after', `\nExamples:\n${examples.map((example) => `  $ ${example}`).join('\n')}`);
    cliCommand.action(async (...args: unknown[]) => {
      const words = text ? (args.shift() as string[]) : [];
      const flags = args.shift() as CommonOptions & { explain?: boolean } & Record<string, string | undefined>;
      await cli.run(
        flags,
        () => {
          const raw: Record<string, string | undefined> = Object.fromEntries(
            options.map((option) => [option.name, flags[option.name]]),
          );
          if (text && words.length > 0) {
            if (raw[text.name] !== undefined)
              throw new CommandOptionError(command.name, text.name, `given twice, as words and as --${text.name}.`);
            raw[text.name] = words.join(' ');
          }
          // Checked before the core is built: a bad option costs no indexing.
          const prepared = prepareCommand(command.name, raw, [command]);
          return async (bot) => {
            const reply = await prepared.run({ bot, commands: [command], ...extra });
            cli.print(
              flags.json ? JSON.stringify(renderJson(reply)) : renderReply(reply, { explain: flags.explain === true }),
            );
            if (flags.svg) writeDrawing(reply, flags.svg);
          };
        },
        'when-changed',
        searches,
      );
    });
  };
}

/** --svg: the reply's drawing (drawReply) to a file; an answer with nothing to draw says so on stderr. */
function writeDrawing(reply: BriefReply, file: string): void {
  const drawing = drawReply(reply);
  if (!drawing) {
    process.stderr.write(`briefbot: nothing to draw, ${file} not written\n`);
    return;
  }
  try {
    fs.writeFileSync(file, drawing.svg);
  } catch (error) {
    throw new UserError(`cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.stderr.write(`briefbot: wrote ${file}\n`);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
