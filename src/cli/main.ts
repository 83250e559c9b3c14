import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Command as Program, CommanderError } from 'commander';
import { CommandOptionError } from '../../commands/command.ts';
import { openTermVectors } from '../brief/termNeighbours.ts';
import { type Briefbot, createBriefbot } from '../briefbot.ts';
import { checkConfiguredPaths } from '../checkConfiguredPaths.ts';
import { isUserError } from '../errors.ts';
import type { IndexReport } from '../index/indexCorpus.ts';
import { loadConfig } from '../loadConfig.ts';
import { createLogger, type Logger } from '../logger.ts';
import type { CliAction, CliCommand, CliRunner, CommonOptions } from './cliCommand.ts';
import add from './commands/add.ts';
import ask from './commands/ask.ts';
import backedBy from './commands/backed-by.ts';
import context from './commands/context.ts';
import indexCommand from './commands/indexCommand.ts';
import remove from './commands/remove.ts';
import sources from './commands/sources.ts';
import summary from './commands/summary.ts';
import timeline from './commands/timeline.ts';
import whoBacks from './commands/who-backs.ts';
import whoOpposes from './commands/who-opposes.ts';
import { createProgressBar } from './createProgressBar.ts';
import { renderIndexReport } from './renderText.ts';

/** Every CLI command, one file each under src/cli/commands/, in the order `--help` lists them. */
const CLI_COMMANDS: readonly CliCommand[] = [
  indexCommand,
  ask,
  whoBacks,
  backedBy,
  whoOpposes,
  timeline,
  summary,
  sources,
  context,
  add,
  remove,
];

const USAGE =
  'usage: briefbot <index|ask|who-backs|backed-by|who-opposes|timeline|summary|sources|context|add|remove> [options]  (briefbot --help)';

/** `briefbot <command>`: exit 0 on success, 2 on bad usage, 1 on failure. */
export async function runCli(argv: string[]): Promise<number> {
  const program = new Program('briefbot')
    .description('Answers from a folder of articles, with exact citations.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  let exitCode = 0;
  const cli: CliRunner = {
    withCommonOptions: (command) =>
      command
        .option('--corpus <dir>', 'folder of documents (default: CORPUS_DIR or ./corpus)')
        .option('--db <file>', 'index file (default: INDEX_PATH or .briefbot/index.db)')
        .option(
          '--model <id|dir|none>',
          'embedding model: a hub id, a local folder, or "none" for keyword search only',
        ),
    run: async (options, prepare, report = 'when-changed', searches = true) => {
      exitCode = await withBriefbot(options, prepare, report, searches);
    },
    print,
  };
  for (const register of CLI_COMMANDS) register(program, cli);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version asked for; 'commander.help' is help shown because no command was given: bad usage.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

async function withBriefbot(
  options: CommonOptions,
  prepare: () => CliAction,
  report: 'always' | 'when-changed',
  searches: boolean,
): Promise<number> {
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
    logger = createLogger(process.env.LOG_LEVEL ? config.logLevel : 'warn', { pretty: true, noColor: config.noColor });
    checkConfiguredPaths(config, {
      corpusDir: options.corpus ? '--corpus' : 'CORPUS_DIR',
      indexPath: options.db ? '--db' : 'INDEX_PATH',
    });
    const log = logger;
    // Read at the first question: who-backs, sources and the like never need them.
    const termVectors = () => (config.wordVectors ? openTermVectors(config.modelCacheDir, log) : null);
    bot = await createBriefbot(config, logger, { termVectors, keywordOnly: !searches });
    reportIndexing(await bot.reindex(createProgressBar()), report, options.json === true, logger);
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
      // The stack helps a bug report, not a user: shown at LOG_LEVEL=debug.
      if (logger?.isLevelEnabled('debug')) logger.error({ err: error }, 'command failed');
      process.stderr.write(`briefbot: failed: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    return 1;
  } finally {
    bot?.close();
  }
}

/**
 * `index` prints its report on stdout, its output (as JSON with --json); other commands say on
 * stderr, beside the logs, when the index changed, unless LOG_LEVEL=silent.
 */
function reportIndexing(report: IndexReport, when: 'always' | 'when-changed', json: boolean, logger: Logger): void {
  const changed = report.added + report.changed + report.removed + report.embedded > 0;
  if (when === 'always') print(json ? JSON.stringify(report) : renderIndexReport(report));
  else if (changed && logger.level !== 'silent') process.stderr.write(`${renderIndexReport(report)}\n`);
}

function packageVersion(): string {
  const manifest = createRequire(import.meta.url)('../../package.json') as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runCli(process.argv.slice(2));
}
