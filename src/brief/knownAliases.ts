/**
 * General knowledge about how countries and people are named in news text, used by the entity
 * catalog before it learns anything from the corpus. Nothing here is specific to one corpus:
 * it is the kind of list a wire-service style guide would hold.
 *
 * Matching is case- and diacritics-insensitive (see normalizeName in entityCatalog.ts), so the
 * lists are written in their ordinary spelling.
 */
import { createRequire } from 'node:module';
import { normalizeName } from './lexicon/tokenize.ts';

/** How a country is referred to besides its canonical short English name. */
export interface CountryNames {
  /** Canonical short English name, as shown to users ("United Arab Emirates", not "UAE"). */
  name: string;
  /** Other names and abbreviations for the same state ("Russian Federation", "UAE", "U.S."). */
  variants?: readonly string[];
  /** Adjective and people forms: "Turkish", "Turks". An adjective alone ("Turkish support")
   *  stands for the state in the support patterns; the extractor decides when it is a modifier. */
  demonyms?: readonly string[];
  /**
   * Capitals and institutions used as metonyms for the government: "Ankara said", "the Kremlin
   * denied". Only seats of an uncontested government are listed. Tripoli is deliberately NOT
   * mapped to Libya: since 2014 "Tripoli" in the news usually means the Tripoli-based government
   * (GNC, GNA, GNU) as opposed to the rival eastern authorities, so mapping it to "Libya" would
   * hand one faction's backers to the whole country. Tripoli therefore stays a plain place name
   * (the corpus may still learn it as something else). Sanaa, Aden, Benghazi and Kabul are left
   * out for the same reason.
   */
  metonyms?: readonly string[];
}

