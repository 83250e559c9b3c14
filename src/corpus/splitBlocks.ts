/** A run of text the loaders hand to parseArticle, before it is given a role and a ¶ number. */
export interface RawBlock {
  lineStart: number;
  lineEnd: number;
  /** The block's text as it stands in the file (a Markdown heading without its # marks). */
  text: string;
  /** Known to be a heading from the format's own markup (Markdown #, HTML <h1>–<h6>). */
  heading?: boolean;
  /** Page of a paged format; ¶ numbers restart on each page. */
  page?: number | null;
  /**
   * Line of the file on which character `offset` of `text` stands, for formats whose text is not
   * the file's own lines (HTML). Absent: lineStart plus the line breaks of `text` before offset.
   */
  lineOf?: (offset: number) => number;
}

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const CODE_FENCE = /^ {0,3}(?:```|~~~)/;

/**
 * Blocks are runs of non-blank lines; a paragraph may span several lines. In Markdown a heading
 * is a block of its own even with no blank line around it (`## Risks` right above its paragraph),
 * and a setext underline (`===`, `---`) is markup, not text; inside code fences nothing is a heading.
 */
export function splitBlocks(text: string, options: { markdown?: boolean } = {}): RawBlock[] {
  const lines = text.split('\n');
  const blocks: RawBlock[] = [];
  let current: string[] = [];
  let start = 0;
  let inFence = false;
  const flush = () => {
    if (current.length > 0)
      blocks.push({ lineStart: start + 1, lineEnd: start + current.length, text: current.join('\n') });
    current = [];
  };
  lines.forEach((line, index) => {
    if (options.markdown) {
      if (CODE_FENCE.test(line)) inFence = !inFence;
      const atx = inFence ? null : ATX_HEADING.exec(line);
      if (atx) {
        flush();
        const heading = (atx[1] ?? '').trim();
        if (heading !== '') blocks.push({ lineStart: index + 1, lineEnd: index + 1, text: heading, heading: true });
        return;
      }
      const underlined = current[0];
      if (!inFence && current.length === 1 && underlined !== undefined && SETEXT_UNDERLINE.test(line)) {
        blocks.push({ lineStart: start + 1, lineEnd: start + 1, text: underlined.trim(), heading: true });
        current = [];
        return;
      }
    }
    if (line.trim() === '') {
      flush();
    } else {
      if (current.length === 0) start = index;
      current.push(line);
    }
  });
  flush();
  return blocks;
}
