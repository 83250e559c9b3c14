import type { Passage, Sentence } from '../corpus/passage.ts';
import type { PassageRecord } from '../corpus/records.ts';

export interface PassageRow {
  id: number;
  file: string;
  title: string;
  published: string | null;
  page: number | null;
  paragraph: number;
  line_start: number;
  line_end: number;
  role: 'title' | 'body';
  heading: string | null;
  text: string;
  sentences: string;
}

export function toPassageRecord(row: PassageRow): PassageRecord {
  const span = { file: row.file, page: row.page, paragraph: row.paragraph };
  const sentences = sentencesOf(JSON.parse(row.sentences) as StoredSentences, row.text, row.line_start).map((s) => ({
    ...span,
    ...s,
  }));
  return {
    id: row.id,
    file: row.file,
    title: row.title,
    published: row.published,
    page: row.page,
    paragraph: row.paragraph,
    lineStart: row.line_start,
    lineEnd: row.line_end,
    role: row.role,
    heading: row.heading,
    text: row.text,
    sentences,
  };
}

/**
 * Sentences as stored: four numbers each, flattened (offsets of its text in the passage's text,
 * then its lines counted from the passage's first line), or, for a passage whose sentences are not
 * all found in its text, the sentences themselves (their lines and text).
 */
type StoredSentences = number[] | { text: string; lineStart: number; lineEnd: number }[];

export function sentenceSpans(passage: Passage): StoredSentences {
  const spans: number[] = [];
  let from = 0;
  for (const sentence of passage.sentences) {
    const start = passage.text.indexOf(sentence.text, from);
    if (start < 0) return passage.sentences.map(({ text, lineStart, lineEnd }) => ({ text, lineStart, lineEnd }));
    from = start + sentence.text.length;
    spans.push(start, from, sentence.lineStart - passage.lineStart, sentence.lineEnd - passage.lineStart);
  }
  return spans;
}

function sentencesOf(stored: StoredSentences, text: string, lineStart: number): Omit<Sentence, 'file' | 'paragraph'>[] {
  if (!stored.every((value) => typeof value === 'number')) return stored as Exclude<StoredSentences, number[]>;
  const sentences: Omit<Sentence, 'file' | 'paragraph'>[] = [];
  for (let i = 0; i + 3 < stored.length; i += 4) {
    sentences.push({
      text: text.slice(stored[i], stored[i + 1]),
      lineStart: lineStart + stored[i + 2]!,
      lineEnd: lineStart + stored[i + 3]!,
    });
  }
  return sentences;
}
