import { describe, expect, it } from 'vitest';
import { wordnetCountryForms } from '../../../src/brief/data/wordnetCountryForms.ts';

// Lines in WordNet's data.* format (wndb(5WN)), cut down to the fields the reader uses.
const nouns = [
  '00000001 15 n 02 Philippines 0 Republic_of_the_Philippines 0 000 | an island country',
  '00000002 18 n 01 Filipino 0 001 #m 00000001 n 0000 | a native or inhabitant of the Philippines',
  '00000003 15 n 03 Hispaniola 0 Haiti 1 Hayti 0 000 | an island in the West Indies',
  '00000004 15 n 02 Haiti 0 Republic_of_Haiti 0 000 | a republic in the West Indies',
  '00000005 15 n 02 Afghanistan 0 Islamic_State_of_Afghanistan 0 000 | a landlocked republic',
  '00000006 21 n 01 afghani 0 000 | the basic unit of money in Afghanistan',
  '00000007 18 n 01 Hutu 0 001 #m 00000008 n 0000 | a member of a Bantu people',
  '00000008 15 n 02 Rwanda 0 Republic_of_Rwanda 0 000 | a landlocked republic',
  '00000009 15 n 04 Taiwan 0 China 1 Nationalist_China 0 Republic_of_China 0 000 | a government',
].join('\n');
const adjectives = [
  '01000001 01 a 02 Filipino 0 Philippine 0 002 \\ 00000001 n 0201 \\ 00000001 n 0101 | of the Philippines',
  '01000002 01 a 01 Hispaniolan 0 001 \\ 00000003 n 0102 | of the island of Hispaniola',
  '01000003 01 a 02 Afghani 0 Afghan 0 002 \\ 00000005 n 0101 \\ 00000005 n 0201 | of Afghanistan',
  '01000004 01 a 03 Taiwanese 0 Chinese 1 Formosan 0 001 \\ 00000009 n 0101 | of Taiwan',
].join('\n');
const countries = [
  { name: 'Philippines', official: 'Republic of the Philippines' },
  { name: 'Haiti', official: 'Republic of Haiti' },
  { name: 'Afghanistan', official: 'Islamic Republic of Afghanistan' },
  { name: 'Rwanda', official: 'Republic of Rwanda' },
  { name: 'China', official: "People's Republic of China" },
].map((c) => ({ name: c.name, pertainsTo: [c.name, c.official], names: [c.name, c.official] }));

const formsOf = (country: string) =>
  wordnetCountryForms(adjectives, nouns, countries)
    .filter((form) => form.country === country)
    .map((form) => `${form.form}:${form.kind}`);

describe('wordnetCountryForms', () => {
  it('reads the adjective a pointer names and the natives of a country', () => {
    expect(formsOf('Philippines')).toEqual(['Philippine:adjective']);
    const withNatives = wordnetCountryForms(
      adjectives,
      `${nouns}\n00000010 18 n 01 Philippinian 0 001 #m 00000001 n 0000 | a native or inhabitant of the Philippines`,
      countries,
    );
    expect(withNatives.filter((f) => f.kind === 'people').map((f) => f.form)).toEqual(['Philippinian']);
  });

  it('keeps only forms that share their first letters with a name of the country ("Filipino" does not)', () => {
    expect(formsOf('Philippines')).not.toContain('Filipino:adjective');
  });

  it('refuses a pointer into a synset that is not the country’s own ("Hispaniolan" → "Haiti")', () => {
    expect(formsOf('Haiti')).toEqual([]);
  });

  it('refuses a form that is also a noun for something else ("afghani", a currency)', () => {
    expect(formsOf('Afghanistan')).toEqual(['Afghan:adjective']);
  });

  it('refuses an ethnic group and a synset shared with another state ("Hutu", "Taiwanese", "Chinese 1")', () => {
    expect(formsOf('Rwanda')).toEqual([]);
    expect(formsOf('China')).toEqual([]);
  });

  it('reads a people\'s name among the country\'s own names as its adjective ("Kazakh")', () => {
    const forms = wordnetCountryForms(
      adjectives,
      `${nouns}\n00000012 15 n 03 Kazakhstan 0 Kazakstan 0 Kazakh 0 000 | a landlocked republic\n00000013 18 n 01 Kazakh 0 000 | a member of a Turkic people`,
      [...countries, { name: 'Kazakhstan', pertainsTo: ['Kazakhstan'], names: ['Kazakhstan'] }],
    );
    expect(forms.filter((f) => f.country === 'Kazakhstan').map((f) => `${f.form}:${f.kind}`)).toEqual([
      'Kazakh:adjective',
    ]);
  });

  it('refuses a form that WordNet labels offensive in any sense', () => {
    const withLabelled = wordnetCountryForms(
      `${adjectives}\n01000005 01 a 01 philippinoid 0 001 ;u 00000011 n 0000 | (offensive) a made-up slur\n01000006 01 a 01 Philippinoid 1 001 \\ 00000001 n 0101 | of the Philippines`,
      `${nouns}\n00000011 10 n 01 disparagement 0 000 | the act of speaking contemptuously`,
      countries,
    );
    const forms = withLabelled.filter((form) => form.country === 'Philippines').map((form) => form.form);
    expect(forms).toEqual(['Philippine']);
  });
});
