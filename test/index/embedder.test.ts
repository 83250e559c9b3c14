import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { type Briefbot, createBriefbot } from '../../src/briefbot.ts';
import { parseConfig } from '../../src/config.ts';
import { loadEmbedder } from '../../src/index/embedder.ts';
import { IndexStore } from '../../src/index/indexStore.ts';
import { SearchIndex } from '../../src/index/searchIndex.ts';
import { defaultCorpusForTest } from '../support/defaultCorpusForTest.ts';
import { makeTinyModel } from '../support/makeTinyModel.ts';
import { recordingLogger } from '../support/silentLogger.ts';
import { copyDefaultCorpus, DEFAULT_CORPUS } from '../support/tempCorpus.ts';
import { importTransformers } from '../../src/index/loadTransformers.ts';

/** The real transformers.js + onnxruntime path, on a tiny model the tests make (no network). */
describe('embeddings through transformers.js', () => {
  const corpus = copyDefaultCorpus();
  const modelRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-model-'));
  let modelDir: string;
  let bot: Briefbot;

  beforeAll(async () => {
    const texts = fs
      .readdirSync(DEFAULT_CORPUS)
      .map((file) => fs.readFileSync(path.join(DEFAULT_CORPUS, file), 'utf8'));
    modelDir = await makeTinyModel(path.join(modelRoot, 'tiny-bow'), { texts });
    const config = parseConfig({
      CORPUS_DIR: corpus.corpusDir,
      INDEX_PATH: corpus.dbPath,
      MODEL_DIR: modelDir,
      ALLOW_REMOTE_MODELS: 'false',
    });
    bot = await createBriefbot(config, recordingLogger().logger);
  });
  afterAll(() => {
    bot.close();
    corpus.cleanup();
    fs.rmSync(modelRoot, { recursive: true, force: true });
  });

  it('loads a local model folder and embeds unit vectors', async () => {
    const embedder = await loadEmbedder(
      { modelId: 'tiny', modelDir, cacheDir: modelRoot, allowRemote: false, quantized: true },
      recordingLogger().logger,
    );
    expect(embedder?.dimension).toBe(64);
    const vectors =
      (await embedder?.embed(['Russia backs Haftar.', 'A much longer sentence about the weather in spring.', ''])) ??
      [];
    expect(vectors).toHaveLength(3);
    for (const vector of vectors) expect(Math.hypot(...vector)).toBeCloseTo(1, 4);
  });

  it('returns, in input order, the vectors the pipeline gives each text alone, whatever the lengths', async () => {
    // Lengths mixed and out of order, a duplicate, an empty text and one past the 256-token
    // truncation; batches of 2, so the texts are regrouped by token count across many batches.
    const long = Array.from(
      { length: 300 },
      (_, i) => `Haftar's forces ${i % 2 ? 'advanced' : 'retreated'} near Tripoli.`,
    ).join(' ');
    const texts = [
      'A much longer sentence about the weather in spring and the harvest that follows it.',
      'Russia backs Haftar.',
      long,
      '',
      'Egypt sends warplanes.',
      'Russia backs Haftar.',
      'The United Nations envoy met both sides in Geneva, and talks resumed after a week.',
      'Ceasefire.',
    ];
    const embedder = await loadEmbedder(
      { modelId: 'tiny', modelDir, cacheDir: modelRoot, allowRemote: false, quantized: true, batchSize: 2 },
      recordingLogger().logger,
    );
    const vectors = (await embedder?.embed(texts)) ?? [];
    // The reference: transformers.js's own pipeline (its tokenizer padding, mean pooling and
    // normalisation), one text per call, so no padding at all. loadEmbedder set env to the folder.
    const { pipeline } = await importTransformers();
    const extract = await pipeline('feature-extraction', path.basename(modelDir), { quantized: true });
    expect(vectors).toHaveLength(texts.length);
    for (const [i, text] of texts.entries()) {
      const expected = (await extract([text], { pooling: 'mean', normalize: true })).data as Float32Array;
      expect(vectors[i]).toHaveLength(expected.length);
      vectors[i]?.forEach((value, d) => expect(value).toBeCloseTo(expected[d] ?? Number.NaN, 5));
    }
    expect(await embedder?.embed([])).toEqual([]);
  });

  it('stores a vector per passage and searches hybrid', async () => {
    const report = await bot.reindex();
    expect(report.embedded).toBe(report.passages);
    expect(bot.mode).toBe('hybrid');
    const store = IndexStore.open(corpus.dbPath);
    expect(store.loadVectors(`${modelDir}|int8|64`)?.dimension).toBe(64);
    store.close();
  });

  it('finds by meaning what no keyword matches', async () => {
    // "jets" is in no passage; the model puts it near "warplanes".
    const store = IndexStore.open(corpus.dbPath);
    const embedder = await loadEmbedder(
      { modelId: bot.modelId ?? '', modelDir, cacheDir: modelRoot, allowRemote: false, quantized: true },
      recordingLogger().logger,
    );
    const [hit] = await SearchIndex.load(store, embedder).search('jets');
    store.close();
    expect(hit?.keywordScore).toBe(0);
    expect(hit?.passage.text).toMatch(/warplanes/);
  });

  it('a second run re-embeds nothing', async () => {
    expect((await bot.reindex()).embedded).toBe(0);
  });
});

describe('without a model', () => {
  it('says so once and answers from keyword search', async () => {
    const corpus = defaultCorpusForTest();
    const { logger, lines } = recordingLogger();
    const config = parseConfig({
      CORPUS_DIR: corpus.corpusDir,
      INDEX_PATH: corpus.dbPath,
      MODEL_DIR: path.join(corpus.dir, 'no-model-here'),
      ALLOW_REMOTE_MODELS: 'false',
    });
    const bot = await createBriefbot(config, logger);
    onTestFinished(() => bot.close());
    await bot.reindex();
    expect(bot.mode).toBe('keyword');
    expect((await bot.ask('Who is Haftar backed by?')).answer).toContain('Egypt, Russia, and the United Arab Emirates');
    await bot.ask('Who backs the GNA?');
    expect(lines().filter((line) => line.msg.includes('keyword search only'))).toHaveLength(1);
  });
});
