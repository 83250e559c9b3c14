import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTransformersBundle, TRANSFORMERS_BUNDLE } from '../../src/launch/buildTransformersBundle.mjs';
import { makeTinyModel } from '../support/makeTinyModel.ts';
import { REPO_ROOT } from '../support/tempCorpus.ts';

type Transformers = typeof import('@xenova/transformers');

/** transformers.js bundled into dist/transformers.mjs, as `npm run build` writes it, against the package as published. */
describe('the transformers.js bundle', () => {
  // Inside the repository, so that the bundle finds the packages it leaves out (onnxruntime-node) as dist/ would.
  fs.mkdirSync(path.join(REPO_ROOT, '.briefbot'), { recursive: true }); // absent on a fresh clone
  const root = fs.mkdtempSync(path.join(REPO_ROOT, '.briefbot', 'transformers-bundle-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('keeps transformers.js defaults and embeds as the package does, without sharp or onnxruntime-web', async () => {
    fs.copyFileSync(path.join(REPO_ROOT, 'package.json'), path.join(root, 'package.json'));
    await buildTransformersBundle(root);
    const file = path.join(root, 'dist', TRANSFORMERS_BUNDLE);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('from "onnxruntime-node"');
    expect(text).not.toMatch(/from "(sharp|onnxruntime-web)"/);
    const bundled = (await import(pathToFileURL(file).href)) as Transformers;
    const published = (await import('@xenova/transformers')) as Transformers;
    // Its defaults come from each module's own import.meta.url, kept as in the package.
    expect(bundled.env.cacheDir).toBe(published.env.cacheDir);
    expect(bundled.env.localModelPath).toBe(published.env.localModelPath);
    const modelDir = await makeTinyModel(path.join(root, 'models', 'tiny'));
    const embed = async ({ env, pipeline }: Transformers) => {
      env.allowRemoteModels = false;
      env.localModelPath = path.dirname(modelDir);
      const extract = await pipeline('feature-extraction', path.basename(modelDir), { quantized: true });
      return (await extract(['Haftar besieged Tripoli'], { pooling: 'mean', normalize: true })).data;
    };
    expect(await embed(bundled)).toEqual(await embed(published));
  });
});
