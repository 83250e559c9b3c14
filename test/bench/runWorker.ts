import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROFILE_DIR, REPO_ROOT } from './benchPaths.ts';
import type { WorkerResult } from './workerTask.ts';

export interface WorkerRun<R> {
  result: R;
  /** CPU time the parent itself used while the worker ran, ms (the worker reports its own). */
  parentCpuMs: number;
}

/**
 * Runs a bench entry file in a fresh Node process (tsx loaded with --import) and reads the JSON
 * result it writes. Its stderr is passed through, so a crash is visible; `profile` adds
 * --cpu-prof with the profiles under .briefbot/bench/profiles/<name>/; `env` is added to the bench's own.
 */
export async function runWorker<R = WorkerResult>(
  entry: string,
  args: string[],
  options: { profileName?: string; timeoutMs?: number; env?: Record<string, string> } = {},
): Promise<WorkerRun<R>> {
  const resultFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-bench-')), 'result.json');
  const nodeArgs = ['--import', 'tsx'];
  if (options.profileName) {
    const dir = path.join(PROFILE_DIR, options.profileName);
    fs.mkdirSync(dir, { recursive: true });
    nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${dir}`);
  }
  const before = process.resourceUsage();
  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, entry, ...args, resultFile], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...options.env, LOG_LEVEL: 'silent' },
    });
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : null;
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal });
    });
  });
  const after = process.resourceUsage();
  const parentCpuMs = (after.userCPUTime + after.systemCPUTime - before.userCPUTime - before.systemCPUTime) / 1000;
  let text: string;
  try {
    text = fs.readFileSync(resultFile, 'utf8');
  } catch {
    const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
    throw new Error(`${path.basename(entry)} ${args[0]?.slice(0, 80) ?? ''} ${how} and wrote no result`);
  } finally {
    fs.rmSync(path.dirname(resultFile), { recursive: true, force: true });
  }
  return { result: JSON.parse(text) as R, parentCpuMs };
}
