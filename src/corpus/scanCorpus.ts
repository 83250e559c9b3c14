import fs from 'node:fs/promises';
import path from 'node:path';
import { documentFormat } from './documentFormat.ts';

export interface CorpusFile {
  /** Path relative to the corpus folder, with '/': the name citations use. */
  file: string;
  /** Where to read it: the file itself, or for a symbolic link the real file it leads to. */
  absolutePath: string;
}

export interface CorpusScan {
  files: CorpusFile[];
  /** Files of a supported format that are not read, and why (a link leading outside, …). */
  refused: { file: string; reason: string }[];
}

/**
 * Every file of a supported format under the corpus folder (sub-folders included, hidden ones
 * not), in name order. A symbolic link is followed only to a regular file inside the corpus
 * folder (by real path, so `../` and absolute targets are caught); sockets, pipes and devices are
 * refused rather than read, since reading a pipe would block. Linked folders are not entered.
 * Files in other formats are ignored without a word.
 */
export async function scanCorpus(corpusDir: string): Promise<CorpusScan> {
  const root = await fs.realpath(corpusDir);
  const entries = await fs.readdir(corpusDir, { recursive: true, withFileTypes: true });
  const scan: CorpusScan = { files: [], refused: [] };
  for (const entry of entries) {
    const absolutePath = path.join(entry.parentPath, entry.name);
    const file = path.relative(corpusDir, absolutePath).split(path.sep).join('/');
    if (file.split('/').some((part) => part.startsWith('.')) || documentFormat(entry.name) === null) continue;
    if (entry.isFile()) {
      scan.files.push({ file, absolutePath });
    } else if (entry.isSymbolicLink()) {
      const target = await followLink(absolutePath, root);
      if ('reason' in target) scan.refused.push({ file, reason: target.reason });
      else scan.files.push({ file, absolutePath: target.realPath });
    } else if (!entry.isDirectory()) {
      scan.refused.push({ file, reason: 'not a regular file' });
    }
  }
  const byName = (a: { file: string }, b: { file: string }) => a.file.localeCompare(b.file);
  scan.files.sort(byName);
  scan.refused.sort(byName);
  return scan;
}

async function followLink(link: string, root: string): Promise<{ realPath: string } | { reason: string }> {
  let realPath: string;
  try {
    realPath = await fs.realpath(link);
  } catch {
    return { reason: 'broken symbolic link' };
  }
  const relative = path.relative(root, realPath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return { reason: 'symbolic link to a file outside the corpus folder' };
  }
  const stat = await fs.stat(realPath);
  return stat.isFile() ? { realPath } : { reason: 'symbolic link to something that is not a regular file' };
}
