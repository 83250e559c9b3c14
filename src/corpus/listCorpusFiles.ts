import fs from 'node:fs/promises';
import path from 'node:path';

/** Formats briefbot reads (by extension). HTML and PDF join with their extractors. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown'] as const;

export interface CorpusFile {
  /** Path relative to the corpus folder, with '/': the name citations use. */
  file: string;
  absolutePath: string;
}

/** Every supported file under the corpus folder (sub-folders included), in name order. */
export async function listCorpusFiles(corpusDir: string): Promise<CorpusFile[]> {
  const entries = await fs.readdir(corpusDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && isSupported(entry.name) && !entry.name.startsWith('.'))
    .map((entry) => {
      const absolutePath = path.join(entry.parentPath, entry.name);
      return { file: path.relative(corpusDir, absolutePath).split(path.sep).join('/'), absolutePath };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

export function isSupported(name: string): boolean {
  const extension = path.extname(name).toLowerCase();
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extension);
}
