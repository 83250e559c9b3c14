import fs from 'node:fs';
import path from 'node:path';
import { indexCorpus } from '../../src/index/indexCorpus.ts';
import { indexedText } from '../../src/index/indexedText.ts';
import { IndexStore } from '../../src/index/indexStore.ts';
import { textHash } from '../../src/index/textHash.ts';
import { createBriefbot } from '../../src/briefbot.ts';
import { benchConfig, shapeVectorKey, silentLogger, VECTOR_DIMENSION } from './benchModel.ts';
import { DATA_DIR } from './benchPaths.ts';
import { randomUnitVector, seededRandom } from './seededRandom.ts';
import { removeDatabase } from './removeDatabase.ts';

export interface CorpusIndexes {
  name: string;
  corpusDir: string;
  /** Built by indexCorpus without a model. */
  keywordIndex: string;
  /** The same file plus one random unit vector per passage text, under the int8 shape model's vector key. */
  hybridIndex: string;
  passages: number;
  documents: number;
  keywordBuildMs: number;
}

export function corpusIndexPaths(name: string): { keywordIndex: string; hybridIndex: string } {
  return {
    keywordIndex: path.join(DATA_DIR, `${name}-keyword.db`),
    hybridIndex: path.join(DATA_DIR, `${name}-hybrid.db`),
  };
}

/**
 * The index files the query, summary, start-up and peer rows read, rebuilt every run (seconds).
 * The hybrid file holds random vectors rather than the shape model's: its vectors are
 * meaningless either way, search costs the same, and embedding all of SOTU would take minutes.
 * Queries are still embedded by the real (shape) model at query time.
 */
export async function prepareCorpusIndexes(name: string, corpusDir: string): Promise<CorpusIndexes> {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const { keywordIndex, hybridIndex } = corpusIndexPaths(name);
  removeDatabase(keywordIndex);
  removeDatabase(hybridIndex);
  const store = IndexStore.open(keywordIndex);
  const started = performance.now();
  const report = await indexCorpus({ corpusDir, store, embedder: null, logger: silentLogger });
  const keywordBuildMs = performance.now() - started;
  store.close();
  fs.copyFileSync(keywordIndex, hybridIndex);

  const vectorKey = await shapeVectorKey(true);
  const hybrid = IndexStore.open(hybridIndex);
  try {
    const hashes = [
      ...new Set(hybrid.passages(hybrid.allPassageIds()).map((passage) => textHash(indexedText(passage)))),
    ];
    const random = seededRandom(hashes.length);
    hybrid.saveEmbeddings(
      vectorKey,
      hashes.map((hash) => ({ hash, vector: randomUnitVector(random, VECTOR_DIMENSION) })),
    );
  } finally {
    hybrid.close();
  }
  await assertHybridReady(hybridIndex, corpusDir);
  return {
    name,
    corpusDir,
    keywordIndex,
    hybridIndex,
    passages: report.passages,
    documents: report.documents,
    keywordBuildMs,
  };
}

/**
 * Checks that briefbot, as configured for the bench, finds a vector for every passage of the
 * file: otherwise the first reindex would quietly embed the whole corpus (minutes) and the
 * rows reading the file would measure that instead.
 */
export async function assertHybridReady(indexPath: string, corpusDir: string): Promise<void> {
  const key = await shapeVectorKey(true);
  const store = IndexStore.open(indexPath);
  const missing = store.passagesWithoutVector(key).length;
  store.close();
  const bot = await createBriefbot(benchConfig({ corpusDir, indexPath }), silentLogger);
  const mode = bot.mode;
  bot.close();
  if (missing > 0 || mode !== 'hybrid') {
    throw new Error(
      `${path.basename(indexPath)}: ${missing} passages lack a vector under "${key}" and briefbot loads it in ${mode} mode: the bench no longer writes what briefbot reads`,
    );
  }
}
