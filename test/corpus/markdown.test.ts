import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/corpus/chunkDocument.ts';
import { MARKDOWN_FIXTURE } from './formatFixtures.ts';

describe('Markdown', () => {
  const doc = chunkDocument('notes/field-notes.md', fs.readFileSync(MARKDOWN_FIXTURE, 'utf8'));
  const body = doc.passages.filter((p) => p.role === 'body');

  it('takes title and date from the front matter, which is not a passage', () => {
    expect(doc.title).toBe('Field notes: Misrata, July 2020');
    expect(doc.published).toBe('2020-07-12');
    expect(doc.passages.some((p) => /title:|date:|tags:|^---/.test(p.text))).toBe(false);
  });

  it('keeps the # headline as the title passage, without its marks, on its own line', () => {
    expect(doc.passages[0]).toMatchObject({
      role: 'title',
      text: 'Field notes: Misrata, July 2020',
      paragraph: 1,
      lineStart: 7,
      lineEnd: 7,
      page: null,
    });
  });

  it('makes headings context, not passages, even with no blank line under them; setext too', () => {
    expect(body.map((p) => [p.heading, p.paragraph, p.lineStart, p.lineEnd])).toEqual([
      [null, 2, 9, 10],
      ['Supply lines', 4, 13, 14], // "## Supply lines" stands right above on line 12
      ['Humanitarian convoys', 6, 19, 19], // underlined with ---
      ['Humanitarian convoys', 7, 21, 24], // the code sample: its "# comment" is no heading
      ['Sources', 9, 27, 28],
    ]);
    const texts = doc.passages.map((p) => p.text);
    expect(texts.filter((t) => /^(#|Supply lines|Humanitarian convoys|-{3,}|Sources)/.test(t))).toEqual([]);
  });

  it('keeps link syntax and emphasis: the text is the file’s own', () => {
    expect(body[0]?.text).toContain('*electricity*');
    expect(body[1]?.sentences[0]?.text).toBe(
      'The coastal road to Tripoli is open again, according to the [municipal council](https://example.org/council).',
    );
  });

  it('reads an unquoted front matter title, and a file without front matter takes its # headline', () => {
    const plain = chunkDocument('a.md', "---\ntitle: It's quoted 'here'\ndate: July 9, 2020\n---\nText of the note.\n");
    expect([plain.title, plain.published]).toEqual(["It's quoted 'here'", '2020-07-09']);
    expect(plain.passages.map((p) => [p.text, p.lineStart])).toEqual([['Text of the note.', 5]]);
    const bare = chunkDocument('b.markdown', '# Talks resume\n\nThe talks resumed.\n');
    expect([bare.title, bare.passages[1]?.heading]).toEqual(['Talks resume', null]);
  });

  it('leaves a .txt file that starts with --- alone (front matter is Markdown’s)', () => {
    const doc = chunkDocument('a.txt', '---\ntitle: x\n---\n\nBody text here.\n');
    expect(doc.passages.some((p) => p.text.includes('title: x'))).toBe(true);
  });
});
