/**
 * The words that state support, as data: each cue with the kind of support it names, how sure
 * a plain statement with it is, and why it is a cue (compromise's model/ files are the model).
 * The patterns in ../relations/patterns read these tables; adding a word here needs no code.
 */
import { createRequire } from 'node:module';
import { WORDNET_CUES } from './wordnetCues.ts';
import type { Token } from './tokenize.ts';
import { verbForms } from './functionWords.ts';

/** A verb that states support, with all its forms. */
export interface SupportCue {
  lemma: string;
  forms: readonly string[];
  /** Kind of support shown to users ("backing", "funding"); '' for transfer verbs, whose kind is the material moved. */
  support: string;
  /** 0..1 for a plain active statement. */
  confidence: number;
  reason: string;
  /**
   * Words one of which must follow the cue within its clause for it to count: "designated X a
   * terrorist organisation" opposes X, "designated X as envoy" does not.
   */
  needsAfter?: readonly string[];
  /**
   * An accusation: it counts only when the accused is charged with an act, a gerund ("accused Iran
   * of arming the group"), not with a noun ("accused the minister of corruption").
   */
  chargesAct?: boolean;
  /** The one opposed follows "with" ("X clashed with Y"); the verb without "with" names no side. */
  objectAfterWith?: boolean;
  /**
   * The one opposed follows one of these prepositions, past what the verb moves ("fired artillery at
   * Y", "fired on Y"); the verb without them names no side ("fired its commander").
   */
  targetAfter?: readonly string[];
  /** A transfer verb whose recipient follows this preposition rather than "to" ("shared intelligence with Y"). */
  recipientAfter?: string;
}

/** Verbs whose object is the one supported: "X backs Y". */
export const BACKING_VERB_CUES: readonly SupportCue[] = [
  {
    lemma: 'back',
    forms: verbForms('back'),
    support: 'backing',
    confidence: 0.9,
    reason: 'the ordinary news verb for political or military support',
  },
  { lemma: 'support', forms: verbForms('support'), support: 'backing', confidence: 0.9, reason: 'support in general' },
  {
    lemma: 'sponsor',
    forms: verbForms('sponsor'),
    support: 'backing',
    confidence: 0.85,
    reason: 'state sponsorship of an armed group',
  },
  {
    lemma: 'endorse',
    forms: verbForms('endorse', 'endorsed', 'endorsing'),
    support: 'political support',
    confidence: 0.75,
    reason: 'public, political backing; weaker than material help',
  },
  { lemma: 'fund', forms: verbForms('fund'), support: 'funding', confidence: 0.85, reason: 'money given' },
  {
    lemma: 'finance',
    forms: verbForms('finance', 'financed', 'financing', 'finances'),
    support: 'funding',
    confidence: 0.85,
    reason: 'money given',
  },
  {
    lemma: 'bankroll',
    forms: verbForms('bankroll'),
    support: 'funding',
    confidence: 0.85,
    reason: 'money given, informal',
  },
  {
    lemma: 'arm',
    forms: verbForms('arm'),
    support: 'weapons',
    confidence: 0.85,
    reason: 'weapons given; "arms" the noun is told apart by isNounUse',
  },
  {
    lemma: 'equip',
    forms: verbForms('equip', 'equipped', 'equipping'),
    support: 'weapons',
    confidence: 0.8,
    reason: 'materiel given',
  },
  {
    lemma: 'train',
    forms: verbForms('train'),
    support: 'training',
    confidence: 0.8,
    reason: 'military training of a force',
  },
  {
    lemma: 'aid',
    forms: verbForms('aid'),
    support: 'assistance',
    confidence: 0.7,
    reason: 'help of any kind; vaguer, so less sure',
  },
  { lemma: 'assist', forms: verbForms('assist'), support: 'assistance', confidence: 0.7, reason: 'help of any kind' },
  {
    lemma: 'prop',
    forms: verbForms('prop', 'propped', 'propping'),
    support: 'backing',
    confidence: 0.8,
    reason: '"propped up the regime": keeping a side from falling (the particle "up" is skipped)',
  },
  {
    lemma: 'shore',
    forms: verbForms('shore', 'shored', 'shoring'),
    support: 'backing',
    confidence: 0.75,
    reason: '"shored up the government"',
  },
  {
    lemma: 'help',
    forms: verbForms('help'),
    support: 'assistance',
    confidence: 0.7,
    reason: 'help of any kind; often in purpose clauses ("to help it repel ...")',
  },
];

