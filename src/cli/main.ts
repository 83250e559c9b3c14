import fs from 'node:fs';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { toExcerptJson } from '../brief/excerpt.ts';
import { MAX_POINTS } from '../brief/summarizeCorpus.ts';
import { openTermVectors } from '../brief/termNeighbours.ts';
import { type Briefbot, createBriefbot } from '../briefbot.ts';
import { isUserError, UserError } from '../errors.ts';
import type { IndexReport } from '../index/indexCorpus.ts';
import { loadConfig } from '../loadConfig.ts';
import { createLogger, type Logger } from '../logger.ts';
import { createProgressBar } from './createProgressBar.ts';
import { renderAnswer, renderBackers, renderIndexReport, renderSources, renderSummary } from './renderText.ts';

interface CommonOptions {
  corpus?: string;
  db?: string;
  model?: string;
  json?: boolean;
  /** `index` prints its report; other commands only when the index changed. */
  indexOnly?: boolean;
}

/** `briefbot <command>`: exit 0 on success, 2 on bad usage, 1 on failure. */
export async function runCli(argv: string[]): Promise<number> {
  const program = new Command('briefbot')
    .description('Answers from a folder of articles, with exact citations.')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  const withCommonOptions = (command: Command) =>
    command
      .option('--corpus <dir>', 'folder of documents (default: CORPUS_DIR or ./corpus)')
      .option('--db <file>', 'index file (default: INDEX_PATH or .briefbot/index.db)')
      .option('--model <id|dir|none>', 'embedding model: a hub id, a local folder, or "none" for keyword search only');

  let exitCode = 0;
  const run = (action: (bot: Briefbot, logger: Logger, options: CommonOptions) => Promise<void>, options: CommonOptions) =>
    withBriefbot(options, action).then((code) => {
      exitCode = code;
    });

  withCommonOptions(program.command('index').description('build or update the index'))
    .option('--json', 'print the report as JSON')
    .action((options: CommonOptions) => run(async () => {}, { ...options, indexOnly: true }));

  withCommonOptions(program.command('ask').description('answer a question with cited excerpts'))
    .argument('<question...>', 'the question')
    .option('--k <n>', 'number of excerpts', positiveInteger, 3)
    .option('--json', 'print one JSON object')
    .action((words: string[], options: CommonOptions & { k: number }) =>
      run(async (bot) => {
        const answer = await bot.ask(words.join(' '), { k: options.k });
        if (options.json) {
          print({ question: answer.question, answer: answer.answer, excerpts: answer.excerpts.map(toExcerptJson) });
        } else print(renderAnswer(answer));
      }, options),
    );

  for (const [name, description, direction] of [
    ['who-backs', 'who supports an actor, according to the corpus', 'backers'],
    ['backed-by', 'whom an actor supports, according to the corpus', 'backed'],
  ] as const) {
    withCommonOptions(program.command(name).description(description))
      .argument('<entity...>', 'a person, group or country')
      .option('--json', 'print one JSON object')
      .action((words: string[], options: CommonOptions) =>
        run(async (bot) => {
          const entity = words.join(' ');
          const result = direction === 'backers' ? await bot.whoBacks(entity) : await bot.backedBy(entity);
          if (options.json) {
            print({
              entity: result.entity,
              aliases: result.aliases,
              found: result.found,
              suggestions: result.suggestions,
              backers: result.backers.map((backer) => ({
                name: backer.name,
                support: backer.support,
                documents: backer.documents,
                evidence: backer.evidence.map(toExcerptJson),
              })),
            });
          } else print(renderBackers(result));
        }, options),
      );
  }

  withCommonOptions(program.command('summary').description('a short cited briefing of the corpus, a topic or one document'))
    .option('--topic <text>', 'brief on this topic only')
    .option('--file <name>', 'brief on this document only')
    .option('--points <n>', 'number of points (1 to 10)', pointsCount, 5)
    .option('--json', 'print one JSON object')
    .action((options: CommonOptions & { topic?: string; file?: string; points: number }) =>
      run(async (bot) => {
        const summary = await bot.summary({ topic: options.topic, file: options.file, points: options.points });
        if (options.json) {
          print({
            topic: summary.topic,
            points: summary.points.map((point) => ({ text: point.text, citations: point.citations.map(toExcerptJson) })),
          });
        } else print(renderSummary(summary));
      }, options),
    );

  withCommonOptions(program.command('sources').description('list the indexed documents'))
    .option('--json', 'print one JSON object')
    .action((options: CommonOptions) =>
      run(async (bot) => {
        const documents = bot.sources();
        if (options.json) {
          print({ documents: documents.map(({ file, title, published, passages }) => ({ file, title, published, passages })) });
        } else print(renderSources(documents));
      }, options),
    );

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      process.stderr.write(`usage: briefbot <index|ask|who-backs|backed-by|summary|sources> [options]  (briefbot --help)\n`);
      return 2;
    }
    throw error;
  }
}

async function withBriefbot(
  options: CommonOptions,
  action: (bot: Briefbot, logger: Logger, options: CommonOptions) => Promise<void>,
): Promise<number> {
  let logger: Logger | undefined;
  let bot: Briefbot | undefined;
  try {
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
    const report = await bot.reindex(createProgressBar());
    reportIndexing(report, options);
    await action(bot, logger, options);
    return 0;
  } catch (error) {
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

function reportIndexing(report: IndexReport, options: CommonOptions): void {
  const changed = report.added + report.changed + report.removed + report.embedded > 0;
  if (options.indexOnly && options.json) print(report);
  else if (options.indexOnly || changed) process.stderr.write(`${renderIndexReport(report)}\n`);
}

function print(value: unknown): void {
  process.stdout.write(typeof value === 'string' ? `${value}\n` : `${JSON.stringify(value)}\n`);
}

function wholeNumberFrom(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`must be a whole number from ${min} to ${max}`);
    return n;
  };
}

const positiveInteger = wholeNumberFrom(1, 50);
const pointsCount = wholeNumberFrom(1, MAX_POINTS);

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runCli(process.argv.slice(2));
}
