/** Where a piece of text stands in its source file. Lines and paragraphs are 1-based. */
export interface SourceSpan {
  file: string;
  /**
   * Page of a paged format (PDF), where ¶ and lines count within the page; null or absent for
   * the formats without pages. Optional so that spans built by hand (excerpts, test sentences)
   * need not name it; chunkDocument sets it on every sentence, and every Passage has it.
   */
  page?: number | null;
  /** Paragraph number (¶): the paragraph's place among the file's (or the page's) blocks. */
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
  page: number | null;
  /** The exact text of the file from the first sentence to the last (line breaks kept). */
  text: string;
  /** `title` is the headline (searchable and citable, never a summary point). */
  role: 'title' | 'body';
  /** The section heading the passage stands under, if any (context, not a passage itself). */
  heading: string | null;
  sentences: Sentence[];
}
