import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Passage } from '../../src/corpus/passage.ts';
import { type IndexedDocument, IndexStore } from '../../src/index/indexStore.ts';
import { SCHEMA_VERSION } from '../../src/index/migrateIndex.ts';
import { textHash } from '../../src/index/textHash.ts';
import { shapeVectorKey, VECTOR_DIMENSION } from './benchModel.ts';
import { DATA_DIR, REPO_ROOT } from './benchPaths.ts';
import { randomUnitVector, seededRandom } from './seededRandom.ts';
import { removeDatabase } from './removeDatabase.ts';
import { sotuSentences } from './sotuCorpus.ts';

/** Bump when the generator below changes what it writes. */
const GENERATOR_VERSION = 1;
const SEED = 1789;
const PASSAGES_PER_DOCUMENT = 100;
const DOCUMENTS_PER_TRANSACTION = 50;
const VECTORS_PER_TRANSACTION = 10_000;

export interface SyntheticIndex {
  indexPath: string;
  passages: number;
  documents: number;
  /** Time to write it in this run; null when a file from an earlier run was reused. */
  buildMs: number | null;
  /** Time the cached file took when it was built. */
  originalBuildMs: number;
  bytes: number;
}

/**
 * An index file of `size` passages made of SOTU sentences (2–5 random ones each, 100 passages a
 * document), written through IndexStore's public API (applyChanges, then saveEmbeddings with
 * random unit vectors of dimension 384 under the shape model's vector key). Nothing is chunked or embedded:
 * it exists to measure search at scale. Cached under .briefbot/bench/data, keyed by the
 * generator, the size, SCHEMA_VERSION (which the project bumps whenever the schema or the way
 * text becomes terms changes) and, to be safe, the source of searchTerms.ts and foldText.ts.
 */
export async function syntheticIndex(size: number): Promise<SyntheticIndex> {
  const indexPath = path.join(DATA_DIR, `synthetic-${size}.db`);
  const keyPath = `${indexPath}.json`;
  const vectorKey = await shapeVectorKey(true);
  const key = cacheKey(size, vectorKey);
  const cached = readCache(keyPath);
  if (cached?.key === key && fs.existsSync(indexPath)) {
    return { ...cached.info, indexPath, buildMs: null, bytes: fs.statSync(indexPath).size };
  }
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const partial = `${indexPath}.partial`;
  removeDatabase(partial);
  const started = performance.now();
  const { documents } = writeSyntheticIndex(partial, size, vectorKey);
  const buildMs = performance.now() - started;
  removeDatabase(indexPath);
  fs.renameSync(partial, indexPath);
  const info = { passages: size, documents, originalBuildMs: buildMs };
  fs.writeFileSync(keyPath, JSON.stringify({ key, info }));
  return { ...info, indexPath, buildMs, bytes: fs.statSync(indexPath).size };
}

function writeSyntheticIndex(file: string, size: number, model: string): { documents: number } {
  const sentences = sotuSentences();
  const random = seededRandom(SEED + size);
  const store = IndexStore.open(file);
  const hashes: string[] = [];
  let documentNumber = 0;
  try {
    for (let written = 0; written < size; ) {
      const upserts: IndexedDocument[] = [];
      for (let d = 0; d < DOCUMENTS_PER_TRANSACTION && written < size; d++) {
        const count = Math.min(PASSAGES_PER_DOCUMENT, size - written);
        upserts.push(syntheticDocument(documentNumber++, count, sentences, random, hashes));
        written += count;
      }
      store.applyChanges({ upserts, removals: [], model });
    }
    const vectorRandom = vectorSequence(size);
    for (let start = 0; start < hashes.length; start += VECTORS_PER_TRANSACTION) {
      const entries = hashes
        .slice(start, start + VECTORS_PER_TRANSACTION)
        .map((hash) => ({ hash, vector: randomUnitVector(vectorRandom, VECTOR_DIMENSION) }));
      store.saveEmbeddings(model, entries);
    }
  } finally {
    store.close();
  }
  return { documents: documentNumber };
}

const vectorSequence = (size: number) => seededRandom(SEED * 31 + size);

/**
 * The float32 vectors the generator gave the first `count` passages of a synthetic index of
 * `size` (passage ids 1..count, in order; a text that occurs twice keeps its later vector), before
 * the index stored them as float16: the reference for what storing them cost in recall.
 */
export function syntheticOriginalVectors(size: number, count: number): Float32Array {
  const random = vectorSequence(size);
  const matrix = new Float32Array(count * VECTOR_DIMENSION);
  for (let i = 0; i < count; i++) matrix.set(randomUnitVector(random, VECTOR_DIMENSION), i * VECTOR_DIMENSION);
  return matrix;
}

function syntheticDocument(
  number: number,
  count: number,
  sentences: string[],
  random: () => number,
  hashes: string[],
): IndexedDocument {
  const file = `synthetic/d${String(number).padStart(6, '0')}.txt`;
  const passages: Passage[] = [];
  for (let i = 0; i < count; i++) {
    const paragraph = i + 1;
    const line = 2 * i + 1;
    const picked = Array.from(
      { length: 2 + Math.floor(random() * 4) },
      () => sentences[Math.floor(random() * sentences.length)] ?? '',
    );
    const text = picked.join(' ');
    hashes.push(textHash(text));
    passages.push({
      file,
      page: null,
      paragraph,
      lineStart: line,
      lineEnd: line,
      text,
      role: 'body',
      heading: null,
      sentences: picked.map((sentence) => ({
        file,
        page: null,
        paragraph,
        lineStart: line,
        lineEnd: line,
        text: sentence,
      })),
    });
  }
  return {
    file,
    title: `Synthetic document ${number}`,
    published: null,
    passages,
    hash: textHash(`${SEED}:${number}:${count}`),
  };
}

function cacheKey(size: number, vectorKey: string): string {
  const source = (name: string) => fs.readFileSync(path.join(REPO_ROOT, 'src/text', name), 'utf8');
  return createHash('sha256')
    .update(
      JSON.stringify({
        GENERATOR_VERSION,
        SEED,
        size,
        SCHEMA_VERSION,
        vectorKey,
        terms: source('searchTerms.ts') + source('foldText.ts'),
      }),
    )
    .digest('hex');
}

function readCache(
  keyPath: string,
): { key: string; info: { passages: number; documents: number; originalBuildMs: number } } | null {
  try {
    return JSON.parse(fs.readFileSync(keyPath, 'utf8'));
  } catch {
    return null;
  }
}

/** "synthetic-100k", "synthetic-1M": how rows name a synthetic corpus. */
export function syntheticName(passages: number): string {
  return `synthetic-${passages >= 1_000_000 ? `${passages / 1_000_000}M` : `${passages / 1000}k`}`;
}