/** Verbs moving material to a recipient: "X sent warplanes to Y", "X provided Y with arms". The kind is the material. */
export const TRANSFER_VERB_CUES: readonly SupportCue[] = [
  {
    lemma: 'send',
    forms: verbForms('send', 'sent', 'sending'),
    support: '',
    confidence: 0.85,
    reason: 'troops or materiel sent to a side',
  },
  {
    lemma: 'send',
    forms: verbForms('dispatch', 'dispatched', 'dispatching', 'dispatches'),
    support: '',
    confidence: 0.85,
    reason: 'a formal "send"',
  },
  { lemma: 'deliver', forms: verbForms('deliver'), support: '', confidence: 0.85, reason: 'materiel handed over' },
  {
    lemma: 'supply',
    forms: verbForms('supply', 'supplied', 'supplying', 'supplies'),
    support: '',
    confidence: 0.85,
    reason: 'an arms supplier',
  },
  {
    lemma: 'provide',
    forms: verbForms('provide', 'provided', 'providing'),
    support: '',
    confidence: 0.85,
    reason: 'support provided',
  },
  {
    lemma: 'ship',
    forms: verbForms('ship', 'shipped', 'shipping'),
    support: '',
    confidence: 0.85,
    reason: 'materiel shipped',
  },
  {
    lemma: 'give',
    forms: verbForms('give', 'gave', 'giving', 'gives', 'given'),
    support: '',
    confidence: 0.8,
    reason: 'aid given',
  },
  {
    lemma: 'transfer',
    forms: verbForms('transfer', 'transferred', 'transferring'),
    support: '',
    confidence: 0.8,
    reason: 'arms transferred',
  },
  {
    lemma: 'sell',
    forms: verbForms('sell', 'sold', 'selling'),
    support: '',
    confidence: 0.7,
    reason: 'an arms sale: support, though a commercial one',
  },
  {
    lemma: 'lend',
    forms: verbForms('lend', 'lent', 'lending'),
    support: '',
    confidence: 0.8,
    reason: 'money or materiel lent',
  },
  { lemma: 'offer', forms: verbForms('offer'), support: '', confidence: 0.7, reason: 'support offered, not yet given' },
  { lemma: 'extend', forms: verbForms('extend'), support: '', confidence: 0.8, reason: '"extended credit lines to"' },
  {
    lemma: 'pledge',
    forms: verbForms('pledge', 'pledged', 'pledging'),
    support: '',
    confidence: 0.75,
    reason: 'support promised',
  },
  {
    lemma: 'fly',
    forms: [...verbForms('fly', 'flew', 'flying', 'flies', 'flown'), ...verbForms('airlift')],
    support: '',
    confidence: 0.8,
    reason:
      'troops or materiel moved by air ("flew paratroopers to"); flying somewhere with nothing carried names no material',
  },
  {
    lemma: 'share',
    forms: verbForms('share', 'shared', 'sharing'),
    support: '',
    confidence: 0.75,
    reason: 'intelligence or equipment shared "with" a side; sharing a border or a view names no material',
    recipientAfter: 'with',
  },
];

/** Nouns of a transfer, read with "of" the thing moved and "to" the recipient: "the deployment of Kenyan police to Haiti". */
export const TRANSFER_NOUNS: ReadonlyMap<string, SupportCue> = new Map(
  [
    { lemma: 'deployment', forms: ['deployment', 'deployments'], reason: 'troops or police sent abroad' },
    { lemma: 'delivery', forms: ['delivery', 'deliveries'], reason: 'materiel handed over' },
    { lemma: 'shipment', forms: ['shipment', 'shipments'], reason: 'materiel shipped' },
    { lemma: 'transfer', forms: ['transfer', 'transfers'], reason: 'arms transferred' },
    { lemma: 'supply', forms: ['supply', 'supplies'], reason: 'an arms supplier' },
    { lemma: 'sale', forms: ['sale', 'sales'], reason: 'an arms sale: support, though a commercial one' },
  ].flatMap(({ lemma, forms, reason }) =>
    forms.map((form) => [form, { lemma, forms, support: '', confidence: 0.8, reason }] as const),
  ),
);

