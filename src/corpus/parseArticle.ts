/**
 * Reads the shape of a news article: its headline, its date when the text states one, and its
 * paragraphs with the role each plays. Text formats (txt, md) come in as text; the HTML and PDF
 * loaders split their own blocks and hand them to classifyBlocks.
 */
import { parsePublishedDate } from './parsePublishedDate.ts';
import { readFrontMatter } from './readFrontMatter.ts';
import { type RawBlock, splitBlocks } from './splitBlocks.ts';

export type BlockRole =
  | 'title' // the headline
  | 'metadata' // "Published: …" and the like
  | 'dateline' // "ANKARA": where the story was filed
  | 'heading' // a section heading: context for the paragraphs below it
  | 'body'
  | 'boilerplate'; // web-page leftovers such as "Like this:", separators such as "* * *"

export interface Block extends RawBlock {
  /** ¶ number: its place among the file's blocks, or the page's (a repeated headline does not count). */
  paragraph: number;
  page: number | null;
  role: BlockRole;
}

export interface Article {
  title: string;
  /** ISO date (YYYY-MM-DD) when the text states a parseable one; else the stated text. */
  published: string | null;
  blocks: Block[];
}

/** What the format itself says, ahead of what the text suggests (front matter, HTML meta tags). */
export interface KnownMetadata {
  title?: string | null;
  published?: string | null;
  /** Headings come from markup only (RawBlock.heading), never from a short line's looks. */
  markupHeadings?: boolean;
}

const METADATA_LINE = /^\s*(published|posted|date|updated|first published)\s*(on)?\s*[:\-–]\s*(.+?)\s*$/i;
const BOILERPLATE =
  /^\s*(like this|share this|share|related|related posts|loading\.{3}|advertisement|print|email|tweet|click to share.*|follow us.*|subscribe.*|read more)\s*:?\s*$/i;
const MARKDOWN_HEADING = /^\s{0,3}#{1,6}\s+\S/;
const SENTENCE_END = /[.!?…:;"”’')\]]\s*$/;

/**
 * A text file's article. In Markdown (`markdown: true`), front matter is not a paragraph (its lines
 * keep their numbers, so citations still count the file's own lines) and its title and date win,
 * and only `#`/setext headings are headings.
 */
export function parseArticle(text: string, fallbackTitle: string, options: { markdown?: boolean } = {}): Article {
  if (!options.markdown) return classifyBlocks(splitBlocks(text), fallbackTitle);
  const matter = readFrontMatter(text);
  const lines = text.split('\n');
  const body = lines.map((line, i) => (i < matter.lineCount ? '' : line)).join('\n');
  return classifyBlocks(splitBlocks(body, { markdown: true }), fallbackTitle, {
    title: matter.title,
    published: matter.date === null ? null : parsePublished(matter.date),
    markupHeadings: true,
  });
}

/** Gives each block its role and its ¶ number (restarting on each page of a paged format). */
export function classifyBlocks(rawBlocks: RawBlock[], fallbackTitle: string, known: KnownMetadata = {}): Article {
  const blocks: Block[] = [];
  let title: string | null = null;
  let statedDate: string | null = null;
  let paragraph = 0;
  let page: number | null = null;

  for (const [i, raw] of rawBlocks.entries()) {
    const oneLine = !raw.text.includes('\n');
    const metadata = oneLine && !raw.heading ? METADATA_LINE.exec(raw.text) : null;
    const previous = blocks.at(-1);
    let role: BlockRole;
    if (metadata && statedDate === null && blocks.every((b) => b.role !== 'body')) {
      statedDate = parsePublished(metadata[3] ?? '');
      role = 'metadata';
    } else if (title === null && blocks.every((b) => b.role === 'metadata') && isHeadline(raw, known)) {
      title = known.title ?? stripMarkdownHeading(raw.text);
      role = 'title';
    } else if (title !== null && previous?.role === 'title' && sameText(raw.text, previous.text)) {
      continue; // the headline repeated under itself: not a paragraph of its own
    } else if ((oneLine && BOILERPLATE.test(raw.text)) || !/[\p{L}\p{N}]/u.test(raw.text)) {
      role = 'boilerplate';
    } else if (oneLine && !raw.heading && isDateline(raw.text)) {
      role = 'dateline';
    } else if (raw.heading || (!known.markupHeadings && looksLikeHeading(raw.text, rawBlocks[i + 1]?.text))) {
      role = 'heading';
    } else {
      role = 'body';
    }
    const blockPage = raw.page ?? null;
    if (blockPage !== page) paragraph = 0;
    page = blockPage;
    paragraph += 1;
    blocks.push({ ...raw, paragraph, page: blockPage, role });
  }
  return { title: known.title || title || fallbackTitle, published: known.published ?? statedDate, blocks };
}

/** With a title known from metadata, only a block saying the same is the headline. */
function isHeadline(raw: RawBlock, known: KnownMetadata): boolean {
  if (known.title) return sameText(stripMarkdownHeading(raw.text), known.title);
  return raw.heading === true || looksLikeHeadline(raw.text);
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
  return (
    letters.length >= 3 && text.length <= 60 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
  );
}

function stripMarkdownHeading(text: string): string {
  return text.replace(/^\s{0,3}#{1,6}\s+/, '').trim();
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}

/** A stated date → YYYY-MM-DD (see parsePublishedDate), or the stated text when it cannot be read. */
export function parsePublished(stated: string): string {
  return parsePublishedDate(stated) ?? stated;
}
