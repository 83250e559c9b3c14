import { describe, expect, it } from 'vitest';
import { chunkDocument, MAX_PASSAGE_WORDS } from '../../src/corpus/chunkDocument.ts';

const article = [
  'Published: Fri, July 10, 2020', // 1
  '',
  'Rebels Take the Bridge', // 3
  '',
  'Rebels Take the Bridge', // 5: the headline repeated
  '',
  'The rebels took the bridge on Monday. They held it', // 7
  'for two days.', // 8
  '',
  'A Second Front', // 10: a section heading
  '',
  'Fighting spread to the port.', // 12
  '',
  'Like this:', // 14
].join('\n');

describe('chunkDocument', () => {
  const doc = chunkDocument('story.txt', article);

  it('reads the headline once and the stated date', () => {
    expect(doc.title).toBe('Rebels Take the Bridge');
    expect(doc.published).toBe('2020-07-10');
    expect(doc.passages.filter((p) => p.text === 'Rebels Take the Bridge')).toHaveLength(1);
  });

  it('numbers paragraphs as in the file and keeps line spans', () => {
    const body = doc.passages.filter((p) => p.role === 'body');
    expect(body.map((p) => [p.paragraph, p.lineStart, p.lineEnd])).toEqual([
      [3, 7, 8],
      [5, 12, 12],
    ]);
    expect(body[0]?.sentences.map((s) => [s.text, s.lineStart, s.lineEnd])).toEqual([
      ['The rebels took the bridge on Monday.', 7, 7],
      ['They held it\nfor two days.', 7, 8],
    ]);
  });

  it('keeps headings as context and drops web leftovers', () => {
    expect(doc.passages.find((p) => p.text.startsWith('Fighting'))?.heading).toBe('A Second Front');
    expect(doc.passages.some((p) => p.text.includes('A Second Front'))).toBe(false);
    expect(doc.passages.some((p) => p.text.includes('Like this'))).toBe(false);
  });

  it('splits a very long paragraph at sentence boundaries under the model window', () => {
    const sentence = 'The committee reviewed the budget of the northern province in detail again. ';
    const doc = chunkDocument('long.txt', sentence.repeat(60).trim());
    expect(doc.passages.length).toBeGreaterThan(1);
    for (const passage of doc.passages) {
      expect(passage.text.split(/\s+/).length).toBeLessThanOrEqual(MAX_PASSAGE_WORDS);
      expect(passage.text.endsWith('.')).toBe(true);
      expect(passage.paragraph).toBe(1);
    }
  });

  it('cuts a passage where its first sentence stands, not at an earlier sentence of the same text', () => {
    const doc = chunkDocument('repeat.txt', 'Alpha. Beta one.\nAlpha. Beta two.', 3);
    expect(doc.passages.map((p) => [p.text, p.lineStart, p.lineEnd])).toEqual([
      ['Alpha. Beta one.', 1, 1],
      ['Alpha. Beta two.', 2, 2],
    ]);
  });

  it('takes a file-name title when the text has no headline', () => {
    expect(chunkDocument('1790_george_washington_n.txt', 'Fellow-Citizens of the Senate: I speak.').title).toBe(
      '1790 george washington n',
    );
  });
});
