import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../../logger.ts';
import { openWordVectors, type WordVectors, wordVectorsDir } from '../wordVectors.ts';
import { staticModelFiles } from './staticModelFiles.ts';
import { type StaticTableOptions, staticModelTable } from './staticModelTable.ts';

/** What MODEL_ID names the static model by, and what briefbot falls back to when the configured model cannot load. */
export const STATIC_MODEL_ID = 'glove-100d';
/**
 * Bump when the table or the files change: the model is built again into a new folder, and since
 * the folder names the embedder's key, vectors of the old model are never mixed with the new.
 */
export const STATIC_MODEL_VERSION = 1;
/** Written last: a folder without it, or whose files differ from it, is rebuilt. */
const MANIFEST = 'briefbot-static-model.json';

interface Manifest {
  model: string;
  version: number;
  /** Relative path → size in bytes. */
  files: Record<string, number>;
}

/** The model's folder in a model cache (beside the word table it is made from). */
export function staticModelDir(cacheDir: string): string {
  return path.join(path.dirname(wordVectorsDir(cacheDir)), `sentence-v${STATIC_MODEL_VERSION}`);
}

/** Whether `dir` holds the whole model as written (a cut-short or damaged folder does not). */
export function isStaticModelComplete(dir: string): boolean {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as Manifest;
    if (manifest.model !== STATIC_MODEL_ID || manifest.version !== STATIC_MODEL_VERSION) return false;
    return Object.entries(manifest.files).every(
      ([file, size]) => fs.statSync(path.join(dir, file), { throwIfNoEntry: false })?.size === size,
    );
  } catch {
    return false;
  }
}

/**
 * The static model's folder in the cache, built there first when it is missing or incomplete
 * (`rebuild`: built again whatever it holds, e.g. after it failed to load). The word table it is
 * made from is itself built from the package on first use. Null, after saying why, when there
 * are no word vectors to build it from.
 */
export function ensureStaticModel(
  cacheDir: string,
  logger: Logger,
  options: { rebuild?: boolean } = {},
): string | null {
  const dir = staticModelDir(cacheDir);
  if (!options.rebuild && isStaticModelComplete(dir)) return dir;
  const words = openWordVectors(cacheDir, logger);
  if (!words) return null;
  logger.info(
    { model: STATIC_MODEL_ID, dir, words: words.words.length },
    'building the static sentence model from the word vectors (once, about 15 s)',
  );
  const started = performance.now();
  writeStaticModel(dir, words);
  logger.info({ model: STATIC_MODEL_ID, milliseconds: Math.round(performance.now() - started) }, 'static model built');
  return dir;
}

/**
 * Writes the model folder for `words` to `dir`: into a temporary folder first, renamed into place
 * once whole, so a run cut short leaves no half model. Deterministic: the same words give the
 * same bytes.
 */
export function writeStaticModel(dir: string, words: WordVectors, options: StaticTableOptions = {}): void {
  const table = staticModelTable(words, options);
  const files = staticModelFiles(table, `briefbot static sentence model ${STATIC_MODEL_ID} v${STATIC_MODEL_VERSION}`);
  const temporary = `${dir}.partial-${process.pid}`;
  fs.rmSync(temporary, { recursive: true, force: true });
  const manifest: Manifest = { model: STATIC_MODEL_ID, version: STATIC_MODEL_VERSION, files: {} };
  for (const [relative, content] of files) {
    const file = path.join(temporary, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    manifest.files[relative] = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  }
  fs.writeFileSync(path.join(temporary, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  fs.rmSync(dir, { recursive: true, force: true });
  try {
    fs.renameSync(temporary, dir);
  } catch (error) {
    // Another process (the bot and a CLI command started together) put its own whole copy there first.
    fs.rmSync(temporary, { recursive: true, force: true });
    if (!isStaticModelComplete(dir)) throw error;
  }
}
