import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { type Article, classifyBlocks, parsePublished } from './parseArticle.ts';
import type { RawBlock } from './splitBlocks.ts';
import { type VisibleText, visibleHtmlText } from './visibleHtmlText.ts';

/**
 * Page chrome removed before Readability looks for the article: Readability judges by text
 * density, and on a short page a cookie banner or a newsletter box can pass for content.
 */
const CHROME_SELECTOR = [
  'nav',
  'aside',
  'footer',
  'form',
  'dialog',
  'button',
  'iframe',
  'script',
  'style',
  'noscript',
  'template',
  '[hidden]',
  '[aria-hidden="true"]',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
].join(', ');
const CHROME_NAME = new RegExp(
  `\\b(${[
    'cookies?',
    'consent',
    'gdpr',
    'newsletter',
    'subscribe',
    'subscription',
    'paywall',
    'promo',
    'advert',
    'advertisement',
    'ads?',
    'banner',
    'share',
    'sharing',
    'social',
    'related',
    'comments?',
    'sidebar',
    'breadcrumbs?',
    'popup',
    'modal',
    'masthead',
    'site-header',
    'site-footer',
  ].join('|')})\\b`,
  'i',
);
const ARTICLE_SELECTOR = 'article, main, [itemprop="articleBody"]';
/** Never removed, whatever their class says (`<body class="has-cookie-banner">`). */
const CONTENT_ROOTS = new Set(['html', 'head', 'body', 'main', 'article']);

/** Elements that break the flow of text: each starts a block of its own. */
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const HEADING_ELEMENT = /^h[1-6]$/;
const SKIPPED_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'button',
  'svg',
  'math',
  'select',
  'textarea',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

interface ContentBlock {
  /** As a reader sees it: the element's text, white space collapsed, `<br>` a space. */
  text: string;
  heading: boolean;
}

/**
 * An HTML page → its article: the main text as @mozilla/readability finds it (no navigation,
 * scripts, styles, banners or footers), headings as context, title and date from the page's own
 * metadata. Each paragraph is traced back to the source lines it stands on (see VisibleText), so
 * a citation names lines of the .html file where, tags aside, its text stands word for word.
 * ¶ numbers count the extracted blocks (headline, headings, paragraphs, list items) in order.
 */
export function extractHtmlText(html: string, fallbackTitle: string): Article {
  const { document } = parseHTML(html);
  const metadata = readMetadata(document);
  const headlines = [...document.querySelectorAll('h1')]
    .map((h1) => collapse(h1.textContent ?? ''))
    .filter((t) => t !== '');
  removeChrome(document);
  // The serializer hands back the article's DOM node itself, rather than HTML to parse again.
  const parsed = new Readability<Node>(document, { serializer: (node) => node }).parse();
  const root = parsed?.content ?? document.body;
  const title = metadata.title ?? nonEmpty(parsed?.title) ?? headlines[0] ?? fallbackTitle;
  const readabilityDate = nonEmpty(parsed?.publishedTime);
  const published = metadata.published ?? (readabilityDate === null ? null : parsePublished(readabilityDate));

  const visible = visibleHtmlText(html);
  const blocks: RawBlock[] = [];
  let cursor = 0;
  let articleStart = visible.text.length;
  for (const block of root ? contentBlocks(root) : []) {
    const found = locate(visible, block.text, cursor);
    if (found) {
      blocks.push(rawBlock(visible, found, block.heading));
      articleStart = Math.min(articleStart, found.start);
      cursor = found.end;
    } else if (block.heading && !sameText(block.text, title)) {
      // A heading is only context, never cited: it may stand where the text could not be traced.
      const line = visible.lineOf(cursor);
      blocks.push({ text: block.text, heading: true, lineStart: line, lineEnd: line });
    }
  }

  // Readability drops the headline from the content; it is still citable where the page shows it,
  // last before the article (an earlier mention may be a breadcrumb).
  if (!blocks[0] || !sameText(blocks[0].text, title)) {
    const headline = collapse(title);
    const start = visible.text.lastIndexOf(headline, articleStart - headline.length);
    if (headline !== '' && start >= 0 && start + headline.length <= articleStart) {
      blocks.unshift(rawBlock(visible, { start, end: start + headline.length }, true));
    }
  }
  return classifyBlocks(blocks, fallbackTitle, { title, published, markupHeadings: true });
}

interface Found {
  start: number;
  end: number;
}

/**
 * Where a block's text stands in the visible text: next after the previous block, else anywhere.
 * When Readability left something out inside a paragraph (an inline widget), the paragraph is
 * found by its first and last words, and the source's own text between them is what is cited.
 */
