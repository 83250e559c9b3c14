import { Option, type Command as Program } from 'commander';
import { type Command, CommandOptionError, commandOptions, prepareCommand } from '../../commands/command.ts';
import type { Briefbot } from '../briefbot.ts';
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
   */
  run(options: CommonOptions, prepare: () => CliAction, report?: 'always' | 'when-changed'): Promise<void>;
  print(text: string): void;
}

export type CliAction = (bot: Briefbot) => Promise<void>;

/** One file of src/cli/commands/: adds its command to the program. */
export type CliCommand = (program: Program, cli: CliRunner) => void;

/**
 * A shared command (commands/) on the command line: each option becomes a flag (`--topic
 * <text>`), the text option is also what follows the command (`briefbot ask who backs X`),
 * and `--json` prints renderJson instead of text. The flags are only carried over: runCommand
 * validates them, with the limits and messages of Discord and the chat.
 */
export function sharedCliCommand(command: Command, examples: readonly string[]): CliCommand {
  return (program, cli) => {
    const options = commandOptions(command);
    const cliCommand = cli.withCommonOptions(program.command(command.name).description(lowerFirst(command.description)));
    const text = options.find((option) => option.name === command.textOption);
    if (text) cliCommand.argument(`[${text.name}...]`, text.description);
    for (const option of options) {
      const range = option.type === 'integer' && option.min !== undefined && option.max !== undefined ? ` (${option.min} to ${option.max})` : '';
      cliCommand.addOption(new Option(`--${option.name} <${option.type === 'integer' ? 'n' : 'text'}>`, `${option.description}${range}`));
    }
    cliCommand.option('--json', 'print one JSON object');
    if (examples.length > 0) cliCommand.addHelpText('after', `\nExamples:\n${examples.map((example) => `  $ ${example}`).join('\n')}`);
    cliCommand.action(async (...args: unknown[]) => {
      const words = text ? (args.shift() as string[]) : [];
      const flags = args.shift() as CommonOptions & Record<string, string | undefined>;
      await cli.run(flags, () => {
        const raw: Record<string, string | undefined> = Object.fromEntries(options.map((option) => [option.name, flags[option.name]]));
        if (text && words.length > 0) {
          if (raw[text.name] !== undefined) throw new CommandOptionError(command.name, text.name, `given twice, as words and as --${text.name}.`);
          raw[text.name] = words.join(' ');
        }
        // Checked before the core is built: a bad option costs no indexing.
        const prepared = prepareCommand(command.name, raw, [command]);
        return async (bot) => {
          const reply = await prepared.run({ bot, commands: [command] });
          cli.print(flags.json ? JSON.stringify(renderJson(reply)) : renderReply(reply));
        };
      });
    });
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
