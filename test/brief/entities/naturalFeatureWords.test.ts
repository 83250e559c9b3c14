/**
 * The natural-feature words (src/brief/entities/data/naturalFeatureWords.json): what the installed
 * WordNet derives, read from lines in its own format, and what a name ending in one is.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  deriveNaturalFeatureWords,
  NATURAL_FEATURE_WORDS_FILE,
  naturalFeatureWordsFromWordnet,
} from '../../../src/brief/entities/data/buildNaturalFeatureWords.ts';
import { namesNaturalFeature } from '../../../src/brief/entities/namesNaturalFeature.ts';
import { parseWordnetSynsets } from '../../../src/text/data/readWordnetSynsets.ts';
import { relationsOfLastText } from '../../support/relationsOfLastText.ts';

// index.noun lines (lemma, pos, sense count, pointer count, pointers, two counts, offsets by frequency)
// and data.noun lines (offset, lexicographer file, pos, word count, words), cut down.
const index = [
  '  1 This licence header line starts with spaces',
  'sea n 2 0 2 0 00000001 00000002',
  'state n 2 0 2 0 00000003 00000001',
  'aegean n 1 0 1 0 00000004',
  'front n 1 0 1 0 00000005',
].join('\n');
const synsets = parseWordnetSynsets(
  [
    '00000001 17 n 01 sea 0 000 | a division of an ocean',
    '00000002 04 n 01 sea 0 000 | anything apparently limitless',
    '00000003 14 n 01 state 0 000 | a politically organized body of people',
    '00000004 17 n 01 Aegean 0 000 | an arm of the Mediterranean',
    '00000005 15 n 01 front 0 000 | the side that is forward',
  ].join('\n'),
);

describe('natural-feature words', () => {
  it('keeps common nouns whose first sense is a natural object', () => {
    expect(deriveNaturalFeatureWords(index, synsets)).toEqual(['sea']);
  });
  it('is what the installed WordNet derives', () => {
    const stored = JSON.parse(fs.readFileSync(NATURAL_FEATURE_WORDS_FILE, 'utf8')) as string[];
    expect(stored).toEqual(naturalFeatureWordsFromWordnet());
  });
  it('tells a natural place from a side', () => {
    for (const place of ['Red Sea', 'West Bank', 'Nile River', 'Golan Hills'])
      expect(namesNaturalFeature(place)).toBe(true);
    for (const side of ['Islamic State', 'Polisario Front', 'Arakan Army', 'Houthis', 'Rapid Support Forces'])
      expect(namesNaturalFeature(side)).toBe(false);
  });
  it('keeps "the rebels" from referring to a sea the text named after them', () => {
    const relations = relationsOfLastText([
      'The Houthis have attacked ships in the Red Sea since November.',
      "The United States and Britain have struck the rebels' radar sites.",
    ]).map((r) => `${r.backer} ${r.stance} ${r.backed}`);
    expect([...new Set(relations)].sort()).toEqual(['United Kingdom opposes Houthis', 'United States opposes Houthis']);
  });
});
