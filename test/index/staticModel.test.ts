import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createBriefbot } from '../../src/briefbot.ts';
import { parseConfig } from '../../src/config.ts';
import { type Embedder, type EmbedderOptions, loadEmbedder } from '../../src/index/embedder.ts';
import { STATIC_MODEL_ID, staticModelDir } from '../../src/index/staticModel/ensureStaticModel.ts';
import { buildWordVectors, wordVectorsDir } from '../../src/index/wordVectors.ts';
import { closedPort } from '../support/closedPort.ts';
import { makeTinyModel } from '../support/makeTinyModel.ts';
import { recordingLogger } from '../support/silentLogger.ts';
import { copyDefaultCorpus, REPO_ROOT } from '../support/tempCorpus.ts';
import { importTransformers } from '../../src/index/loadTransformers.ts';

/** Real GloVe vectors of the seeds' words and a few question words (test/support/sliceWordVectors.ts). */
const SLICE = path.join(REPO_ROOT, 'test/fixtures/glove-slice.json');

const dot = (a: Float32Array, b: Float32Array): number => a.reduce((sum, x, i) => sum + x * (b[i] ?? Number.NaN), 0);

/** The static model built from a slice of the vectors, loaded through transformers.js + onnxruntime. */
describe('the static sentence model', () => {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-static-'));
  const options: EmbedderOptions = {
    modelId: STATIC_MODEL_ID,
    modelDir: undefined,
    cacheDir,
    allowRemote: false,
    quantized: true,
  };
  let embedder: Embedder;
  beforeAll(async () => {
    buildWordVectors(SLICE, wordVectorsDir(cacheDir));
    const { logger, lines } = recordingLogger();
    const loaded = await loadEmbedder(options, logger);
    if (!loaded) throw new Error(`not loaded: ${JSON.stringify(lines())}`);
    embedder = loaded;
    expect(lines().some((line) => line.msg.includes('building the static sentence model'))).toBe(true);
  });
  afterAll(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

  it('is built into the cache and embeds unit vectors of GloVe width', async () => {
    expect(embedder.modelId).toBe(STATIC_MODEL_ID);
    expect(embedder.dimension).toBe(100);
    expect(fs.existsSync(path.join(staticModelDir(cacheDir), 'onnx/model_quantized.onnx'))).toBe(true);
    const [vector] = await embedder.embed(['Russia sent warplanes to Haftar.']);
    expect(Math.hypot(...(vector ?? []))).toBeCloseTo(1, 4);
  });

  it('puts sentences that say the same thing closer than unrelated ones', async () => {
    const [sent, gave, bread, truce, ceasefire] = await embedder.embed([
      'Russia sent eight warplanes to Haftar.',
      'How many jets did Moscow give Haftar?',
      'How do I bake sourdough bread?',
      'Is a truce being negotiated?',
      'Talks on a ceasefire agreement continue.',
    ]);
    expect(dot(sent!, gave!)).toBeGreaterThan(dot(sent!, bread!) + 0.1);
    expect(dot(truce!, ceasefire!)).toBeGreaterThan(dot(truce!, bread!) + 0.1);
    expect(dot(truce!, ceasefire!)).toBeGreaterThan(dot(truce!, sent!));
  });

  it('is deterministic: built again, the same bytes', () => {
    const dir = staticModelDir(cacheDir);
    const before = fs.readFileSync(path.join(dir, 'onnx/model.onnx'));
    const tokenizer = fs.readFileSync(path.join(dir, 'tokenizer.json'));
    fs.rmSync(dir, { recursive: true });
    return loadEmbedder(options, recordingLogger().logger).then(() => {
      expect(fs.readFileSync(path.join(dir, 'onnx/model.onnx')).equals(before)).toBe(true);
      expect(fs.readFileSync(path.join(dir, 'tokenizer.json')).equals(tokenizer)).toBe(true);
    });
  });

  it('rebuilds a partial or damaged folder rather than failing on it', async () => {
    const model = path.join(staticModelDir(cacheDir), 'onnx/model_quantized.onnx');
    const size = fs.statSync(model).size;
    // Cut short: the manifest's sizes no longer match, so it is rebuilt before loading.
    fs.truncateSync(model, 1000);
    const cut = recordingLogger();
    expect((await loadEmbedder(options, cut.logger))?.key).toBe(embedder.key);
    expect(cut.lines().some((line) => line.msg.includes('building the static sentence model'))).toBe(true);
    // Same size, garbage bytes: it fails to load, and is built again once.
    fs.writeFileSync(model, Buffer.alloc(size, 7));
    const garbled = recordingLogger();
    const reloaded = await loadEmbedder(options, garbled.logger);
    expect(reloaded?.key).toBe(embedder.key);
    expect(garbled.lines().some((line) => line.msg.includes('building it again'))).toBe(true);
    expect(await reloaded?.embed(['Haftar'])).toEqual(await embedder.embed(['Haftar']));
  });

  it('stands in, said once, for a hub model that cannot be loaded', async () => {
    const { env } = await importTransformers();
    const remoteHost = env.remoteHost;
    env.remoteHost = `http://127.0.0.1:${await closedPort()}/`;
    onTestFinished(() => {
      env.remoteHost = remoteHost;
    });
    const { logger, lines } = recordingLogger();
    const fallback = await loadEmbedder({ ...options, modelId: 'Xenova/all-MiniLM-L6-v2', allowRemote: true }, logger);
    expect(fallback?.modelId).toBe(STATIC_MODEL_ID);
    expect(fallback?.key).toBe(embedder.key);
    const said = lines().filter((line) => line.msg.includes(`using briefbot's static model ${STATIC_MODEL_ID}`));
    expect(said).toHaveLength(1);
    expect(said[0]?.msg).toMatch(/the Hugging Face hub could not be reached/);
  });

  const environment = (corpus: { corpusDir: string; dbPath: string }) => ({
    CORPUS_DIR: corpus.corpusDir,
    INDEX_PATH: corpus.dbPath,
    MODEL_ID: STATIC_MODEL_ID,
    MODEL_CACHE_DIR: cacheDir,
    ALLOW_REMOTE_MODELS: 'false',
  });

  it('is what MODEL_ID=glove-100d selects: the bot answers in hybrid mode, and another model re-embeds', async () => {
    const corpus = copyDefaultCorpus();
    onTestFinished(() => corpus.cleanup());
    const config = parseConfig(environment(corpus));
    const bot = await createBriefbot(config, recordingLogger().logger);
    await bot.reindex();
    expect(bot.mode).toBe('hybrid');
    expect(bot.modelId).toBe(STATIC_MODEL_ID);
    const answer = await bot.ask('How many warplanes did Russia send to Haftar?');
    expect(answer.excerpts.slice(0, 3).some((e) => e.text.includes('eight warplanes'))).toBe(true);
    const indexed = await bot.reindex();
    bot.close();

    // Another model over the same index embeds every passage again: vectors are never mixed.
    const tinyDir = await makeTinyModel(path.join(cacheDir, 'tiny'), { words: ['Haftar'] });
    const tiny = await createBriefbot(
      parseConfig({ ...environment(corpus), MODEL_DIR: tinyDir }),
      recordingLogger().logger,
    );
    onTestFinished(() => tiny.close());
    expect(await tiny.reindex()).toMatchObject({ unchanged: 2, embedded: indexed.passages });
    expect(tiny.mode).toBe('hybrid');
  }, 60_000);
});
