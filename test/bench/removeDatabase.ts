import fs from 'node:fs';

/** Deletes an SQLite file and its WAL, shared-memory and journal companions. */
export function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}
