import { afterAll, beforeAll } from 'vitest';
import { type Briefbot, createBriefbot } from '../../src/briefbot.ts';
import { parseConfig } from '../../src/config.ts';
import { recordingLogger } from './silentLogger.ts';
import { copyDefaultCorpus, type makeTempCorpus } from './tempCorpus.ts';

/** A keyword-only Briefbot over a corpus folder, indexed; the caller closes it. */
export async function openKeywordBot(corpus: { corpusDir: string; dbPath: string }): Promise<Briefbot> {
  const config = parseConfig({ CORPUS_DIR: corpus.corpusDir, INDEX_PATH: corpus.dbPath, MODEL_ID: 'none' });
  const bot = await createBriefbot(config, recordingLogger().logger);
  await bot.reindex();
  return bot;
}

/**
 * For a describe block: a keyword-only Briefbot over a fresh copy of the default corpus, made
 * before its tests and removed after. Read `bot` and `corpus` inside tests, not at definition.
 */
export function useDefaultCorpusBot(): { readonly bot: Briefbot; readonly corpus: ReturnType<typeof makeTempCorpus> } {
  const corpus = copyDefaultCorpus();
  let bot: Briefbot | undefined;
  beforeAll(async () => {
    bot = await openKeywordBot(corpus);
  });
  afterAll(() => {
    bot?.close();
    corpus.cleanup();
  });
  return {
    get bot() {
      if (!bot) throw new Error('the bot is made in beforeAll: use it inside a test');
      return bot;
    },
    corpus,
  };
}
