/**
 * The words that state opposition, as data: attacks, strikes, threats, sanctions and
 * condemnations. They make `opposes` relations, kept apart from support (a threat is never
 * backing, a backer is never an opponent). Same shape as the support lexicon.
 */
import { createRequire } from 'node:module';
import { WORDNET_CUES } from './wordnetCues.ts';
import { verbForms } from './functionWords.ts';
import { type SupportCue, wordnetCuesOf } from './supportLexicon.ts';
import type { Token } from './tokenize.ts';

/** Verbs whose object is the one opposed: "X struck Y", "X sanctioned Y", "X warned Y". `support` holds the kind of opposition. */
export const OPPOSING_VERB_CUES: readonly SupportCue[] = [
  {
    lemma: 'attack',
    forms: verbForms('attack'),
    support: 'attacks',
    confidence: 0.85,
    reason: 'armed attack on a side',
  },
  {
    lemma: 'strike',
    forms: ['strike', 'strikes', 'struck', 'striking', 'stricken'],
    support: 'strikes',
    confidence: 0.85,
    reason: 'air or missile strikes',
  },
  { lemma: 'bomb', forms: verbForms('bomb'), support: 'strikes', confidence: 0.85, reason: 'bombing' },
  {
    lemma: 'shell',
    forms: verbForms('shell', 'shelled', 'shelling'),
    support: 'attacks',
    confidence: 0.85,
    reason: 'artillery fire',
  },
  { lemma: 'raid', forms: verbForms('raid'), support: 'attacks', confidence: 0.8, reason: 'a raid' },
  {
    lemma: 'bombard',
    forms: verbForms('bombard'),
    support: 'strikes',
    confidence: 0.85,
    reason: 'sustained shelling or bombing (the seed of the GloVe attack proposals)',
  },
  {
    lemma: 'pound',
    forms: verbForms('pound'),
    support: 'strikes',
    confidence: 0.75,
    reason: '"Russian jets pounded rebel positions"; a pound of money is a noun and told apart by isNounUse',
  },
  {
    lemma: 'storm',
    forms: verbForms('storm'),
    support: 'attacks',
    confidence: 0.75,
    reason: 'an assault on a position or building ("stormed the barracks")',
  },
  {
    lemma: 'battle',
    forms: verbForms('battle', 'battled', 'battling'),
    support: 'fighting',
    confidence: 0.75,
    reason: 'fighting a side ("battled the rebels", "battling against the army")',
  },
  {
    lemma: 'target',
    forms: verbForms('target', 'targeted', 'targeting'),
    support: 'attacks',
    confidence: 0.8,
    reason: 'targeting, also as a threat ("will target")',
  },
  {
    lemma: 'ambush',
    forms: verbForms('ambush', 'ambushed', 'ambushing', 'ambushes'),
    support: 'attacks',
    confidence: 0.8,
    reason: 'an ambush',
  },
  {
    lemma: 'invade',
    forms: verbForms('invade', 'invaded', 'invading'),
    support: 'attacks',
    confidence: 0.85,
    reason: 'invasion',
  },
  {
    lemma: 'fight',
    forms: verbForms('fight', 'fought', 'fighting'),
    support: 'fighting',
    confidence: 0.75,
    reason: 'fighting against; "fought alongside" is support and read elsewhere',
  },
  {
    lemma: 'sanction',
    forms: verbForms('sanction'),
    support: 'sanctions',
    confidence: 0.85,
    reason: 'sanctions imposed',
  },
  {
    lemma: 'condemn',
    forms: verbForms('condemn'),
    support: 'condemnation',
    confidence: 0.75,
    reason: 'public condemnation',
  },
  {
    lemma: 'denounce',
    forms: verbForms('denounce', 'denounced', 'denouncing'),
    support: 'condemnation',
    confidence: 0.75,
    reason: 'public condemnation',
  },
  {
    lemma: 'threaten',
    forms: verbForms('threaten'),
    support: 'threats',
    confidence: 0.7,
    reason: 'a threat against a side',
  },
  {
    lemma: 'kill',
    forms: verbForms('kill'),
    support: 'attacks',
    confidence: 0.7,
    reason:
      'killing a side\'s soldiers or officials ("killed dozens of Indonesian soldiers"); victims that name no side ("killed 12 civilians") resolve to no actor',
  },
  {
    lemma: 'capture',
    forms: verbForms('capture', 'captured', 'capturing'),
    support: 'attacks',
    confidence: 0.7,
    reason:
      'taking a side\'s fighters or positions ("captured four fighters of the group", "captured positions held by X"); a captured town names no side',
  },
  {
    lemma: 'dismantle',
    forms: verbForms('dismantle', 'dismantled', 'dismantling'),
    support: 'attacks',
    confidence: 0.7,
    reason: 'breaking up a side\'s cell or network ("dismantled a cell of X")',
  },

  {
    lemma: 'designate',
    forms: verbForms('designate', 'designated', 'designating'),
    support: 'terrorist designation',
    confidence: 0.8,
    reason: 'listing a group as terrorist ("designated X a terrorist organisation"); other designations are neutral',
    needsAfter: ['terrorist', 'terror', 'terrorists'],
  },
  {
    lemma: 'declare',
    forms: verbForms('declare', 'declared', 'declaring'),
    support: 'terrorist designation',
    confidence: 0.8,
    reason: 'declaring a group terrorist ("declared X a terrorist group"); other declarations are neutral',
    needsAfter: ['terrorist', 'terror', 'terrorists'],
  },
  {
    lemma: 'list',
    forms: ['listed', 'listing', 'lists'],
    support: 'terrorist designation',
    confidence: 0.8,
    reason:
      'listing a group as terrorist ("has listed X as a terrorist organisation"); "list" itself is mostly the noun',
    needsAfter: ['terrorist', 'terror', 'terrorists'],
  },
  {
    lemma: 'kidnap',
    forms: ['kidnap', 'kidnaps', 'kidnapped', 'kidnapping', 'kidnaped', 'abduct', 'abducts', 'abducted', 'abducting'],
    support: 'attacks',
    confidence: 0.7,
    reason: 'taking a side\'s people hostage ("kidnapped a New Zealand pilot", "abducted two Chadian engineers")',
  },
  {
    lemma: 'crush',
    forms: verbForms('crush', 'crushed', 'crushing', 'crushes'),
    support: 'attacks',
    confidence: 0.7,
    reason: 'putting down a side by force ("vowed to crush the rebels"); a crushed protest names no side',
  },
  {
    lemma: 'clash',
    forms: verbForms('clash', 'clashed', 'clashing', 'clashes'),
    support: 'fighting',
    confidence: 0.75,
    reason:
      'fighting a side ("X clashed with Y"), read as the subject opposing the one after "with" (reading it both ways lost precision on the unseen set)',
    objectAfterWith: true,
  },
  {
    lemma: 'fire',
    forms: ['fire', 'fires', 'fired', 'firing'],
    support: 'attacks',
    confidence: 0.7,
    reason:
      'firing whatever it is at a side ("fired artillery at Sri Lankan army positions", "troops fired on protesters"); only with its target after "at", "on" or "into" ("fired its commander" is a dismissal)',
    targetAfter: ['at', 'on', 'into'],
  },
  {
    lemma: 'campaign',
    // Only the forms no noun shares: "a campaign against", "rebel positions", "the struggle" stay nouns.
    forms: [
      'campaigned',
      'rebelled',
      'rebelling',
      'revolted',
      'struggled',
      'mobilised',
      'mobilized',
      'agitated',
      'agitating',
    ],
    support: 'opposition',
    confidence: 0.7,
    reason:
      'acting against a side ("has campaigned against Ortega\'s rule", "rebelled against the junta"); only with "against" after it ("campaigned for office" names no side); a diplomatic protest is not read as opposition',
    targetAfter: ['against'],
  },
  {
    lemma: 'accuse',
    forms: verbForms('accuse', 'accused', 'accusing'),
    support: 'accusations',
    confidence: 0.65,
    reason:
      'a government accusing another side of backing or attacking someone ("accused Iran of arming the group"); what the accused did is read separately as a claim',
    chargesAct: true,
  },
  {
    lemma: 'warn',
    forms: verbForms('warn'),
    support: 'warnings',
    confidence: 0.65,
    reason: 'a warning to a side ("warned Azerbaijan against any attack")',
  },
];

