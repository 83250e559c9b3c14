import type { SourceSpan } from '../corpus/passage.ts';

/** "000_bd4eabd2b5bc6d71.txt ¶6 L13", or "… ¶8 L17–18" for a span of lines. */
export function formatCitation(span: SourceSpan): string {
  const lines = span.lineStart === span.lineEnd ? `L${span.lineStart}` : `L${span.lineStart}–${span.lineEnd}`;
  return `${span.file} ¶${span.paragraph} ${lines}`;
}
