import path from 'node:path';
import { REPO_ROOT } from '../support/tempCorpus.ts';
import type { PdfLine } from './makeTinyPdf.ts';

/** Small documents of every format, shared by the format tests and the citation property. */
export const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/formats');
export const HTML_FIXTURE = path.join(FIXTURES, 'ceasefire-talks.html');
export const MARKDOWN_FIXTURE = path.join(FIXTURES, 'field-notes.md');

const header = { text: 'Eastern Mediterranean Brief · Confidential', size: 8 };
const footer = (page: number) => ({ text: `Page ${page} of 3`, size: 8 });

/** A three-page report: a running header and page numbers, a big headline, headings in 14 pt. */
export const REPORT_PAGES: (PdfLine | string)[][] = [
  [
    header,
    '', // L1
    { text: 'Libya: The Oil Blockade', size: 18 },
    '', // L2
    'Production fell to 100,000 barrels a day in July, down from 1.2 million', // L3
    'in January, according to the national oil company. The blockade has',
    'cost more than €6 billion in lost revenue.',
    '', // L5
    { text: 'Who backs whom', size: 14 },
    '', // L6
    'Egypt, Russia and the United Arab Emirates back the eastern forces.', // L7
    'Turkey supports the “government” in Tripoli with drones and advisers.',
    '',
    '', // L8
    footer(1),
  ],
  [
    header,
    '',
    'Talks in Geneva resumed on Friday. The delegations agreed to discuss a', // L2
    'demilitarised zone around Sirte and the exchange of prisoners.',
    '', // L3
    'Observers from Egypt and Turkey attended the opening session.',
    '',
    '', // L4
    footer(2),
  ],
  [
    header,
    '',
    { text: 'Outlook', size: 14 },
    '', // L2
    'A joint military commission is due to meet later this month.',
    '', // L3
    footer(3),
  ],
];
