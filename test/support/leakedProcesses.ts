/**
 * vitest globalSetup: every process the tests start carries a marker in its environment (set
 * here, inherited by the workers and everything they spawn); when the run ends, any process still
 * carrying it has outlived the suite. Those are killed, and the run fails, naming them.
 */
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';

const MARKER = 'BRIEFBOT_TEST_RUN';

export function setup(): void {
  process.env[MARKER] = randomUUID();
}

export async function teardown(): Promise<void> {
  const run = process.env[MARKER];
  if (!run) return;
  // A process signalled by a test's cleanup may need a moment to go.
  let leaked = markedProcesses(run);
  for (let waited = 0; leaked.length > 0 && waited < 3000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    leaked = markedProcesses(run);
  }
  if (leaked.length === 0) return;
  for (const { pid } of leaked) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
  // vitest logs an error thrown here but still exits 0: the exit code is set as well.
  process.exitCode = 1;
  throw new Error(
    `${leaked.length} process(es) started by the tests outlived the suite (now killed):\n${leaked.map((p) => `  ${p.pid} ${p.command}`).join('\n')}`,
  );
}

/** Processes other than this one whose environment holds the run's marker (Linux /proc; elsewhere none are found). */
function markedProcesses(run: string): { pid: number; command: string }[] {
  if (!fs.existsSync('/proc/self/environ')) return [];
  const wanted = `${MARKER}=${run}`;
  const found: { pid: number; command: string }[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      if (!fs.readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(wanted)) continue;
      found.push({ pid, command: fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim() });
    } catch {
      // exited meanwhile, or not ours to read
    }
  }
  return found;
}
