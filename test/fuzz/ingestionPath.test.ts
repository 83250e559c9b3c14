import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/corpus/chunkDocument.ts';
import { citationChecker } from '../support/citationChecker.ts';

/** Documents of generated lines: prose, blank lines, headings, hazards. */
const documentText = fc
  .array(
    fc.oneof(
      fc.constant(''),
      fc.lorem({ mode: 'sentences', maxCount: 4 }),
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc.constantFrom(
        '# Heading',
        'Published: Fri, July 10, 2020',
        'Like this:',
        'ANKARA',
        '“Quoted,” he said.',
        'U.S. officials said so. Gen. Smith agreed.',
        '\t  ',
        '\r',
      ),
    ),
    { maxLength: 40 },
  )
  .map((lines) => lines.join('\n'));

describe('ingestion path under generated input', () => {
  it('chunking never throws and every passage and sentence stands at its cited lines', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const normalized = text.replace(/\r\n?/g, '\n');
        const doc = chunkDocument('generated.txt', normalized);
        const cited = citationChecker(normalized);
        for (const passage of doc.passages) {
          expect(cited(passage, passage.text)).toBe(true);
          for (const sentence of passage.sentences) expect(cited(sentence, sentence.text)).toBe(true);
          expect(passage.lineStart).toBeLessThanOrEqual(passage.lineEnd);
        }
      }),
      { numRuns: 500, seed: 20261121 },
    );
  });
});
