import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEmbedder } from '../../src/index/embedder.ts';
import { loadEmbedderInThread } from '../../src/index/embedderThread.ts';
import { makeTinyModel } from '../support/makeTinyModel.ts';
import { recordingLogger } from '../support/silentLogger.ts';

/** The model in a thread of its own: the same vectors as in this thread, its log lines here. */
describe('loadEmbedderInThread', () => {
  const modelRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-model-'));
  let modelDir: string;
  beforeAll(async () => {
    modelDir = await makeTinyModel(path.join(modelRoot, 'tiny-bow'), {
      texts: ['Russia backs Haftar.', 'Turkey warned Egypt.'],
    });
  });
  afterAll(() => fs.rmSync(modelRoot, { recursive: true, force: true }));
  const options = () => ({ modelId: 'tiny', modelDir, cacheDir: modelRoot, allowRemote: false, quantized: true });

  it('embeds in its thread what loadEmbedder embeds here, says it loaded in this thread’s log, and closes', async () => {
    const { logger, lines } = recordingLogger();
    const threaded = await loadEmbedderInThread(options(), logger);
    const here = await loadEmbedder(options(), recordingLogger().logger);
    expect(threaded?.key).toBe(here?.key);
    expect(threaded?.dimension).toBe(64);
    const texts = ['Russia backs Haftar.', 'A much longer sentence about Turkey and Egypt.', ''];
    const [fromThread, fromHere] = await Promise.all([threaded?.embed(texts), here?.embed(texts)]);
    expect(fromThread?.map((vector) => [...vector])).toEqual(fromHere?.map((vector) => [...vector]));
    expect(lines().some((line) => line.msg === 'embedding model loaded')).toBe(true);
    threaded?.close?.();
    await expect(threaded?.embed(['after close'])).rejects.toThrow(/closed/);
  });

  it('resolves to null, having said why, when the folder holds no model', async () => {
    const { logger, lines } = recordingLogger();
    const empty = fs.mkdtempSync(path.join(modelRoot, 'empty-'));
    const embedder = await loadEmbedderInThread({ ...options(), modelDir: empty }, logger);
    expect(embedder).toBeNull();
    expect(lines().some((line) => /no embedding model could be loaded/.test(line.msg))).toBe(true);
  });
});
