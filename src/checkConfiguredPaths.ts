import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config.ts';
import { UserError } from './errors.ts';

/** How the user set each path, for the message: a variable, or a CLI option. */
export interface PathNames {
  corpusDir: string;
  indexPath: string;
}

const VARIABLES: PathNames = { corpusDir: 'CORPUS_DIR', indexPath: 'INDEX_PATH' };

/**
 * Checks, before anything is opened, that the corpus folder can be read and the index file
 * written (creating its folder), so a wrong path stops start-up with one line naming the setting
 * and the path, rather than a stack trace from deep in SQLite or the scanner.
 */
export function checkConfiguredPaths(
  config: Pick<Config, 'corpusDir' | 'indexPath'>,
  names: PathNames = VARIABLES,
): void {
  checkCorpusDir(config.corpusDir, names.corpusDir);
  checkIndexPath(config.indexPath, names.indexPath);
}

function checkCorpusDir(dir: string, name: string): void {
  const stat = statOrNull(dir, name);
  if (!stat) throw new UserError(`${name}: no such folder: ${dir}`);
  if (!stat.isDirectory()) throw new UserError(`${name} must be a folder, but ${dir} is a file`);
  try {
    fs.accessSync(dir, fs.constants.R_OK | fs.constants.X_OK);
  } catch {
    throw new UserError(`${name}: cannot read the folder ${dir} (permission denied)`);
  }
}

function checkIndexPath(file: string, name: string): void {
  const stat = statOrNull(file, name);
  if (stat?.isDirectory()) throw new UserError(`${name} must be a file, but ${file} is a folder`);
  const dir = path.dirname(file);
  // The nearest part of the path that exists must be a folder (a file there blocks creating the rest).
  let existing = dir;
  while (!fs.existsSync(existing)) existing = path.dirname(existing);
  if (!fs.statSync(existing).isDirectory())
    throw new UserError(`${name}: cannot create ${file}: ${existing} is a file, not a folder`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    // SQLite writes its journal (-wal, -shm) beside the file: the folder itself must be writable.
    fs.accessSync(dir, fs.constants.W_OK);
    if (stat) fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EROFS'
        ? 'read-only file system'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : (code ?? String(error));
    throw new UserError(`${name}: cannot write the index at ${file} (${why})`);
  }
}

function statOrNull(target: string, name: string): fs.Stats | null {
  try {
    return fs.statSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    // A file where a folder of the path should be.
    if (code === 'ENOTDIR')
      throw new UserError(`${name}: ${target} is not a valid path (a part of it is a file, not a folder)`);
    if (code === 'EACCES') throw new UserError(`${name}: cannot reach ${target} (permission denied)`);
    throw error;
  }
}
