import fs from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.ts';

/**
 * Moves a corpus file (named as citations name it) into the trash folder, never deleting it:
 * `<trash>/<time>_<name>`, a sub-folder's "/" as "__". Returns where it went.
 */
export async function moveToTrash(corpusDir: string, file: string, trashDir: string): Promise<string> {
  const root = path.resolve(corpusDir);
  const source = path.resolve(root, ...file.split('/'));
  const relative = path.relative(root, source);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative))
    throw new UserError(`${file} is not a file of the corpus.`);
  await fs.mkdir(trashDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.join(trashDir, `${stamp}_${file.split('/').join('__')}`);
  try {
    await fs.rename(source, target);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'ENOENT') throw new UserError(`${file} is no longer in the corpus folder.`);
    if (code !== 'EXDEV') throw error;
    // The trash is on another disk: copy (never over a file), then remove the original.
    await fs.copyFile(source, target, fs.constants.COPYFILE_EXCL);
    await fs.rm(source);
  }
  return target;
}
