import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { env, pipeline } from '@xenova/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DIM, MODEL_MAX_LENGTH, makeTinyModel, stem } from './makeTinyModel.ts';

const MODEL_FILES = [
  'config.json',
  'tokenizer.json',
  'tokenizer_config.json',
  'special_tokens_map.json',
  'vocab.txt',
  'onnx/model.onnx',
  'onnx/model_quantized.onnx',
  'README.md',
];

type Extractor = Awaited<ReturnType<typeof loadExtractor>>;

/** Loads a model folder through the production path: transformers.js + onnxruntime-node. */
async function loadExtractor(modelDir: string) {
  env.allowRemoteModels = false;
  env.localModelPath = path.dirname(modelDir);
  return pipeline('feature-extraction', path.basename(modelDir), { quantized: true });
}

async function embed(extractor: Extractor, texts: string[]): Promise<number[][]> {
  const output = await extractor(texts, { pooling: 'mean', normalize: true });
  expect(output.dims).toEqual([texts.length, DEFAULT_DIM]);
  return output.tolist() as number[][];
}

const dot = (a: number[], b: number[]): number => a.reduce((sum, x, i) => sum + x * (b[i] ?? Number.NaN), 0);

/** Embeds `texts` with the shared extractor; returns the cosine similarity of two of them. */
async function similarities(texts: string[]): Promise<(a: string, b: string) => number> {
  const rows = new Map((await embed(extractor, texts)).map((row, i) => [texts[i], row]));
  const vectorOf = (text: string): number[] => {
    const row = rows.get(text);
    if (row === undefined) throw new Error(`not among the embedded texts: ${text}`);
    return row;
  };
  return (a, b) => dot(vectorOf(a), vectorOf(b));
}

let tmp: string;
let modelDir: string;
let extractor: Extractor;
let vocabulary: string[];

/** The tokens transformers.js makes of `text`, [CLS] and [SEP] included. */
const tokensOf = (text: string): string[] =>
  extractor.tokenizer.encode(text).map((id: number) => vocabulary[id] ?? '?');

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'tiny-model-'));
  modelDir = await makeTinyModel(path.join(tmp, 'tiny'), { words: ['Haftar', 'Khalifa'] });
  extractor = await loadExtractor(modelDir);
  vocabulary = (await readFile(path.join(modelDir, 'vocab.txt'), 'utf8')).trimEnd().split('\n');
});

afterAll(async () => {
  await extractor?.dispose();
  await rm(tmp, { recursive: true, force: true });
});

