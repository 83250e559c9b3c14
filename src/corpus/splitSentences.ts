import { createRequire } from 'node:module';
import type Sbd from 'sbd';

/** Loaded on first use: it brings an HTML sanitizer along, which a start with nothing to index never needs. */
let sbd: typeof Sbd | undefined;
import type { Sentence, SourceSpan } from './passage.ts';

export interface TextBlock {
  file: string;
  page: number | null;
  paragraph: number;
  /** The block's exact text; lines joined with '\n'. */
  text: string;
  /** Line of the file on which `text` starts. */
  lineStart: number;
  /** Line of character `offset` of `text`, where the text is not the file's own lines (HTML). */
  lineOf?: (offset: number) => number;
}

/**
 * Splits a block into sentences with their exact text and the file lines they stand on.
 * sbd finds the boundaries (abbreviations, quotes, decimals); offsets are recovered by
 * searching each sentence in the block, so the text cited is always the file's own.
 */
export function splitSentences(block: TextBlock): Sentence[] {
  return placeSentences(block).map(({ sentence }) => sentence);
}

/** A sentence and where it stands in its block's text: block.text.slice(start, end) is its text. */
export interface PlacedSentence {
  sentence: Sentence;
  start: number;
  end: number;
}

/** splitSentences, keeping each sentence's offsets in the block (to cut passages exactly). */
export function placeSentences(block: TextBlock): PlacedSentence[] {
  // Newlines become spaces for boundary detection only: same length, so offsets still hold.
  const flat = block.text.replace(/\n/g, ' ');
  sbd ??= createRequire(import.meta.url)('sbd') as typeof Sbd;
  const pieces = sbd.sentences(flat, { preserve_whitespace: true, newline_boundaries: false });
  const sentences: PlacedSentence[] = [];
  let cursor = 0;
  for (const piece of pieces) {
    const trimmed = piece.trim();
    if (trimmed === '') continue;
    const start = flat.indexOf(trimmed, cursor);
    if (start < 0) continue; // sbd never rewrites text with preserve_whitespace; defensive only
    const end = start + trimmed.length;
    cursor = end;
    sentences.push({ sentence: { text: block.text.slice(start, end), ...spanOf(block, start, end) }, start, end });
  }
  return sentences;
}

/** The file lines covered by block.text[start, end). */
function spanOf(block: TextBlock, start: number, end: number): SourceSpan & { page: number | null } {
  if (block.lineOf) {
    const { file, page, paragraph } = block;
    return { file, page, paragraph, lineStart: block.lineOf(start), lineEnd: block.lineOf(Math.max(start, end - 1)) };
  }
  const linesBefore = countNewlines(block.text, 0, start);
  const linesInside = countNewlines(block.text, start, end);
  return {
    file: block.file,
    page: block.page,
    paragraph: block.paragraph,
    lineStart: block.lineStart + linesBefore,
    lineEnd: block.lineStart + linesBefore + linesInside,
  };
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