/** "Y receives air support from X". */
export const RECEIVING_VERB_CUES: readonly SupportCue[] = [
  {
    lemma: 'receive',
    forms: verbForms('receive', 'received', 'receiving'),
    support: '',
    confidence: 0.8,
    reason: "the recipient's side of a transfer",
  },
  {
    lemma: 'get',
    forms: verbForms('get', 'got', 'getting', 'gets', 'gotten'),
    support: '',
    confidence: 0.7,
    reason: 'informal "receive"',
  },
  {
    lemma: 'obtain',
    forms: verbForms('obtain'),
    support: '',
    confidence: 0.75,
    reason: 'materiel acquired from a supplier',
  },
  { lemma: 'accept', forms: verbForms('accept'), support: '', confidence: 0.7, reason: 'support accepted' },
  {
    lemma: 'take delivery',
    forms: verbForms('take', 'took', 'taking', 'takes', 'taken'),
    support: '',
    confidence: 0.75,
    reason:
      'the recipient\'s side of a delivery ("took delivery of four patrol boats from the United States"); only right before "delivery" ("took weapons from the army" is a capture)',
    needsAfter: ['delivery'],
  },
  {
    lemma: 'buy',
    forms: verbForms('buy', 'bought', 'buying', 'buys'),
    support: '',
    confidence: 0.7,
    reason: 'the buyer\'s side of an arms sale ("bought drones from Turkey"), as "sell" is the seller\'s',
  },
  {
    lemma: 'purchase',
    forms: verbForms('purchase', 'purchased', 'purchasing'),
    support: '',
    confidence: 0.7,
    reason: 'a formal "buy"',
  },
  {
    lemma: 'acquire',
    forms: verbForms('acquire', 'acquired', 'acquiring'),
    support: '',
    confidence: 0.7,
    reason: 'materiel acquired from a supplier',
  },
  {
    lemma: 'import',
    forms: verbForms('import'),
    support: '',
    confidence: 0.65,
    reason: 'arms imported from a supplier',
  },
];

function cueMap(cues: readonly SupportCue[]): ReadonlyMap<string, SupportCue> {
  const map = new Map<string, SupportCue>();
  for (const cue of cues) for (const form of cue.forms) map.set(form, cue);
  return map;
}

/**
 * Backing verbs the GloVe vectors proposed and a reader accepted (data/generalisedCues.json, made by
 * data/buildGeneralisedCues.ts): "underwrote the junta's budget" needs no rule of its own.
 */
export const GENERALISED_BACKING_CUES: readonly SupportCue[] = (
  createRequire(import.meta.url)('./data/generalisedCues.json') as Array<{
    lemma: string;
    forms: string[];
    nearest: string;
    accepted: boolean;
    reason: string;
  }>
)
  .filter((cue) => cue.accepted)
  .map((cue) => ({
    lemma: cue.lemma,
    forms: cue.forms,
    support: ['fund', 'finance', 'bankroll'].includes(cue.nearest) ? 'funding' : 'backing',
    confidence: 0.7,
    reason: cue.reason,
  }));

/**
 * A verb WordNet files under a cue's sense, read as that cue with less confidence: its kind, its
 * slot (data/wordnetCues.json, made by data/buildWordnetCues.ts). `listed` are the slot's hand cues.
 */
export function wordnetCuesOf(slot: 'backing' | 'opposing', listed: readonly SupportCue[]): SupportCue[] {
  return WORDNET_CUES.flatMap((cue) => {
    const seed = cue.slot === slot ? listed.find((c) => c.lemma === cue.nearest) : undefined;
    if (!seed) return [];
    return [
      {
        lemma: cue.lemma,
        forms: cue.forms,
        support: seed.support,
        confidence: Math.round((seed.confidence - 0.1) * 100) / 100,
        reason: cue.reason,
      },
    ];
  });
}

/** "strafed", "bankrolled", "rearmed": verbs WordNet files under a backing cue's sense. */
export const WORDNET_BACKING_CUES: readonly SupportCue[] = wordnetCuesOf('backing', BACKING_VERB_CUES);

// Listed cues last: a derived form never replaces a listed one.
export const BACKING_VERBS = cueMap([...WORDNET_BACKING_CUES, ...GENERALISED_BACKING_CUES, ...BACKING_VERB_CUES]);
export const TRANSFER_VERBS = cueMap(TRANSFER_VERB_CUES);
export const RECEIVING_VERBS = cueMap(RECEIVING_VERB_CUES);

