import path from 'node:path';

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'pdf';

/** Extensions briefbot reads, and how. Anything else in the corpus folder is ignored silently. */
const FORMAT_BY_EXTENSION: Readonly<Record<string, DocumentFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

/** The format of a file by its extension (case-insensitive), or null when briefbot does not read it. */
export function documentFormat(name: string): DocumentFormat | null {
  return FORMAT_BY_EXTENSION[path.extname(name).toLowerCase()] ?? null;
}
