import fs from 'node:fs';
import path from 'node:path';
import type { SourceSpan } from '../../src/corpus/passage.ts';

/** Whitespace folded: citations hold "whitespace aside". */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The promise every citation makes: its text stands, word for word (whitespace aside), at the
 * cited lines of the cited file. Returns a checker over one file's text.
 */
export function citationChecker(fileText: string): (span: SourceSpan, text: string) => boolean {
  const lines = fileText.replace(/\r\n?/g, '\n').split('\n');
  const ranges = new Map<string, string>();
  return (span, text) => {
    const key = `${span.lineStart}-${span.lineEnd}`;
    const cited = ranges.get(key) ?? squash(lines.slice(span.lineStart - 1, span.lineEnd).join(' '));
    ranges.set(key, cited);
    return squash(text) !== '' && cited.includes(squash(text));
  };
}

/** Checks excerpts of any output against the files of a corpus folder. */
export function corpusCitationChecker(corpusDir: string): (excerpt: SourceSpan & { text: string }) => boolean {
  const checkers = new Map<string, ReturnType<typeof citationChecker>>();
  return (excerpt) => {
    let check = checkers.get(excerpt.file);
    if (!check) {
      check = citationChecker(fs.readFileSync(path.join(corpusDir, excerpt.file), 'utf8'));
      checkers.set(excerpt.file, check);
    }
    return check(excerpt, excerpt.text);
  };
}
