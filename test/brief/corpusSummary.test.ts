import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createBriefbot } from '../../src/briefbot.ts';
import { parseConfig } from '../../src/config.ts';
import { EXTRACTOR_VERSION } from '../../src/brief/extractorVersion.ts';
import { SUMMARY_VERSION } from '../../src/brief/summarizeCorpus.ts';
import { IndexStore } from '../../src/index/indexStore.ts';
import { recordingLogger } from '../support/silentLogger.ts';
import { defaultCorpusForTest } from '../support/defaultCorpusForTest.ts';

describe('the whole-corpus briefing kept in the index', () => {
  it('is stored once computed, and follows the corpus when it changes', async () => {
    const corpus = defaultCorpusForTest();
    const config = parseConfig({ CORPUS_DIR: corpus.corpusDir, INDEX_PATH: corpus.dbPath, MODEL_ID: 'none' });
    const bot = await createBriefbot(config, recordingLogger().logger);
    onTestFinished(() => bot.close());
    await bot.reindex();
    const first = await bot.summary();

    const store = IndexStore.open(corpus.dbPath);
    onTestFinished(() => store.close());
    const stored = JSON.parse(store.getMeta(`summary:v${SUMMARY_VERSION}:x${EXTRACTOR_VERSION}:5`) ?? '{}') as {
      version: string;
      summary: unknown;
    };
    expect(stored).toEqual({ version: store.corpusVersion(), summary: first });

    fs.writeFileSync(
      path.join(corpus.corpusDir, 'zz_new.txt'),
      'Sudan Talks Resume\n\nNegotiators from Sudan and South Sudan resumed border talks in Juba on Monday after a pause of three months.\n',
    );
    await bot.reindex();
    const second = await bot.summary();
    expect(second.points.some((point) => point.citations.some((c) => c.file === 'zz_new.txt'))).toBe(true);
  });
});
