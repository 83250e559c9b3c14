import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/corpus/loadDocument.ts';
import { parsePublishedDate } from '../../src/corpus/parsePublishedDate.ts';
import { makeTinyPdf } from './makeTinyPdf.ts';

/** How news sites, wires and feeds print one publication date: 10 July 2020. */
const NEWS_FORMATS = [
  '10th July 2020',
  'Friday 10 July 2020 14:05 BST',
  '2020-07-10T14:05:00Z',
  'July 10, 2020',
  'Fri, July 10, 2020',
  'Fri, 10 Jul 2020 14:05:00 +0000', // RSS (RFC 822)
  '10 Jul 2020',
  'Jul. 10, 2020 2:05 p.m. ET',
  'Friday, July 10, 2020 at 9:05 AM EDT',
  '10-Jul-2020',
  '2020/07/10',
  '10 July 2020, 14:05 GMT',
  '10/07/2020', // numeric, both orders possible: day first (the documented rule)
  '10.07.2020',
];

const ENCODINGS: Record<string, (date: string) => [file: string, text: string]> = {
  'a Published: line': (date: string) => [
    'article.txt',
    `Published: ${date}\n\nTalks resume\n\nThe talks resumed in Geneva.\n`,
  ],
  'Markdown front matter': (date: string) => [
    'note.md',
    `---\ntitle: Talks resume\ndate: "${date}"\n---\n\nThe talks resumed in Geneva.\n`,
  ],
  'an HTML meta tag': (date: string) => [
    'page.html',
    `<html><head><meta name="date" content="${date}"><title>Talks resume</title></head><body><article><h1>Talks resume</h1><p>The talks resumed in Geneva on a sunny morning, officials said in a statement.</p></article></body></html>`,
  ],
};

describe('publication dates', () => {
  for (const [where, encode] of Object.entries(ENCODINGS)) {
    it(`reads every common news format from ${where}`, async () => {
      const read: Record<string, string | null> = {};
      for (const format of NEWS_FORMATS) {
        const [file, text] = encode(format);
        read[format] = (await loadDocument(file, new TextEncoder().encode(text))).published;
      }
      expect(read).toEqual(Object.fromEntries(NEWS_FORMATS.map((format) => [format, '2020-07-10'])));
    });
  }

  it('reads a PDF’s CreationDate when its text states no date, and prefers the text’s', async () => {
    const pages = [['Talks resume', '', 'The talks resumed in Geneva.']];
    expect((await loadDocument('a.pdf', makeTinyPdf({ pages, created: "D:20200710140500+01'00'" }))).published).toBe(
      '2020-07-10',
    );
    const stated = [['Published: 9 July 2020', '', 'Talks resume', '', 'The talks resumed in Geneva.']];
    expect((await loadDocument('b.pdf', makeTinyPdf({ pages: stated, created: 'D:20210101' }))).published).toBe(
      '2020-07-09',
    );
  });

  it('reads ambiguous numeric dates day first unless told month first; a number above 12 decides', () => {
    expect(parsePublishedDate('07/10/2020')).toBe('2020-10-07');
    expect(parsePublishedDate('07/10/2020', 'month-first')).toBe('2020-07-10');
    expect(parsePublishedDate('13/07/2020', 'month-first')).toBe('2020-07-13');
    expect(parsePublishedDate('07/13/2020')).toBe('2020-07-13');
  });

  it('keeps the calendar date the publisher wrote, whatever UTC day it falls on', () => {
    expect(parsePublishedDate('2020-07-10T23:30:00-05:00')).toBe('2020-07-10');
    expect(parsePublishedDate('Friday 10 July 2020 00:30 BST')).toBe('2020-07-10');
  });

  it('refuses what is not a whole date with a certain year', () => {
    for (const text of ['10 July', 'yesterday', 'last week', 'July 2020', 'Friday', '31 February 2020', 'soon', '']) {
      expect(parsePublishedDate(text), text).toBeNull();
    }
  });

  it('keeps a stated date it cannot read as it stands, rather than guessing', async () => {
    const doc = await loadDocument(
      'a.txt',
      new TextEncoder().encode('Published: 10 July\n\nTalks resume\n\nThe talks resumed.\n'),
    );
    expect(doc.published).toBe('10 July');
  });
});
