import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../src/brief/formatCitation.ts';
import { loadDocument } from '../../src/corpus/loadDocument.ts';
import { pdfCitationChecker } from '../support/citationChecker.ts';
import { REPORT_PAGES } from './formatFixtures.ts';
import { makeTinyPdf } from './makeTinyPdf.ts';

describe('extractPdfText (through loadDocument)', () => {
  it('reads the pages with page, ¶ within the page and lines within the page’s text', async () => {
    const doc = await loadDocument(
      'reports/libya.pdf',
      makeTinyPdf({ title: 'Quarterly Libya Report', pages: REPORT_PAGES }),
    );
    expect(doc.title).toBe('Quarterly Libya Report');
    expect(doc.published).toBeNull();
    const rows = doc.passages.map((p) => [
      p.page,
      p.paragraph,
      p.lineStart,
      p.lineEnd,
      p.heading,
      p.text.split(/\s+/).slice(0, 3).join(' '),
    ]);
    expect(rows).toEqual([
      [1, 2, 3, 5, 'Libya: The Oil Blockade', 'Production fell to'],
      [1, 4, 7, 8, 'Who backs whom', 'Egypt, Russia and'],
      [2, 1, 2, 3, 'Who backs whom', 'Talks in Geneva'], // the heading carries over the page break
      [2, 2, 4, 4, 'Who backs whom', 'Observers from Egypt'],
      [3, 2, 3, 3, 'Outlook', 'A joint military'],
    ]);
    const turkey = doc.passages[1]?.sentences[1];
    expect(turkey).toMatchObject({
      page: 1,
      paragraph: 4,
      lineStart: 8,
      lineEnd: 8,
      text: 'Turkey supports the “government” in Tripoli with drones and advisers.',
    });
    expect(doc.passages.some((p) => /Confidential|Page \d/.test(p.text))).toBe(false);
  });

  it('cites the page as well as ¶ and lines ("report.pdf p2 ¶1 L2–3"); other formats as before', async () => {
    const doc = await loadDocument('reports/libya.pdf', makeTinyPdf({ pages: REPORT_PAGES }));
    expect(doc.passages.map(formatCitation)).toEqual([
      'reports/libya.pdf p1 ¶1 L2', // the headline: no title in the metadata
      'reports/libya.pdf p1 ¶2 L3–5',
      'reports/libya.pdf p1 ¶4 L7–8',
      'reports/libya.pdf p2 ¶1 L2–3',
      'reports/libya.pdf p2 ¶2 L4',
      'reports/libya.pdf p3 ¶2 L3',
    ]);
    expect(formatCitation({ file: 'a.txt', paragraph: 6, lineStart: 13, lineEnd: 13 })).toBe('a.txt ¶6 L13');
    expect(formatCitation({ file: 'a.txt', page: null, paragraph: 8, lineStart: 17, lineEnd: 18 })).toBe(
      'a.txt ¶8 L17–18',
    );
  });

  it.each([
    ['Microsoft Word - draft3.docx', undefined],
    ['Enscript Output', 'GNU Enscript 1.6.6'],
    ['Enscript listing', 'GNU Enscript 1.6.6'],
    ['untitled', undefined],
    ['report-final.pdf', undefined],
  ])(
    "takes the headline from the first page when the metadata title is a tool's placeholder: %s",
    async (title, creator) => {
      const doc = await loadDocument('libya.pdf', makeTinyPdf({ title, creator, pages: REPORT_PAGES }));
      expect(doc.title).toBe('Libya: The Oil Blockade');
    },
  );

  it("keeps a real metadata title, even one naming the tool's maker", async () => {
    const doc = await loadDocument(
      'libya.pdf',
      makeTinyPdf({
        title: 'Microsoft and the Libyan oil ministry sign a cloud deal',
        creator: 'Microsoft Word',
        pages: REPORT_PAGES,
      }),
    );
    expect(doc.title).toBe('Microsoft and the Libyan oil ministry sign a cloud deal');
  });

  it('takes the headline from the first page when the metadata names no title', async () => {
    const doc = await loadDocument(
      'libya.pdf',
      makeTinyPdf({ title: 'Microsoft Word - draft3.docx', pages: REPORT_PAGES }),
    );
    expect(doc.title).toBe('Libya: The Oil Blockade');
    expect(doc.passages[0]).toMatchObject({ role: 'title', page: 1, paragraph: 1, lineStart: 2, lineEnd: 2 });
  });

  it('holds the citation property: the text stands at the cited lines of the page as pdf.js extracts it', async () => {
    const bytes = makeTinyPdf({ pages: REPORT_PAGES });
    // unpdf's own extractText: one line per text line of the page, as the citations count them.
    const { text: pages } = await extractText(new Uint8Array(bytes), { mergePages: false });
    const stands = pdfCitationChecker(pages);
    const doc = await loadDocument('libya.pdf', bytes);
    const spans = doc.passages.flatMap((passage) => [passage, ...passage.sentences]);
    for (const span of spans) expect(stands(span, span.text), formatCitation(span)).toBe(true);
    expect(spans.length).toBeGreaterThan(10);
  });

  it('refuses a damaged or text-less PDF with a reason', async () => {
    await expect(loadDocument('broken.pdf', new TextEncoder().encode('%PDF-1.4\nthis is not a pdf'))).rejects.toThrow(
      /not a readable PDF/,
    );
    await expect(loadDocument('scan.pdf', makeTinyPdf({ pages: [[''], ['']] }))).rejects.toThrow(
      'PDF without a text layer',
    );
  });
});
