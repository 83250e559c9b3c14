import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/corpus/passage.ts';
import { buildEntityCatalog } from '../../src/brief/entityCatalog.ts';
import { normalizeName, tokenize } from '../../src/brief/lexicon/tokenize.ts';

function sentence(text: string, lineStart = 1): Sentence {
  return { file: 'made-up.txt', paragraph: 1, lineStart, lineEnd: lineStart, text };
}

/** A small made-up corpus stating the aliases the catalog should learn. */
const corpus = [
  'Libyan National Army (LNA) commander Khalifa Haftar visited Cairo on Monday.',
  'Meanwhile, Commander of the National Army, Field Marshal KhalifaHaftar, met envoys.',
  'The GNA, Libya’s internationally recognized government, rejected the offer.',
  'GNA leader Fayez al-Sarraj travelled to Ankara.',
  '“We will respond,” presidential spokesperson İbrahim Kalın told Bloomberg.',
  'Foreign Minister Mevlüt Çavuşoğlu spoke with Sergey Lavrov.',
  'Haftar’s forces shelled the airport, and Haftar elements were seen near Sirte.',
  'Militias that try to spoil the process should not be tolerated, the militias were told.',
].map((text, i) => sentence(text, i + 1));

const catalog = buildEntityCatalog(corpus);

describe('tokenize', () => {
  it('reads a plural possessive apostrophe as a possessive, a closing quotation mark not', () => {
    const kinds = (text: string) =>
      tokenize(text)
        .filter((t) => t.text === "'" || t.text === '’')
        .map((t) => t.kind);
    expect(kinds("the Kurdistan Workers' Party")).toEqual(['possessive']);
    expect(kinds('the rebels’ backers')).toEqual(['possessive']);
    expect(kinds('the ‘rebels’ said')).toEqual(['punct']);
  });

  it('splits possessives and keeps abbreviations and hyphenated names whole', () => {
    const tokens = tokenize('Haftar’s U.S.-backed rivals met al-Sarraj, it’s said.');
    expect(tokens.map((t) => t.text)).toEqual([
      'Haftar',
      '’s',
      'U.S.-backed',
      'rivals',
      'met',
      'al-Sarraj',
      ',',
      'it’s',
      'said',
      '.',
    ]);
    expect(tokens[1]?.kind).toBe('possessive');
    expect(tokens[5]?.capitalised).toBe(true);
  });

  it('normalises case, diacritics, apostrophes and dots', () => {
    expect(normalizeName('İbrahim Kalın')).toBe('ibrahim kalin');
    expect(normalizeName('Mevlüt Çavuşoğlu')).toBe('mevlut cavusoglu');
    expect(normalizeName('U.S.')).toBe('us');
    expect(normalizeName('the Kremlin')).toBe('kremlin');
  });
});

