import { extractTextItems, getDocumentProxy, getMeta, type StructuredTextItem } from 'unpdf';
import { UserError } from '../errors.ts';
import { type Article, classifyBlocks } from './parseArticle.ts';
import { parsePublishedDate } from './parsePublishedDate.ts';
import type { RawBlock } from './splitBlocks.ts';

/** One line of a page's text, as pdf.js lays it out (a text item ending a line ends it). */
interface PageLine {
  /** 1-based, counted in the page's text exactly as pdf.js extracts it (empty lines included). */
  number: number;
  text: string;
  /** Baseline and size of the line's first visible item, in PDF units (y grows upwards). */
  y: number;
  fontSize: number;
}

/** A line's y more than this many font sizes below the previous line's leaves a visible gap. */
const PARAGRAPH_GAP = 1.9;
/** Above the page's usual line spacing by this factor, a gap separates paragraphs too. */
const SPACING_FACTOR = 1.3;
/** Text this much larger than the page's body text reads as a heading (or the headline). */
const HEADING_SIZE = 1.15;
/** A header or footer line repeats on this share of the pages (at least 3 of them). */
const RUNNING_LINE_SHARE = 0.5;
const PAGE_NUMBER = /^\s*(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?\s*$/i;
/**
 * Titles that authoring tools write into a PDF's metadata without the author meaning them: a
 * placeholder, the source file's name, a print-to-PDF "… Output" (GNU Enscript writes "Enscript
 * Output"). A tool that names itself in the title is caught apart (see metadataTitle).
 */
const MEANINGLESS_TITLE =
  /^(?:untitled.*|no title|title|document\s*\d*|new document.*|microsoft (?:word|powerpoint|excel) - .*|\S+ output|.*\.(?:docx?|pptx?|xlsx?|odt|pdf|indd|tex|rtf|txt|html?|ps))$/i;

/**
 * A PDF's bytes → its article, page by page (pdf.js through unpdf, which runs on Node without
 * a worker or canvas). Lines are the lines of each page's extracted text, the way pdf.js (and
 * unpdf's extractText) gives it: a citation "report.pdf p3 ¶2 L5–7" means lines 5 to 7 of page 3's
 * text, and ¶2 its second block. Blocks are split where the layout leaves a gap or the font size
 * changes; running headers, footers and page numbers are left out.
 */
export async function extractPdfText(bytes: Uint8Array, fallbackTitle: string): Promise<Article> {
  const pdf = await openPdf(bytes);
  try {
    const { items } = await extractTextItems(pdf);
    const { info } = await getMeta(pdf);
    const pages = items.map(pageLines);
    if (pages.every((lines) => lines.every((line) => line.text.trim() === ''))) {
      throw new UserError('PDF without a text layer (a scan?): nothing to index');
    }
    const running = runningLines(pages);
    const blocks = pages.flatMap((lines, i) => pageBlocks(lines, i + 1, running));
    const article = classifyBlocks(blocks, fallbackTitle, { title: metadataTitle(info) });
    // A date the text states ("Published: …") wins; else when the file was made, as its metadata says.
    return { ...article, published: article.published ?? metadataDate(info) };
  } finally {
    await pdf.destroy();
  }
}

async function openPdf(bytes: Uint8Array): Promise<Awaited<ReturnType<typeof getDocumentProxy>>> {
  try {
    // pdf.js may take over the buffer it is given: it gets a copy. No eval: fonts are not rendered.
    return await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new UserError('password-protected PDF');
    throw new UserError(`not a readable PDF (${error instanceof Error ? error.message : String(error)})`);
  }
}

function pageLines(items: StructuredTextItem[]): PageLine[] {
  const lines: PageLine[] = [];
  let current: PageLine = { number: 1, text: '', y: 0, fontSize: 0 };
  for (const item of items) {
    if (current.fontSize === 0 && item.str.trim() !== '') {
      current.y = item.y;
      current.fontSize = item.fontSize || item.height;
    }
    current.text += item.str;
    if (item.hasEOL) {
      lines.push(current);
      current = { number: current.number + 1, text: '', y: 0, fontSize: 0 };
    }
  }
  if (current.text !== '') lines.push(current);
  return lines;
}

/** Lines standing first or last on most pages with the same text (digits aside), or page numbers. */
function runningLines(pages: PageLine[][]): Set<string> {
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const visible = lines.filter((line) => line.text.trim() !== '');
    const edges = new Set([...visible.slice(0, 2), ...visible.slice(-2)].map((line) => runningKey(line.text)));
    for (const key of edges) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const needed = Math.max(3, pages.length * RUNNING_LINE_SHARE);
  return new Set([...seen].filter(([, count]) => count >= needed).map(([key]) => key));
}

function runningKey(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

function pageBlocks(lines: PageLine[], page: number, running: Set<string>): RawBlock[] {
  const visible = lines.filter((line) => line.text.trim() !== '');
  const edges = new Set([...visible.slice(0, 2), ...visible.slice(-2)]);
  const kept = visible.filter(
    (line) => !(edges.has(line) && (running.has(runningKey(line.text)) || PAGE_NUMBER.test(line.text))),
  );
  const bodySize = dominant(kept.map((line) => line.fontSize));
  const spacing = median(
    kept.slice(1).flatMap((line, i) => {
      const previous = kept[i];
      return previous && previous.number === line.number - 1 && previous.y > line.y ? [previous.y - line.y] : [];
    }),
  );

  const groups: PageLine[][] = [];
  for (const line of kept) {
    const group = groups.at(-1);
    const previous = group?.at(-1);
    if (!group || !previous || startsBlock(previous, line, spacing)) groups.push([line]);
    else group.push(line);
  }
  return groups.map((group) => {
    const first = group[0] as PageLine;
    const last = group.at(-1) as PageLine;
    const larger = bodySize > 0 && first.fontSize >= bodySize * HEADING_SIZE;
    return {
      page,
      lineStart: first.number,
      lineEnd: last.number,
      text: group.map((line) => line.text).join('\n'),
      heading: larger && group.length <= 2 && wordCount(group) <= 16,
    };
  });
}

/** A new block starts after an empty or dropped line, at a visible gap, a size change or a new column. */
function startsBlock(previous: PageLine, line: PageLine, spacing: number | null): boolean {
  if (line.number !== previous.number + 1) return true;
  const size = Math.max(previous.fontSize, line.fontSize);
  if (Math.abs(previous.fontSize - line.fontSize) > size * 0.1) return true;
  const gap = previous.y - line.y;
  if (gap < -size) return true; // back up the page: the next column
  if (gap > size * PARAGRAPH_GAP) return true;
  return spacing !== null && gap > spacing * SPACING_FACTOR;
}

/** The metadata title, unless it is a tool's placeholder: then the first heading is the title. */
function metadataTitle(info: Record<string, unknown>): string | null {
  const text = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');
  const title = text(info.Title);
  if (title === '' || MEANINGLESS_TITLE.test(title)) return null;
  // "GNU Enscript 1.6.6" titled its file "Enscript Listing": a short title led by the name of the
  // tool that wrote the file. (A longer one may well be about that tool's maker.)
  const toolNames = [text(info.Creator), text(info.Producer)]
    .flatMap((tool) => tool.toLowerCase().split(/[^\p{L}]+/u))
    .filter((word) => word.length >= 4);
  const titleWords = title
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word !== '');
  return titleWords.length <= 3 && toolNames.includes(titleWords[0] ?? '') ? null : title;
}

function metadataDate(info: Record<string, unknown>): string | null {
  const created = typeof info.CreationDate === 'string' ? info.CreationDate : '';
  return created === '' ? null : parsePublishedDate(created);
}

/** The font size most of the page's lines have: its body text. */
function dominant(sizes: number[]): number {
  const counts = new Map<number, number>();
  for (const size of sizes) counts.set(Math.round(size * 2) / 2, (counts.get(Math.round(size * 2) / 2) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [size, count] of counts) if (count > bestCount) [best, bestCount] = [size, count];
  return best;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? null;
}

function wordCount(lines: PageLine[]): number {
  return lines
    .map((line) => line.text)
    .join(' ')
    .split(/\s+/)
    .filter((word) => word !== '').length;
}
