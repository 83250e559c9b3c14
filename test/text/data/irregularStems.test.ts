import fs from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import type Lemmatizer from 'wink-lemmatizer';
import {
  deriveIrregularStems,
  IRREGULAR_STEMS_FILE,
  type IrregularStems,
  lemmatizedStem,
  lemmatizerCandidates,
} from '../../../src/text/data/buildIrregularStems.ts';
import { searchTerms } from '../../../src/text/searchTerms.ts';

const lemmatizer = createRequire(import.meta.url)('wink-lemmatizer') as typeof Lemmatizer;
/** A word searchTerms keeps whole (not a stopword, not split): its one term is its stem. */
const termOf = (word: string) => searchTerms(word)[0] ?? stemmer(word);
const stopwordFree = (word: string) => searchTerms(word).length === 1;

describe('irregularStems.json', () => {
  it('is what the installed lemmatizer derives (run src/text/data/buildIrregularStems.ts after an upgrade)', () => {
    const committed = JSON.parse(fs.readFileSync(IRREGULAR_STEMS_FILE, 'utf8')) as IrregularStems;
    expect(committed).toEqual(deriveIrregularStems());
    // Sorted as the binary search compares.
    expect(committed.words.every((word, i) => i === 0 || committed.words[i - 1]! < word)).toBe(true);
  });

  it('stems every word the lemmatizer can change as the lemmatizer does', () => {
    // One in fifty of the ~356,000; the table itself is checked whole above.
    const words = lemmatizerCandidates()
      .filter((_, i) => i % 50 === 0)
      .filter(stopwordFree);
    expect(words.length).toBeGreaterThan(6_000);
    const differing = words.filter((word) => termOf(word) !== lemmatizedStem(lemmatizer, word));
    expect(differing).toEqual([]);
  });

  it('stems other words as the lemmatizer does too', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,12}$/), (word) => {
        fc.pre(stopwordFree(word));
        expect(termOf(word)).toBe(lemmatizedStem(lemmatizer, word));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes irregular forms to their lemma and keeps Porter stems for regular ones', () => {
    expect(['sent', 'fled', 'children', 'left', 'fought'].map(termOf)).toEqual([
      'send',
      'flee',
      'child',
      'leav',
      'fight',
    ]);
    expect(['backed', 'backing', 'negotiations'].map(termOf)).toEqual(['back', 'back', 'negoti']);
  });
});
