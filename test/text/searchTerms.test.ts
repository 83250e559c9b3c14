import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../src/text/searchTerms.ts';

describe('searchTerms', () => {
  it('folds accents and case, splits glued names, stems, drops stopwords', () => {
    expect(searchTerms('İbrahim Kalın said KhalifaHaftar was backed by the U.A.E.')).toEqual([
      'ibrahim',
      'kalin',
      'khalifa',
      'haftar',
      'back',
      'uae',
    ]);
  });

  it('keeps an acronym in capitals apart from the stopword it spells, the same word giving the same term each time', () => {
    // Asked in this order so that a word seen before in another case or context is asked again.
    expect(searchTerms('tell us more')).toEqual([]);
    expect(searchTerms('The US backs it')).toEqual(['us', 'back']);
    // A headline all in capitals: capitals say nothing there, "US" is the stopword.
    expect(searchTerms('US TROOPS WITHDRAW')).toEqual(['troop', 'withdraw']);
    expect(searchTerms('The US backs it')).toEqual(['us', 'back']);
    expect(searchTerms('US')).toEqual(['us']);
    expect(searchTerms('tell us more')).toEqual([]);
  });
});

describe('irregular forms and question openings', () => {
  it('meets irregular verbs and plurals at their lemma', async () => {
    const { searchTerms } = await import('../../src/text/searchTerms.ts');
    expect(searchTerms('Russia sent warplanes')).toEqual(searchTerms('Russia sends warplanes'));
    expect(searchTerms('they fled the town')).toEqual(searchTerms('they flee the town'));
    expect(searchTerms('children')).toEqual(searchTerms('child'));
    // Regular forms keep Porter's stems.
    expect(searchTerms('seized supporters')).toEqual(['seiz', 'support']);
  });

  it('drops how a question opens, not what it asks about', async () => {
    const { questionTerms } = await import('../../src/text/searchTerms.ts');
    expect(questionTerms('How many jets did Moscow send?')).toEqual(['jet', 'moscow', 'send']);
    expect(questionTerms('How long did the siege last?')).toEqual(['sieg', 'last']);
    expect(questionTerms('Tell me about the ceasefire')).toEqual(['ceasefir']);
  });
});
