import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../src/text/searchTerms.ts';

describe('searchTerms', () => {
  it('folds accents and case, splits glued names, stems, drops stopwords', () => {
    expect(searchTerms('İbrahim Kalın said KhalifaHaftar was backed by the U.A.E.')).toEqual(['ibrahim', 'kalin', 'khalifa', 'haftar', 'back', 'uae']);
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
