import { type ChildProcessByStdio, spawn, type SpawnOptions } from 'node:child_process';
import type { Readable } from 'node:stream';
import { onTestFinished } from 'vitest';

export interface ProcessGroup {
  child: ChildProcessByStdio<null, Readable, Readable>;
  /** stdout and stderr so far, interleaved as they arrived. */
  output(): string;
  stderr(): string;
  /** Once every process holding the pipes (npm, tsx, the bot under them) is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Signals the whole group, as a terminal's Ctrl-C or systemd's stop does. */
  signal(signal: NodeJS.Signals): void;
}

/**
 * Starts a command in its own process group, for a test: wrappers (npm, tsx) start the real
 * process as their child, and killing the wrapper alone would leave that child running. When the
 * test finishes, the whole group gets SIGKILL, whatever happened.
 */
export function spawnProcessGroup(
  command: string,
  args: readonly string[],
  options: Omit<SpawnOptions, 'stdio' | 'detached'> = {},
): ProcessGroup {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    stderr += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  const signal = (name: NodeJS.Signals): void => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, name);
    } catch {
      // The group is gone already.
    }
  };
  onTestFinished(() => signal('SIGKILL'));
  return { child, output: () => output, stderr: () => stderr, exited, signal };
}
