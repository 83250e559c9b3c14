import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../src/brief/formatCitation.ts';
import { loadDocument } from '../../src/corpus/loadDocument.ts';
import { htmlCitationChecker } from '../support/citationChecker.ts';
import { HTML_FIXTURE } from './formatFixtures.ts';

const page = fs.readFileSync(HTML_FIXTURE);
const load = (html: string, file = 'page.html') => loadDocument(file, new TextEncoder().encode(html));
/** A paragraph long enough that Readability takes the page for an article. */
const filler =
  'The talks are expected to last five days, and officials said the first sessions would deal with prisoners. '.repeat(
    3,
  );

describe('extractHtmlText (through loadDocument)', () => {
  it('keeps only the article of a boilerplate-heavy page', async () => {
    const doc = await loadDocument('news/ceasefire-talks.html', page);
    const text = doc.passages.map((p) => p.text).join('\n');
    const chrome = [
      'cookies',
      'Accept all',
      'Business',
      'Opinion',
      'Related stories',
      'Oil blockade enters',
      'morning briefing',
      'All rights reserved',
      'dataLayer',
      'track(',
      'color:',
      'Dana Whitfield',
    ];
    for (const leftover of chrome) {
      expect(text, leftover).not.toContain(leftover);
    }
    expect(doc.passages.map((p) => [p.role, p.heading, p.text.split(' ').slice(0, 4).join(' ')])).toEqual([
      ['title', null, 'Ceasefire talks resume in'],
      ['body', null, 'Delegations from both governments'],
      ['body', null, 'The talks are expected'],
      ['body', 'Oil revenue at stake', 'At the centre of'],
      ['body', 'Oil revenue at stake', 'Egypt, Russia and the'],
      ['body', 'What comes next', 'If the first round'],
    ]);
  });

  it('takes the title from og:title and the date from article:published_time, as the publisher dates it', async () => {
    const doc = await loadDocument('ceasefire-talks.html', page);
    expect(doc.title).toBe('Ceasefire talks resume in Geneva');
    expect(doc.published).toBe('2020-07-10'); // 23:30 at +03:00: still the 10th where it was published
  });

  it('cites the source lines where each paragraph stands; entities decoded, <br> a space', async () => {
    const doc = await loadDocument('ceasefire-talks.html', page);
    expect(doc.passages.map(formatCitation)).toEqual([
      'ceasefire-talks.html ¶1 L24', // the <h1>, which Readability leaves out of the content
      'ceasefire-talks.html ¶2 L27–29',
      'ceasefire-talks.html ¶3 L30–31',
      'ceasefire-talks.html ¶5 L33–36',
      'ceasefire-talks.html ¶6 L37–38',
      'ceasefire-talks.html ¶8 L40–41',
    ]);
    const oil = doc.passages[3];
    expect(oil?.sentences.map((s) => [s.lineStart, s.lineEnd, s.text])).toEqual([
      [33, 33, 'At the centre of the dispute is the country’s oil revenue, frozen since January.'],
      [33, 34, 'Analysts at the Brussels-based institute estimate the blockade has cost more than €6 billion.'],
      [
        34,
        36,
        'A senior diplomat called the figure “conservative” and said the central bank could run out of reserves by the end of the year.',
      ],
    ]);
    expect(doc.passages.every((p) => p.page === null)).toBe(true);
  });

  it('holds the citation property in its HTML form: the text stands in the cited lines, tags stripped and entities decoded', async () => {
    const doc = await loadDocument('ceasefire-talks.html', page);
    const stands = htmlCitationChecker(page.toString('utf8'));
    for (const passage of doc.passages) {
      for (const span of [passage, ...passage.sentences])
        expect(stands(span, span.text), formatCitation(span)).toBe(true);
    }
  });

  it('falls back to <title>, then <h1>, for the title; to JSON-LD, then <time>, for the date', async () => {
    const jsonLd = await load(`<html><head><title>Port of Misrata reopens to shipping | Ledger</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2021-03-04T08:00:00Z"}]}</script>
      </head><body><article><p>${filler}</p></article></body></html>`);
    expect([jsonLd.title, jsonLd.published]).toEqual(['Port of Misrata reopens to shipping', '2021-03-04']);
    const timed = await load(
      `<html><body><article><h1>Convoy reaches the city</h1><p>By staff, <time datetime="2021-05-06">May 6</time></p><p>${filler}</p></article></body></html>`,
    );
    expect([timed.title, timed.published]).toEqual(['Convoy reaches the city', '2021-05-06']);
    expect(timed.passages[0]).toMatchObject({ role: 'title', text: 'Convoy reaches the city', lineStart: 1 });
    const bare = await load(`<html><body><p>${filler}</p></body></html>`, 'notes/port-update.htm');
    expect([bare.title, bare.published]).toEqual(['port update', null]);
  });

  it('traces text that Readability cut short inside a paragraph to the source’s own words', async () => {
    const words =
      'Observers from Egypt and Turkey attended the opening session of the talks on Friday morning in Geneva';
    const doc = await load(
      `<html><body><article><h1>Talks</h1>\n<p>${filler}</p>\n<p>${words.replace('Turkey', 'Turkey <button>Share</button>')}.</p>\n</article></body></html>`,
    );
    const observers = doc.passages.find((p) => p.text.startsWith('Observers'));
    expect(observers).toMatchObject({ lineStart: 3, lineEnd: 3 });
    expect(observers?.text).toMatch(/^Observers from Egypt and Turkey (Share )?attended/);
  });

  it('skips a page with no article text', async () => {
    await expect(
      load('<html><head><title>Empty</title><script>var a = 1;</script></head><body><nav>Home</nav></body></html>'),
    ).rejects.toThrow('no article text found');
  });
});
