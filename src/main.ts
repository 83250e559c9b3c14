import { commands } from '../commands/index.ts';
import { renderIndexReport } from './cli/renderText.ts';
import { createProgressBar } from './cli/createProgressBar.ts';
import { runTerminalChat } from './cli/terminalChat.ts';
import { openTermVectorsInWorker } from './brief/termNeighbours.ts';
import { createBriefbot } from './briefbot.ts';
import { checkConfiguredPaths } from './checkConfiguredPaths.ts';
import { watchCorpus } from './corpus/watchCorpus.ts';
import { createDiscordBot } from './discord/createDiscordBot.ts';
import { scheduleDigest } from './discord/scheduleDigest.ts';
import { isUserError } from './errors.ts';
import type { Config } from './config.ts';
import { loadConfig } from './loadConfig.ts';
import { createLogger, type PromptRedraw } from './logger.ts';
import { processLifetime, STOP_DEADLINE_MS } from './processLifetime.ts';

/**
 * `npm start`: the composition root. Config → logger → core (index and model) → the Discord
 * bot when DISCORD_TOKEN is set, otherwise the terminal chat over the same core. Everything it
 * starts registers how to stop it with the process lifetime, which ends the process on SIGINT or
 * SIGTERM (in whatever state: loading, indexing, connecting, answering) within a bounded time.
 */
async function main(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
    checkConfiguredPaths(config);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const prompt: PromptRedraw = { redraw: undefined };
  const logger = createLogger(config.logLevel, { noColor: config.noColor, prompt });
  const lifetime = processLifetime(logger);
  try {
    // The process lives on: index in a worker thread, so answers never wait for it.
    // Read in a worker thread while createBriefbot loads the model.
    const termVectors = config.wordVectors ? openTermVectorsInWorker(config.modelCacheDir, logger) : null;
    const bot = await createBriefbot(config, logger, { longRunning: true, termVectors });
    lifetime.onStop('index and indexing worker', () => bot.close());
    // An index that already holds documents (a restart) answers at once, while the first run reads
    // every corpus file to compare it with the index (minutes for a large corpus on a cold disk);
    // a new one is built first, so that the bot comes online with its corpus.
    const answersAtOnce = bot.passageCount > 0;
    const firstRun = bot
      .reindex(createProgressBar())
      .then((report) =>
        logger.info(
          { documents: report.documents, passages: report.passages, mode: bot.mode, model: bot.modelId },
          renderIndexReport(report),
        ),
      );
    // Awaited below; until then a failure must not count as unhandled.
    firstRun.catch(() => undefined);
    const watch = watchCorpus(config.corpusDir, () => {
      bot
        .reindex()
        .then((update) =>
          logger.info(
            { added: update.added, changed: update.changed, removed: update.removed },
            renderIndexReport(update),
          ),
        )
        .catch((error: unknown) => {
          if (!lifetime.ending)
            logger.error({ err: error }, 're-indexing after a corpus change failed; answering from the previous index');
        });
    });
    lifetime.onStop('corpus watch', () => watch.close());
    if (config.discord.token) {
      if (!answersAtOnce) await firstRun;
      const discordBot = createDiscordBot({ core: bot, config, logger, commands });
      // Answers in progress get most of the stop's time; the gateway's close the rest.
      lifetime.onStop('Discord bot', () => discordBot.stop(STOP_DEADLINE_MS - 1500));
      await discordBot.start();
      const digest = config.digest
        ? scheduleDigest({ client: discordBot.client, core: bot, ...config.digest, logger })
        : null;
      if (digest) lifetime.onStop('scheduled digest', () => digest.stop());
      // A first run that fails stops the bot, whether Discord came online before it ended or not.
      await firstRun;
      await lifetime.stopRequested;
      return lifetime.end(0);
    }
    // The chat shares the terminal with the first run's progress bar: it opens after it.
    await firstRun;
    await runTerminalChat(bot, commands, logger, { input: process.stdin, output: process.stdout, prompt });
    return lifetime.end(0);
  } catch (error) {
    // Stopping closes things under whatever was running: that is no failure.
    if (lifetime.ending) return lifetime.end(0);
    if (isUserError(error)) process.stderr.write(`${error.message}\n`);
    else logger.fatal({ err: error }, 'briefbot stopped');
    return lifetime.end(1);
  }
}

process.exitCode = await main();
