import { describe, expect, it } from 'vitest';
import { overlapsRange, parseDateRange, publishedInRange } from '../../src/brief/dateRange.ts';

const TODAY = new Date('2020-07-15T10:00:00Z'); // a Wednesday

describe('parseDateRange', () => {
  it('reads ISO dates and the phrases people type, counted back from today', () => {
    expect(parseDateRange({ since: '2020-07-11' }, TODAY)).toEqual({ since: '2020-07-11', until: null });
    expect(parseDateRange({ since: 'last week' }, TODAY)).toEqual({ since: '2020-07-08', until: null });
    expect(parseDateRange({ since: 'Monday', until: 'yesterday' }, TODAY)).toEqual({
      since: '2020-07-13',
      until: '2020-07-14',
    });
    expect(parseDateRange({ since: '3 July 2020' }, TODAY).since).toBe('2020-07-03');
  });

  it('takes a month as its whole span on either side', () => {
    expect(parseDateRange({ since: 'May 2020', until: 'June 2020' }, TODAY)).toEqual({
      since: '2020-05-01',
      until: '2020-06-30',
    });
  });

  it('says which value it cannot read, and refuses a reversed range', () => {
    expect(() => parseDateRange({ since: 'whenever' }, TODAY)).toThrow(/Cannot read "whenever" as a date for since/);
    expect(() => parseDateRange({ until: '2020-02-31' }, TODAY)).toThrow(/for until/);
    expect(() => parseDateRange({ since: '2020-07-12', until: '2020-07-11' }, TODAY)).toThrow(/after/);
  });
});

describe('ranges', () => {
  it('keeps an undated document out of any bounded range; a month overlaps a range taking part of it', () => {
    const range = { since: '2020-07-11', until: null };
    expect([
      publishedInRange('2020-07-10', range),
      publishedInRange('2020-07-11', range),
      publishedInRange(null, range),
      publishedInRange('10 July', range),
    ]).toEqual([false, true, false, false]);
    expect(publishedInRange(null, { since: null, until: null })).toBe(true);
    expect([overlapsRange('2020-07', range), overlapsRange('2020-06', range), overlapsRange('2020', range)]).toEqual([
      true,
      false,
      true,
    ]);
  });
});