/**
 * A verb whose backing sense lies in the words after it, an idiom or light-verb phrase: "sided
 * with Y", "threw its weight behind Y", "came to the aid of Y". The object follows the tail.
 */
export interface PhrasalSupportCue extends SupportCue {
  /**
   * The words between the verb and its object; '*' stands for a possessive pronoun ("its", "their"),
   * '#' for the object itself as a possessor ("came to Dodik's defence").
   */
  tail: readonly string[];
  /** 'opposes' for an idiom of hostility ("severed ties with Y"); support otherwise. */
  stance?: 'opposes';
}

export const PHRASAL_BACKING_CUES: readonly PhrasalSupportCue[] = [
  {
    lemma: 'side with',
    forms: verbForms('side', 'sided', 'siding'),
    tail: ['with'],
    support: 'political support',
    confidence: 0.75,
    reason: 'taking one side in a dispute or war',
  },
  {
    lemma: 'stand with',
    forms: verbForms('stand', 'stood', 'standing'),
    tail: ['with'],
    support: 'political support',
    confidence: 0.7,
    reason: 'solidarity declared with a side ("said it stood with Bogota")',
  },
  {
    lemma: 'stand by',
    forms: verbForms('stand', 'stood', 'standing'),
    tail: ['by'],
    support: 'political support',
    confidence: 0.7,
    reason: 'loyalty to a side; an object that is no actor ("stood by its decision") makes nothing',
  },
  {
    lemma: 'stand behind',
    forms: verbForms('stand', 'stood', 'standing'),
    tail: ['behind'],
    support: 'political support',
    confidence: 0.7,
    reason: 'backing a side',
  },
  {
    lemma: 'throw weight behind',
    forms: verbForms('throw', 'threw', 'throwing', 'throws', 'thrown'),
    tail: ['*', 'weight', 'behind'],
    support: 'political support',
    confidence: 0.75,
    reason: 'the idiom for lending influence to a side or its cause',
  },
  {
    lemma: 'put weight behind',
    forms: verbForms('put', 'put', 'putting', 'puts'),
    tail: ['*', 'weight', 'behind'],
    support: 'political support',
    confidence: 0.75,
    reason: 'the same idiom with another light verb',
  },
  {
    lemma: 'rally behind',
    forms: verbForms('rally', 'rallied', 'rallying', 'rallies'),
    tail: ['behind'],
    support: 'political support',
    confidence: 0.7,
    reason: 'closing ranks behind a side',
  },
  {
    lemma: 'fight on behalf of',
    forms: verbForms('fight', 'fought', 'fighting'),
    tail: ['on', 'behalf', 'of'],
    support: 'fighting',
    confidence: 0.8,
    reason:
      'fighting as a side\'s proxy or ally ("Wagner fought on behalf of the junta"); a bare "fought for" also takes causes and towns',
  },
  // "Australia has conducted joint sails with the Philippine navy", "held joint exercises with": forces working together.
  ...[
    { lemma: 'conduct', forms: verbForms('conduct'), lead: [] },
    { lemma: 'hold', forms: verbForms('hold', 'held', 'holding', 'holds', 'held'), lead: [] },
    { lemma: 'stage', forms: verbForms('stage', 'staged', 'staging'), lead: [] },
    { lemma: 'carry out', forms: verbForms('carry', 'carried', 'carrying', 'carries'), lead: ['out'] },
  ].flatMap(({ lemma, forms, lead }) =>
    ['exercises', 'drills', 'patrols', 'sails', 'operations', 'manoeuvres', 'maneuvers'].map(
      (noun): PhrasalSupportCue => ({
        lemma: `${lemma} joint ${noun} with`,
        forms,
        tail: [...lead, 'joint', noun, 'with'],
        support: 'military cooperation',
        confidence: 0.7,
        reason: 'armed forces training or operating together',
      }),
    ),
  ),
  // "Algiers severed diplomatic relations with Rabat", "cut ties with", "broke off relations with": a rupture is hostility.
  ...[
    { lemma: 'sever', forms: verbForms('sever'), lead: [] },
    { lemma: 'cut', forms: verbForms('cut', 'cut', 'cutting'), lead: [] },
    { lemma: 'break off', forms: verbForms('break', 'broke', 'breaking', 'breaks', 'broken'), lead: ['off'] },
  ].flatMap(({ lemma, forms, lead }) =>
    [['relations'], ['ties'], ['diplomatic', 'relations'], ['diplomatic', 'ties']].map(
      (noun): PhrasalSupportCue => ({
        lemma: `${lemma} ${noun.join(' ')} with`,
        forms,
        tail: [...lead, ...noun, 'with'],
        support: 'severed relations',
        confidence: 0.75,
        reason: 'breaking off relations with a state or group: a diplomatic act of hostility',
        stance: 'opposes',
      }),
    ),
  ),
  // "came to the aid of Kosovo police", "Moscow came to Dodik's defence", "rushed to Kyiv's aid".
  ...['aid', 'rescue', 'assistance', 'defence', 'defense'].flatMap((noun): PhrasalSupportCue[] =>
    [
      { lemma: 'come', forms: verbForms('come', 'came', 'coming', 'comes', 'come') },
      { lemma: 'rush', forms: verbForms('rush', 'rushed', 'rushing', 'rushes') },
    ].flatMap(({ lemma, forms }) =>
      [
        [`${lemma} to the ${noun} of`, ['to', 'the', noun, 'of']],
        [`${lemma} to X's ${noun}`, ['to', '#', noun]],
      ].map(([name, tail]) => ({
        lemma: name as string,
        forms,
        tail: tail as string[],
        support: noun === 'defence' || noun === 'defense' ? 'backing' : 'assistance',
        confidence: 0.75,
        reason: 'intervening to help a side that is in trouble',
      })),
    ),
  ),
];

