import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBriefbot } from '../../src/briefbot.ts';
import { parseConfig } from '../../src/config.ts';
import { makeTinyModel } from '../support/makeTinyModel.ts';
import { recordingLogger } from '../support/silentLogger.ts';
import { copyDefaultCorpus, DEFAULT_CORPUS } from '../support/tempCorpus.ts';

/**
 * onnxruntime-node 1.14 corrupts the heap when a second thread of the process loads it: when the
 * indexing worker loaded the model for itself, this loop crashed the process (a segfault, or
 * "free(): invalid pointer") about once in 40 bots. A crash ends the test worker, which vitest
 * reports as an error.
 */
describe('bots opened one after another in one process, each indexing with a model', () => {
  const modelRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-model-'));
  afterAll(() => fs.rmSync(modelRoot, { recursive: true, force: true }));

  it('index through the main thread’s model, answer in hybrid mode, and never crash the process', async () => {
    const texts = fs
      .readdirSync(DEFAULT_CORPUS)
      .map((file) => fs.readFileSync(path.join(DEFAULT_CORPUS, file), 'utf8'));
    const modelDir = await makeTinyModel(path.join(modelRoot, 'tiny-bow'), { texts });
    for (let round = 0; round < 60; round++) {
      const corpus = copyDefaultCorpus();
      const config = parseConfig({
        CORPUS_DIR: corpus.corpusDir,
        INDEX_PATH: corpus.dbPath,
        LOG_LEVEL: 'silent',
        MODEL_DIR: modelDir,
        MODEL_CACHE_DIR: modelRoot,
        ALLOW_REMOTE_MODELS: 'false',
      });
      const bot = await createBriefbot(config, recordingLogger().logger, { longRunning: true });
      try {
        const report = await bot.reindex();
        expect(report.embedded).toBe(report.passages);
        expect(bot.mode).toBe('hybrid');
        expect((await bot.ask('Who sent warplanes to Haftar?')).excerpts.length).toBeGreaterThan(0);
      } finally {
        bot.close();
        corpus.cleanup();
      }
    }
  });
});
