import { Parser } from 'htmlparser2';

/**
 * The text of an HTML source as a reader sees it, each character knowing the source line it
 * comes from: how a paragraph that Readability extracted is traced back to the lines of the file.
 */
export interface VisibleText {
  /** Text nodes in source order, entities decoded, every run of white space one ' '. */
  text: string;
  /** Source line (1-based) of text[offset]. */
  lineOf(offset: number): number;
}

/** Elements whose text no reader sees. */
const HIDDEN_TEXT = new Set(['script', 'style', 'noscript', 'template', 'title', 'textarea']);
const WHITE_SPACE = /\s/;

/**
 * Text is taken as the tags leave it: a tag adds nothing (`foo<b>bar</b>` reads `foobar`), except
 * `<br>`, which reads as a space. Entities never hold a line break, so a decoded character's line
 * is the line its piece of text starts on plus the line breaks before it within the piece.
 */
export function visibleHtmlText(html: string): VisibleText {
  const lineStarts = [0];
  for (let i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const sourceLine = (index: number) => upperBound(lineStarts, index);

  // Lines only grow along the text, so only the offsets where the line changes are kept.
  const pieces: string[] = [];
  let length = 0;
  let lastChar = '';
  const changeOffsets: number[] = [];
  const changeLines: number[] = [];
  const push = (char: string, line: number) => {
    if (WHITE_SPACE.test(char)) {
      if (length === 0 || lastChar === ' ') return;
      char = ' ';
    }
    if (changeLines.at(-1) !== line) {
      changeOffsets.push(length);
      changeLines.push(line);
    }
    pieces.push(char);
    length += char.length;
    lastChar = char;
  };

  let hiddenDepth = 0;
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN_TEXT.has(name)) hiddenDepth += 1;
        else if (name === 'br' && hiddenDepth === 0) push(' ', sourceLine(parser.startIndex));
      },
      onclosetag(name) {
        if (HIDDEN_TEXT.has(name) && hiddenDepth > 0) hiddenDepth -= 1;
      },
      ontext(data) {
        if (hiddenDepth > 0) return;
        let line = sourceLine(parser.startIndex);
        for (const char of data) {
          push(char, line);
          if (char === '\n') line += 1;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);

  const text = pieces.join('').trimEnd();
  return {
    text,
    lineOf: (offset) => changeLines[Math.max(0, upperBound(changeOffsets, offset) - 1)] ?? 1,
  };
}

/** Number of entries of the sorted array that are ≤ value (here: the 1-based line of an index). */
function upperBound(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