/** Phrasal cues by the form of their verb. */
export const PHRASAL_BACKING_VERBS: ReadonlyMap<string, readonly PhrasalSupportCue[]> = (() => {
  const map = new Map<string, PhrasalSupportCue[]>();
  for (const cue of PHRASAL_BACKING_CUES) for (const form of cue.forms) map.set(form, [...(map.get(form) ?? []), cue]);
  return map;
})();

/**
 * Nouns of patronage in a prepositional frame: "Y operated with the protection of X", "militias
 * on the payroll of X", "under the patronage of X": X backs the subject of the clause the frame
 * is in. Each noun lists the prepositions that open the frame (a bare "of the payroll" is no frame).
 */
export const PATRONAGE_FRAMES: ReadonlyMap<
  string,
  { prepositions: readonly string[]; support: string; reason: string }
> = new Map([
  ['payroll', { prepositions: ['on'], support: 'funding', reason: 'paid by X: employed as its proxy' }],
  ['protection', { prepositions: ['with', 'under'], support: 'protection', reason: 'shielded by X' }],
  ['patronage', { prepositions: ['with', 'under'], support: 'backing', reason: "under X's patronage" }],
  ['tutelage', { prepositions: ['under'], support: 'backing', reason: "under X's tutelage" }],
  ['umbrella', { prepositions: ['under'], support: 'protection', reason: "under X's (security) umbrella" }],
  ['backing', { prepositions: ['with'], support: 'backing', reason: 'acting with X behind it' }],
  ['support', { prepositions: ['with'], support: 'backing', reason: 'acting with X behind it' }],
  ['help', { prepositions: ['with'], support: 'assistance', reason: 'acting with X helping' }],
  ['assistance', { prepositions: ['with'], support: 'assistance', reason: 'acting with X helping' }],
  ['blessing', { prepositions: ['with'], support: 'political support', reason: "acting with X's approval" }],
]);

/**
 * Transfer verbs whose direct object may be the recipient itself: "Uganda supplies the ZLA" (with
 * supplies), unlike "sent the ZLA" or "delivered the ZLA". The kind shown is 'supplies'.
 */
export const RECIPIENT_OBJECT_TRANSFERS: ReadonlySet<string> = new Set(['supply']);

/** "pays the salaries of Y": paying what keeps a side running is funding it. */
export const PAYING_VERBS: ReadonlyMap<string, SupportCue> = cueMap([
  {
    lemma: 'pay',
    forms: verbForms('pay', 'paid', 'paying', 'pays'),
    support: 'funding',
    confidence: 0.8,
    reason: "a side's running costs paid by another (the object must be one of PAID_COSTS)",
  },
  {
    lemma: 'cover',
    forms: verbForms('cover'),
    support: 'funding',
    confidence: 0.75,
    reason: '"covers the salaries of the army": the same with another verb',
  },
]);
/** What a payer pays when it funds a side: its people's pay and its running costs, not a fine or a price. */
export const PAID_COSTS: ReadonlySet<string> = new Set([
  'salaries',
  'salary',
  'wages',
  'payroll',
  'pensions',
  'bills',
  'budget',
  'costs',
  'stipends',
]);