/**
 * Attack verbs the GloVe vectors proposed and a reader accepted (data/generalisedOpposingCues.json,
 * made by data/buildGeneralisedCues.ts): "besieged the town", "sought to topple the junta" need no rule.
 */
export const GENERALISED_OPPOSING_CUES: readonly SupportCue[] = (
  createRequire(import.meta.url)('./data/generalisedOpposingCues.json') as Array<{
    lemma: string;
    forms: string[];
    accepted: boolean;
    reason: string;
  }>
)
  .filter((cue) => cue.accepted)
  .map((cue) => ({ lemma: cue.lemma, forms: cue.forms, support: 'attacks', confidence: 0.7, reason: cue.reason }));

/** "strafed the convoy", "decried the junta": verbs WordNet files under an opposing cue's sense, with its kind. */
export const WORDNET_OPPOSING_CUES: readonly SupportCue[] = wordnetCuesOf('opposing', OPPOSING_VERB_CUES);

export const OPPOSING_VERBS: ReadonlyMap<string, SupportCue> = new Map(
  [...WORDNET_OPPOSING_CUES, ...GENERALISED_OPPOSING_CUES, ...OPPOSING_VERB_CUES].flatMap((cue) =>
    cue.forms.map((form) => [form, cue] as const),
  ),
);