describe('buildEntityCatalog', () => {
  it('learns an acronym defined in brackets', () => {
    expect(catalog.resolve('LNA')?.name).toBe('Libyan National Army');
    expect(catalog.resolve('libyan national army')?.name).toBe('Libyan National Army');
    expect(catalog.resolve('LNA')?.aliases).toContain('LNA');
  });

  it('learns a shorter form of an organisation name', () => {
    expect(catalog.resolve('the National Army')?.name).toBe('Libyan National Army');
  });

  it('strips titles and joins surname, titled and glued forms of a person', () => {
    const haftar = catalog.resolve('Haftar');
    expect(haftar?.name).toBe('Khalifa Haftar');
    expect(haftar?.kind).toBe('person');
    expect(catalog.resolve('KhalifaHaftar')?.name).toBe('Khalifa Haftar');
    expect(catalog.resolve('Field Marshal Khalifa Haftar')?.name).toBe('Khalifa Haftar');
    expect(haftar?.roles).toContain('commander');
  });

  it('shows a name only ever written glued split at its capitals', () => {
    const glued = buildEntityCatalog([sentence('Field Marshal KhalifaHaftar arrived.')]);
    expect(glued.resolve('khalifa haftar')?.name).toBe('Khalifa Haftar');
  });

  it('resolves possessive and side forms to the person', () => {
    for (const form of [
      "Haftar's forces",
      'Haftar’s forces',
      'Haftar elements',
      'Haftar militias',
      'forces loyal to Haftar',
      'the forces of Haftar',
    ]) {
      expect(catalog.resolve(form)?.name, form).toBe('Khalifa Haftar');
    }
  });

  it('ignores case and diacritics', () => {
    expect(catalog.resolve('kalin')?.name).toBe('İbrahim Kalın');
    expect(catalog.resolve('CAVUSOGLU')?.name).toBe('Mevlüt Çavuşoğlu');
    expect(catalog.resolve('fayez al sarraj')?.name).toBe('Fayez al-Sarraj');
  });

  it('knows countries by demonym, capital, variant and institution', () => {
    expect(catalog.resolve('Turkish')?.name).toBe('Turkey');
    expect(catalog.resolve('Ankara')?.name).toBe('Turkey');
    expect(catalog.resolve('Emiratis')?.name).toBe('United Arab Emirates');
    expect(catalog.resolve('UAE')?.name).toBe('United Arab Emirates');
    expect(catalog.resolve('the Kremlin')?.name).toBe('Russia');
    expect(catalog.resolve('Russian Federation')?.name).toBe('Russia');
    expect(catalog.resolve('U.S.')?.name).toBe('United States');
    expect(catalog.resolve('Turkey')?.kind).toBe('country');
  });

  it('does not map Tripoli to Libya', () => {
    expect(catalog.resolve('Tripoli')?.name).not.toBe('Libya');
  });

  it('learns a descriptive apposition and resolves descriptions through it', () => {
    expect(catalog.resolve('GNA')?.aliases).toContain('Libya’s internationally recognized government');
    expect(catalog.resolve('Libya Government')?.name).toBe('GNA');
    expect(catalog.resolve('the Libyan government')?.name).toBe('GNA');
  });

  it('puts an organisation on the side of the person who leads it', () => {
    expect(catalog.resolve('LNA')?.side).toBe('Khalifa Haftar');
    expect(catalog.sideOf('Haftar').map((e) => e.name)).toEqual(
      expect.arrayContaining(['Khalifa Haftar', 'Libyan National Army']),
    );
    expect(catalog.sideOf('nobody at all')).toEqual([]);
  });

  it('suggests close names', () => {
    expect(catalog.suggest('Hafter')).toContain('Khalifa Haftar');
    expect(catalog.suggest('Turky')).toContain('Turkey');
    expect(catalog.suggest('sarraj')[0]).toBe('Fayez al-Sarraj');
    expect(catalog.suggest('qqqqqqq')).toEqual([]);
    expect(catalog.suggest('a', 2).length).toBeLessThanOrEqual(2);
  });

  it('lists the entities the corpus mentions, not every known country', () => {
    const names = catalog.entities().map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Khalifa Haftar', 'Libyan National Army', 'GNA', 'Turkey', 'Egypt']));
    expect(names).not.toContain('Japan');
    expect(catalog.resolve('Japan')?.name).toBe('Japan');
  });

  it('does not learn sentence-initial common words as names', () => {
    const names = catalog.entities().map((e) => e.name);
    expect(names).not.toContain('Militias');
    expect(names).not.toContain('Meanwhile');
  });

  it('keeps a name with a possessive inside whole when an acronym spells it', () => {
    const names = buildEntityCatalog([
      sentence("Drones struck hideouts of the Kurdistan Workers' Party (PKK) on Tuesday."),
      sentence("The Tigray People's Liberation Front (TPLF) rejected the offer."),
    ]);
    expect(names.resolve('PKK')?.name).toBe("Kurdistan Workers' Party");
    expect(names.resolve('TPLF')?.name).toBe("Tigray People's Liberation Front");
    const learned = names.entities().map((e) => e.name);
    for (const part of ['Party', 'Liberation Front', 'Tigray People', 'Kurdistan Workers'])
      expect(learned).not.toContain(part);
  });

  it('does not take a name introduced with its own acronym for a short form of a longer one', () => {
    const armies = buildEntityCatalog([
      sentence('The National Liberation Army (ELN) attacked villages near the border.'),
      sentence('Fighters of the West Papua National Liberation Army (TPNPB) raided a police post.'),
    ]);
    expect(armies.resolve('ELN')?.name).toBe('National Liberation Army');
    expect(armies.resolve('TPNPB')?.name).toBe('West Papua National Liberation Army');
  });

  it('keeps a sentence-initial compass point with the place it begins', () => {
    const places = buildEntityCatalog([
      sentence('South Ossetia, the other breakaway region, is kept afloat by subsidies.'),
      sentence('North Kivu and Ituri are under a state of siege.'),
    ]);
    const names = places.entities().map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['South Ossetia', 'North Kivu']));
    expect(names).not.toContain('Ossetia');
    expect(names).not.toContain('Kivu');
  });

  it('does not take a vehicle model into a name ("Thai F-16 jets" name Thailand)', () => {
    const jets = buildEntityCatalog([sentence('Thai F-16 jets and Su-25s struck positions of Cambodian troops.')]);
    const names = jets.entities().map((e) => e.name);
    expect(names).toContain('Thailand');
    expect(names.filter((name) => /F-16|Su-25/.test(name))).toEqual([]);
    expect(jets.findMentions(tokenize('Thai F-16 jets struck.')).map((m) => m.entity.name)).toEqual(['Thailand']);
  });

  it('finds mentions in running text, longest first, capitalised only', () => {
    const tokens = tokenize('The United Arab Emirates and the turkey farmers met Haftar’s envoy in Ankara.');
    const found = catalog.findMentions(tokens).map((m) => m.entity.name);
    expect(found).toEqual(['United Arab Emirates', 'Khalifa Haftar', 'Turkey']);
  });

  it('does not read the pronoun "us" as the United States', () => {
    const found = catalog.findMentions(tokenize('They told us that the US would act.')).map((m) => m.entity.name);
    expect(found).toEqual(['United States']);
  });
});

describe('names written in capitals', () => {
  it('keeps an acronym in capitals, and reads a capital written in capitals as its country', () => {
    const catalog = buildEntityCatalog([
      sentence('Officials named ISWAP and the SSPDF.'),
      sentence('Officials in NAIROBI said so.'),
    ]);
    expect(catalog.resolve('ISWAP')?.name).toBe('ISWAP');
    expect(catalog.resolve('SSPDF')?.name).toBe('SSPDF');
    expect(catalog.resolve('NAIROBI')?.name).toBe('Kenya');
  });
});