/** Nouns naming support itself: "X's support for Y" → the kind shown. */
export const SUPPORT_NOUNS: ReadonlyMap<string, string> = new Map([
  ['support', 'backing'],
  ['backing', 'backing'],
  ['sponsorship', 'backing'],
  ['patronage', 'backing'], // "has long enjoyed Ugandan patronage"; also a patronage frame ("under X's patronage")
  ['aid', 'aid'],
  ['assistance', 'assistance'],
  ['help', 'assistance'],
  ['funding', 'funding'],
  ['financing', 'funding'],
]);

/**
 * Nouns naming the supporter: "Y's backers", "a backer of Y". An ally is counted as a backer
 * ("Belarus, Moscow's closest ally"; "Egypt, a longtime ally of the army"): in conflict reporting
 * the word names a side's supporter.
 */
export const BACKER_NOUNS: ReadonlySet<string> = new Set([
  'backer',
  'backers',
  'supporter',
  'supporters',
  'sponsor',
  'sponsors',
  'patron',
  'patrons',
  'ally',
  'allies',
  'benefactor',
  'benefactors',
  // "Israel's main arms supplier", "the junta's financiers": the agent nouns of the transfer and funding verbs.
  'supplier',
  'suppliers',
  'financier',
  'financiers',
  'paymaster',
  'paymasters',
  'protector',
  'protectors',
]);

/** Nouns naming the one supported, the other way round: "a proxy of Iran" → Iran backs it. */
export const CLIENT_NOUNS: ReadonlySet<string> = new Set([
  'proxy',
  'proxies',
  'client',
  'clients',
  'surrogate',
  'surrogates',
]);

/**
 * "Y relies on X for weapons", "Y depends on X": the one relied on supports Y. `onlyOnMaterial`:
 * the verb needs "on <help or material> from X" ("survived on budget transfers from Moscow"; "lived
 * on the coast" is nothing).
 */
export const RELIANCE_VERBS: ReadonlyMap<string, SupportCue & { onlyOnMaterial?: boolean }> = new Map(
  [
    {
      lemma: 'dependent',
      forms: ['dependent', 'reliant'],
      support: 'backing',
      confidence: 0.75,
      reason: 'the adjectives of depend and rely ("is dependent on aid from X")',
    },
    {
      lemma: 'count',
      forms: verbForms('count'),
      support: 'backing',
      confidence: 0.7,
      reason: '"counts on Turkey for weapons": reliance with another verb',
    },
    {
      lemma: 'survive',
      forms: verbForms('survive', 'survived', 'surviving'),
      support: 'backing',
      confidence: 0.75,
      reason: 'kept going by what X gives',
      onlyOnMaterial: true,
    },
    {
      lemma: 'live',
      forms: verbForms('live', 'lived', 'living'),
      support: 'backing',
      confidence: 0.7,
      reason: 'kept going by what X gives',
      onlyOnMaterial: true,
    },
    {
      lemma: 'subsist',
      forms: verbForms('subsist'),
      support: 'backing',
      confidence: 0.75,
      reason: 'kept going by what X gives',
      onlyOnMaterial: true,
    },
    {
      lemma: 'rely',
      forms: verbForms('rely', 'relied', 'relying', 'relies'),
      support: 'backing',
      confidence: 0.8,
      reason: 'dependence on a supplier or protector',
    },
    {
      lemma: 'depend',
      forms: verbForms('depend'),
      support: 'backing',
      confidence: 0.75,
      reason: 'dependence on a supplier or protector',
    },
    {
      lemma: 'lean',
      forms: verbForms('lean'),
      support: 'backing',
      confidence: 0.7,
      reason: '"leans on Russian fighters"',
    },
  ].flatMap((cue) => cue.forms.map((form) => [form, cue] as const)),
);

