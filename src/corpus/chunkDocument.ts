import { parseArticle } from './parseArticle.ts';
import type { Passage, Sentence } from './passage.ts';
import { splitSentences } from './splitSentences.ts';

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

/** Text of one file → its passages, each knowing its ¶, its lines and its sentences. */
export function chunkDocument(file: string, text: string, maxWords = MAX_PASSAGE_WORDS): ChunkedDocument {
  const article = parseArticle(text, titleFromFileName(file));
  const passages: Passage[] = [];
  let heading: string | null = null;
  for (const block of article.blocks) {
    if (block.role === 'heading') heading = block.text.replace(/^\s{0,3}#{1,6}\s+/, '').trim();
    if (block.role !== 'body' && block.role !== 'title') continue;
    const sentences = splitSentences({ file, paragraph: block.paragraph, text: block.text, lineStart: block.lineStart });
    for (const group of packSentences(sentences, maxWords)) {
      const first = group[0];
      const last = group.at(-1);
      if (!first || !last) continue;
      passages.push({
        file,
        paragraph: block.paragraph,
        lineStart: first.lineStart,
        lineEnd: last.lineEnd,
        text: sliceBetween(block.text, first, last, group),
        role: block.role === 'title' ? 'title' : 'body',
        heading: block.role === 'title' ? null : heading,
        sentences: group,
      });
    }
  }
  return { file, title: article.title, published: article.published, passages };
}

/** Consecutive sentences grouped so that no group passes maxWords (a longer sentence stands alone). */
function packSentences(sentences: Sentence[], maxWords: number): Sentence[][] {
  const groups: Sentence[][] = [];
  let current: Sentence[] = [];
  let words = 0;
  for (const sentence of sentences) {
    const count = wordCount(sentence.text);
    if (current.length > 0 && words + count > maxWords) {
      groups.push(current);
      current = [];
      words = 0;
    }
    current.push(sentence);
    words += count;
  }
  if (current.length > 0) groups.push(current);
  return balanceLastGroup(groups, maxWords);
}

/** Avoids a tiny trailing passage by moving sentences back from the previous group. */
function balanceLastGroup(groups: Sentence[][], maxWords: number): Sentence[][] {
  const last = groups.at(-1);
  const previous = groups.at(-2);
  if (!last || !previous) return groups;
  const words = (group: Sentence[]) => group.reduce((sum, s) => sum + wordCount(s.text), 0);
  while (previous.length > 1 && words(last) < maxWords / 3) {
    const moved = previous.at(-1);
    if (!moved || words(last) + wordCount(moved.text) > maxWords) break;
    previous.pop();
    last.unshift(moved);
  }
  return groups;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

/** The block's own text from the first sentence to the last, gaps included, as in the file. */
function sliceBetween(blockText: string, first: Sentence, last: Sentence, group: Sentence[]): string {
  if (group.length === 1) return first.text;
  const start = blockText.indexOf(first.text);
  const end = blockText.indexOf(last.text, start) + last.text.length;
  return start >= 0 && end > start ? blockText.slice(start, end) : group.map((s) => s.text).join(' ');
}

function titleFromFileName(file: string): string {
  const base = file.split('/').at(-1) ?? file;
  return base.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim();
}
