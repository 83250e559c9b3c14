import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * The seed articles `corpus/` ships with, as a test fixture: tests never read `corpus/` itself,
 * which is the user's folder (whatever they add there must not change what the tests see).
 */
export const DEFAULT_CORPUS = path.join(REPO_ROOT, 'test/fixtures/seeds');

/** A fresh temporary folder holding the given files (name → text); removed by the caller. */
export function makeTempCorpus(files: Record<string, string | Buffer> = {}): {
  dir: string;
  corpusDir: string;
  dbPath: string;
  cleanup(): void;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-test-'));
  const corpusDir = path.join(dir, 'corpus');
  fs.mkdirSync(corpusDir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(corpusDir, name)), { recursive: true });
    fs.writeFileSync(path.join(corpusDir, name), content);
  }
  return {
    dir,
    corpusDir,
    dbPath: path.join(dir, 'index.db'),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** The seed articles, copied to a fresh folder so a test may change them. */
export function copyDefaultCorpus(): ReturnType<typeof makeTempCorpus> {
  const files = Object.fromEntries(
    fs.readdirSync(DEFAULT_CORPUS).map((name) => [name, fs.readFileSync(path.join(DEFAULT_CORPUS, name))]),
  );
  return makeTempCorpus(files);
}
