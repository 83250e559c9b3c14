/**
 * CI: drops a few documents of every format into a corpus folder (default `corpus/`) and prints
 * their paths, one a line, so the caller can remove them afterwards. `npm test` then runs with
 * them in place, proving that the tests do not depend on what a user adds to `corpus/`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { HTML_FIXTURE, MARKDOWN_FIXTURE, REPORT_PAGES } from '../test/corpus/formatFixtures.ts';
import { makeTinyPdf } from '../test/corpus/makeTinyPdf.ts';

const corpusDir = path.resolve(process.argv[2] ?? 'corpus');
const prefix = 'ci-sample-';
const cyrillic =
  'Москва поддерживает Хафтара, сообщили источники в Триполи.\n\nПереговоры в Женеве продолжатся в пятницу.\n';
const documents: Record<string, Uint8Array | string> = {
  [`${prefix}wire.txt`]:
    'Wire Copy\n\nEgypt backs the eastern forces, officials said on Monday.\n\nTalks resume in Geneva.\n',
  // windows-1251: an encoding users' older archives still hold.
  [`${prefix}cyrillic.txt`]: encodeWindows1251(cyrillic),
  [`${prefix}field-notes.md`]: fs.readFileSync(MARKDOWN_FIXTURE),
  [`${prefix}ceasefire-talks.html`]: fs.readFileSync(HTML_FIXTURE),
  [`${prefix}report.pdf`]: makeTinyPdf({ pages: REPORT_PAGES, title: 'Enscript Output' }),
};

for (const [name, content] of Object.entries(documents)) {
  const file = path.join(corpusDir, name);
  fs.writeFileSync(file, content);
  process.stdout.write(`${file}\n`);
}

/** Cyrillic letters to windows-1251 bytes (А–я are 0xC0–0xFF; Ё/ё 0xA8/0xB8); ASCII as it is. */
function encodeWindows1251(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const code = char.codePointAt(0) ?? 0x3f;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (char === 'Ё') return 0xa8;
    if (char === 'ё') return 0xb8;
    return 0x3f;
  });
}