describe('makeTinyModel', () => {
  it('writes the transformers.js local model layout', async () => {
    for (const file of MODEL_FILES) expect((await stat(path.join(modelDir, file))).size).toBeGreaterThan(0);
    const config = JSON.parse(await readFile(path.join(modelDir, 'config.json'), 'utf8'));
    expect(config).toMatchObject({ model_type: 'bert', hidden_size: DEFAULT_DIM, vocab_size: vocabulary.length });
    expect(extractor.tokenizer.model_max_length).toBe(MODEL_MAX_LENGTH);
  });

  it('tokenizes BERT-style: [CLS]/[SEP], lowercase, punctuation split, no [UNK] for odd words', () => {
    expect(tokensOf('Russia backs Haftar!')).toEqual(['[CLS]', 'russia', 'back', '##s', 'haftar', '!', '[SEP]']);
    expect(tokensOf('Qwzxv')).toEqual(['[CLS]', 'q', '##w', '##z', '##x', '##v', '[SEP]']);
    // Inflections missing from the vocabulary split into a known word or stem and a suffix piece.
    expect(tokensOf('bombarding strikes')).toEqual(['[CLS]', 'bombard', '##ing', 'strike', '##s', '[SEP]']);
  });

  it('truncates to model_max_length', async () => {
    const encoded = extractor.tokenizer('war '.repeat(1000), { truncation: true });
    expect(encoded.input_ids.dims).toEqual([1, MODEL_MAX_LENGTH]);
    const output = await extractor('war '.repeat(1000), { pooling: 'mean', normalize: true });
    expect(output.dims).toEqual([1, DEFAULT_DIM]);
  });

  it('gives unit vectors, one per text', async () => {
    const texts = ['Russia supports Haftar', 'Moscow aids Haftar', '', 'Qwzxv'];
    for (const row of await embed(extractor, texts)) expect(dot(row, row)).toBeCloseTo(1, 5);
  });

  it('puts synonyms close and unrelated sentences far', async () => {
    const similarity = await similarities([
      'Russia supports Haftar',
      'Moscow aids Haftar',
      'Turkey warns Haftar',
      'Ankara threatens Haftar',
      'It will rain tomorrow afternoon',
      'Snow is in the forecast for Monday',
    ]);
    const supportAid = similarity('Russia supports Haftar', 'Moscow aids Haftar');
    expect(supportAid).toBeGreaterThan(0.7);
    expect(similarity('Turkey warns Haftar', 'Ankara threatens Haftar')).toBeGreaterThan(0.7);
    expect(similarity('It will rain tomorrow afternoon', 'Snow is in the forecast for Monday')).toBeGreaterThan(0.3);
    for (const weather of ['It will rain tomorrow afternoon', 'Snow is in the forecast for Monday']) {
      expect(similarity('Russia supports Haftar', weather)).toBeLessThan(0.3);
      expect(supportAid - similarity('Russia supports Haftar', weather)).toBeGreaterThan(0.4);
    }
    // Sharing only "Haftar" puts the Turkish sentence in between.
    const supportWarn = similarity('Russia supports Haftar', 'Turkey warns Haftar');
    expect(supportWarn).toBeLessThan(supportAid);
    expect(supportWarn).toBeGreaterThan(similarity('Russia supports Haftar', 'It will rain tomorrow afternoon'));
  });

  it('maps inflections of a word to (nearly) the same vector', async () => {
    expect(stem('supported')).toBe(stem('supports'));
    expect(stem('striking')).toBe(stem('strikes'));
    const similarity = await similarities([
      'Russia supports Haftar',
      'Russia supported Haftar',
      'Russia is backing Haftar',
    ]);
    expect(similarity('Russia supports Haftar', 'Russia supported Haftar')).toBeGreaterThan(0.99);
    expect(similarity('Russia supports Haftar', 'Russia is backing Haftar')).toBeGreaterThan(0.7);
  });

  it('embeds accented and unaccented spellings identically', async () => {
    const [kalinAccented, kalin, erdoganAccented, erdogan] = await embed(extractor, [
      'İbrahim Kalın',
      'Ibrahim Kalin',
      'Erdoğan said',
      'ERDOGAN SAID',
    ]);
    expect(kalinAccented).toEqual(kalin);
    expect(erdoganAccented).toEqual(erdogan);
  });

  it('does not let padding change an embedding', async () => {
    const [alone] = await embed(extractor, ['Moscow aids Haftar']);
    const [batched] = await embed(extractor, ['Moscow aids Haftar', 'a much longer sentence '.repeat(20)]);
    for (const [i, x] of (alone ?? []).entries()) expect(batched?.[i]).toBeCloseTo(x, 6);
  });

  it('is idempotent and deterministic', async () => {
    const before = await Promise.all(MODEL_FILES.map((file) => stat(path.join(modelDir, file))));
    expect(await makeTinyModel(modelDir, { words: ['Haftar', 'Khalifa'] })).toBe(modelDir);
    const after = await Promise.all(MODEL_FILES.map((file) => stat(path.join(modelDir, file))));
    expect(after.map((s) => s.mtimeMs)).toEqual(before.map((s) => s.mtimeMs));

    // The same options elsewhere (words in another order and case) give the same bytes.
    const twin = await makeTinyModel(path.join(tmp, 'twin'), { words: ['KHALIFA', 'haftar'] });
    for (const file of MODEL_FILES) {
      const [made, remade] = await Promise.all([readFile(path.join(modelDir, file)), readFile(path.join(twin, file))]);
      expect(made.equals(remade), file).toBe(true);
    }
  });

  it('rewrites a folder made with other options', async () => {
    const dir = await makeTinyModel(path.join(tmp, 'resized'), { dim: 32 });
    await makeTinyModel(dir, { dim: 16, texts: ['Field Marshal Khalifa Haftar'] });
    const config = JSON.parse(await readFile(path.join(dir, 'config.json'), 'utf8'));
    expect(config.hidden_size).toBe(16);
    const small = await loadExtractor(dir);
    const output = await small(['Khalifa Haftar', 'Haftar'], { pooling: 'mean', normalize: true });
    expect(output.dims).toEqual([2, 16]);
    expect(small.tokenizer.encode('Field Marshal Khalifa Haftar')).toHaveLength(4 + 2);
    await small.dispose();
  });
});
