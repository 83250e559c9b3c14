/** Where a piece of text stands in its source file. Lines and paragraphs are 1-based. */
export interface SourceSpan {
  file: string;
  /** Paragraph number (¶): the paragraph's place among the file's blank-line-separated blocks. */
  paragraph: number;
  lineStart: number;
  lineEnd: number;
}

/** A sentence of a passage, cited on its own lines (who-backs evidence, the marked answer). */
export interface Sentence extends SourceSpan {
  text: string;
}

/** The unit of retrieval: a paragraph, or part of a long one split at sentence boundaries. */
export interface Passage extends SourceSpan {
  /** The exact text of the file from the first sentence to the last (line breaks kept). */
  text: string;
  /** `title` is the headline (searchable and citable, never a summary point). */
  role: 'title' | 'body';
  /** The section heading the passage stands under, if any (context, not a passage itself). */
  heading: string | null;
  sentences: Sentence[];
}
