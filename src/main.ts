import { renderIndexReport } from './cli/renderText.ts';
import { createProgressBar } from './cli/createProgressBar.ts';
import { runTerminalChat } from './cli/terminalChat.ts';
import { createBriefbot } from './briefbot.ts';
import { commandList } from './discord/commandList.ts';
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
  const bot = await createBriefbot(config, logger);
  try {
    const report = await bot.reindex(createProgressBar());
    logger.info({ documents: report.documents, passages: report.passages, mode: bot.mode, model: bot.modelId }, renderIndexReport(report));
    if (config.discord.token) {
      logger.error('The Discord bot is not part of this build yet; unset DISCORD_TOKEN to use the terminal chat.');
      return 1;
    }
    await runTerminalChat(bot, commandList, logger);
    return 0;
  } catch (error) {
    if (isUserError(error)) process.stderr.write(`${error.message}\n`);
    else logger.fatal({ err: error }, 'briefbot stopped');
    return 1;
  } finally {
    bot.close();
  }
}

process.exitCode = await main();
