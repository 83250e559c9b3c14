import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/tempCorpus.ts';

const run = promisify(execFile);
const IMPORT_ENTRY = pathToFileURL(path.join(REPO_ROOT, 'src/launch/importEntry.mjs')).href;

/** A small TypeScript project: entry.ts prints what value.ts holds, and where it runs from. */
let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-bundle-'));
  fs.mkdirSync(path.join(root, 'src'));
  fs.writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }\n');
  fs.writeFileSync(
    path.join(root, 'src/entry.ts'),
    "import { value } from './value.ts';\nconst from: string = import.meta.url;\nexport const seen = { value, from };\n",
  );
  setValue('one');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function setValue(value: string): void {
  fs.writeFileSync(path.join(root, 'src/value.ts'), `export const value: string = ${JSON.stringify(value)};\n`);
}

/** importEntry in a fresh process, as a bin or a worker thread calls it. */
async function importInProcess(rebuild: boolean): Promise<{ value: string; from: string }> {
  const project = { root, entries: { entry: 'src/entry.ts' } };
  const script = `const { importEntry } = await import(${JSON.stringify(IMPORT_ENTRY)});
    const { seen } = await importEntry('entry', { rebuild: ${rebuild}, project: ${JSON.stringify(project)} });
    console.log(JSON.stringify(seen));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: root });
  return JSON.parse(stdout) as { value: string; from: string };
}

describe('importEntry (how the bins load the TypeScript)', () => {
  it('builds the bundle when there is none, and runs it with import.meta.url still naming the source file', async () => {
    const seen = await importInProcess(true);
    expect(seen.value).toBe('one');
    expect(fs.existsSync(path.join(root, 'dist/entry.js'))).toBe(true);
    expect(seen.from).toBe(pathToFileURL(path.join(root, 'src/entry.ts')).href);
  });

  it('never runs stale code: a source edited since the build is bundled again, or run through tsx', async () => {
    await importInProcess(true);
    setValue('two, edited');
    expect((await importInProcess(true)).value).toBe('two, edited');
    setValue('three, edited again');
    // A worker thread does not build: it runs the sources, and the bundle stays as it was.
    expect((await importInProcess(false)).value).toBe('three, edited again');
    expect(fs.readFileSync(path.join(root, 'dist/entry.js'), 'utf8')).toContain('two, edited');
  });
});
