import sbd from 'sbd';
import type { Sentence, SourceSpan } from './passage.ts';

export interface TextBlock {
  file: string;
  paragraph: number;
  /** The block's exact text; lines joined with '\n'. */
  text: string;
  /** Line of the file on which `text` starts. */
  lineStart: number;
}

/**
 * Splits a block into sentences with their exact text and the file lines they stand on.
 * sbd finds the boundaries (abbreviations, quotes, decimals); offsets are recovered by
 * searching each sentence in the block, so the text cited is always the file's own.
 */
export function splitSentences(block: TextBlock): Sentence[] {
  // Newlines become spaces for boundary detection only: same length, so offsets still hold.
  const flat = block.text.replace(/\n/g, ' ');
  const pieces = sbd.sentences(flat, { preserve_whitespace: true, newline_boundaries: false });
  const sentences: Sentence[] = [];
  let cursor = 0;
  for (const piece of pieces) {
    const trimmed = piece.trim();
    if (trimmed === '') continue;
    const start = flat.indexOf(trimmed, cursor);
    if (start < 0) continue; // sbd never rewrites text with preserve_whitespace; defensive only
    const end = start + trimmed.length;
    cursor = end;
    sentences.push({ text: block.text.slice(start, end), ...spanOf(block, start, end) });
  }
  return sentences;
}

/** The file lines covered by block.text[start, end). */
export function spanOf(block: TextBlock, start: number, end: number): SourceSpan {
  const linesBefore = countNewlines(block.text, 0, start);
  const linesInside = countNewlines(block.text, start, end);
  return {
    file: block.file,
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
