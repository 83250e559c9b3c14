import { createBriefbot } from '../../src/briefbot.ts';
import { benchConfig, silentLogger } from './benchModel.ts';
import { benchQueries } from './benchQueries.ts';

export interface PeakMemoryData {
  corpus: string;
  passages: number;
  heapUsedMb: number;
  externalMb: number;
}

/**
 * What a running bot holds: in a process of its own (the worker reports the process's peak
 * RSS), a hybrid instance with the int8 model on the index. With a corpus folder it runs as
 * src/main.ts does (longRunning: reindex in a worker thread), answers, briefs the whole corpus
 * and answers who-backs (relations kept in memory); a synthetic index only answers questions.
 */
export async function peakMemory(options: {
  corpus: string;
  indexPath: string;
  corpusDir: string;
  passages: number;
  reindex: boolean;
  queries: number;
}): Promise<PeakMemoryData> {
  // As src/main.ts runs it (indexing in a worker thread, who-backs relations kept in memory).
  const bot = await createBriefbot(
    benchConfig({ corpusDir: options.corpusDir, indexPath: options.indexPath }),
    silentLogger,
    { longRunning: options.reindex },
  );
  if (bot.mode !== 'hybrid')
    throw new Error(`${options.corpus}: the bot runs in ${bot.mode} mode (no vectors for the model)`);
  if (options.reindex) await bot.reindex();
  for (const question of await benchQueries(options.queries)) await bot.ask(question);
  if (options.reindex) {
    await bot.summary();
    await bot.whoBacks('Mexico');
  }
  const memory = process.memoryUsage();
  bot.close();
  return {
    corpus: options.corpus,
    passages: options.passages,
    heapUsedMb: memory.heapUsed / 2 ** 20,
    externalMb: (memory.external + memory.arrayBuffers) / 2 ** 20,
  };
}
