import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { closedPort } from './support/closedPort.ts';
import { defaultCorpusForTest } from './support/defaultCorpusForTest.ts';
import { REPO_ROOT } from './support/tempCorpus.ts';

const run = promisify(execFile);

/** `npm start` (what it runs) with these variables, keyword-only, no Discord. */
async function npmStart(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(REPO_ROOT, 'src/main.mjs')], {
      cwd: REPO_ROOT,
      env: { ...process.env, MODEL_ID: 'none', DISCORD_TOKEN: '', LOG_LEVEL: 'info', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm start with a bad path', () => {
  it.each([
    [
      'CORPUS_DIR is a file',
      (dir: string) => ({ CORPUS_DIR: path.join(dir, 'corpus/000_bd4eabd2b5bc6d71.txt') }),
      /^CORPUS_DIR must be a folder, but \S+000_bd4eabd2b5bc6d71\.txt is a file\n$/,
    ],
    [
      'INDEX_PATH is under a file',
      (dir: string) => ({ INDEX_PATH: path.join(dir, 'corpus/000_bd4eabd2b5bc6d71.txt/index.db') }),
      /^INDEX_PATH: \S+\/index\.db is not a valid path \(a part of it is a file, not a folder\)\n$/,
    ],
  ])('%s: one line naming the variable and the path, exit 1', async (_case, env, message) => {
    const corpus = defaultCorpusForTest();
    const result = await npmStart({ CORPUS_DIR: corpus.corpusDir, INDEX_PATH: corpus.dbPath, ...env(corpus.dir) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(fs.existsSync(corpus.dbPath)).toBe(false);
  });
});

describe('npm start with Discord out of reach', () => {
  it('one line saying Discord could not be reached, and where; exit 1', async () => {
    const corpus = defaultCorpusForTest();
    const result = await npmStart({
      CORPUS_DIR: corpus.corpusDir,
      INDEX_PATH: corpus.dbPath,
      DISCORD_TOKEN: 'FAKE.TOKEN.value',
      DISCORD_API_URL: `http://127.0.0.1:${await closedPort()}/api`,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /\nDiscord could not be reached at 127\.0\.0\.1:\d+ \(ECONNREFUSED\): check the network connection and DISCORD_API_URL, then try again\.\n$/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
