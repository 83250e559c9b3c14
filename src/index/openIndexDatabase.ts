import Database from 'better-sqlite3';
import { OWN_TABLES, SCHEMA_VERSION } from './migrateIndex.ts';

export class UnusableIndexError extends Error {}

/**
 * Opens the index file's database, refusing one that is corrupt or not an index (UnusableIndexError),
 * and hands it to `use`; the database is closed when either fails.
 * `sharedWithChecker`: a second connection (the indexing worker) to a file another connection
 * of this process has opened and checked; it neither checks again nor marks clean shutdowns.
 */
export function openIndexDatabase<T>(
  file: string,
  options: { sharedWithChecker?: boolean; checkLater?: boolean },
  use: (db: Database.Database, uncheckedSinceCrash: boolean) => T,
): T {
  let db: Database.Database | undefined;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    const foreign = tables.filter(
      (name) => !OWN_TABLES.some((own) => name === own || name.startsWith(`${own}_`)) && !name.startsWith('sqlite_'),
    );
    if (foreign.length > 0)
      throw new UnusableIndexError(`not a briefbot index (it has tables ${foreign.slice(0, 3).join(', ')})`);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw new UnusableIndexError(`written by a newer briefbot (schema ${version})`);
    // Reading every page takes time that grows with the index: done only when the last
    // process using the file did not close it (a crash, a kill), when damage is possible.
    const closedCleanly =
      tables.includes('meta') &&
      db.prepare("SELECT value FROM meta WHERE key = 'closed_cleanly'").pluck().get() === 'true';
    const uncheckedSinceCrash =
      !options.sharedWithChecker && !closedCleanly && tables.includes('meta') && options.checkLater === true;
    if (!options.sharedWithChecker && !closedCleanly && !uncheckedSinceCrash) {
      const check = db.pragma('quick_check(1)', { simple: true });
      if (check !== 'ok') throw new UnusableIndexError(`corrupt: ${String(check)}`);
    }
    db.pragma('synchronous = NORMAL');
    // The indexing worker and the bot may write at once (meta caches): wait, do not fail.
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    return use(db, uncheckedSinceCrash);
  } catch (error) {
    db?.close();
    if (error instanceof UnusableIndexError) throw error;
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
      throw new UnusableIndexError(`not a database or corrupt (${code})`);
    throw error;
  }
}