/** Countries as this project names them: the display name, and which capitals stand for a government. Wins over the data. */
export const CURATED_COUNTRIES: readonly CountryNames[] = [
  {
    name: 'Turkey',
    variants: ['Türkiye', 'Republic of Turkey'],
    demonyms: ['Turkish', 'Turks', 'Turk'],
    metonyms: ['Ankara'],
  },
  { name: 'Egypt', variants: ['Arab Republic of Egypt'], demonyms: ['Egyptian', 'Egyptians'], metonyms: ['Cairo'] },
  {
    name: 'Russia',
    variants: ['Russian Federation'],
    demonyms: ['Russian', 'Russians'],
    metonyms: ['Moscow', 'Kremlin', 'the Kremlin'],
  },
  {
    name: 'United Arab Emirates',
    variants: ['UAE', 'U.A.E.', 'the Emirates', 'Emirates'],
    demonyms: ['Emirati', 'Emiratis'],
    metonyms: ['Abu Dhabi'],
  },
  {
    name: 'United States',
    variants: ['United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'the United States'],
    demonyms: ['American', 'Americans'],
    // "Washington" alone means the US government in news text. A corpus person named Washington
    // keeps their full name ("George Washington"); the bare word stays the metonym.
    metonyms: ['Washington', 'White House', 'the White House', 'Pentagon', 'the Pentagon'],
  },
  {
    name: 'France',
    variants: ['French Republic'],
    demonyms: ['French', 'Frenchman'],
    metonyms: ['Paris', 'Élysée', 'Elysee'],
  },
  {
    name: 'United Kingdom',
    variants: ['UK', 'U.K.', 'Britain', 'Great Britain'],
    demonyms: ['British', 'Briton', 'Britons', 'Brits'],
    metonyms: ['London', 'Downing Street', 'Whitehall'],
  },
  { name: 'Qatar', demonyms: ['Qatari', 'Qataris'], metonyms: ['Doha'] },
  { name: 'Syria', variants: ['Syrian Arab Republic'], demonyms: ['Syrian', 'Syrians'], metonyms: ['Damascus'] },
  { name: 'Iran', variants: ['Islamic Republic of Iran'], demonyms: ['Iranian', 'Iranians'], metonyms: ['Tehran'] },
  { name: 'Israel', demonyms: ['Israeli', 'Israelis'], metonyms: ['Jerusalem'] },
  { name: 'China', variants: ["People's Republic of China", 'PRC'], demonyms: ['Chinese'], metonyms: ['Beijing'] },
  { name: 'Sudan', demonyms: ['Sudanese'], metonyms: ['Khartoum'] },
  { name: 'Chad', demonyms: ['Chadian', 'Chadians'], metonyms: ["N'Djamena"] },
  { name: 'Algeria', demonyms: ['Algerian', 'Algerians'], metonyms: ['Algiers'] },
  { name: 'Tunisia', demonyms: ['Tunisian', 'Tunisians'], metonyms: ['Tunis'] },
  { name: 'Italy', demonyms: ['Italian', 'Italians'], metonyms: ['Rome'] },
  { name: 'Germany', demonyms: ['German', 'Germans'], metonyms: ['Berlin'] },
  { name: 'Greece', demonyms: ['Greek', 'Greeks'], metonyms: ['Athens'] },
  { name: 'Jordan', demonyms: ['Jordanian', 'Jordanians'], metonyms: ['Amman'] },
  {
    name: 'Saudi Arabia',
    variants: ['Kingdom of Saudi Arabia', 'KSA'],
    demonyms: ['Saudi', 'Saudis'],
    metonyms: ['Riyadh'],
  },
  // Libya: demonym only, no capital metonym (see `metonyms` above).
  { name: 'Libya', demonyms: ['Libyan', 'Libyans'] },
  { name: 'Morocco', demonyms: ['Moroccan', 'Moroccans'], metonyms: ['Rabat'] },
  { name: 'Niger', demonyms: ['Nigerien', 'Nigeriens'], metonyms: ['Niamey'] },
  { name: 'Nigeria', demonyms: ['Nigerian', 'Nigerians'], metonyms: ['Abuja'] },
  { name: 'Malta', demonyms: ['Maltese'], metonyms: ['Valletta'] },
  { name: 'Lebanon', demonyms: ['Lebanese'], metonyms: ['Beirut'] },
  { name: 'Iraq', demonyms: ['Iraqi', 'Iraqis'], metonyms: ['Baghdad'] },
  { name: 'Kuwait', demonyms: ['Kuwaiti', 'Kuwaitis'] },
  { name: 'Bahrain', demonyms: ['Bahraini', 'Bahrainis'], metonyms: ['Manama'] },
  { name: 'Oman', demonyms: ['Omani', 'Omanis'], metonyms: ['Muscat'] },
  { name: 'Pakistan', demonyms: ['Pakistani', 'Pakistanis'], metonyms: ['Islamabad'] },
  { name: 'Afghanistan', demonyms: ['Afghan', 'Afghans'] },
  { name: 'India', demonyms: ['Indian', 'Indians'], metonyms: ['New Delhi'] },
  { name: 'Japan', demonyms: ['Japanese'], metonyms: ['Tokyo'] },
  { name: 'North Korea', variants: ['DPRK'], demonyms: ['North Korean', 'North Koreans'], metonyms: ['Pyongyang'] },
  {
    name: 'South Korea',
    variants: ['Republic of Korea'],
    demonyms: ['South Korean', 'South Koreans'],
    metonyms: ['Seoul'],
  },
  { name: 'Ukraine', demonyms: ['Ukrainian', 'Ukrainians'], metonyms: ['Kyiv', 'Kiev'] },
  { name: 'Belarus', demonyms: ['Belarusian', 'Belarusians'], metonyms: ['Minsk'] },
  { name: 'Poland', demonyms: ['Polish', 'Poles'], metonyms: ['Warsaw'] },
  { name: 'Spain', demonyms: ['Spanish', 'Spaniard', 'Spaniards'], metonyms: ['Madrid'] },
  { name: 'Netherlands', variants: ['Holland', 'the Netherlands'], demonyms: ['Dutch'], metonyms: ['The Hague'] },
  { name: 'Canada', demonyms: ['Canadian', 'Canadians'], metonyms: ['Ottawa'] },
  { name: 'Mexico', demonyms: ['Mexican', 'Mexicans'] },
  { name: 'Cuba', demonyms: ['Cuban', 'Cubans'], metonyms: ['Havana'] },
  { name: 'Venezuela', demonyms: ['Venezuelan', 'Venezuelans'], metonyms: ['Caracas'] },
  { name: 'Ethiopia', demonyms: ['Ethiopian', 'Ethiopians'], metonyms: ['Addis Ababa'] },
  { name: 'Eritrea', demonyms: ['Eritrean', 'Eritreans'], metonyms: ['Asmara'] },
  { name: 'Somalia', demonyms: ['Somali', 'Somalis'], metonyms: ['Mogadishu'] },
  { name: 'Yemen', demonyms: ['Yemeni', 'Yemenis'] },
  { name: 'Cyprus', demonyms: ['Cypriot', 'Cypriots'], metonyms: ['Nicosia'] },
  { name: 'Vietnam', demonyms: ['Vietnamese'], metonyms: ['Hanoi'] },
  { name: 'Philippines', variants: ['the Philippines'], demonyms: ['Filipino', 'Filipinos'], metonyms: ['Manila'] },
];

/**
 * Names the data gives to one state that the news uses for two. Reuters and AP write "Congo" for
 * the Democratic Republic of the Congo; world-countries gives it to Congo-Brazzaville.
 */
const CURATED_SHARED_NAMES: ReadonlyArray<{ name: string; countries: readonly string[] }> = [
  { name: 'Congo', countries: ['DR Congo', 'Republic of the Congo'] },
];

/**
 * Every UN member state: the curated entries above, completed with the names, demonyms and
 * capitals of the `world-countries` data (data/countryNames.json, made by
 * data/buildCountryNames.ts). A curated entry keeps its display name ("Turkey", not "Türkiye")
 * and its choice of metonyms: a capital is added only where the curated entry lists metonyms
 * at all (Libya, Yemen and Afghanistan list none). A data name another country already has is
 * dropped, so every alias has one owner.
 */
export const KNOWN_COUNTRIES: readonly CountryNames[] = withCountryData(CURATED_COUNTRIES, loadCountryData());

/**
 * Names and demonyms two states share ("Congolese": DR Congo and the Republic of the Congo), with
 * the states as KNOWN_COUNTRIES names them. The catalog gives one to the state a corpus names.
 */
export const SHARED_COUNTRY_NAMES: ReadonlyArray<{ name: string; countries: readonly string[] }> = [
  ...CURATED_SHARED_NAMES,
  ...loadSharedNames(KNOWN_COUNTRIES),
];

function loadSharedNames(countries: readonly CountryNames[]): Array<{ name: string; countries: string[] }> {
  const shared = createRequire(import.meta.url)('./data/sharedCountryNames.json') as Array<{
    name: string;
    countries: string[];
  }>;
  const owner = new Map<string, string>();
  for (const c of countries) for (const n of [c.name, ...(c.variants ?? [])]) owner.set(normalizeName(n), c.name);
  return shared.map((entry) => ({
    name: entry.name,
    countries: entry.countries.map((c) => owner.get(normalizeName(c)) ?? c),
  }));
}

interface CountryNameData {
  name: string;
  variants: string[];
  demonyms: string[];
  capitals: string[];
}

function loadCountryData(): CountryNameData[] {
  return createRequire(import.meta.url)('./data/countryNames.json') as CountryNameData[];
}

function withCountryData(curated: readonly CountryNames[], data: readonly CountryNameData[]): CountryNames[] {
  const namesOf = (c: CountryNames) => [c.name, ...(c.variants ?? []), ...(c.demonyms ?? []), ...(c.metonyms ?? [])];
  const owner = new Map<string, string>();
  for (const country of curated) for (const alias of namesOf(country)) owner.set(normalizeName(alias), country.name);
  for (const shared of CURATED_SHARED_NAMES) owner.set(normalizeName(shared.name), '');
  const merged = new Map(curated.map((country) => [country.name, { ...country }]));
  for (const entry of data) {
    const match = [entry.name, ...entry.variants]
      .map((n) => owner.get(normalizeName(n)))
      .find((name) => name !== undefined);
    const target: CountryNames = (match && merged.get(match)) || { name: entry.name };
    if (!merged.has(target.name)) {
      merged.set(target.name, target);
      owner.set(normalizeName(target.name), target.name);
    }
    const free = (names: readonly string[]) =>
      names.filter((n) => {
        const key = normalizeName(n);
        if ((owner.get(key) ?? target.name) !== target.name) return false;
        owner.set(key, target.name);
        return true;
      });
    const curatedEntry = curated.find((c) => c.name === target.name);
    const added = (list: readonly string[] | undefined, more: readonly string[]) => [
      ...new Set([...(list ?? []), ...free(more)]),
    ];
    target.variants = added(
      target.variants,
      [entry.name, ...entry.variants].filter((n) => n !== target.name),
    );
    target.demonyms = added(target.demonyms, entry.demonyms);
    if (!curatedEntry || curatedEntry.metonyms !== undefined) target.metonyms = added(target.metonyms, entry.capitals);
    else if (curatedEntry.metonyms === undefined) delete target.metonyms;
  }
  return [...merged.values()];
}

/**
 * Titles that precede a person's name and are stripped when matching people, so that
 * "Field Marshal Khalifa Haftar", "Major General Khalifa Haftar" and "Khalifa Haftar" are one
 * person. A title is zero or more TITLE_MODIFIERS followed by one TITLE_HEAD; stripping is
 * repeated ("Libya's Interior Minister Fathi Bashagha" → "Fathi Bashagha" once the possessor is
 * gone). Compared lower-cased, dots ignored ("Gen." = "gen").
 */
export const TITLE_HEADS: readonly string[] = [
  'marshal',
  'general',
  'commander',
  'president',
  'minister',
  'secretary',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'ambassador',
  'envoy',
  'king',
  'queen',
  'prince',
  'princess',
  'sheikh',
  'emir',
  'sultan',
  'senator',
  'congressman',
  'congresswoman',
  'representative',
  'governor',
  'mayor',
  'chancellor',
  'admiral',
  'colonel',
  'captain',
  'major',
  'lieutenant',
  'sergeant',
  'chairman',
  'chairwoman',
  'chair',
  'director',
  'leader',
  'chief',
  'premier',
  'speaker',
  'judge',
  'justice',
  'pope',
  'ayatollah',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'gen',
  'col',
  'lt',
  'maj',
  'capt',
  'sen',
  'rep',
  'gov',
  'pres',
  'prof',
];

/** Words that may precede a title head within the title ("deputy defence minister"). */
export const TITLE_MODIFIERS: readonly string[] = [
  'field',
  'major',
  'lieutenant',
  'brigadier',
  'rear',
  'vice',
  'deputy',
  'acting',
  'interim',
  'former',
  'prime',
  'crown',
  'chief',
  'senior',
  'top',
  'presidential',
  'foreign',
  'interior',
  'defence',
  'defense',
  'finance',
  'economy',
  'health',
  'justice',
  'state',
  'military',
  'army',
  'air',
  'force',
  'navy',
  'supreme',
  'grand',
  'first',
  'assistant',
  'general',
  'attorney',
  'special',
];

/**
 * Titles of a state's head or head of government ("President", "Prime Minister", "King"): the
 * person so titled leads the country the title names ("Kazakh President X", "X, Kazakhstan's
 * president"), and an untitled-by-country one in news leads the country the story is about, as
 * wire copy names a foreign leader's country ("Russian President Vladimir Putin"). "<leader>'s
 * government" then stands for that country. Two-word titles are written as they run.
 */
export const HEAD_OF_STATE_TITLES: readonly string[] = [
  'president',
  'prime minister',
  'premier',
  'king',
  'queen',
  'emir',
  'sultan',
  'chancellor',
];

/**
 * Role nouns naming the person at the head of an organisation. "<Organisation> commander
 * <Person>" or "<Person>, the leader of <Organisation>" links the two: the organisation is counted
 * on the person's side (see Entity.side in entityCatalog.ts).
 */
export const LEADER_ROLES: readonly string[] = [
  'commander',
  'leader',
  'head',
  'chief',
  'chairman',
  'chairwoman',
  'founder',
  'commander-in-chief',
];

/**
 * Nouns for the people or units acting for someone: "Haftar's forces", "Haftar elements",
 * "forces loyal to Haftar". Support given to them is support given to the person or
 * organisation they are named after, so they resolve to it.
 */
export const SIDE_NOUNS: readonly string[] = [
  'forces',
  'force',
  'troops',
  'elements',
  'militias',
  'militia',
  'fighters',
  'loyalists',
  'units',
  'army',
  'camp',
  'men',
  'soldiers',
  'government',
  'administration',
  'regime',
  'side',
  'faction',
  'military',
  'air force',
  'navy',
  'authorities',
  'officials',
];

/**
 * Nouns for the people and machines a state acts through. A demonym before them makes the state
 * the actor: "Russian warplanes bombed ...", "British instructors have trained ...", "Kenyan
 * police officers began arriving ..." (a demonym before other nouns stays a modifier: "Turkish
 * targets", "Sudanese civilians").
 */
export const AGENT_NOUNS: readonly string[] = [
  // "an estimated 4,000 Rwandan troops": a state's soldiers, whatever the determiner ("a Chadian militia" is not).
  'troops',
  'soldiers',
  'warplanes',
  'jets',
  'planes',
  'aircraft',
  'bombers',
  'helicopters',
  'drones',
  'ships',
  'warships',
  'navy',
  'artillery',
  'missiles',
  'instructors',
  'advisers',
  'advisors',
  'trainers',
  'pilots',
  'commandos',
  'special',
  'police',
  // A state's other uniformed forces: "the Philippine coast guard", "Iranian border guards", "Malian gendarmes".
  'guard',
  'guards',
  'gendarmerie',
  'gendarmes',
  'officers',
  'peacekeepers',
  'mercenaries',
  'contractors',
  'diplomats',
  'intelligence',
  'security',
  'paratroopers',
  'marines',
  'battalions',
  'brigades',
  'federal',
  'armed',
  'defence',
  'defense',
];

/** Heads that only count what follows "of": "thousands of Rwandan troops" are Rwandan troops. */
export const QUANTITY_NOUNS: readonly string[] = [
  'thousands',
  'hundreds',
  'dozens',
  'scores',
  'tens',
  'millions',
  'contingent',
  'battalion',
  'unit',
  'units',
  'number',
  'group',
];

/**
 * Generic nouns a passage uses for the actor it is about: "the junta", "the army", "the group",
 * "the rebels". Resolved to the actor the document last described that way ("Mali's military
 * junta", "the Houthi rebels", "The council, a separatist movement") or, for organisations, to
 * the last organisation named just before.
 */
export const GENERIC_ACTOR_NOUNS: readonly string[] = [
  'junta',
  'military',
  'army',
  'government',
  'regime',
  'authorities',
  'administration',
  'group',
  'movement',
  'rebels',
  'militia',
  'council',
  'coalition',
  'alliance',
  'front',
  'separatists',
  'insurgents',
  'militants',
  'guerrillas', // "The guerrillas, who have long operated from Venezuela": like "rebels" and "insurgents"
  'jihadists',
  'force',
  'paramilitaries',
  'organisation',
  'organization',
  'party',
  'faction',
  'police',
  'gendarmerie',
];

/**
 * A region that acts as a polity: "the separatist region has relied on Moscow", "the breakaway
 * enclave". Only with one of POLITY_ADJECTIVES before it does such a noun refer back to the
 * region the article named; "weapons sent to the region" is a place, not an actor.
 */
export const POLITY_NOUNS: readonly string[] = ['region', 'enclave', 'territory', 'republic'];

/**
 * A side's proposals: backing "Morocco's autonomy plan" is backing Morocco, and a later "the plan"
 * stands for the side whose plan the document last named (describedActors).
 */
export const PROPOSAL_NOUNS: readonly string[] = ['plan', 'proposal', 'initiative', 'bid', 'offer', 'claim'];
export const POLITY_ADJECTIVES: readonly string[] = [
  'separatist',
  'breakaway',
  'secessionist',
  'rebel',
  'rebel-held',
  'self-declared',
  'self-proclaimed',
];

/**
 * A state's own forces by their formal name: "<country or demonym> [national|federal|royal|people's]
 * <one of these>" ("Lebanese Armed Forces", "Somali National Army") is on
 * that country's side, so who-backs Lebanon includes the backers of its army. A middle word outside
 * that short list makes a movement, not the state ("Sudan Liberation Army", "Free Syrian Army"). The
 * police are left out: backing a country's police is not backing its government's war.
 */
export const STATE_FORCE_HEADS: readonly string[] = [
  'armed forces',
  'defence forces',
  'defense forces',
  'defence force',
  'defense force',
  'army',
  'navy',
  'air force',
  'security forces',
  'coast guard',
  'national guard', // "the Cypriot National Guard", "Venezuela's National Guard": a state's own force
  // "Royal Solomon Islands Police Force", "Nigeria Police Force": a state's police is its force too.
  'police force',
];
export const STATE_FORCE_MODIFIERS: readonly string[] = ['national', 'federal', 'royal', "people's", 'republican'];

/**
 * The last words of a state's formal name for its armed forces ("Sudanese Armed Forces", "South
 * Sudan People's Defence Forces"): such a name is what "the army" and "the military" stand for.
 */
export const ARMED_FORCES_NAMES: readonly string[] = ['armed forces', 'defence forces', 'defense forces'];

/** Of those, the nouns for a state's own rulers and forces ("the junta in Bamako", "the army"): they stand for a country. */
/**
 * Nouns for those who rule a state, which name an organ in apposition: "Guinea-Bissau's military
 * rulers, the High Military Command ...", "Niger's junta, the CNSP", "Libya's internationally
 * recognised government, the GNA": the organ goes on the state's side.
 */
export const STATE_RULER_NOUNS: readonly string[] = ['junta', 'rulers', 'government', 'regime', 'authorities'];

export const STATE_ACTOR_NOUNS: readonly string[] = [
  'junta',
  'juntas',
  'military',
  'army',
  'government',
  'governments',
  'regime',
  'authorities',
  'administration',
  // A state's military police in the Sahel and elsewhere: "attacked a gendarmerie post".
  'gendarmerie',
];

/**
 * Generic nouns of non-state armed groups, which a text uses for the same group in turn ("a
 * militia widely seen as a proxy of Iran" ... "the group"): a name described with one of them is an
 * armed group the document is about.
 */
export const ARMED_GROUP_NOUNS: readonly string[] = [
  'group',
  'movement',
  'rebels',
  'militia',
  'front',
  'separatists',
  'insurgents',
  'militants',
  'guerrillas',
  'jihadists',
  'paramilitaries',
  'faction',
];

/**
 * Of those, the ones taken, left undescribed, for that main armed group ("the group", "the
 * militants"): the ones the relations tune half was checked with.
 */
export const ARMED_GROUP_REFERENCES: readonly string[] = ['group', 'militants', 'insurgents', 'rebels', 'militia'];
