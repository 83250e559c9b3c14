import type { SourceSpan } from '../corpus/passage.ts';

/**
 * "000_bd4eabd2b5bc6d71.txt ¶6 L13", "… ¶8 L17–18" for a span of lines, and for a paged format
 * "report.pdf p3 ¶2 L5–7": ¶ and lines then count within page 3.
 */
export function formatCitation(span: SourceSpan): string {
  const lines = span.lineStart === span.lineEnd ? `L${span.lineStart}` : `L${span.lineStart}–${span.lineEnd}`;
  const page = typeof span.page === 'number' ? ` p${span.page}` : '';
  return `${span.file}${page} ¶${span.paragraph} ${lines}`;
}

/** formatCitation read back ("000_bd4eabd2b5bc6d71.txt ¶7 L15", "report.pdf p3 ¶2 L5-7"), or null. */
export function parseCitation(text: string): SourceSpan | null {
  const match = /^(.+?)(?:\s+p(\d+))?\s+¶(\d+)\s+L(\d+)(?:\s*[–-]\s*(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const [, file = '', page, paragraph, lineStart, lineEnd] = match;
  return {
    file,
    ...(page !== undefined ? { page: Number(page) } : {}),
    paragraph: Number(paragraph),
    lineStart: Number(lineStart),
    lineEnd: Number(lineEnd ?? lineStart),
  };
}
