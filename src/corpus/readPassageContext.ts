import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.ts';
import type { SourceSpan } from './passage.ts';
import { readDocumentText } from './readDocumentText.ts';
import type { DocumentRecord } from './records.ts';
import { splitBlocks } from './splitBlocks.ts';

/** A cited span to show in context: its document named by file, or by (the start of) its content hash as a button does. */
export type ContextTarget = Omit<SourceSpan, 'file'> & ({ file: string } | { documentHash: string });

/** The cited lines within their paragraph, with the paragraphs before and after, each as one line of text. */
export interface PassageContext {
  document: Pick<DocumentRecord, 'file' | 'title'>;
  span: SourceSpan;
  previous: string | null;
  /** The cited paragraph(s): what comes before the cited lines, the cited lines, what comes after. */
  cited: { before: string; key: string; after: string };
  next: string | null;
  /** The lines shown, from the previous paragraph's first to the next one's last. */
  lineFrom: number;
  lineTo: number;
}

/**
 * "Show in context". The document comes from the index (`documents`), never from the request:
 * a button names only a content hash and a typed citation only a file name among the indexed
 * ones, so nothing outside the corpus can be named; a file changed since indexing is refused
 * rather than shown at the wrong lines.
 */
export async function readPassageContext(
  target: ContextTarget,
  documents: readonly DocumentRecord[],
  corpusDir: string,
): Promise<PassageContext> {
  const document =
    'documentHash' in target
      ? documents.find((doc) => doc.hash.startsWith(target.documentHash))
      : documents.find((doc) => doc.file === target.file);
  if (!document) {
    throw new UserError(
      'documentHash' in target
        ? 'That document has changed or left the corpus since this answer was given. Ask again for fresh citations.'
        : `No document named "${target.file}" in the corpus.`,
    );
  }
  const root = path.resolve(corpusDir);
  const file = path.resolve(root, document.file);
  if (!file.startsWith(`${root}${path.sep}`)) throw new UserError('That document is not in the corpus.');
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new UserError(`${document.file} is no longer in the corpus folder.`);
  }
  if (createHash('sha256').update(bytes).digest('hex') !== document.hash) {
    throw new UserError(
      `${document.file} has changed since it was indexed, so its line numbers no longer hold. Ask again once the index is updated.`,
    );
  }
  const text = readDocumentText(document.file, bytes);
  const lines = text.split('\n');
  const { lineStart, lineEnd } = target;
  if (lineStart < 1 || lineEnd < lineStart || lineEnd > lines.length)
    throw new UserError('That citation does not fit the document.');

  // The file's blank-line-separated blocks, as the chunker saw them.
  const paragraphs = splitBlocks(text).map((block) => ({ start: block.lineStart, end: block.lineEnd }));
  const first = paragraphs.findIndex((range) => range.end >= lineStart);
  let last = paragraphs.length - 1;
  while (last > 0 && (paragraphs[last]?.start ?? 0) > lineEnd) last -= 1;
  const citedFrom = paragraphs[first]?.start ?? lineStart;
  const citedTo = paragraphs[last]?.end ?? lineEnd;
  const linesText = (from: number, to: number): string =>
    lines
      .slice(from - 1, to)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  const previous = paragraphs[first - 1];
  const next = paragraphs[last + 1];
  return {
    document: { file: document.file, title: document.title },
    span: {
      file: document.file,
      ...(target.page != null ? { page: target.page } : {}),
      paragraph: target.paragraph,
      lineStart,
      lineEnd,
    },
    previous: previous ? linesText(previous.start, previous.end) : null,
    cited: {
      before: linesText(citedFrom, lineStart - 1),
      key: linesText(lineStart, lineEnd),
      after: linesText(lineEnd + 1, citedTo),
    },
    next: next ? linesText(next.start, next.end) : null,
    lineFrom: previous?.start ?? citedFrom,
    lineTo: next?.end ?? citedTo,
  };
}
