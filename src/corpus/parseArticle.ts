/**
 * Reads the shape of a news article out of plain text: its headline, its date when the text
 * states one, and its paragraphs with the role each plays. Works on the text of any format
 * (txt, md, and the text extracted from html or pdf): a format's loader only produces text.
 */

export type BlockRole =
  | 'title' // the headline
  | 'metadata' // "Published: …" and the like
  | 'dateline' // "ANKARA": where the story was filed
  | 'heading' // a section heading: context for the paragraphs below it
  | 'body'
  | 'boilerplate'; // web-page leftovers such as "Like this:"

export interface Block {
  /** ¶ number: its place among the file's blocks (a repeated headline does not count). */
  paragraph: number;
  lineStart: number;
  lineEnd: number;
  /** Exact text of the block's lines, joined with '\n'. */
  text: string;
  role: BlockRole;
}

export interface Article {
  title: string;
  /** ISO date (YYYY-MM-DD) when the text states a parseable one; else the stated text. */
  published: string | null;
  blocks: Block[];
}

const METADATA_LINE = /^\s*(published|posted|date|updated|first published)\s*(on)?\s*[:\-–]\s*(.+?)\s*$/i;
const BOILERPLATE =
  /^\s*(like this|share this|share|related|related posts|loading\.{3}|advertisement|print|email|tweet|click to share.*|follow us.*|subscribe.*|read more)\s*:?\s*$/i;
const MARKDOWN_HEADING = /^\s{0,3}#{1,6}\s+\S/;
const SENTENCE_END = /[.!?…:;"”’')\]]\s*$/;

export function parseArticle(text: string, fallbackTitle: string): Article {
  const rawBlocks = splitBlocks(text);
  const blocks: Block[] = [];
  let title: string | null = null;
  let published: string | null = null;
  let paragraph = 0;

  for (const [i, raw] of rawBlocks.entries()) {
    const oneLine = raw.lineStart === raw.lineEnd;
    const metadata = oneLine ? METADATA_LINE.exec(raw.text) : null;
    let role: BlockRole;
    if (metadata && published === null && blocks.every((b) => b.role !== 'body')) {
      published = parsePublished(metadata[3] ?? '');
      role = 'metadata';
    } else if (title === null && blocks.every((b) => b.role === 'metadata') && looksLikeHeadline(raw.text)) {
      title = stripMarkdownHeading(raw.text);
      role = 'title';
    } else if (title !== null && blocks.at(-1)?.role === 'title' && sameText(raw.text, blocks.at(-1)?.text ?? '')) {
      continue; // the headline repeated under itself: not a paragraph of its own
    } else if (oneLine && BOILERPLATE.test(raw.text)) {
      role = 'boilerplate';
    } else if (oneLine && isDateline(raw.text)) {
      role = 'dateline';
    } else if (looksLikeHeading(raw.text, rawBlocks[i + 1]?.text)) {
      role = 'heading';
    } else {
      role = 'body';
    }
    paragraph += 1;
    blocks.push({ ...raw, paragraph, role });
  }
  return { title: title ?? fallbackTitle, published, blocks };
}

interface RawBlock {
  lineStart: number;
  lineEnd: number;
  text: string;
}

/** Blocks are runs of non-blank lines; a paragraph may span several lines. */
function splitBlocks(text: string): RawBlock[] {
  const lines = text.split('\n');
  const blocks: RawBlock[] = [];
  let current: string[] = [];
  let start = 0;
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      if (current.length > 0) blocks.push({ lineStart: start + 1, lineEnd: start + current.length, text: current.join('\n') });
      current = [];
    } else {
      if (current.length === 0) start = index;
      current.push(line);
    }
  });
  if (current.length > 0) blocks.push({ lineStart: start + 1, lineEnd: start + current.length, text: current.join('\n') });
  return blocks;
}

function looksLikeHeadline(text: string): boolean {
  if (MARKDOWN_HEADING.test(text)) return true;
  return !text.includes('\n') && text.length <= 200 && !/[.!?]\s*$/.test(text);
}

function looksLikeHeading(text: string, next: string | undefined): boolean {
  if (MARKDOWN_HEADING.test(text)) return true;
  if (text.includes('\n') || text.length > 120 || SENTENCE_END.test(text)) return false;
  // A short unpunctuated line is a heading only when a paragraph follows it.
  return next !== undefined && text.split(/\s+/).length <= 16;
}

/** "ANKARA", "WASHINGTON (Reuters) -": an all-caps place name on a line of its own. */
function isDateline(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && text.length <= 60 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function stripMarkdownHeading(text: string): string {
  return text.replace(/^\s{0,3}#{1,6}\s+/, '').trim();
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}

function parsePublished(stated: string): string {
  // "Fri, July 10, 2020": drop the weekday, Date.parse handles the rest in English formats.
  const withoutWeekday = stated.replace(/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, '');
  const time = Date.parse(`${withoutWeekday} UTC`);
  const fallback = Date.parse(withoutWeekday);
  const parsed = Number.isNaN(time) ? fallback : time;
  if (Number.isNaN(parsed)) return stated;
  return new Date(parsed).toISOString().slice(0, 10);
}
