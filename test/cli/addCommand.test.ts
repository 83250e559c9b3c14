/**
 * `briefbot add <file>` and `briefbot remove <document>`: the checks and the atomic copy of
 * /add, from a shell (the local user is trusted). Also: a kill during an addition leaves no
 * partial file in the corpus.
 */
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyDefaultCorpus, REPO_ROOT } from '../support/tempCorpus.ts';

const run = promisify(execFile);
const BIN = path.join(REPO_ROOT, 'src/cli/briefbot.mjs');
const ENV = { ...process.env, ALLOW_REMOTE_MODELS: 'false', LOG_LEVEL: 'warn' };
/** A short article none of the seeds holds: what an editor adds. */
const ARTICLE = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/additions/harbour-pilots.txt'), 'utf8');

async function briefbot(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env: ENV });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('briefbot add / remove', () => {
  const corpus = copyDefaultCorpus();
  const where = ['--corpus', corpus.corpusDir, '--db', corpus.dbPath, '--model', 'none'];
  const outside = path.join(corpus.dir, 'incoming');
  fs.mkdirSync(outside);
  afterAll(() => corpus.cleanup());

  it('copies a checked file into the corpus, indexes it, and says what was added', async () => {
    const source = path.join(outside, 'pilots strike.txt');
    fs.writeFileSync(source, ARTICLE);
    const { code, stdout, stderr } = await briefbot(['add', source, ...where]);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(
      /^Added pilots_strike\.txt: Harbour Pilots Strike in Benghazi \(2026-12-01\), \d+ passages, indexed\. Answers cite it as pilots_strike\.txt\.\n$/,
    );
    expect(fs.readFileSync(path.join(corpus.corpusDir, 'pilots_strike.txt'), 'utf8')).toBe(ARTICLE);
    expect(fs.existsSync(source)).toBe(true);
    const sources = JSON.parse((await briefbot(['sources', '--json', ...where])).stdout) as {
      documents: { file: string; added?: { via: string } }[];
    };
    expect(sources.documents.find((doc) => doc.file === 'pilots_strike.txt')?.added?.via).toBe('cli');
  });

  it('refuses what the loader cannot read, with the reason, and stores nothing (the other refusals: test/corpus/addToCorpus.test.ts)', async () => {
    const binary = path.join(outside, 'tool.txt');
    fs.writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    const before = fs.readdirSync(corpus.corpusDir).sort();
    const { code, stderr } = await briefbot(['add', binary, ...where]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^briefbot: tool\.txt cannot be read: binary file/);
    expect(fs.readdirSync(corpus.corpusDir).sort()).toEqual(before);
  });

  it('remove moves the document to the trash beside the index', async () => {
    const { code, stdout } = await briefbot(['remove', 'pilots_strike.txt', ...where]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Removed pilots_strike\.txt /);
    expect(fs.existsSync(path.join(corpus.corpusDir, 'pilots_strike.txt'))).toBe(false);
    expect(fs.readdirSync(path.join(corpus.dir, 'trash'))).toEqual([expect.stringMatching(/_pilots_strike\.txt$/)]);
  });

  it('a process killed while adding leaves no partial file in the corpus', async () => {
    // A few MB of text: long enough to write and sync that the kill lands mid-way, or just after.
    const big = path.join(outside, 'wire-dump.txt');
    const paragraph = 'Convoys reached the port at dawn, and the harbour master counted the tankers again. ';
    fs.writeFileSync(
      big,
      `Wire Dump\n\n${Array.from({ length: 20_000 }, (_, i) => `${paragraph}Item ${i}.`).join('\n\n')}\n`,
    );
    const original = fs.readFileSync(big);
    const before = fs.readdirSync(corpus.corpusDir).sort();
    const child = spawn(process.execPath, [BIN, 'add', big, ...where], { cwd: REPO_ROOT, env: ENV, stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    // Killed the moment the upload's temporary file appears (or when the process ends first).
    const watcher = fs.watch(corpus.corpusDir, (_event, name) => {
      if (name?.startsWith('.briefbot-upload-')) child.kill('SIGKILL');
    });
    await exited;
    watcher.close();
    console.info(`[add kill] the add process ended by ${child.signalCode ?? `exit ${child.exitCode}`}`);
    const after = fs
      .readdirSync(corpus.corpusDir)
      .filter((name) => !name.startsWith('.'))
      .sort();
    const added = after.filter((name) => !before.includes(name));
    // Either nothing was added, or the whole file was: never a part of it.
    expect(added.length).toBeLessThanOrEqual(1);
    for (const name of added) expect(fs.readFileSync(path.join(corpus.corpusDir, name)).equals(original)).toBe(true);
    const sources = JSON.parse((await briefbot(['sources', '--json', ...where])).stdout) as {
      documents: { file: string }[];
    };
    expect(sources.documents.map((doc) => doc.file).filter((file) => file.startsWith('.'))).toEqual([]);
  });
});