/** Nouns of hostile acts, with the kind shown: "strikes on Y", "sanctions against Y", "Turkish attacks on Y". */
export const LISTED_OPPOSITION_NOUNS: ReadonlyMap<string, string> = new Map([
  ['strike', 'strikes'],
  ['strikes', 'strikes'],
  ['airstrike', 'strikes'],
  ['airstrikes', 'strikes'],
  ['attack', 'attacks'],
  ['attacks', 'attacks'],
  ['raid', 'attacks'],
  ['raids', 'attacks'],
  ['offensive', 'attacks'],
  ['offensives', 'attacks'], // "launched offensives against": the plurals of the acts, as of "strikes" and "raids"
  ['bombing', 'strikes'],
  ['bombings', 'strikes'],
  ['bombardment', 'strikes'],
  ['bombardments', 'strikes'],
  ['shelling', 'attacks'],
  ['sanctions', 'sanctions'],
  ['embargo', 'sanctions'],
  ['threats', 'threats'],
  ['threat', 'threats'],
  ['war', 'fighting'],
  ['campaign', 'attacks'],
  // "fired rockets at Y", "launched missiles into Y", "opened fire on Y": what is fired names the attack.
  ['rockets', 'attacks'],
  ['rocket', 'attacks'],
  ['missiles', 'attacks'],
  ['missile', 'attacks'],
  ['shells', 'attacks'],
  ['mortars', 'attacks'],
  ['fire', 'attacks'],
  ['cannon', 'attacks'],
  // "led a military coalition against the Houthis": an alliance formed to fight a side.
  ['coalition', 'fighting'],
]);

/**
 * With the nouns WordNet files under a listed one's sense (data/wordnetCues.json): "an incursion
 * into", "a barrage on", "the onslaught against" show the kind of the noun they stand under.
 */
const WORDNET_NOUNS = WORDNET_CUES.filter((cue) => cue.slot === 'opposition-noun');

