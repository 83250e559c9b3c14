import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Briefbot, createBriefbot } from '../../src/briefbot.ts';
import { parseConfig } from '../../src/config.ts';
import { type CorpusWatch, watchCorpus } from '../../src/corpus/watchCorpus.ts';
import { recordingLogger } from '../support/silentLogger.ts';
import { copyDefaultCorpus } from '../support/tempCorpus.ts';

/** Polls until `check` holds or the time is up (answers follow the corpus "within seconds"). */
async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('watching the corpus while the bot runs (indexing in a worker thread)', () => {
  const corpus = copyDefaultCorpus();
  let bot: Briefbot;
  let watch: CorpusWatch;

  beforeAll(async () => {
    const config = parseConfig({ CORPUS_DIR: corpus.corpusDir, INDEX_PATH: corpus.dbPath, MODEL_ID: 'none' });
    bot = await createBriefbot(config, recordingLogger().logger, { longRunning: true });
    await bot.reindex();
    // A change seen as the suite ends may find the bot closed: that refusal is expected.
    watch = watchCorpus(corpus.corpusDir, () => void bot.reindex().catch(() => undefined), 200);
    await watch.ready;
  });
  afterAll(async () => {
    await watch.close();
    bot.close();
    corpus.cleanup();
  });

  it('answers from a file added after start, without a restart', async () => {
    expect((await bot.ask('Who funds the Zorgonian militia?')).answer).toBeNull();
    fs.writeFileSync(
      path.join(corpus.corpusDir, 'zorgonia.md'),
      '# Zorgonia\n\nThe Zorgonian militia is funded by Freedonia.\n',
    );
    await eventually(async () => (await bot.ask('Who funds the Zorgonian militia?')).answer !== null);
    expect((await bot.whoBacks('Zorgonian militia')).backers.map((b) => b.name)).toContain('Freedonia');
  });

  it('forgets a removed file and keeps answering meanwhile', async () => {
    fs.rmSync(path.join(corpus.corpusDir, '000_bd4eabd2b5bc6d71.txt'));
    await eventually(
      async () => bot.sources().length === 2 && bot.sources().every((doc) => doc.file !== '000_bd4eabd2b5bc6d71.txt'),
    );
    expect((await bot.ask('Who is the Libyan interior minister?')).answer).toContain('Fathi Bashagha');
  });
});
