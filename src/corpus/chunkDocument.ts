import { documentFormat } from './documentFormat.ts';
import { type Article, parseArticle } from './parseArticle.ts';
import type { Passage } from './passage.ts';
import { type PlacedSentence, placeSentences } from './splitSentences.ts';

/**
 * all-MiniLM-L6-v2 reads at most 256 word pieces and silently drops the rest. English prose
 * runs about 1.3 pieces a word, so 150 words stays well inside the window.
 */
export const MAX_PASSAGE_WORDS = 150;

export interface ChunkedDocument {
  file: string;
  title: string;
  published: string | null;
  passages: Passage[];
}

/**
 * Text of one text file (.txt, or Markdown by its extension) → its passages, each knowing its ¶,
 * its lines and its sentences. HTML and PDF go through loadDocument, which extracts their text.
 */
export function chunkDocument(file: string, text: string, maxWords = MAX_PASSAGE_WORDS): ChunkedDocument {
  const markdown = documentFormat(file) === 'markdown';
  return chunkArticle(file, parseArticle(text, titleFromFileName(file), { markdown }), maxWords);
}

/** An article's blocks → passages: body and headline blocks, under the latest heading as context. */
export function chunkArticle(file: string, article: Article, maxWords = MAX_PASSAGE_WORDS): ChunkedDocument {
  const passages: Passage[] = [];
  let heading: string | null = null;
  for (const block of article.blocks) {
    if (block.role === 'heading')
      heading = block.text
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/\s+/g, ' ')
        .trim();
    if (block.role !== 'body' && block.role !== 'title') continue;
    const { page, paragraph, text, lineStart, lineOf } = block;
    for (const group of packSentences(placeSentences({ file, page, paragraph, text, lineStart, lineOf }), maxWords)) {
      const first = group[0];
      const last = group.at(-1);
      if (!first || !last) continue;
      passages.push({
        file,
        page,
        paragraph,
        lineStart: first.sentence.lineStart,
        lineEnd: last.sentence.lineEnd,
        // The block's own text from the first sentence to the last, gaps included, as in the file.
        text: text.slice(first.start, last.end),
        role: block.role === 'title' ? 'title' : 'body',
        heading: block.role === 'title' ? null : heading,
        sentences: group.map(({ sentence }) => sentence),
      });
    }
  }
  return { file, title: article.title, published: article.published, passages };
}

/** Consecutive sentences grouped so that no group passes maxWords (a longer sentence stands alone). */
function packSentences(sentences: PlacedSentence[], maxWords: number): PlacedSentence[][] {
  const groups: PlacedSentence[][] = [];
  let current: PlacedSentence[] = [];
  let words = 0;
  for (const placed of sentences) {
    const count = wordCount(placed.sentence.text);
    if (current.length > 0 && words + count > maxWords) {
      groups.push(current);
      current = [];
      words = 0;
    }
    current.push(placed);
    words += count;
  }
  if (current.length > 0) groups.push(current);
  return balanceLastGroup(groups, maxWords);
}

/** Avoids a tiny trailing passage by moving sentences back from the previous group. */
function balanceLastGroup(groups: PlacedSentence[][], maxWords: number): PlacedSentence[][] {
  const last = groups.at(-1);
  const previous = groups.at(-2);
  if (!last || !previous) return groups;
  const words = (group: PlacedSentence[]) => group.reduce((sum, s) => sum + wordCount(s.sentence.text), 0);
  while (previous.length > 1 && words(last) < maxWords / 3) {
    const moved = previous.at(-1);
    if (!moved || words(last) + wordCount(moved.sentence.text) > maxWords) break;
    previous.pop();
    last.unshift(moved);
  }
  return groups;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

/** "reports/2020_libya-brief.pdf" → "2020 libya brief": the title of a document that states none. */
export function titleFromFileName(file: string): string {
  const base = file.split('/').at(-1) ?? file;
  return base
    .replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .trim();
}
