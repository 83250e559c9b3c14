import type { Sentence, SourceSpan } from '../corpus/passage.ts';
import type { PassageRecord } from '../corpus/records.ts';

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

/** One sentence shown as an excerpt of its own, with its passage's title, date and heading. */
export function sentenceExcerpt(
  sentence: Sentence,
  passage: Pick<PassageRecord, 'title' | 'published' | 'heading'>,
  score: number,
): ShownExcerpt {
  return {
    text: sentence.text,
    file: sentence.file,
    paragraph: sentence.paragraph,
    page: sentence.page ?? null,
    lineStart: sentence.lineStart,
    lineEnd: sentence.lineEnd,
    score,
    title: passage.title,
    published: passage.published,
    heading: passage.heading,
    keySentence: null,
  };
}

/**
 * Exactly the contract's fields, for --json output; `page` only for paged formats (PDF), and
 * `published` (the document's date, or null) for an excerpt shown with its document.
 */
export function toExcerptJson(
  excerpt: Excerpt & { published?: string | null },
): Excerpt & { published?: string | null } {
  const { text, file, paragraph, page, lineStart, lineEnd, score, published } = excerpt;
  const rounded = Math.round(score * 10000) / 10000;
  const json =
    page == null
      ? { text, file, paragraph, lineStart, lineEnd, score: rounded }
      : { text, file, page, paragraph, lineStart, lineEnd, score: rounded };
  return published === undefined ? json : { ...json, published };
}
