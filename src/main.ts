import { commands } from '../commands/index.ts';
import { renderIndexReport } from './cli/renderText.ts';
import { createProgressBar } from './cli/createProgressBar.ts';
import { runTerminalChat } from './cli/terminalChat.ts';
import { openTermVectors } from './brief/termNeighbours.ts';
import { createBriefbot } from './briefbot.ts';
import { type CorpusWatch, watchCorpus } from './corpus/watchCorpus.ts';
import { createDiscordBot } from './discord/createDiscordBot.ts';
import { isUserError } from './errors.ts';
import { loadConfig } from './loadConfig.ts';
import { createLogger } from './logger.ts';

/**
 * `npm start`: the composition root. Config → logger → core (index and model) → the Discord
 * bot when DISCORD_TOKEN is set, otherwise the terminal chat over the same core.
 */
async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const logger = createLogger(config.logLevel);
  // The process lives on: index in a worker thread, so answers never wait for it.
  const termVectors = config.wordVectors ? openTermVectors(config.modelCacheDir, logger) : null;
  const bot = await createBriefbot(config, logger, { longRunning: true, termVectors });
  let watch: CorpusWatch | undefined;
  try {
    const report = await bot.reindex(createProgressBar());
    logger.info({ documents: report.documents, passages: report.passages, mode: bot.mode, model: bot.modelId }, renderIndexReport(report));
    watch = watchCorpus(config.corpusDir, () => {
      bot
        .reindex()
        .then((update) => logger.info({ added: update.added, changed: update.changed, removed: update.removed }, renderIndexReport(update)))
        .catch((error: unknown) => logger.error({ err: error }, 're-indexing after a corpus change failed; answering from the previous index'));
    });
    if (config.discord.token) {
      const discordBot = createDiscordBot({ core: bot, config, logger, commands });
      await discordBot.start();
      const signal = await shutdownSignal();
      logger.info({ signal }, 'shutting down');
      await discordBot.stop();
      return 0;
    }
    await runTerminalChat(bot, commands, logger);
    return 0;
  } catch (error) {
    if (isUserError(error)) process.stderr.write(`${error.message}\n`);
    else logger.fatal({ err: error }, 'briefbot stopped');
    return 1;
  } finally {
    await watch?.close();
    bot.close();
  }
}

/** Resolves with the first SIGINT or SIGTERM; a second one gets Node's default (immediate exit). */
function shutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

process.exitCode = await main();
