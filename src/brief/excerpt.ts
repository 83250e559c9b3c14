import type { SourceSpan } from '../corpus/passage.ts';

/** The JSON contract of a cited excerpt: its exact text stands at these lines of this file. */
export interface Excerpt extends SourceSpan {
  text: string;
  score: number;
}

/** What the interfaces show around an excerpt (title, date, the answer sentence to mark). */
export interface ShownExcerpt extends Excerpt {
  title: string;
  published: string | null;
  heading: string | null;
  /** The sentence of `text` that answers the question, when there is one. */
  keySentence: string | null;
}

/**
 * Exactly the contract's fields, for --json output; `page` only for paged formats (PDF), and
 * `published` (the document's date, or null) for an excerpt shown with its document.
 */
export function toExcerptJson(excerpt: Excerpt & { published?: string | null }): Excerpt & { published?: string | null } {
  const { text, file, paragraph, page, lineStart, lineEnd, score, published } = excerpt;
  const rounded = Math.round(score * 10000) / 10000;
  const json = page == null
    ? { text, file, paragraph, lineStart, lineEnd, score: rounded }
    : { text, file, page, paragraph, lineStart, lineEnd, score: rounded };
  return published === undefined ? json : { ...json, published };
}
