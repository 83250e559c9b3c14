import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveWordFamilies, WORD_FAMILIES_FILE, type WordFamilies } from '../../../src/text/data/buildWordFamilies.ts';
import { searchTerms } from '../../../src/text/searchTerms.ts';
import { wordFamily } from '../../../src/text/wordFamilies.ts';

const termOf = (word: string) => searchTerms(word)[0] ?? '';

describe('wordFamilies.json', () => {
  it('is what the installed WordNet derives (run src/text/data/buildWordFamilies.ts after an upgrade)', () => {
    const committed = JSON.parse(fs.readFileSync(WORD_FAMILIES_FILE, 'utf8')) as WordFamilies;
    expect(committed).toEqual(deriveWordFamilies());
  });

  it('links a word to its derivations in another part of speech, both ways, as search terms', () => {
    expect(wordFamily(termOf('leader'))).toContain(termOf('leads'));
    expect(wordFamily(termOf('led'))).toContain(termOf('leader'));
    expect(wordFamily(termOf('justification'))).toContain(termOf('justify'));
    // Not a word's neighbours in meaning: "leader" and "president" are no family.
    expect(wordFamily(termOf('leader'))).not.toContain(termOf('president'));
    expect(wordFamily('no-such-term')).toEqual([]);
  });
});
