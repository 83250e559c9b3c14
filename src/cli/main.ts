import fs from 'node:fs';
import { Command as Program, CommanderError } from 'commander';
import { CommandOptionError } from '../../commands/command.ts';
import { openTermVectors } from '../brief/termNeighbours.ts';
import { type Briefbot, createBriefbot } from '../briefbot.ts';
import { isUserError, UserError } from '../errors.ts';
import type { IndexReport } from '../index/indexCorpus.ts';
import { loadConfig } from '../loadConfig.ts';
import { createLogger, type Logger } from '../logger.ts';
import type { CliAction, CliCommand, CliRunner, CommonOptions } from './cliCommand.ts';
import ask from './commands/ask.ts';
import backedBy from './commands/backed-by.ts';
import context from './commands/context.ts';
import indexCommand from './commands/indexCommand.ts';
import sources from './commands/sources.ts';
import summary from './commands/summary.ts';
import whoBacks from './commands/who-backs.ts';
import { createProgressBar } from './createProgressBar.ts';
import { renderIndexReport } from './renderText.ts';

/** Every CLI command, one file each under src/cli/commands/, in the order `--help` lists them. */
const CLI_COMMANDS: readonly CliCommand[] = [indexCommand, ask, whoBacks, backedBy, summary, sources, context];

const USAGE = 'usage: briefbot <index|ask|who-backs|backed-by|summary|sources|context> [options]  (briefbot --help)';

/** `briefbot <command>`: exit 0 on success, 2 on bad usage, 1 on failure. */
export async function runCli(argv: string[]): Promise<number> {
  const program = new Program('briefbot')
    .description('Answers from a folder of articles, with exact citations.')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  let exitCode = 0;
  const cli: CliRunner = {
    withCommonOptions: (command) =>
      command
        .option('--corpus <dir>', 'folder of documents (default: CORPUS_DIR or ./corpus)')
        .option('--db <file>', 'index file (default: INDEX_PATH or .briefbot/index.db)')
        .option('--model <id|dir|none>', 'embedding model: a hub id, a local folder, or "none" for keyword search only'),
    run: async (options, prepare, report = 'when-changed') => {
      exitCode = await withBriefbot(options, prepare, report);
    },
    print,
  };
  for (const register of CLI_COMMANDS) register(program, cli);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

async function withBriefbot(options: CommonOptions, prepare: () => CliAction, report: 'always' | 'when-changed'): Promise<number> {
  let logger: Logger | undefined;
  let bot: Briefbot | undefined;
  try {
    const action = prepare();
    const modelIsFolder = options.model !== undefined && options.model !== 'none' && fs.existsSync(options.model);
    const config = loadConfig({
      CORPUS_DIR: options.corpus,
      INDEX_PATH: options.db,
      MODEL_ID: modelIsFolder ? undefined : options.model,
      MODEL_DIR: modelIsFolder ? options.model : undefined,
    });
    logger = createLogger(process.env.LOG_LEVEL ? config.logLevel : 'warn', { pretty: true });
    if (!fs.existsSync(config.corpusDir)) throw new UserError(`Corpus folder not found: ${config.corpusDir}`);
    const termVectors = config.wordVectors ? openTermVectors(config.modelCacheDir, logger) : null;
    bot = await createBriefbot(config, logger, { termVectors });
    reportIndexing(await bot.reindex(createProgressBar()), report, options.json === true);
    await action(bot);
    return 0;
  } catch (error) {
    if (error instanceof CommandOptionError) {
      // Bad usage, as commander's own refusals: the same message as Discord and the chat give.
      process.stderr.write(`briefbot: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (isUserError(error)) {
      process.stderr.write(`briefbot: ${error.message}\n`);
    } else {
      logger?.error({ err: error }, 'command failed');
      process.stderr.write(`briefbot: failed: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    return 1;
  } finally {
    bot?.close();
  }
}

/** `index` prints its report (as JSON with --json); other commands say only when the index changed. */
function reportIndexing(report: IndexReport, when: 'always' | 'when-changed', json: boolean): void {
  const changed = report.added + report.changed + report.removed + report.embedded > 0;
  if (when === 'always' && json) print(JSON.stringify(report));
  else if (when === 'always' || changed) process.stderr.write(`${renderIndexReport(report)}\n`);
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runCli(process.argv.slice(2));
}