/** "Iran has kept Assad in power", "kept the junta afloat": keeping a side from falling is backing it. */
export const KEEPING_VERBS: ReadonlyMap<string, SupportCue> = new Map(
  [
    {
      lemma: 'keep',
      forms: verbForms('keep', 'kept', 'keeping'),
      support: 'backing',
      confidence: 0.8,
      reason: 'kept a side in power or afloat',
    },
  ].flatMap((cue) => cue.forms.map((form) => [form, cue] as const)),
);
/** What "keep X ..." must end with to be backing: "in power", "afloat", "in office". */
export const KEPT_STATES: ReadonlySet<string> = new Set(['power', 'afloat', 'office', 'alive']);

/** Verbs of fighting that "alongside X" turns into siding with X: "fought alongside Assad's troops". */
export const FIGHTING_VERBS: ReadonlySet<string> = new Set([
  ...verbForms('fight', 'fought', 'fighting'),
  ...verbForms('serve', 'served', 'serving'),
  ...verbForms('battle', 'battled', 'battling'),
  ...verbForms('deploy'),
  ...verbForms('operate', 'operated', 'operating'),
]);

/** Nouns of agreements that carry the support a purpose clause names: "signed a military cooperation agreement to help it". */
export const AGREEMENT_NOUNS: ReadonlySet<string> = new Set([
  'agreement',
  'agreements',
  'deal',
  'deals',
  'pact',
  'accord',
  'memorandum',
  'treaty',
]);

/**
 * Material and kinds of help, by the noun that names them. Two-word entries are tried first
 * ("air support" before "support").
 */
export const MATERIAL_KINDS: ReadonlyMap<string, string> = new Map([
  ['air support', 'air support'],
  ['air cover', 'air support'],
  ['military support', 'military support'],
  ['military aid', 'military aid'],
  ['military assistance', 'military aid'],
  ['financial support', 'funding'],
  ['economic support', 'funding'],
  ['political support', 'political support'],
  ['diplomatic support', 'political support'],
  ['logistical support', 'logistical support'],
  ['logistic support', 'logistical support'],
  ['naval support', 'naval support'],
  ['humanitarian aid', 'humanitarian aid'],
  ['fighter jets', 'warplanes'],
  ['air defense', 'weapons'],
  ['air defence', 'weapons'],
  ['warplanes', 'warplanes'],
  ['warplane', 'warplanes'],
  ['jets', 'warplanes'],
  ['aircraft', 'warplanes'],
  ['planes', 'warplanes'],
  ['bombers', 'warplanes'],
  ['helicopters', 'warplanes'],
  ['mig', 'warplanes'],
  ['migs', 'warplanes'],
  ['sukhoi', 'warplanes'],
  ['sukhois', 'warplanes'],
  // Naval craft handed over: "delivered ten patrol vessels to the Philippine coast guard".
  ['patrol vessels', 'warships'],
  ['patrol boats', 'warships'],
  ['warships', 'warships'],
  ['frigates', 'warships'],
  ['gunboats', 'warships'],
  ['submarines', 'warships'],
  ['vessels', 'warships'],
  ['drones', 'drones'],
  ['drone', 'drones'],
  ['uavs', 'drones'],
  ['weapons', 'weapons'],
  ['weapon', 'weapons'],
  ['arms', 'weapons'],
  ['missiles', 'weapons'],
  ['ammunition', 'weapons'],
  ['munitions', 'weapons'],
  ['rifles', 'weapons'],
  ['tanks', 'weapons'],
  ['artillery', 'weapons'],
  ['rockets', 'weapons'],
  ['armoured', 'weapons'],
  ['armored', 'weapons'],
  ['troops', 'troops'],
  ['soldiers', 'troops'],
  ['personnel', 'troops'],
  ['advisers', 'military advisers'],
  ['advisors', 'military advisers'],
  ['instructors', 'training'],
  ['battalions', 'troops'],
  // A state's men sent abroad besides its soldiers: "sent police to Haiti", "flew paratroopers to".
  ['police', 'police'],
  ['peacekeepers', 'troops'],
  ['paratroopers', 'troops'],
  ['commandos', 'troops'],
  ['marines', 'troops'],
  ['forces', 'troops'],
  ['mercenaries', 'mercenaries'],
  ['fighters', 'mercenaries'],
  ['contractors', 'mercenaries'],
  ['money', 'funding'],
  ['funds', 'funding'],
  ['funding', 'funding'],
  ['cash', 'funding'],
  ['loans', 'funding'],
  ['loan', 'funding'],
  ['dollars', 'funding'],
  ['billion', 'funding'],
  ['million', 'funding'],
  ['grants', 'funding'],
  ['budget support', 'funding'],
  ['transfers', 'funding'],
  ['subsidies', 'funding'],
  ['subsidy', 'funding'],
  ['salaries', 'funding'],
  ['deliveries', 'aid'],
  ['shipments', 'aid'],
  ['uniforms', 'aid'],
  ['equipment', 'weapons'],
  ['lifeline', 'backing'],
  ['aid', 'aid'],
  ['assistance', 'aid'],
  ['supplies', 'aid'],
  ['intelligence', 'intelligence'],
  ['imagery', 'intelligence'], // "shared satellite imagery with
  ['training', 'training'],
  ['support', 'backing'],
  ['backing', 'backing'],
  ['help', 'assistance'],
]);

