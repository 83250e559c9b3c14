import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { checkConfiguredPaths } from '../src/checkConfiguredPaths.ts';

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-paths-'));
  onTestFinished(() => {
    fs.chmodSync(dir, 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

describe('checkConfiguredPaths', () => {
  it('accepts a corpus folder and an index whose folder it creates', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'corpus'));
    checkConfiguredPaths({ corpusDir: path.join(dir, 'corpus'), indexPath: path.join(dir, 'state/nested/index.db') });
    expect(fs.statSync(path.join(dir, 'state/nested')).isDirectory()).toBe(true);
  });

  it.each([
    [
      'the corpus folder is missing',
      (dir: string) => ({ corpusDir: path.join(dir, 'nowhere'), indexPath: path.join(dir, 'index.db') }),
      /^CORPUS_DIR: no such folder: .*nowhere$/,
    ],
    [
      'the corpus is a file',
      (dir: string) => ({ corpusDir: path.join(dir, 'a.txt'), indexPath: path.join(dir, 'index.db') }),
      /^CORPUS_DIR must be a folder, but .*a\.txt is a file$/,
    ],
    [
      'the corpus is under a file',
      (dir: string) => ({ corpusDir: path.join(dir, 'a.txt/corpus'), indexPath: path.join(dir, 'index.db') }),
      /^CORPUS_DIR: .*a\.txt\/corpus is not a valid path/,
    ],
    [
      'the index is under a file',
      (dir: string) => ({ corpusDir: dir, indexPath: path.join(dir, 'a.txt/index.db') }),
      /^INDEX_PATH: .*a\.txt\/index\.db is not a valid path/,
    ],
    [
      'the index is deeper under a file',
      (dir: string) => ({ corpusDir: dir, indexPath: path.join(dir, 'a.txt/x/y/index.db') }),
      /^INDEX_PATH: .*a\.txt\/x\/y\/index\.db is not a valid path/,
    ],
    [
      'the index is a folder',
      (dir: string) => ({ corpusDir: dir, indexPath: dir }),
      /^INDEX_PATH must be a file, but .* is a folder$/,
    ],
  ])('one line naming the setting and the path when %s', (_case, paths, message) => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), 'text');
    expect(() => checkConfiguredPaths(paths(dir))).toThrow(message);
  });

  it('names the CLI option when the path came from one', () => {
    const dir = tempDir();
    expect(() =>
      checkConfiguredPaths(
        { corpusDir: path.join(dir, 'nowhere'), indexPath: path.join(dir, 'i.db') },
        { corpusDir: '--corpus', indexPath: '--db' },
      ),
    ).toThrow(/^--corpus: no such folder/);
  });

  // Root writes anywhere except a read-only mount, so a folder without write permission proves nothing there.
  it.skipIf(process.getuid?.() === 0)('an index folder that cannot be written', () => {
    const dir = tempDir();
    fs.chmodSync(dir, 0o555);
    expect(() => checkConfiguredPaths({ corpusDir: dir, indexPath: path.join(dir, 'index.db') })).toThrow(
      /^INDEX_PATH: cannot write the index at .*index\.db \(permission denied\)$/,
    );
  });
});
