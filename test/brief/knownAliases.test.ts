import { describe, expect, it } from 'vitest';
import { buildEntityCatalog } from '../../src/brief/entityCatalog.ts';
import { normalizeName } from '../../src/brief/lexicon/tokenize.ts';
import { KNOWN_COUNTRIES, LEADER_ROLES, TITLE_HEADS } from '../../src/brief/knownAliases.ts';

const catalog = buildEntityCatalog([]);

describe('KNOWN_COUNTRIES', () => {
  it('gives every alias to exactly one country', () => {
    const owner = new Map<string, string>();
    for (const country of KNOWN_COUNTRIES) {
      for (const alias of [
        country.name,
        ...(country.variants ?? []),
        ...(country.demonyms ?? []),
        ...(country.metonyms ?? []),
      ]) {
        const key = normalizeName(alias);
        expect(owner.get(key) ?? country.name, alias).toBe(country.name);
        owner.set(key, country.name);
      }
    }
  });

  it.each([
    ['Turkish', 'Turkey'],
    ['Egyptian', 'Egypt'],
    ['Russian', 'Russia'],
    ['Emirati', 'United Arab Emirates'],
    ['American', 'United States'],
    ['US', 'United States'],
    ['U.S.', 'United States'],
    ['USA', 'United States'],
    ['French', 'France'],
    ['British', 'United Kingdom'],
    ['UK', 'United Kingdom'],
    ['Qatari', 'Qatar'],
    ['Syrian', 'Syria'],
    ['Iranian', 'Iran'],
    ['Israeli', 'Israel'],
    ['Chinese', 'China'],
    ['Sudanese', 'Sudan'],
    ['Chadian', 'Chad'],
    ['Algerian', 'Algeria'],
    ['Tunisian', 'Tunisia'],
    ['Italian', 'Italy'],
    ['German', 'Germany'],
    ['Greek', 'Greece'],
    ['Jordanian', 'Jordan'],
    ['Saudi', 'Saudi Arabia'],
    ['Ankara', 'Turkey'],
    ['Moscow', 'Russia'],
    ['Cairo', 'Egypt'],
    ['Abu Dhabi', 'United Arab Emirates'],
    ['Washington', 'United States'],
    ['Paris', 'France'],
    ['London', 'United Kingdom'],
    ['Doha', 'Qatar'],
    ['Tehran', 'Iran'],
    ['Beijing', 'China'],
    ['Rome', 'Italy'],
    ['Berlin', 'Germany'],
    ['Athens', 'Greece'],
    ['Damascus', 'Syria'],
    ['Russian Federation', 'Russia'],
    ['Kremlin', 'Russia'],
    ['White House', 'United States'],
    ['Türkiye', 'Turkey'],
  ])('%s → %s', (alias, country) => {
    expect(catalog.resolve(alias)?.name).toBe(country);
  });

  // Forms the world-countries data lacks, added from WordNet and official names (data/buildCountryNames.ts).
  it.each([
    ['Philippine', 'Philippines'],
    ['Tajik', 'Tajikistan'],
    ['Tajiks', 'Tajikistan'],
    ['Kyrgyz', 'Kyrgyzstan'],
    ['Mauritanian', 'Mauritania'],
    ['Kazakh', 'Kazakhstan'],
    ['Uzbek', 'Uzbekistan'],
  ])('%s → %s (a form the country data lacks)', (alias, country) => {
    expect(catalog.resolve(alias)?.name).toBe(country);
  });

  it.each(['Taiwanese', 'Formosan', 'Hispaniolan', 'Afghani', 'Hutu', 'Siamese'])(
    'gives %s to no state (WordNet points it at a synset, a currency or a people)',
    (word) => {
      expect(catalog.resolve(word)).toBeNull();
    },
  );

  it('leaves Tripoli unmapped (seat of a contested government)', () => {
    expect(catalog.resolve('Tripoli')).toBeNull();
  });
});

describe('titles', () => {
  it('lists the heads used for people and leaders', () => {
    for (const title of ['marshal', 'general', 'commander', 'president', 'minister', 'spokesperson'])
      expect(TITLE_HEADS).toContain(title);
    expect(LEADER_ROLES).toContain('commander');
  });

  it('strips them when resolving names', () => {
    const withPeople = buildEntityCatalog([
      {
        file: 'x',
        paragraph: 1,
        lineStart: 1,
        lineEnd: 1,
        text: 'Foreign Minister Mevlüt Çavuşoğlu met Major General Khalifa Haftar.',
      },
    ]);
    expect(withPeople.resolve('Field Marshal Khalifa Haftar')?.name).toBe('Khalifa Haftar');
    expect(withPeople.resolve('Minister Cavusoglu')?.name).toBe('Mevlüt Çavuşoğlu');
  });
});
