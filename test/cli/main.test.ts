import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { copyDefaultCorpus, REPO_ROOT } from '../support/tempCorpus.ts';

const run = promisify(execFile);
const BIN = path.join(REPO_ROOT, 'src/cli/briefbot.mjs');

/** Runs the `briefbot` bin as a user would, offline and keyword-only. */
async function briefbot(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ALLOW_REMOTE_MODELS: 'false', LOG_LEVEL: 'warn', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('briefbot CLI', () => {
  const corpus = copyDefaultCorpus();
  const where = ['--corpus', corpus.corpusDir, '--db', corpus.dbPath, '--model', 'none'];
  afterAll(() => corpus.cleanup());

  it('ask --json prints one JSON object with the contract fields', async () => {
    const { code, stdout } = await briefbot(['ask', '--json', 'Who is Haftar backed by?', ...where]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { question: string; answer: string; excerpts: Record<string, unknown>[] };
    expect(result.question).toBe('Who is Haftar backed by?');
    expect(result.answer).toContain('backed by Egypt, Russia, and the United Arab Emirates');
    expect(Object.keys(result.excerpts[0] ?? {}).sort()).toEqual([
      'file',
      'lineEnd',
      'lineStart',
      'paragraph',
      'published',
      'score',
      'text',
    ]);
    expect(result.excerpts[0]).toMatchObject({
      file: '000_bd4eabd2b5bc6d71.txt',
      paragraph: 7,
      lineStart: 15,
      lineEnd: 15,
    });
  });

  it('loads no model for a command that never searches (who-backs), and does for ask', async () => {
    // A folder without a model: loading it is said on stderr, so its absence shows no load was tried.
    const noModel = fs.mkdtempSync(path.join(corpus.dir, 'no-model-'));
    const model = ['--corpus', corpus.corpusDir, '--db', corpus.dbPath, '--model', noModel];
    const whoBacks = await briefbot(['who-backs', 'haftar', ...model]);
    expect(whoBacks.code).toBe(0);
    expect(whoBacks.stdout).toContain('Russia');
    expect(whoBacks.stderr).not.toMatch(/model/i);
    const ask = await briefbot(['ask', 'Who is Haftar backed by?', ...model]);
    expect(ask.code).toBe(0);
    expect(ask.stderr).toMatch(/does not hold a usable model/);
  });

  it('answers null when the corpus has nothing on the question', async () => {
    const { code, stdout } = await briefbot(['ask', '--json', 'What is the price of coffee in Brazil?', ...where]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      question: 'What is the price of coffee in Brazil?',
      answer: null,
      excerpts: [],
    });
  });

  it('sources --json lists the documents', async () => {
    const { stdout } = await briefbot(['sources', '--json', ...where]);
    expect(JSON.parse(stdout)).toEqual({
      documents: [
        {
          file: '000_bd4eabd2b5bc6d71.txt',
          title: '‘Foreign Air Force’ Bombs Turkey-Backed Libya Government Airbase',
          published: '2020-07-10',
          passages: 9,
        },
        {
          file: '004_579dbf7128379b0f.txt',
          title: 'Turkey warns it will target Libya’s Haftar as commander receives air support from Russia',
          published: null,
          passages: 14,
        },
      ],
    });
  });

  it('exits 2 with a usage line on bad usage, 1 on failure', async () => {
    const unknown = await briefbot(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/usage: briefbot/);
    const missing = await briefbot(['ask', ...where]);
    expect(missing.code).toBe(2);
    const noCorpus = await briefbot(['ask', 'x', '--corpus', path.join(corpus.dir, 'nowhere'), '--db', corpus.dbPath]);
    expect(noCorpus.code).toBe(1);
    expect(noCorpus.stderr).toMatch(/^briefbot: --corpus: no such folder: \S+nowhere\n$/);
  });

  it('--version prints the version; a bare `briefbot` is bad usage (exit 2)', async () => {
    const version = await briefbot(['--version']);
    expect(version).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
    const bare = await briefbot([]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/usage: briefbot/);
  });

  it('index prints its report on stdout; LOG_LEVEL=silent silences the other commands\' "Indexed" line', async () => {
    const fresh = copyDefaultCorpus();
    onTestFinished(fresh.cleanup);
    const at = ['--corpus', fresh.corpusDir, '--db', fresh.dbPath, '--model', 'none'];
    const silent = await briefbot(['sources', ...at], { LOG_LEVEL: 'silent' });
    expect(silent.code).toBe(0);
    expect(silent.stderr).toBe('');
    fs.appendFileSync(path.join(fresh.corpusDir, '000_bd4eabd2b5bc6d71.txt'), '\nOne more line.\n');
    const indexed = await briefbot(['index', ...at]);
    expect(indexed.stdout).toMatch(/^Indexed 2 documents \(0 added, 1 changed, 0 removed, 1 unchanged\)/);
  });

  it('piped stderr carries no escape codes, NO_COLOR or not', async () => {
    const fresh = copyDefaultCorpus();
    onTestFinished(fresh.cleanup);
    fs.writeFileSync(path.join(fresh.corpusDir, 'empty.md'), '');
    for (const env of [{}, { NO_COLOR: '1' }] as Record<string, string>[]) {
      const run = await briefbot(['sources', '--corpus', fresh.corpusDir, '--db', fresh.dbPath, '--model', 'none'], {
        LOG_LEVEL: 'warn',
        ...env,
      });
      expect(run.code).toBe(0);
      // A warning was logged (the empty file skipped), pretty-printed without colour.
      expect(run.stderr).toMatch(/skipped empty\.md/);
      expect(run.stderr).not.toMatch(/\u001b\[/);
    }
  });

  it('a bad index path: one line naming the option or variable and the path, no stack', async () => {
    const underAFile = path.join(corpus.corpusDir, '000_bd4eabd2b5bc6d71.txt', 'index.db');
    const viaOption = await briefbot(['sources', '--corpus', corpus.corpusDir, '--db', underAFile, '--model', 'none']);
    expect(viaOption.code).toBe(1);
    expect(viaOption.stderr).toMatch(
      /^briefbot: --db: \S+index\.db is not a valid path \(a part of it is a file, not a folder\)\n$/,
    );
    const viaVariable = await briefbot(['sources', '--corpus', corpus.corpusDir, '--model', 'none'], {
      INDEX_PATH: corpus.corpusDir,
    });
    expect(viaVariable.code).toBe(1);
    expect(viaVariable.stderr).toMatch(/^briefbot: INDEX_PATH must be a file, but \S+ is a folder\n$/);
  });
});
