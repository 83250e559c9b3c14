import type { SourceSpan } from '../corpus/passage.ts';

/**
 * Button custom ids (≤ 100 characters, sent back to the bot verbatim when clicked, so anyone
 * can forge one). They carry no file path: a page button names pages kept in memory, a
 * context button names a document by the start of its content hash, which the bot looks up
 * among the indexed documents — nothing outside the corpus can be named.
 */
export type ButtonAction =
  | { kind: 'page'; replyKey: string; page: number }
  | { kind: 'context'; documentHash: string; paragraph: number; lineStart: number; lineEnd: number };

/** Hex digits of the document hash carried by a context button: unique enough, and short. */
export const HASH_PREFIX_LENGTH = 16;

export function pageButtonId(replyKey: string, page: number): string {
  return `page:${replyKey}:${page}`;
}

/** `n` keeps ids unique when one message cites the same lines twice. */
export function contextButtonId(documentHash: string, span: SourceSpan, n: number): string {
  return `ctx:${documentHash.slice(0, HASH_PREFIX_LENGTH)}:${span.paragraph}:${span.lineStart}:${span.lineEnd}:${n}`;
}

const PAGE_ID = /^page:([A-Za-z0-9_-]{1,32}):(\d{1,4})$/;
const CONTEXT_ID = new RegExp(`^ctx:([0-9a-f]{${HASH_PREFIX_LENGTH}}):(\\d{1,6}):(\\d{1,7}):(\\d{1,7}):\\d{1,3}$`);

/** The action a custom id asks for, or null for anything this bot did not make. */
export function parseButtonId(customId: string): ButtonAction | null {
  const page = PAGE_ID.exec(customId);
  if (page) return { kind: 'page', replyKey: page[1] ?? '', page: Number(page[2]) };
  const context = CONTEXT_ID.exec(customId);
  if (context) {
    const [, documentHash = '', paragraph, lineStart, lineEnd] = context;
    return {
      kind: 'context',
      documentHash,
      paragraph: Number(paragraph),
      lineStart: Number(lineStart),
      lineEnd: Number(lineEnd),
    };
  }
  return null;
}