const COMPOUND_SUFFIX = /^(.+)-(backed|supported|sponsored|funded|financed|armed|trained|equipped)$/iu;
/** "X-backed Y" by its participle: the kind of support the compound names. */
const COMPOUND_KINDS: Readonly<Record<string, string>> = {
  backed: 'backing',
  supported: 'backing',
  sponsored: 'backing',
  funded: 'funding',
  financed: 'funding',
  armed: 'weapons',
  trained: 'training',
  equipped: 'weapons',
};

/** "Turkey-Backed" → { prefix: "Turkey", support: "backing" }. */
export function compoundSuffix(token: Token): { prefix: string; support: string } | undefined {
  const match = COMPOUND_SUFFIX.exec(token.text);
  const prefix = match?.[1];
  const suffix = match?.[2]?.toLowerCase();
  if (prefix === undefined || suffix === undefined) return undefined;
  return { prefix, support: COMPOUND_KINDS[suffix] ?? 'backing' };
}

/** Cheap pre-filter: only sentences with one of these words go through the patterns. */
export function isSupportCue(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const key = token.key;
  return (
    BACKING_VERBS.has(key) ||
    TRANSFER_VERBS.has(key) ||
    TRANSFER_NOUNS.has(key) ||
    RECEIVING_VERBS.has(key) ||
    SUPPORT_NOUNS.has(key) ||
    BACKER_NOUNS.has(key) ||
    CLIENT_NOUNS.has(key) ||
    RELIANCE_VERBS.has(key) ||
    KEEPING_VERBS.has(key) ||
    PHRASAL_BACKING_VERBS.has(key) ||
    PAYING_VERBS.has(key) ||
    PATRONAGE_FRAMES.has(key) ||
    AGREEMENT_NOUNS.has(key) ||
    key === 'alongside' ||
    compoundSuffix(token) !== undefined
  );
}

/** The kind of material named first in tokens [from, to): "at least eight warplanes" → "warplanes"; undefined when nothing material is named. */
export function materialKind(tokens: readonly Token[], from: number, to: number): string | undefined {
  for (let j = Math.max(0, from); j < to; j++) {
    const token = tokens[j];
    if (token?.kind !== 'word') continue;
    // Two-word names first at each position: "air support" before "support".
    const pair = j + 1 < to ? MATERIAL_KINDS.get(`${token.key} ${tokens[j + 1]?.key ?? ''}`) : undefined;
    const kind = pair ?? MATERIAL_KINDS.get(token.key);
    if (kind) return kind;
    // "£12.5bn", "$60 billion", "€5m": an amount of money.
    if (isAmountFigure(token.text) && CURRENCY_SIGNS.has(tokens[j - 1]?.text ?? '')) return 'funding';
  }
  return undefined;
}
export const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['$', '£', '€', '¥']);

/** "12.5bn", "60", "5m": the figure of an amount, as the tokenizer leaves it after its currency sign. */
export function isAmountFigure(text: string): boolean {
  return /^\p{N}[\d.,]*(?:bn|m|k)?$/u.test(text);
}

/** "military and security cooperation", "defence cooperation agreement" → "military cooperation". */
export function cooperationKind(tokens: readonly Token[], from: number, to: number): string | undefined {
  const words = tokens.slice(from, to).map((t) => t.key);
  if (!words.includes('cooperation')) return undefined;
  return words.some((w) => ['military', 'security', 'defence', 'defense'].includes(w))
    ? 'military cooperation'
    : 'cooperation';
}