function locate(visible: VisibleText, text: string, from: number): Found | null {
  const exact = visible.text.indexOf(text, from);
  if (exact >= 0) return { start: exact, end: exact + text.length };
  const anywhere = visible.text.indexOf(text);
  if (anywhere >= 0) return { start: anywhere, end: anywhere + text.length };
  const words = text.split(' ');
  if (words.length < 8) return null; // too short to be sure of the match
  const head = words.slice(0, 4).join(' ');
  const tail = words.slice(-4).join(' ');
  const start = visible.text.indexOf(head, from);
  const end = start < 0 ? -1 : visible.text.indexOf(tail, start + head.length);
  if (start < 0 || end < 0 || end + tail.length - start > text.length * 1.5) return null;
  return { start, end: end + tail.length };
}

function rawBlock(visible: VisibleText, found: Found, heading: boolean): RawBlock {
  const { start, end } = found;
  return {
    text: visible.text.slice(start, end),
    heading,
    lineStart: visible.lineOf(start),
    lineEnd: visible.lineOf(end - 1),
    lineOf: (offset) => visible.lineOf(start + offset),
  };
}

/** The article's blocks in reading order: a block element's own text, split at nested blocks. */
function contentBlocks(root: Node): ContentBlock[] {
  const blocks: ContentBlock[] = [];
  let run = '';
  const flush = () => {
    const text = collapse(run);
    if (text !== '') blocks.push({ text, heading: false });
    run = '';
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_NODE) {
        run += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const name = (child as Element).localName.toLowerCase();
      if (SKIPPED_ELEMENTS.has(name)) continue;
      if (name === 'br') {
        run += ' ';
      } else if (HEADING_ELEMENT.test(name)) {
        flush();
        const text = collapse(innerText(child));
        if (text !== '') blocks.push({ text, heading: true });
      } else if (BLOCK_ELEMENTS.has(name)) {
        flush();
        walk(child);
        flush();
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  flush();
  return blocks;
}

/** Text as the visible text reads it: `<br>` a space, skipped elements nothing. */
function innerText(node: Node): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_NODE) text += child.nodeValue ?? '';
    else if (child.nodeType === ELEMENT_NODE) {
      const name = (child as Element).localName.toLowerCase();
      if (name === 'br') text += ' ';
      else if (!SKIPPED_ELEMENTS.has(name)) text += innerText(child);
    }
  }
  return text;
}

function removeChrome(document: Document): void {
  for (const element of [...document.querySelectorAll(CHROME_SELECTOR)]) {
    if (!CONTENT_ROOTS.has(element.localName.toLowerCase())) element.remove();
  }
  const pageLength = collapse(document.body?.textContent ?? '').length;
  for (const element of [...document.querySelectorAll('[class], [id]')]) {
    if (CONTENT_ROOTS.has(element.localName.toLowerCase()) || !element.isConnected) continue;
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (!CHROME_NAME.test(names)) continue;
    // A wrapper holding the article, or most of the page's text, is not chrome whatever its name
    // (`<div class="article-body share-enabled">`).
    if (element.matches(ARTICLE_SELECTOR) || element.querySelector(ARTICLE_SELECTOR)) continue;
    if (collapse(element.textContent ?? '').length > pageLength * 0.4) continue;
    element.remove();
  }
  // A site header holds navigation; an article's own header holds its headline and date.
  for (const header of [...document.querySelectorAll('header')]) {
    if (!header.closest(ARTICLE_SELECTOR)) header.remove();
  }
}

interface PageMetadata {
  title: string | null;
  published: string | null;
}

/** Title and date as the page states them for machines (Open Graph, JSON-LD, <time>). */
function readMetadata(document: Document): PageMetadata {
  const meta = (selector: string) => nonEmpty(document.querySelector(selector)?.getAttribute('content'));
  const title = meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]');
  const stated =
    meta('meta[property="article:published_time"]') ??
    meta('meta[itemprop="datePublished"]') ??
    jsonLdDatePublished(document) ??
    timeAttribute(document, 'time[itemprop="datePublished"], time[pubdate]') ??
    timeAttribute(document, 'article time[datetime]') ??
    timeAttribute(document, 'time[datetime]') ??
    meta('meta[name="date"]') ??
    meta('meta[name="pubdate"]') ??
    meta('meta[name="dc.date"], meta[name="DC.date"]');
  return { title: title === null ? null : collapse(title), published: stated === null ? null : parsePublished(stated) };
}

function timeAttribute(document: Document, selector: string): string | null {
  return nonEmpty(document.querySelector(selector)?.getAttribute('datetime'));
}

/** `datePublished` of the first JSON-LD object stating one (top level, arrays, @graph). */
function jsonLdDatePublished(document: Document): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a page's broken JSON-LD is its own problem; other sources of the date remain
    }
    const found = findDatePublished(data, 0);
    if (found) return found;
  }
  return null;
}

function findDatePublished(data: unknown, depth: number): string | null {
  if (depth > 4 || data === null || typeof data !== 'object') return null;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = data as Record<string, unknown>;
  const date = record.datePublished;
  if (typeof date === 'string' && date.trim() !== '') return date.trim();
  return findDatePublished(record['@graph'], depth + 1);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function nonEmpty(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

function sameText(a: string, b: string): boolean {
  return collapse(a).toLowerCase() === collapse(b).toLowerCase();
}
