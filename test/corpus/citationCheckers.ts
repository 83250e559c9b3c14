import { parseHTML } from 'linkedom';
import type { SourceSpan } from '../../src/corpus/passage.ts';
import { squash } from '../support/citationChecker.ts';

/** Checks whether a cited text stands at a span of the source. */
export type CitationChecker = (span: SourceSpan, text: string) => boolean;

export { citationChecker, squash } from '../support/citationChecker.ts';

/**
 * The HTML form of the promise: the cited lines of the .html file, with comments and tags removed
 * (a `<br>` reads as a space, other tags as nothing) and entities decoded, hold the text, white
 * space aside. Written apart from the extractor: regular expressions and linkedom's decoder.
 */
export function htmlCitationChecker(html: string): CitationChecker {
  const lines = html.replace(/\r\n?/g, '\n').split('\n');
  const { document } = parseHTML('<!doctype html><html><body><div></div></body></html>');
  const holder = document.querySelector('div');
  const decode = (text: string) => {
    if (!holder) throw new Error('linkedom: no <div>');
    holder.innerHTML = text.replace(/</g, '&lt;');
    return holder.textContent ?? '';
  };
  return (span, text) => {
    const raw = lines.slice(span.lineStart - 1, span.lineEnd).join('\n');
    const stripped = raw.replace(/<!--[\s\S]*?-->/g, '').replace(/<br\b[^>]*>/gi, ' ').replace(/<[^>]*>/g, '');
    return squash(text) !== '' && squash(decode(stripped)).includes(squash(text));
  };
}

/** The PDF form: the text stands at the cited lines of the cited page's text as pdf.js extracts it. */
export function pdfCitationChecker(pageTexts: string[]): CitationChecker {
  return (span, text) => {
    const lines = (pageTexts[(span.page ?? 0) - 1] ?? '').split('\n');
    return squash(text) !== '' && squash(lines.slice(span.lineStart - 1, span.lineEnd).join(' ')).includes(squash(text));
  };
}