export const OPPOSITION_NOUNS: ReadonlyMap<string, string> = new Map([
  ...WORDNET_NOUNS.flatMap((cue) => {
    const kind = LISTED_OPPOSITION_NOUNS.get(cue.nearest);
    return kind === undefined ? [] : cue.forms.map((form) => [form, kind] as const);
  }),
  ...LISTED_OPPOSITION_NOUNS,
]);

/** Of those, the ones hostile only with "against": "a coalition against Y" fights Y, "a coalition on trade" does not. */
export const AGAINST_ONLY_NOUNS: ReadonlySet<string> = new Set(['coalition']);
/** Of those, the projectiles, which also take "at"/"into": "fired rockets at Y" ("a strike at dawn" is no target). */
export const PROJECTILE_NOUNS: ReadonlySet<string> = new Set([
  'rockets',
  'rocket',
  'missiles',
  'missile',
  'shells',
  'mortars',
  'fire',
  'cannon', // "fired water cannon at a supply boat"
  // The kinds of fire WordNet lists ("attack#1 > fire > barrage"): "a barrage at", "a volley of rockets into".
  ...WORDNET_NOUNS.filter((cue) => cue.path.split(' > ').includes('fire')).flatMap((cue) => cue.forms),
]);

/** Verbs whose subject is a hostile act and whose object its target: "Turkish drone strikes hit PKK positions". */
export const HITTING_VERBS: ReadonlySet<string> = new Set([
  ...verbForms('hit', 'hit', 'hitting', 'hits'),
  ...verbForms('pound', 'pounded', 'pounding'),
  ...verbForms('target', 'targeted', 'targeting'),
  ...verbForms('strike', 'struck', 'striking'),
  ...verbForms('destroy', 'destroyed', 'destroying'),
  ...verbForms('rock', 'rocked', 'rocking'),
]);

/** The preposition after an opposition noun that introduces its target, if it is one. */
export function opensTarget(noun: string, preposition: string): boolean {
  if (preposition === 'against') return true;
  if (AGAINST_ONLY_NOUNS.has(noun)) return false;
  return preposition === 'on' || (PROJECTILE_NOUNS.has(noun) && (preposition === 'at' || preposition === 'into'));
}

/** Nouns for the parts of a side that are hit: "positions of Y", "Houthi radar sites", "Moroccan army positions". */
export const TARGET_NOUNS: readonly string[] = [
  'positions',
  'position',
  'targets',
  'bases',
  'base',
  'commanders',
  'checkpoints',
  'convoys',
  'facilities',
  'sites',
  'strongholds',
  'camps',
  'leaders',
  'leadership',
  'network',
  'networks',
  'minister',
  'ministers',
  'companies',
  'posts',
  'stations',
  'interests',
  'territory',
  'offensive',
  'barracks',
  'post',
  'outposts',
  'outpost',
  'patrols',
  'patrol',
  'convoy',
  'headquarters',
  // A state's military and economic assets: "struck Russian oil depots", "seized Iranian tankers".
  'depots',
  'depot',
  'refineries',
  'refinery',
  'airfields',
  'airfield',
  'airbase',
  'airbases',
  'tankers',
  'vessels',
  'warships',
  'infrastructure',
  'installations',
  'embassy',
  'officials',
  // Where a side hides or lives, hit in its name: "shelled hideouts of X", "fired rockets at Thai villages".
  'hideouts',
  'hideout',
  // A group's underground units: "dismantled a cell of X", "raided an Islamic State cell".
  'cell',
  'cells',
  'villages',
  'towns',
  'boats',
  'boat',
  'ships',
];

/** Cheap pre-filter, like isSupportCue. */
export function isOppositionCue(token: Token): boolean {
  return token.kind === 'word' && (OPPOSING_VERBS.has(token.key) || OPPOSITION_NOUNS.has(token.key));
}
