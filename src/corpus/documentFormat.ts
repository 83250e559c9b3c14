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

/** Said wherever the corpus turns out empty: the formats briefbot reads, one extension each. */
export const EMPTY_CORPUS_MESSAGE = `The corpus is empty: add ${listFormats()} files to the corpus folder.`;

function listFormats(): string {
  const entries = Object.entries(FORMAT_BY_EXTENSION);
  const firstOfEach = entries
    .filter(([, format], i) => entries.findIndex(([, other]) => other === format) === i)
    .map(([extension]) => extension);
  return `${firstOfEach.slice(0, -1).join(', ')} or ${firstOfEach.at(-1) ?? ''}`;
}

/** The format of a file by its extension (case-insensitive), or null when briefbot does not read it. */
export function documentFormat(name: string): DocumentFormat | null {
  return FORMAT_BY_EXTENSION[path.extname(name).toLowerCase()] ?? null;
}
