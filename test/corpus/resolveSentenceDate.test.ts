import { describe, expect, it } from 'vitest';
import { resolveSentenceDate } from '../../src/corpus/resolveSentenceDate.ts';

const FRIDAY = '2020-07-10';

describe('resolveSentenceDate', () => {
  it('reads dates the sentence states, taking a missing year from the publication', () => {
    expect(resolveSentenceDate('On 3 July the ministry said it would respond.', FRIDAY)).toEqual({
      date: '2020-07-03',
      precision: 'day',
      basis: 'stated',
      expression: 'On 3 July',
    });
    expect(resolveSentenceDate("The Libyan Army captured the air base from Haftar's forces in May.", FRIDAY)).toEqual({
      date: '2020-05',
      precision: 'month',
      basis: 'stated',
      expression: 'May',
    });
    expect(resolveSentenceDate('The offensive Haftar launched on April 4, 2019 stalled.', null)).toMatchObject({
      date: '2019-04-04',
      basis: 'stated',
    });
  });

  it('infers relative dates from the publication date; a bare weekday is the last one before it', () => {
    const inferred = (text: string) => resolveSentenceDate(text, FRIDAY);
    expect(inferred('The US State Department expressed on Thursday its alarm.')).toMatchObject({
      date: '2020-07-09',
      basis: 'inferred',
      expression: 'on Thursday',
    });
    expect(inferred("Saturday night's airstrike targeted those defenses.")).toMatchObject({
      date: '2020-07-04',
      basis: 'inferred',
    });
    expect(inferred('He said on Monday that talks would resume.')?.date).toBe('2020-07-06');
    expect(inferred('Last week the warplanes arrived.')?.date).toBe('2020-07-03');
    expect(inferred('Two days ago a convoy was hit.')?.date).toBe('2020-07-08');
    expect(inferred('Ministers will meet next Monday.')?.date).toBe('2020-07-13');
    // Counted from another event, not from publication: "ten days after" is not read; "on Friday" is.
    expect(inferred('Ten days after the port fell, the city was calm, its mayor said on Friday.')).toMatchObject({
      date: '2020-07-10',
      expression: 'on Friday',
    });
  });

  it('dates a sentence naming no time by its publication, inferred; with neither, it is undated', () => {
    expect(resolveSentenceDate('Turkey backs the GNA.', FRIDAY)).toEqual({
      date: FRIDAY,
      precision: 'day',
      basis: 'inferred',
      expression: null,
    });
    expect(resolveSentenceDate('Libya is now at war, at 14:05 sirens sounded.', FRIDAY)?.expression).toBeNull();
    expect(resolveSentenceDate('Turkey backs the GNA.', null)).toBeNull();
    expect(resolveSentenceDate('Haftar intensified attacks in May.', null)).toBeNull(); // May of which year?
    expect(resolveSentenceDate('Turkey may send troops.', FRIDAY)?.expression).toBeNull(); // "may" is no month
  });
});
