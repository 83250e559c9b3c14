/**
 * Who supports whom, read off single sentences without a language model.
 *
 * The sentence is tokenised, the catalog marks entity mentions, and a handful of linguistically
 * motivated patterns are tried around support words (verb lemmas, noun forms, "-backed"
 * compounds):
 *
 *  - active verbs      "X backs/supports/funds/arms/trains Y"
 *  - passive verbs     "Y is backed by A, B, and C" (lists split), "Y, backed by X, ..."
 *  - material transfer "X sent/delivered/supplied warplanes ... to Y", "X is providing air support
 *                      to Y", "X supplied Y with weapons", "Y receives air support from X"
 *  - purpose clauses   "X signed a military cooperation agreement to help it" (subject carried
 *                      over a coordinated verb, "it" resolved to the earlier object)
 *  - noun forms        "X's support for Y", "Turkish support for (the GNA)", "support for Y from X"
 *  - backer nouns      "Y's backers include A and B", "X, a key backer of Y"
 *  - compounds         "X-backed Y", "Turkey-Backed Libya Government"
 *  - accusations       "Z accused X of arming Y" (a claim by Z)
 *
 * What is NOT support: attacks, threats, warnings (never triggers); negation ("does not support",
 * "denied backing", "stopped supporting", "an end to X's support"); requests ("urged world
 * powers to stop supporting Y": neither the urger nor the urged is recorded); vague backers
 * ("foreign support", "his supporters", "world powers") because they resolve to no entity.
 *
 * Reported claims keep who made them: "..., said Z", "Z said (that) ...", "according to Z",
 * "Z told Bloomberg", "amid reports that ..." (reportedBy "reports").
 *
 * Cost: a sentence without a support word is rejected after tokenising; the rest is a few linear
 * scans over the tokens. No tagger runs (compromise's lexicon is used as a dictionary only).
 */
import type { Sentence } from '../corpus/passage.ts';
import { type Entity, type EntityCatalog, type Mention, type Token, isOrganisationWord, isRoleNoun, isSideNoun, lexiconTags, tokenize } from './entityCatalog.ts';

export interface SupportRelation {
  /** Canonical name of the supporter. */
  backer: string;
  /** Canonical name of the supported entity, as the sentence names it (see relationsBacking for sides). */
  backed: string;
  /** Kind of support: "backing", "air support", "warplanes", "military cooperation", "funding", "weapons", "troops", ... */
  support: string;
  /** Who made the claim when the sentence reports it ("Fathi Bashagha", "reports"); null when stated as fact. */
  reportedBy: string | null;
  /** 0..1; lower for reported, hedged, coreference-resolved or ambiguous readings. */
  confidence: number;
  sentence: Sentence;
}

export interface SupportContext {
  /** Sentences just before this one, oldest first: antecedents for "it", "he", "the commander". */
  previousSentences?: Sentence[];
}

/** Support relations stated in one sentence, strongest first. */
export function extractSupportRelations(sentence: Sentence, catalog: EntityCatalog, context: SupportContext = {}): SupportRelation[] {
  const tokens = tokenize(sentence.text);
  if (!tokens.some(isSupportCue)) return [];
  const reader = new SentenceReader(sentence, tokens, catalog, context);
  return reader.relations();
}

/**
 * Relations where `name`'s side is the one backed: the entity itself plus the organisations it
 * leads or is led with (catalog.sideOf), e.g. who-backs Haftar includes backers of the LNA.
 * Strongest first.
 */
export function relationsBacking(relations: readonly SupportRelation[], name: string, catalog: EntityCatalog): SupportRelation[] {
  const side = new Set(catalog.sideOf(name).map((e) => e.name));
  return relations.filter((r) => side.has(r.backed) && !side.has(r.backer)).sort((a, b) => b.confidence - a.confidence);
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** All inflected forms of a regular-enough verb: base, -s, past, participle, -ing. */
function verbForms(base: string, past = `${base}ed`, gerund = `${base}ing`, third = `${base}s`, participle = past): string[] {
  return [base, third, past, participle, gerund];
}

interface VerbSense {
  lemma: string;
  support: string;
  confidence: number;
}

function lexiconOf(entries: ReadonlyArray<[string[], VerbSense]>): Map<string, VerbSense> {
  const map = new Map<string, VerbSense>();
  for (const [forms, sense] of entries) for (const form of forms) map.set(form, sense);
  return map;
}

/** Verbs whose object is the one supported: "X backs Y". */
const BACKING_VERBS = lexiconOf([
  [verbForms('back'), { lemma: 'back', support: 'backing', confidence: 0.9 }],
  [verbForms('support'), { lemma: 'support', support: 'backing', confidence: 0.9 }],
  [verbForms('sponsor'), { lemma: 'sponsor', support: 'backing', confidence: 0.85 }],
  [verbForms('endorse', 'endorsed', 'endorsing'), { lemma: 'endorse', support: 'political support', confidence: 0.75 }],
  [verbForms('fund'), { lemma: 'fund', support: 'funding', confidence: 0.85 }],
  [verbForms('finance', 'financed', 'financing', 'finances'), { lemma: 'finance', support: 'funding', confidence: 0.85 }],
  [verbForms('bankroll'), { lemma: 'bankroll', support: 'funding', confidence: 0.85 }],
  [verbForms('arm'), { lemma: 'arm', support: 'weapons', confidence: 0.85 }],
  [verbForms('equip', 'equipped', 'equipping'), { lemma: 'equip', support: 'weapons', confidence: 0.8 }],
  [verbForms('train'), { lemma: 'train', support: 'training', confidence: 0.8 }],
  [verbForms('aid'), { lemma: 'aid', support: 'assistance', confidence: 0.7 }],
  [verbForms('assist'), { lemma: 'assist', support: 'assistance', confidence: 0.7 }],
  [verbForms('help'), { lemma: 'help', support: 'assistance', confidence: 0.7 }],
]);

/** Verbs moving material to a recipient: "X sent warplanes to Y", "X provided Y with arms". */
const TRANSFER_VERBS = lexiconOf([
  [verbForms('send', 'sent', 'sending'), { lemma: 'send', support: '', confidence: 0.85 }],
  [verbForms('dispatch', 'dispatched', 'dispatching', 'dispatches'), { lemma: 'send', support: '', confidence: 0.85 }],
  [verbForms('deliver'), { lemma: 'deliver', support: '', confidence: 0.85 }],
  [verbForms('supply', 'supplied', 'supplying', 'supplies'), { lemma: 'supply', support: '', confidence: 0.85 }],
  [verbForms('provide', 'provided', 'providing'), { lemma: 'provide', support: '', confidence: 0.85 }],
  [verbForms('ship', 'shipped', 'shipping'), { lemma: 'ship', support: '', confidence: 0.85 }],
  [verbForms('give', 'gave', 'giving', 'gives', 'given'), { lemma: 'give', support: '', confidence: 0.8 }],
  [verbForms('transfer', 'transferred', 'transferring'), { lemma: 'transfer', support: '', confidence: 0.8 }],
  [verbForms('sell', 'sold', 'selling'), { lemma: 'sell', support: '', confidence: 0.7 }],
  [verbForms('lend', 'lent', 'lending'), { lemma: 'lend', support: '', confidence: 0.8 }],
  [verbForms('offer'), { lemma: 'offer', support: '', confidence: 0.7 }],
  [verbForms('extend'), { lemma: 'extend', support: '', confidence: 0.8 }],
  [verbForms('pledge', 'pledged', 'pledging'), { lemma: 'pledge', support: '', confidence: 0.75 }],
]);

/** "Y receives air support from X". */
const RECEIVING_VERBS = lexiconOf([
  [verbForms('receive', 'received', 'receiving'), { lemma: 'receive', support: '', confidence: 0.8 }],
  [verbForms('get', 'got', 'getting', 'gets', 'gotten'), { lemma: 'get', support: '', confidence: 0.7 }],
  [verbForms('obtain'), { lemma: 'obtain', support: '', confidence: 0.75 }],
  [verbForms('accept'), { lemma: 'accept', support: '', confidence: 0.7 }],
]);

/** Nouns naming support itself: "X's support for Y". */
const SUPPORT_NOUNS = new Map<string, string>([
  ['support', 'backing'], ['backing', 'backing'], ['sponsorship', 'backing'], ['aid', 'aid'], ['assistance', 'assistance'],
  ['help', 'assistance'], ['funding', 'funding'], ['financing', 'funding'],
]);

/** Nouns naming the supporter: "Y's backers", "a backer of Y". */
const BACKER_NOUNS = new Set(['backer', 'backers', 'supporter', 'supporters', 'sponsor', 'sponsors', 'patron', 'patrons']);

const REPORTING_VERBS = new Set([
  ...verbForms('say', 'said', 'saying'), ...verbForms('state', 'stated', 'stating'), ...verbForms('tell', 'told', 'telling'),
  ...verbForms('claim'), ...verbForms('allege', 'alleged', 'alleging'), ...verbForms('report'), ...verbForms('announce', 'announced', 'announcing'),
  ...verbForms('note', 'noted', 'noting'), ...verbForms('add'), ...verbForms('insist'), ...verbForms('confirm'), ...verbForms('assert'),
  ...verbForms('write', 'wrote', 'writing', 'writes', 'written'), ...verbForms('tweet'), ...verbForms('acknowledge', 'acknowledged', 'acknowledging'),
  ...verbForms('reveal'), ...verbForms('disclose', 'disclosed', 'disclosing'), ...verbForms('argue', 'argued', 'arguing'),
]);
const DENIAL_VERBS = new Set([...verbForms('deny', 'denied', 'denying', 'denies'), ...verbForms('reject'), ...verbForms('refute', 'refuted', 'refuting')]);
const STOPPING_VERBS = new Set([
  ...verbForms('stop', 'stopped', 'stopping'), ...verbForms('cease', 'ceased', 'ceasing'), ...verbForms('end'), ...verbForms('halt'),
  ...verbForms('quit', 'quit', 'quitting'), ...verbForms('suspend'), ...verbForms('withdraw', 'withdrew', 'withdrawing', 'withdraws', 'withdrawn'),
  ...verbForms('cut', 'cut', 'cutting'), ...verbForms('abandon'), ...verbForms('drop', 'dropped', 'dropping'), ...verbForms('refuse', 'refused', 'refusing'),
  ...verbForms('decline', 'declined', 'declining'), ...verbForms('reduce', 'reduced', 'reducing'),
]);
/** "A urged B to support C": B's support is requested, not stated; A is not a backer either. */
const OBJECT_CONTROL_VERBS = new Set([
  ...verbForms('urge', 'urged', 'urging'), ...verbForms('call'), ...verbForms('ask'), ...verbForms('press'), ...verbForms('encourage', 'encouraged', 'encouraging'),
  ...verbForms('persuade', 'persuaded', 'persuading'), ...verbForms('pressure', 'pressured', 'pressuring'), ...verbForms('push', 'pushed', 'pushing', 'pushes'),
  ...verbForms('demand'), ...verbForms('invite', 'invited', 'inviting'), ...verbForms('request'), ...verbForms('appeal'), ...verbForms('implore', 'implored', 'imploring'),
  ...verbForms('tell', 'told', 'telling'), ...verbForms('warn'), ...verbForms('force', 'forced', 'forcing'),
]);
/** "X wants to back Y": an intention, weaker than a statement. */
const INTENTION_VERBS = new Set([
  ...verbForms('want'), ...verbForms('plan', 'planned', 'planning'), ...verbForms('seek', 'sought', 'seeking'), ...verbForms('hope', 'hoped', 'hoping'),
  ...verbForms('intend'), ...verbForms('consider'), ...verbForms('threaten'), ...verbForms('aim'), ...verbForms('try', 'tried', 'trying', 'tries'),
]);
/** "Z accused X of arming Y", "X was criticised for backing Y": X's support is Z's claim. */
const ACCUSING_VERBS = new Set([
  ...verbForms('accuse', 'accused', 'accusing'), ...verbForms('criticise', 'criticised', 'criticising'), ...verbForms('criticize', 'criticized', 'criticizing'),
  ...verbForms('condemn'), ...verbForms('blame'), ...verbForms('sanction'), ...verbForms('fault'), ...verbForms('denounce', 'denounced', 'denouncing'),
]);

/** "keep/continue supporting": transparent before a gerund. */
const ASPECTUAL_VERBS = new Set([...verbForms('keep', 'kept', 'keeping'), ...verbForms('continue', 'continued', 'continuing'), ...verbForms('start'), ...verbForms('begin', 'began', 'beginning', 'begins', 'begun')]);
/** "Haftar enjoys the backing of Russia": the subject has the support named after "of". */
const HAVING_VERBS = new Set([
  ...verbForms('enjoy'), ...verbForms('have', 'had', 'having', 'has'), ...verbForms('win', 'won', 'winning'), ...verbForms('gain'), ...verbForms('secure', 'secured', 'securing'),
  ...verbForms('receive', 'received', 'receiving'), ...verbForms('get', 'got', 'getting', 'gets'), ...verbForms('retain'), ...verbForms('rely', 'relied', 'relying', 'relies'),
]);

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s"]);
const AUXILIARIES = new Set([...BE, 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'shall', 'should', 'cannot']);
/** Modals that make a statement a possibility. "would" is not here: in reported speech it is the past of "will" (see VerbGroup.conditional). */
const HEDGING_MODALS = new Set(['could', 'may', 'might', 'should', 'can']);
const NEGATORS = new Set(['not', 'never', 'no', 'nor', 'neither']);
const CLAUSE_ADVERBS = new Set([
  'also', 'still', 'already', 'now', 'even', 'just', 'further', 'again', 'then', 'long', 'once', 'ever', 'previously', 'reportedly',
  'allegedly', 'openly', 'repeatedly', 'increasingly', 'secretly', 'quietly', 'actively', 'directly', 'both', 'all', 'longer', 'jointly',
]);
const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'week', 'month', 'year',
]);
const HEARSAY_ADVERBS = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly']);
const PREPOSITIONS = new Set([
  'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'into', 'onto', 'against', 'amid', 'amidst', 'over', 'under', 'about',
  'after', 'before', 'during', 'through', 'between', 'among', 'across', 'toward', 'towards', 'via', 'including', 'without', 'within',
  'despite', 'since', 'until', 'behind', 'beyond', 'upon', 'per', 'near', 'around', 'throughout', 'like', 'than', 'unlike',
]);
const SUBORDINATORS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'as', 'while', 'because', 'when', 'if', 'although', 'though', 'whereas', 'where',
  'unless', 'whether', 'since', 'after', 'before', 'amid', 'until', 'once', 'whilst',
]);
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor', 'yet']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'some', 'any', 'each', 'every', 'no', 'both', 'all', 'several', 'many', 'one']);
const PRONOUNS = new Set(['it', 'he', 'she', 'they', 'him', 'her', 'them', 'its', 'his', 'their', 'we', 'i', 'you', 'us', 'me', 'our', 'my', 'your']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their']);
const QUOTES = new Set(['"', '“', '”', '‘', "'", '«', '»']);
const AGREEMENT_NOUNS = new Set(['agreement', 'agreements', 'deal', 'deals', 'pact', 'accord', 'memorandum', 'treaty']);
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Copula', 'Modal', 'Auxiliary', 'Verb', 'PhrasalVerb']);
const NOUN_TAGS = new Set(['Singular', 'Plural', 'Noun', 'Uncountable', 'Actor']);

/**
 * Material and kinds of help, by the noun that names them. Two-word entries are tried first
 * ("air support" before "support").
 */
const MATERIAL_KINDS = new Map<string, string>([
  ['air support', 'air support'], ['air cover', 'air support'], ['military support', 'military support'], ['military aid', 'military aid'],
  ['military assistance', 'military aid'], ['financial support', 'funding'], ['economic support', 'funding'], ['political support', 'political support'],
  ['diplomatic support', 'political support'], ['logistical support', 'logistical support'], ['logistic support', 'logistical support'],
  ['naval support', 'naval support'], ['humanitarian aid', 'humanitarian aid'], ['fighter jets', 'warplanes'], ['air defense', 'weapons'], ['air defence', 'weapons'],
  ['warplanes', 'warplanes'], ['warplane', 'warplanes'], ['jets', 'warplanes'], ['aircraft', 'warplanes'], ['planes', 'warplanes'], ['bombers', 'warplanes'],
  ['helicopters', 'warplanes'], ['mig', 'warplanes'], ['migs', 'warplanes'], ['sukhoi', 'warplanes'], ['sukhois', 'warplanes'],
  ['drones', 'drones'], ['drone', 'drones'], ['uavs', 'drones'],
  ['weapons', 'weapons'], ['weapon', 'weapons'], ['arms', 'weapons'], ['missiles', 'weapons'], ['ammunition', 'weapons'], ['munitions', 'weapons'],
  ['rifles', 'weapons'], ['tanks', 'weapons'], ['artillery', 'weapons'], ['rockets', 'weapons'], ['armoured', 'weapons'], ['armored', 'weapons'],
  ['troops', 'troops'], ['soldiers', 'troops'], ['personnel', 'troops'], ['advisers', 'military advisers'], ['advisors', 'military advisers'],
  ['instructors', 'training'], ['battalions', 'troops'], ['forces', 'troops'],
  ['mercenaries', 'mercenaries'], ['fighters', 'mercenaries'], ['contractors', 'mercenaries'],
  ['money', 'funding'], ['funds', 'funding'], ['funding', 'funding'], ['cash', 'funding'], ['loans', 'funding'], ['loan', 'funding'], ['dollars', 'funding'],
  ['billion', 'funding'], ['million', 'funding'], ['grants', 'funding'],
  ['aid', 'aid'], ['assistance', 'aid'], ['supplies', 'aid'], ['intelligence', 'intelligence'], ['training', 'training'],
  ['support', 'backing'], ['backing', 'backing'], ['help', 'assistance'],
]);

/** Cheap pre-filter: only sentences with one of these words go through the patterns. */
function isSupportCue(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const key = token.key;
  return BACKING_VERBS.has(key) || TRANSFER_VERBS.has(key) || RECEIVING_VERBS.has(key) || SUPPORT_NOUNS.has(key) || BACKER_NOUNS.has(key) || compoundSuffix(token) !== undefined;
}

const COMPOUND_SUFFIX = /^(.+)-(backed|supported|sponsored|funded|financed|armed|trained|equipped)$/iu;
const COMPOUND_KINDS: Readonly<Record<string, string>> = {
  backed: 'backing', supported: 'backing', sponsored: 'backing', funded: 'funding', financed: 'funding', armed: 'weapons', trained: 'training', equipped: 'weapons',
};

/** "Turkey-Backed" → { prefix: "Turkey", support: "backing" }. */
function compoundSuffix(token: Token): { prefix: string; support: string } | undefined {
  const match = COMPOUND_SUFFIX.exec(token.text);
  const prefix = match?.[1];
  const suffix = match?.[2]?.toLowerCase();
  if (prefix === undefined || suffix === undefined) return undefined;
  return { prefix, support: COMPOUND_KINDS[suffix] ?? 'backing' };
}

// ---------------------------------------------------------------------------------------------
// Reading one sentence

/** Who a noun phrase refers to, and how sure we are of it. */
interface Referent {
  entity: Entity;
  /** 1 for a name in the phrase; lower when reached through a pronoun or a role ("the commander"). */
  certainty: number;
}

interface VerbGroup {
  /** First token of the group ("has" in "has repeatedly signed", "to" in "to help"). */
  start: number;
  passive: boolean;
  negated: boolean;
  hedged: boolean;
  hearsay: boolean;
  infinitive: boolean;
  /** "would": conditional when stated, a mere tense shift when reported ("Ankara said it would keep supporting ..."). */
  conditional: boolean;
  /** "is back", "was support...": a base form after "be" is not a verb at all. */
  notAVerb: boolean;
}

type PhraseRole = 'subject' | 'object';

interface ReportingFrame {
  speaker: string;
  /** Token range the claim covers. */
  from: number;
  to: number;
  denial: boolean;
}

interface Finding {
  backers: Referent[];
  backed: Referent[];
  support: string;
  confidence: number;
  /** The token that triggered the pattern: decides which reporting frame applies. */
  at: number;
  hearsay?: boolean;
  /** Weakened unless a reporting frame explains the "would". */
  conditional?: boolean;
  reportedBy?: string;
}

class SentenceReader {
  private readonly mentionAt: Array<Mention | undefined>;
  private readonly mentions: Mention[];
  private frames: ReportingFrame[] | undefined;
  private previousMentions: Mention[][] | undefined;

  constructor(
    private readonly sentence: Sentence,
    private readonly tokens: readonly Token[],
    private readonly catalog: EntityCatalog,
    private readonly context: SupportContext,
  ) {
    this.mentions = catalog.findMentions(tokens);
    this.mentionAt = new Array<Mention | undefined>(tokens.length);
    for (const mention of this.mentions) for (let i = mention.start; i < mention.end; i++) this.mentionAt[i] = mention;
  }

  relations(): SupportRelation[] {
    const findings: Finding[] = [];
    for (let i = 0; i < this.tokens.length; i++) {
      const token = this.tokens[i];
      if (!token || token.kind !== 'word') continue;
      const compound = compoundSuffix(token);
      if (compound) findings.push(...this.compound(i, compound.prefix, compound.support));
      if (this.isNounUse(i)) {
        if (SUPPORT_NOUNS.has(token.key)) findings.push(...this.supportNoun(i));
        if (BACKER_NOUNS.has(token.key)) findings.push(...this.backerNoun(i));
        continue;
      }
      const backing = BACKING_VERBS.get(token.key);
      if (backing) findings.push(...this.backingVerb(i, backing));
      const transfer = TRANSFER_VERBS.get(token.key);
      if (transfer) findings.push(...this.transferVerb(i, transfer));
      const receiving = RECEIVING_VERBS.get(token.key);
      if (receiving) findings.push(...this.receivingVerb(i, receiving));
      if (BACKER_NOUNS.has(token.key)) findings.push(...this.backerNoun(i));
    }
    return this.toRelations(findings);
  }

  // ---- patterns -----------------------------------------------------------------------------

  /** "X backs Y", "Y is backed by X", "Y, backed by X", "to help it", "X denied backing Y". */
  private backingVerb(i: number, sense: VerbSense): Finding[] {
    const group = this.verbGroup(i);
    if (group.negated || group.notAVerb) return [];
    let confidence = sense.confidence * (group.hedged ? 0.6 : 1);
    const byFollows = this.tokens[i + 1]?.key === 'by';
    if (group.passive || (byFollows && this.tokens[i]?.key.endsWith('ed'))) {
      if (!byFollows) return []; // "Haftar is backed" names no backer
      const backers = this.listAt(i + 2);
      const backed = group.passive ? this.subjectOf(group.start) : this.reducedRelativeHead(i);
      return [{ backers, backed, support: sense.support, confidence, at: i, hearsay: group.hearsay, conditional: group.conditional }];
    }
    let support = sense.support;
    let backers: Referent[];
    if (group.infinitive) {
      const governing = this.governingVerb(group.start);
      if (governing === undefined) return [];
      const key = this.tokens[governing]?.key ?? '';
      if (OBJECT_CONTROL_VERBS.has(key) || STOPPING_VERBS.has(key) || DENIAL_VERBS.has(key)) return [];
      if (INTENTION_VERBS.has(key)) confidence *= 0.6;
      const governingGroup = this.verbGroup(governing);
      if (governingGroup.negated) return [];
      backers = this.subjectOf(governingGroup.start);
      // "signed a military cooperation agreement to help", "sent warplanes to help": the help is what was signed or sent.
      const sentMaterial = TRANSFER_VERBS.has(key) ? materialKind(this.tokens, governing + 1, group.start) : undefined;
      support = this.agreementKind(governing + 1, group.start) ?? sentMaterial ?? support;
    } else if (this.tokens[i]?.key.endsWith('ing') && ['of', 'for'].includes(this.tokens[group.start - 1]?.key ?? '')) {
      return this.accusedOf(i, group, sense);
    } else {
      backers = this.subjectOf(group.start);
    }
    const objectStart = this.skipParticles(i + 1);
    const backed = this.listAt(objectStart, backers);
    return [{ backers, backed, support, confidence, at: i, hearsay: group.hearsay, conditional: group.conditional }];
  }

  /** "Z accused X of arming Y": X backs Y, claimed by Z. "X was criticised for backing Y" likewise. */
  private accusedOf(i: number, group: VerbGroup, sense: VerbSense): Finding[] {
    const accusedEnd = group.start - 1;
    const accusedStart = this.phraseStartLeft(accusedEnd - 1);
    const governing = this.governingVerb(accusedStart);
    const accusingVerb = governing === undefined ? undefined : this.tokens[governing];
    if (governing === undefined || !accusingVerb || !ACCUSING_VERBS.has(accusingVerb.key)) return [];
    const accusingGroup = this.verbGroup(governing);
    // Active: "Z accused X of ...": X is the object, Z the claimant. Passive: "X was accused (by Z) of ...".
    const passive = accusingGroup.passive;
    const backers = passive ? this.subjectOf(accusingGroup.start) : this.headOfSpan(accusedStart, accusedEnd);
    const claimants = passive ? (this.tokens[governing + 1]?.key === 'by' ? this.headOfSpan(governing + 2, this.phraseEnd(governing + 2)) : []) : this.subjectOf(accusingGroup.start);
    const reportedBy = claimants[0]?.entity.name ?? 'accusations';
    const backed = this.listAt(this.skipParticles(i + 1), backers);
    return [{ backers, backed, support: sense.support, confidence: sense.confidence * 0.8, at: i, reportedBy }];
  }

  /** "X sent warplanes to Y", "X is providing air support to Y", "X supplied Y with arms", "X gave Y weapons". */
  private transferVerb(i: number, sense: VerbSense): Finding[] {
    const group = this.verbGroup(i);
    if (group.negated || group.notAVerb) return [];
    const clauseEnd = this.clauseEnd(i + 1);
    let confidence = sense.confidence * (group.hedged ? 0.6 : 1);
    if (group.infinitive) {
      const governing = this.governingVerb(group.start);
      const key = governing === undefined ? '' : (this.tokens[governing]?.key ?? '');
      if (governing === undefined || OBJECT_CONTROL_VERBS.has(key) || STOPPING_VERBS.has(key) || DENIAL_VERBS.has(key)) return [];
      if (INTENTION_VERBS.has(key)) confidence *= 0.6;
    }
    const backers = group.passive ? this.byPhrase(i + 1, clauseEnd) : this.subjectForGroup(group);
    const objectStart = this.skipParticles(i + 1);
    // "supplied Haftar with weapons"
    const objectEnd = this.phraseEnd(objectStart);
    const directObject = this.headOfSpan(objectStart, objectEnd);
    if (directObject.length > 0 && this.tokens[objectEnd]?.key === 'with') {
      const support = materialKind(this.tokens, objectEnd + 1, clauseEnd);
      return support ? [{ backers, backed: this.listAt(objectStart, backers), support, confidence, at: i, hearsay: group.hearsay, conditional: group.conditional }] : [];
    }
    // "gave Haftar weapons"
    if (directObject.length > 0 && !group.passive) {
      const support = materialKind(this.tokens, objectEnd, this.phraseEnd(objectEnd));
      if (support && !this.tokens.slice(objectStart, objectEnd).some((t) => t.key === 'to')) {
        return [{ backers, backed: directObject, support, confidence, at: i, hearsay: group.hearsay, conditional: group.conditional }];
      }
    }
    // "sent [material] ... to Y"
    for (let j = objectStart; j < clauseEnd; j++) {
      if (this.tokens[j]?.key !== 'to' || this.isVerbBase(j + 1)) continue;
      const support = group.passive ? materialKind(this.tokens, this.phraseStartLeft(group.start - 1), group.start) : materialKind(this.tokens, objectStart, j);
      if (!support) return [];
      const backed = this.listAt(j + 1, backers);
      // Sent "to" a country may be a destination rather than a recipient.
      const destinationOnly = backed.every((r) => r.entity.kind === 'country') && ['send', 'ship', 'deliver', 'transfer'].includes(sense.lemma);
      return [{ backers, backed, support, confidence: confidence * (destinationOnly ? 0.6 : 1), at: i, hearsay: group.hearsay, conditional: group.conditional }];
    }
    return [];
  }

  /** "Y receives air support from X". */
  private receivingVerb(i: number, sense: VerbSense): Finding[] {
    const group = this.verbGroup(i);
    if (group.negated || group.passive || group.notAVerb) return [];
    const clauseEnd = this.clauseEnd(i + 1);
    for (let j = i + 1; j < clauseEnd; j++) {
      if (this.tokens[j]?.key !== 'from') continue;
      const support = materialKind(this.tokens, i + 1, j);
      if (!support) return [];
      const backed = this.subjectForGroup(group);
      return [{ backers: this.listAt(j + 1), backed, support, confidence: sense.confidence * (group.hedged ? 0.6 : 1), at: i, hearsay: group.hearsay, conditional: group.conditional }];
    }
    return [];
  }

  /** "X's support for Y", "Turkish support for (the GNA)", "support for Y from X", "support from X for Y". */
  private supportNoun(i: number): Finding[] {
    const modifiersStart = this.modifiersStart(i);
    if (this.isCancelled(modifiersStart)) return [];
    let support = materialKind(this.tokens, modifiersStart, i + 1) ?? SUPPORT_NOUNS.get(this.tokens[i]?.key ?? '') ?? 'backing';
    let backers = this.possessorOrDemonym(modifiersStart);
    let after = i + 1;
    let backed: Referent[] = [];
    if (this.tokens[after]?.key === 'from' && backers.length === 0) {
      const end = this.phraseEnd(after + 1);
      backers = this.headOfSpan(after + 1, end);
      after = end;
    }
    if (this.tokens[after]?.key === 'for' || this.tokens[after]?.key === 'to') {
      backed = this.listAt(after + 1, backers);
      after = this.phraseEnd(after + 1);
    }
    if (backers.length === 0 && this.tokens[after]?.key === 'from') backers = this.headOfSpan(after + 1, this.phraseEnd(after + 1));
    if (backers.length === 0 && backed.length === 0 && this.tokens[i + 1]?.key === 'of') return this.supportOf(i, modifiersStart, support);
    if (backers.length === 0 || backed.length === 0) return [];
    // "Turkish support for (the GNA) continues in the areas of military and security cooperation"
    if (support === 'backing') support = cooperationKind(this.tokens, after, this.clauseEnd(after)) ?? support;
    return [{ backers, backed, support, confidence: 0.8, at: i }];
  }

  /** "Haftar enjoys the backing of Russia and Egypt", "With the support of Russia, Haftar ...". */
  private supportOf(i: number, modifiersStart: number, support: string): Finding[] {
    const backers = this.listAt(i + 2);
    if (backers.length === 0) return [];
    let j = modifiersStart - 1;
    if (DETERMINERS.has(this.tokens[j]?.key ?? '')) j--;
    const before = this.tokens[j];
    if (before?.key === 'with' && (j === 0 || isSentenceStart(this.tokens, j))) {
      let comma = i + 2;
      while (comma < this.tokens.length && this.tokens[comma]?.text !== ',') comma++;
      const backed = this.headOfSpan(comma + 1, this.phraseEnd(comma + 1), backers, 'subject');
      return backed.length > 0 ? [{ backers, backed, support, confidence: 0.75, at: i }] : [];
    }
    if (!before || !HAVING_VERBS.has(before.key) || !this.isVerbLike(j)) return [];
    const group = this.verbGroup(j);
    if (group.negated) return [];
    return [{ backers, backed: this.subjectOf(group.start), support, confidence: 0.8 * (group.hedged ? 0.6 : 1), at: i, hearsay: group.hearsay, conditional: group.conditional }];
  }

  /** "Y's main backers include A and B", "A and B, Y's backers, ...", "X is a key backer of Y", "X, a backer of Y,". */
  private backerNoun(i: number): Finding[] {
    const modifiersStart = this.modifiersStart(i);
    const possessed = this.tokens[modifiersStart - 1]?.kind === 'possessive';
    if (possessed) {
      const backed = this.possessorOrDemonym(modifiersStart);
      if (backed.length === 0) return []; // "his supporters": nobody named
      let j = i + 1;
      while (this.tokens[j] && ['include', 'includes', 'included', 'including', 'are', 'were', 'such', 'as', ',', ':', '—', '–'].includes(this.tokens[j]?.key ?? '')) j++;
      let backers = j > i + 1 ? this.listAt(j) : [];
      // "A and B, Y's backers, ..." / "The UAE has been Y's main backer."
      const possessorStart = this.mentionAt[modifiersStart - 2]?.start ?? modifiersStart - 2;
      let beforePossessor = possessorStart - 1;
      if (this.tokens[beforePossessor]?.key === 'the') beforePossessor--;
      const linking = this.tokens[beforePossessor];
      if (backers.length === 0 && linking?.text === ',') backers = this.headOfSpan(this.coordinatedPhraseStart(beforePossessor - 1), beforePossessor);
      if (backers.length === 0 && linking && BE.has(linking.key)) {
        const group = this.verbGroup(beforePossessor);
        backers = group.negated ? [] : this.subjectOf(group.start);
      }
      return backers.length > 0 ? [{ backers, backed, support: 'backing', confidence: 0.8, at: i }] : [];
    }
    if (this.tokens[i + 1]?.key !== 'of') return [];
    const backed = this.listAt(i + 2);
    // "X is a backer of Y" / "X, a key backer of Y," / "X is one of the main backers of Y"
    let j = modifiersStart - 1;
    if (DETERMINERS.has(this.tokens[j]?.key ?? '')) j--;
    if (this.tokens[j]?.key === 'of' && this.tokens[j - 1]?.key === 'one') j -= 2;
    const before = this.tokens[j];
    let backers: Referent[] = [];
    if (before?.text === ',') backers = this.headOfSpan(this.coordinatedPhraseStart(j - 1), j);
    else if (before && BE.has(before.key)) backers = this.subjectOf(this.verbGroup(j).start);
    return backers.length > 0 && backed.length > 0 ? [{ backers, backed, support: 'backing', confidence: 0.8, at: i }] : [];
  }

  /** "Turkey-Backed Libya Government", "Russian-backed Haftar", "the UAE-backed LNA". */
  private compound(i: number, prefix: string, support: string): Finding[] {
    let backer = this.catalog.resolve(prefix);
    // "United Arab Emirates-backed": the name started before the hyphenated word.
    let text = prefix;
    for (let j = i - 1; j >= Math.max(0, i - 4) && this.tokens[j]?.capitalised; j--) {
      text = `${this.tokens[j]?.text ?? ''} ${text}`;
      backer = this.catalog.resolve(text) ?? backer;
    }
    if (!backer) return [];
    let end = i + 1;
    while (end < this.tokens.length && end - i <= 6 && this.tokens[end]?.kind === 'word' && (this.tokens[end]?.capitalised || this.tokens[end]?.allCaps)) end++;
    // Longest resolvable run first; a single word only when it is the whole name ("Libya Government Airbase" is not "Libya").
    for (let last = end; last > i + 1; last--) {
      const words = this.tokens.slice(i + 1, last);
      if (words.length === 1 && last < end) break;
      const name = words.map((t) => t.text).join(' ');
      const backed = this.catalog.resolve(name);
      if (backed) return [{ backers: [{ entity: backer, certainty: 1 }], backed: [{ entity: backed, certainty: 1 }], support, confidence: last === end ? 0.85 : 0.75, at: i }];
    }
    // "the Turkish-backed government of Fayez al-Sarraj"
    if (end === i + 1 && isSideNoun(this.tokens[i + 1]?.key ?? '') && this.tokens[i + 2]?.key === 'of') {
      const backed = this.listAt(i + 3);
      if (backed.length > 0) return [{ backers: [{ entity: backer, certainty: 1 }], backed, support, confidence: 0.8, at: i }];
    }
    return [];
  }

  // ---- clause structure ---------------------------------------------------------------------

  /** Auxiliaries, negation and adverbs before verb i, and what they say about it. */
  private verbGroup(i: number): VerbGroup {
    const group: VerbGroup = { start: i, passive: false, negated: false, hedged: false, hearsay: false, infinitive: false, conditional: false, notAVerb: false };
    let be = false;
    for (let j = i - 1; j >= 0; j--) {
      const token = this.tokens[j];
      if (!token || token.kind !== 'word') break;
      const key = token.key;
      if (key === 'to' && !group.infinitive) {
        group.infinitive = true;
        group.start = j;
        // "ceased to support", "refused to back": keep looking for a stopping verb just before.
        const before = this.tokens[j - 1]?.key ?? '';
        if (STOPPING_VERBS.has(before) || DENIAL_VERBS.has(before)) group.negated = true;
        break;
      }
      if (BE.has(key)) be = true;
      else if (key.endsWith("n't") || key === 'cannot') group.negated = true;
      else if (HEDGING_MODALS.has(key)) group.hedged = true;
      else if (key === 'would') group.conditional = true;
      else if (NEGATORS.has(key) || (key === 'longer' && this.tokens[j - 1]?.key === 'no')) group.negated = true;
      else if (HEARSAY_ADVERBS.has(key)) group.hearsay = true;
      else if (STOPPING_VERBS.has(key) || DENIAL_VERBS.has(key)) group.negated = true; // "stop supporting", "denied backing"
      else if (ASPECTUAL_VERBS.has(key) && /ing$/.test(this.tokens[i]?.key ?? '')) {
        // "keep supporting", "continued backing": the same statement.
      }
      else if (!(AUXILIARIES.has(key) || CLAUSE_ADVERBS.has(key) || (key.endsWith('ly') && !token.capitalised))) break;
      group.start = j;
    }
    const key = this.tokens[i]?.key ?? '';
    const participle = key.endsWith('ed') || ['sent', 'given', 'sold', 'lent', 'got', 'gotten', 'withdrawn'].includes(key);
    group.passive = be && participle;
    group.notAVerb = be && !participle && !key.endsWith('ing');
    return group;
  }

  /** The subject of a verb group, inheriting across "X did A, and did B" and resolving relative "which/who". */
  private subjectOf(groupStart: number, depth = 0): Referent[] {
    if (depth > 4) return [];
    let j = groupStart - 1;
    const before = this.tokens[j];
    if (!before) return [];
    // "Turkey backs the GNA, ..., and has signed": the second verb shares the first one's subject.
    if (CONJUNCTIONS.has(before.key)) {
      const previous = this.previousVerb(j - 1);
      return previous === undefined ? [] : this.subjectOf(this.verbGroup(previous).start, depth + 1);
    }
    // "the GNA, which Turkey backs" is an object relative: not handled; "Russia, which backs Haftar": subject relative.
    if (before.key === 'which' || before.key === 'who' || before.key === 'that') {
      const antecedentEnd = this.tokens[j - 1]?.text === ',' ? j - 1 : j;
      return this.headOfSpan(this.phraseStartLeft(antecedentEnd - 1), antecedentEnd, [], 'subject');
    }
    // "... he continued helping": the pronoun right before the verb is the subject, whatever precedes it.
    if (PRONOUNS.has(before.key) && !POSSESSIVE_PRONOUNS.has(before.key)) return this.byPronoun(before.key, j, [], 'subject');
    while (j >= 0 && !this.isSubjectBoundary(j)) j--;
    // "agreements that we have reached with ..., Canada, and Japan, will help": what follows
    // "reached with" is that verb's complement, not this verb's subject.
    const first = this.tokens[j + 1];
    if (j >= 0 && this.isVerbLike(j) && first && (first.text === ',' || PREPOSITIONS.has(first.key))) return [];
    // "X, the leader of ..., is backed": a comma before the verb closes an apposition; every part may name the subject.
    if (before.text === ',') return this.headOfSpan(j + 1, groupStart, [], 'subject');
    // Otherwise the subject is the last comma-separated part ("According to Bloomberg, Egypt backs ..."), or a list of names ending it.
    return this.headOfSpan(this.lastPartStart(j + 1, groupStart), groupStart, [], 'subject');
  }

  /** Start of the last comma-separated part of [from, to), extended over a list of names closed by "and"/"or". */
  private lastPartStart(from: number, to: number): number {
    let start = from;
    for (let k = to - 1; k >= from; k--) {
      if (this.tokens[k]?.text === ',') {
        start = k + 1;
        break;
      }
    }
    if (start === from || !['and', 'or'].includes(this.tokens[start]?.key ?? '')) return start;
    // "Egypt, Russia, and the UAE": walk back over ", <name>" items.
    let listStart = start;
    for (let comma = start - 1; this.tokens[comma]?.text === ',' && comma > from; ) {
      const mention = this.mentionAt[comma - 1];
      if (!mention) break;
      const itemStart = this.tokens[mention.start - 1]?.key === 'the' ? mention.start - 1 : mention.start;
      listStart = itemStart;
      comma = itemStart - 1;
      if (itemStart <= from || this.tokens[comma]?.text !== ',') break;
    }
    return listStart;
  }

  /** The subject of a verb group, or of the governing verb for "to"-infinitives. */
  private subjectForGroup(group: VerbGroup): Referent[] {
    if (!group.infinitive) return this.subjectOf(group.start);
    const governing = this.governingVerb(group.start);
    return governing === undefined ? [] : this.subjectOf(this.verbGroup(governing).start);
  }

  private isSubjectBoundary(j: number): boolean {
    const token = this.tokens[j];
    if (!token) return true;
    // ", and this event should ..." starts a new clause, unless it closes a list of names ("Egypt, Russia, and the UAE back ...").
    if (token.kind === 'word' && CONJUNCTIONS.has(token.key) && this.tokens[j - 1]?.text === ',') return !this.closesNameList(j - 1);
    if (token.kind === 'punct') return token.text === ';' || token.text === ':' || QUOTES.has(token.text) || token.text === '—';
    if (token.kind === 'possessive') return false;
    return SUBORDINATORS.has(token.key) || this.isVerbLike(j);
  }

  /** Is the comma at `comma` preceded by a name that is a whole comma-separated item ("Egypt, Russia, and")? */
  private closesNameList(comma: number): boolean {
    const mention = this.mentionAt[comma - 1];
    if (!mention) return false;
    const before = this.tokens[mention.start - 1]?.key === 'the' ? mention.start - 2 : mention.start - 1;
    return this.tokens[before]?.text === ',';
  }

  /** The nearest verb to the left of `from` in the same sentence (for coordination and infinitives). */
  private previousVerb(from: number): number | undefined {
    for (let j = from; j >= 0; j--) {
      const token = this.tokens[j];
      if (token?.text === ';' || token?.text === ':') return undefined;
      if (this.isVerbLike(j) && !AUXILIARIES.has(token?.key ?? '')) return j;
    }
    return undefined;
  }

  /** The verb a "to"-infinitive at `toAt` depends on: "urged world powers to ...", "signed an agreement to ...". */
  private governingVerb(toAt: number): number | undefined {
    for (let j = toAt - 1; j >= 0; j--) {
      const token = this.tokens[j];
      if (!token || token.text === ';' || token.text === ':' || (token.kind === 'word' && SUBORDINATORS.has(token.key) && token.key !== 'that')) return undefined;
      if (this.isVerbLike(j) && !AUXILIARIES.has(token.key)) return j;
    }
    return undefined;
  }

  /** Kind of cooperation named between a verb and its purpose clause: "signed a military cooperation agreement to help". */
  private agreementKind(from: number, to: number): string | undefined {
    const words = this.tokens.slice(from, to);
    if (!words.some((t) => AGREEMENT_NOUNS.has(t.key) || t.key === 'cooperation')) return undefined;
    return cooperationKind(this.tokens, from, to) ?? 'cooperation agreement';
  }

  /** Is token j a verb here? Names, nouns after determiners and participles used as adjectives are not. */
  private isVerbLike(j: number): boolean {
    const token = this.tokens[j];
    if (!token || token.kind !== 'word' || token.allCaps) return false;
    if (token.capitalised && !isSentenceStart(this.tokens, j)) return false;
    const key = token.key;
    if (AUXILIARIES.has(key)) return true;
    if (key === 'according' && this.tokens[j + 1]?.key === 'to') return false; // a preposition
    // Nothing after "the" or "Russia's" is a verb: "Russia's continued support".
    const before = this.tokens[j - 1];
    if (before && (before.kind === 'possessive' || (DETERMINERS.has(before.key) && before.key !== 'that'))) return false;
    const known = BACKING_VERBS.has(key) || TRANSFER_VERBS.has(key) || RECEIVING_VERBS.has(key) || REPORTING_VERBS.has(key) || OBJECT_CONTROL_VERBS.has(key) || STOPPING_VERBS.has(key) || DENIAL_VERBS.has(key) || ACCUSING_VERBS.has(key) || INTENTION_VERBS.has(key);
    const tags = lexiconTags(key);
    if (!known && !tags.some((t) => VERB_TAGS.has(t))) return false;
    if (this.isNounUse(j)) return false;
    // "illegal armed forces", "internationally recognized government": participles as adjectives.
    const next = this.tokens[j + 1];
    const previous = this.tokens[j - 1];
    if (key.endsWith('ed') && next?.kind === 'word' && !PREPOSITIONS.has(next.key) && !DETERMINERS.has(next.key) && !next.capitalised && previous?.kind === 'word' && (isAdjective(previous.key) || previous.key.endsWith('ly'))) return false;
    return true;
  }

  /** A support word used as a noun: after a determiner, possessive, preposition, adjective or noun modifier, or a demonym. */
  private isNounUse(i: number): boolean {
    const previous = this.tokens[i - 1];
    const word = this.tokens[i]?.key ?? '';
    if (!canBeNoun(word)) return false;
    // "support for Haftar", "backing from Russia": verbs do not take these.
    if (['for', 'from'].includes(this.tokens[i + 1]?.key ?? '') && SUPPORT_NOUNS.has(word)) return true;
    if (!previous) return false;
    if (previous.kind === 'possessive') return true;
    if (previous.kind === 'punct') return previous.text === '(' ;
    const key = previous.key;
    if (DETERMINERS.has(key) || POSSESSIVE_PRONOUNS.has(key) || (PREPOSITIONS.has(key) && key !== 'to')) return true;
    const mention = this.mentionAt[i - 1];
    if (mention) return mention.source === 'demonym' && !previous.text.endsWith('s');
    if (previous.capitalised || AUXILIARIES.has(key) || NEGATORS.has(key) || CLAUSE_ADVERBS.has(key) || PRONOUNS.has(key) || CONJUNCTIONS.has(key) || SUBORDINATORS.has(key)) return false;
    if (/^\p{N}/u.test(previous.text)) return true;
    const tags = lexiconTags(key);
    if (tags.some((t) => VERB_TAGS.has(t))) return false;
    return tags.length === 0 ? !key.endsWith('ly') : tags.some((t) => NOUN_TAGS.has(t) || t === 'Adjective');
  }

  /**
   * The infinitive after "to" ("to speak with", "to bomb Haftar's forces") rather than a recipient
   * ("to Haftar", "to renegade commander Haftar"): a lower-case word that is not an adjective and
   * is a verb in the lexicon or is followed by what follows verbs (an article, a name, a pronoun,
   * a preposition). The lexicon alone would miss "help", "fight", "attack" (tagged as nouns).
   */
  private isVerbBase(j: number): boolean {
    const token = this.tokens[j];
    if (!token || token.kind !== 'word' || token.capitalised || DETERMINERS.has(token.key) || PRONOUNS.has(token.key) || /^\p{N}/u.test(token.text)) return false;
    const tags = lexiconTags(token.key);
    if (tags.includes('Adjective') && !tags.some((t) => VERB_TAGS.has(t))) return false;
    if (tags.includes('Infinitive')) return true;
    const next = this.tokens[j + 1];
    if (!next || next.kind !== 'word') return false;
    return next.capitalised || DETERMINERS.has(next.key) || PRONOUNS.has(next.key) || PREPOSITIONS.has(next.key);
  }

  /** Where the claim containing token `from` stops: a clause boundary or the end of the sentence. */
  private clauseEnd(from: number): number {
    for (let j = from; j < this.tokens.length; j++) {
      const token = this.tokens[j];
      if (!token) break;
      if (token.text === ',' || token.text === ';' || token.text === '”' || (token.kind === 'word' && SUBORDINATORS.has(token.key) && !['after', 'before', 'since', 'as', 'until'].includes(token.key))) return j;
    }
    return this.tokens.length;
  }

  private skipParticles(from: number): number {
    let j = from;
    while (this.tokens[j] && (CLAUSE_ADVERBS.has(this.tokens[j]?.key ?? '') || this.tokens[j]?.key === 'up' || (this.tokens[j]?.key.endsWith('ly') && !this.tokens[j]?.capitalised))) j++;
    return j;
  }

  /** End (exclusive) of the noun phrase starting at `from`: stops at commas, prepositions other than "of", clauses and verbs. */
  private phraseEnd(from: number): number {
    let j = from;
    while (j < this.tokens.length) {
      const token = this.tokens[j];
      if (!token) break;
      if (token.kind === 'punct') {
        if (token.text === '(' || token.text === ')') {
          j++;
          continue;
        }
        break;
      }
      if (token.kind === 'possessive' || this.mentionAt[j]) {
        j++;
        continue;
      }
      const key = token.key;
      const ofSide = key === 'of' || (key === 'to' && this.tokens[j - 1]?.key === 'loyal');
      if (j > from && PREPOSITIONS.has(key) && !ofSide) break;
      if (j > from && (SUBORDINATORS.has(key) || CONJUNCTIONS.has(key))) break;
      if (j > from && this.isVerbLike(j)) break;
      j++;
    }
    return j;
  }

  /** Start of the noun phrase ending just before `end` (exclusive), scanning left. */
  private phraseStartLeft(last: number): number {
    let j = last;
    while (j >= 0) {
      const token = this.tokens[j];
      if (!token || (token.kind === 'punct' && token.text !== '(' && token.text !== ')')) break;
      if (token.kind === 'word' && !this.mentionAt[j] && (SUBORDINATORS.has(token.key) || CONJUNCTIONS.has(token.key) || (PREPOSITIONS.has(token.key) && token.key !== 'of') || this.isVerbLike(j))) break;
      j--;
    }
    return j + 1;
  }

  /** Like phraseStartLeft, but over coordinated names: "[Egypt and the UAE], Haftar's backers". */
  private coordinatedPhraseStart(last: number): number {
    let start = this.phraseStartLeft(last);
    while (['and', 'or'].includes(this.tokens[start - 1]?.key ?? '') && this.mentionAt[start - 2]) start = this.phraseStartLeft(start - 2);
    return start;
  }

  /** The noun phrase before a reduced relative: "the GNA, backed by Turkey" / "forces backed by Russia". */
  private reducedRelativeHead(participle: number): Referent[] {
    const end = this.tokens[participle - 1]?.text === ',' ? participle - 1 : participle;
    return this.headOfSpan(this.coordinatedPhraseStart(end - 1), end);
  }

  private byPhrase(from: number, to: number): Referent[] {
    for (let j = from; j < to; j++) if (this.tokens[j]?.key === 'by') return this.listAt(j + 1);
    return [];
  }

  /** Where the modifiers of a noun start: "Russia's [continued military] support". */
  private modifiersStart(i: number): number {
    let j = i;
    while (j - 1 >= 0 && i - j < 4) {
      const token = this.tokens[j - 1];
      if (!token || token.kind !== 'word' || token.capitalised || this.mentionAt[j - 1]) break;
      if (DETERMINERS.has(token.key) || PREPOSITIONS.has(token.key) || AUXILIARIES.has(token.key) || CONJUNCTIONS.has(token.key) || PRONOUNS.has(token.key)) break;
      if (this.isVerbLike(j - 1)) break;
      j--;
    }
    return j;
  }

  /** The supporter named before a noun: "Turkey's ...", "Turkish ...", "the Turkish ...", "its ..." (pronoun). */
  private possessorOrDemonym(modifiersStart: number): Referent[] {
    const before = this.tokens[modifiersStart - 1];
    if (!before) return [];
    if (before.kind === 'possessive') {
      const mention = this.mentionAt[modifiersStart - 2];
      if (mention) return [{ entity: mention.entity, certainty: 1 }];
      const roleOrPronoun = this.tokens[modifiersStart - 2];
      return roleOrPronoun && isRoleNoun(roleOrPronoun.key) ? this.byRole(roleOrPronoun.key, modifiersStart - 2) : [];
    }
    if (POSSESSIVE_PRONOUNS.has(before.key)) return this.byPronoun(before.key, modifiersStart - 1, [], 'subject');
    const mention = this.mentionAt[modifiersStart - 1];
    return mention && mention.end === modifiersStart ? [{ entity: mention.entity, certainty: 1 }] : [];
  }

  /** "an end to X's support", "stopped its support", "no support": the support is denied or withdrawn. */
  private isCancelled(modifiersStart: number): boolean {
    let j = modifiersStart - 1;
    if (this.tokens[j]?.kind === 'possessive') j -= 2;
    else if (this.mentionAt[j]) j = (this.mentionAt[j]?.start ?? j) - 1;
    if (DETERMINERS.has(this.tokens[j]?.key ?? '') || POSSESSIVE_PRONOUNS.has(this.tokens[j]?.key ?? '')) {
      if (this.tokens[j]?.key === 'no') return true;
      j--;
    }
    for (let k = j; k >= Math.max(0, j - 2); k--) {
      const key = this.tokens[k]?.key ?? '';
      if (STOPPING_VERBS.has(key) || DENIAL_VERBS.has(key) || key === 'without' || key === 'lack' || NEGATORS.has(key) || key.endsWith("n't")) return true;
      if (key === 'to' && ['end', 'halt', 'stop'].includes(this.tokens[k - 1]?.key ?? '')) return true;
      if (this.tokens[k]?.kind !== 'word' || !(this.tokens[k]?.key === 'an' || this.tokens[k]?.key === 'to' || this.tokens[k]?.key === 'of')) break;
    }
    return false;
  }

  // ---- noun phrases and reference ------------------------------------------------------------

  /** Referents of a noun phrase or a list of them ("Egypt, Russia, and the United Arab Emirates"). */
  private listAt(from: number, exclude: readonly Referent[] = []): Referent[] {
    const items: Referent[][] = [];
    let start = from;
    let closedByConjunction = false;
    while (start < this.tokens.length && this.tokens[start]?.text === '(') start++;
    // "help meet it", "back where he belongs": no noun phrase here.
    const first = this.tokens[start];
    if (!first || first.kind !== 'word' || SUBORDINATORS.has(first.key) || PREPOSITIONS.has(first.key) || (!this.mentionAt[start] && this.isVerbLike(start))) return [];
    for (let count = 0; count < 12; count++) {
      const end = this.phraseEnd(start);
      items.push(this.headOfSpan(start, end, exclude, 'object'));
      let next = end;
      if (this.tokens[next]?.text === ',') next++;
      const conjunction = ['and', 'or'].includes(this.tokens[next]?.key ?? '');
      if (conjunction) next++;
      // A list of names starts with a name: "the elections, and NATO is leading" is not one.
      if (next === end || items[0]?.length === 0 || !this.isBareName(next)) break;
      closedByConjunction = conjunction;
      start = next;
    }
    // "Egypt, Russia, and the UAE" is a list; "to Haftar, Bashagha told Bloomberg" is not: a list ends with "and"/"or".
    const kept = closedByConjunction ? items : items.slice(0, 1);
    return kept.flat();
  }

  /** A list item that is just a name ("the United Arab Emirates", "Haftar’s forces"), not a description ("Libya’s internationally recognized government"). */
  private isBareName(from: number): boolean {
    let j = from;
    if (this.tokens[j]?.key === 'the') j++;
    const mention = this.mentionAt[j];
    if (!mention || mention.start !== j) return false;
    let end = mention.end;
    if (this.tokens[end]?.kind === 'possessive') end++;
    if (isSideNoun(this.tokens[end]?.key ?? '')) end++;
    else if (this.tokens[end]?.kind === 'possessive') return false;
    const after = this.tokens[end];
    return !after || after.kind === 'punct' || CONJUNCTIONS.has(after.key) || PREPOSITIONS.has(after.key) || this.isVerbLike(end);
  }

  /**
   * Who a span of tokens refers to. Comma-separated parts are appositions ("Commander of the
   * National Army, Field Marshal KhalifaHaftar,"); in each, a name inside a prepositional phrase is
   * only a modifier ("the leader of forces in eastern Libya") unless it follows a side noun
   * ("the forces of Haftar"), and a possessor before another name is a modifier ("Libya's
   * Khalifa Haftar"). Falls back on pronouns and role nouns ("the Libyan commander").
   */
  private headOfSpan(from: number, to: number, exclude: readonly Referent[] = [], role: PhraseRole = 'object'): Referent[] {
    let weak: Referent[] = [];
    let fallback: Referent[] = [];
    let segmentStart = from;
    for (let j = from; j <= to; j++) {
      if (j < to && this.tokens[j]?.text !== ',') continue;
      const segment = this.headOfSegment(segmentStart, j, exclude, role);
      if (segment.strength === 'strong') return [...segment.referents, ...this.restOfNameList(j, to)];
      if (segment.strength === 'weak' && weak.length === 0) weak = segment.referents;
      if (segment.strength === 'reference' && fallback.length === 0) fallback = segment.referents;
      segmentStart = j + 1;
    }
    return weak.length > 0 ? weak : fallback;
  }

  /** "Egypt[, Russia, and the UAE]": further names when the rest of the span is a list closed by "and"/"or". */
  private restOfNameList(comma: number, to: number): Referent[] {
    const names: Referent[] = [];
    let j = comma;
    let closed = false;
    while (j < to && this.tokens[j]?.text === ',') {
      let start = j + 1;
      const conjunction = ['and', 'or'].includes(this.tokens[start]?.key ?? '');
      if (conjunction) start++;
      if (this.tokens[start]?.key === 'the') start++;
      const mention = this.mentionAt[start];
      if (!mention || mention.start !== start) return [];
      const end = mention.end;
      if (end < to && this.tokens[end]?.text !== ',') return [];
      names.push({ entity: mention.entity, certainty: 1 });
      closed = conjunction;
      j = end;
    }
    return closed ? names : [];
  }

  private headOfSegment(from: number, to: number, exclude: readonly Referent[], role: PhraseRole): { strength: 'strong' | 'weak' | 'reference' | 'none'; referents: Referent[] } {
    let weak: Referent[] = [];
    const strong: Referent[] = [];
    for (const mention of this.mentions) {
      if (mention.start < from || mention.end > to) continue;
      const after = this.tokens[mention.end];
      const hasLaterName = this.mentions.some((m) => m.start >= mention.end && m.end <= to);
      if (after?.kind === 'possessive' && hasLaterName) continue;
      if (mention.source === 'demonym' && !this.demonymStandsForCountry(mention, to, role)) continue;
      if (this.hasCommonNounDeterminer(mention.start, from)) continue;
      const governor = this.governingPreposition(from, mention.start);
      if (governor !== undefined) {
        const head = this.tokens[governor - 1]?.key ?? '';
        const ofSide = this.tokens[governor]?.key === 'of' || this.tokens[governor]?.key === 'to';
        if (ofSide && isSideNoun(head)) strong.push({ entity: mention.entity, certainty: 1 });
        else if (ofSide && (isRoleNoun(head) || isOrganisationWord(head)) && weak.length === 0) weak = [{ entity: mention.entity, certainty: 0.9 }];
        continue;
      }
      // "Egypt and Russia back Haftar": coordinated names all count; otherwise the first name is the head.
      if (strong.length > 0 && !this.coordinatedWithPrevious(mention)) continue;
      strong.push({ entity: mention.entity, certainty: 1 });
    }
    const usable = strong.filter((r) => !exclude.some((e) => e.entity === r.entity));
    if (usable.length > 0) return { strength: 'strong', referents: usable };
    if (weak.length > 0) return { strength: 'weak', referents: weak };
    // No name: a pronoun or a role noun refers back.
    for (let j = from; j < to; j++) {
      const token = this.tokens[j];
      if (!token || token.kind !== 'word') continue;
      if (PREPOSITIONS.has(token.key)) break;
      if (PRONOUNS.has(token.key) && !POSSESSIVE_PRONOUNS.has(token.key)) return { strength: 'reference', referents: this.byPronoun(token.key, j, exclude, role) };
      if (isRoleNoun(token.key) && !token.capitalised) return { strength: 'reference', referents: this.byRole(token.key, j) };
    }
    return { strength: 'none', referents: [] };
  }

  /** "Egypt and (the) Russia": only a conjunction (and an article) between this name and the one before. */
  private coordinatedWithPrevious(mention: Mention): boolean {
    let j = mention.start - 1;
    if (this.tokens[j]?.key === 'the') j--;
    if (!['and', 'or'].includes(this.tokens[j]?.key ?? '')) return false;
    return this.mentionAt[j - 1] !== undefined;
  }

  /**
   * "Turkish forces", "the Turks sent" stand for the country; "Turkish targets", "the Libyan
   * commander" do not, and neither does a plural object ("helping Americans" are people).
   */
  private demonymStandsForCountry(mention: Mention, to: number, role: PhraseRole): boolean {
    const next = this.tokens[mention.end];
    if (role === 'object' && this.tokens[mention.end - 1]?.text.endsWith('s')) return false;
    if (!next || mention.end >= to || next.kind !== 'word') return true;
    if (isSideNoun(next.key)) return true;
    const second = this.tokens[mention.end + 1];
    return next.key === 'air' && isSideNoun(second?.key ?? '');
  }

  /** "their respective Governments", "a Senator": a name does not take these determiners, so it is a capitalised common noun. */
  private hasCommonNounDeterminer(at: number, from: number): boolean {
    for (let j = at - 1; j >= Math.max(from, at - 3); j--) {
      const token = this.tokens[j];
      if (!token || token.kind !== 'word' || token.capitalised) return false;
      if (POSSESSIVE_PRONOUNS.has(token.key) || ['our', 'my', 'your', 'a', 'an', 'these', 'those', 'every', 'each', 'respective'].includes(token.key)) return true;
      if (DETERMINERS.has(token.key) || PREPOSITIONS.has(token.key)) return false;
    }
    return false;
  }

  /** A preposition between the start of the phrase and a name, not belonging to an earlier name. */
  private governingPreposition(from: number, at: number): number | undefined {
    for (let j = at - 1; j >= from; j--) {
      const token = this.tokens[j];
      if (!token || this.mentionAt[j]) continue;
      // "In 2019 Russia ...", "On Thursday Turkey ...": a date closes the phrase before the name.
      if (/^\p{N}/u.test(token.text) || CALENDAR_WORDS.has(token.key)) return undefined;
      if (token.kind === 'word' && PREPOSITIONS.has(token.key)) return j;
    }
    return undefined;
  }

  /**
   * Pronouns, conservatively: "they/them" (usually plain plurals) and first/second person are
   * never resolved. An object "it"/"him" is the nearest earlier direct object in the same
   * sentence ("Turkey backs the GNA ... to help it" → the GNA); a subject "it"/"he" is the
   * sentence's opening subject ("Turkey said it ..."), or the previous sentence's.
   */
  private byPronoun(pronoun: string, at: number, exclude: readonly Referent[], role: PhraseRole): Referent[] {
    const wantsPerson = ['he', 'him', 'his', 'she', 'her'].includes(pronoun);
    if (!wantsPerson && pronoun !== 'it' && pronoun !== 'its') return [];
    const fits = (m: Mention): boolean => (wantsPerson ? m.entity.kind === 'person' : m.entity.kind !== 'person') && !exclude.some((e) => e.entity === m.entity);
    if (role === 'object') {
      for (let k = this.mentions.length - 1; k >= 0; k--) {
        const mention = this.mentions[k];
        if (mention && mention.end <= at && fits(mention) && this.isDirectObject(mention)) return [{ entity: mention.entity, certainty: 0.85 }];
      }
      return [];
    }
    const opening = this.mentions[0];
    if (opening && opening.end <= at && fits(opening) && this.opensSentence(opening, this.tokens)) return [{ entity: opening.entity, certainty: 0.85 }];
    const previous = this.context.previousSentences?.[this.context.previousSentences.length - 1];
    if (!previous) return [];
    const tokens = tokenize(previous.text);
    const first = this.catalog.findMentions(tokens)[0];
    return first && fits(first) && this.opensSentence(first, tokens) ? [{ entity: first.entity, certainty: 0.7 }] : [];
  }

  /** "backs the GNA": the name follows a verb, possibly after a determiner. */
  private isDirectObject(mention: Mention): boolean {
    let j = mention.start - 1;
    if (DETERMINERS.has(this.tokens[j]?.key ?? '')) j--;
    return this.isVerbLike(j) && !AUXILIARIES.has(this.tokens[j]?.key ?? '');
  }

  /** The name is the first words of its sentence (after an opening adverbial): its subject. */
  private opensSentence(mention: Mention, tokens: readonly Token[]): boolean {
    for (let j = mention.start - 1; j >= 0; j--) {
      const token = tokens[j];
      if (!token) break;
      if (token.kind === 'punct') continue;
      if (token.key === 'the' || (j === 0 && CLAUSE_ADVERBS.has(token.key))) continue;
      return token.kind === 'word' && tokens[j + 1]?.text === ','; // "Meanwhile, Turkey ..."
    }
    return true;
  }

  /** "the Libyan commander", "as commander receives ..." → the nearest earlier person the corpus calls a commander. */
  private byRole(role: string, at: number): Referent[] {
    const fits = (m: Mention): boolean => m.entity.kind === 'person' && (m.entity.roles ?? []).some((r) => sameRole(r, role));
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const mention = this.mentions[k];
      if (mention && mention.end <= at && fits(mention)) return [{ entity: mention.entity, certainty: 0.8 }];
    }
    for (const mentions of this.previousSentenceMentions()) {
      for (let k = mentions.length - 1; k >= 0; k--) {
        const mention = mentions[k];
        if (mention && fits(mention)) return [{ entity: mention.entity, certainty: 0.7 }];
      }
    }
    return [];
  }

  /** Mentions of the context sentences, nearest sentence first; tokenised only when a reference needs them. */
  private previousSentenceMentions(): Mention[][] {
    this.previousMentions ??= [...(this.context.previousSentences ?? [])]
      .reverse()
      .slice(0, 3)
      .map((s) => this.catalog.findMentions(tokenize(s.text)));
    return this.previousMentions;
  }

  // ---- reported speech ----------------------------------------------------------------------

  /** Reporting frames of the sentence: trailing "..., said Z", leading "Z said (that) ...", "according to Z", "reports that". */
  private reportingFrames(): ReportingFrame[] {
    if (this.frames) return this.frames;
    const frames: ReportingFrame[] = [];
    const trailing = this.trailingFrame();
    const leadingLimit = trailing ? trailing.to : this.tokens.length;
    if (trailing) frames.push(trailing);
    for (let v = 0; v < leadingLimit; v++) {
      const token = this.tokens[v];
      if (!token || token.kind !== 'word') continue;
      // "According to Z, <claim>" covers what follows; "<claim>, according to Z" what precedes.
      if (token.key === 'according' && this.tokens[v + 1]?.key === 'to') {
        const end = this.phraseEnd(v + 2);
        const speaker = this.speakerOf(v + 2, end);
        frames.push(isSentenceStart(this.tokens, v) ? { speaker, from: end, to: leadingLimit, denial: false } : { speaker, from: 0, to: v, denial: false });
        continue;
      }
      // "amid reports that ...", "media reports say ..."
      if ((token.key === 'reports' || token.key === 'report') && this.isNounUse(v) && this.tokens[v + 1]?.key === 'that') {
        frames.push({ speaker: 'reports', from: v + 2, to: leadingLimit, denial: false });
        continue;
      }
      const reporting = REPORTING_VERBS.has(token.key);
      const denial = DENIAL_VERBS.has(token.key);
      if ((!reporting && !denial) || !this.isVerbLike(v)) continue;
      // "denied backing Y" is handled as negation of the verb; here only clausal complements.
      if (denial && !(this.tokens[v + 1]?.key === 'that' || this.tokens[v + 1]?.key === 'reports')) continue;
      const group = this.verbGroup(v);
      const subject = this.subjectSpan(group.start);
      if (!subject) continue;
      frames.push({ speaker: this.speakerOf(subject.from, subject.to), from: v + 1, to: leadingLimit, denial: denial || group.negated });
    }
    this.frames = frames;
    return frames;
  }

  /** "..., Libya’s Interior Minister Fathi Bashagha has said." / "“...,” said the statement." / "..., Bashagha told Bloomberg." */
  private trailingFrame(): ReportingFrame | undefined {
    let last = this.tokens.length;
    while (last > 0 && this.tokens[last - 1]?.kind === 'punct') last--;
    for (let c = last - 1; c > 0 && last - c <= 16; c--) {
      const token = this.tokens[c];
      if (!token || !(token.text === ',' || token.text === '”' || token.text === '"')) continue;
      let from = c + 1;
      while (this.tokens[from]?.kind === 'punct') from++;
      if (from >= last) continue;
      const tail = this.tokens.slice(from, last);
      if (tail.some((t) => isSupportCue(t))) return undefined;
      if (this.tokens[from]?.key === 'according' && this.tokens[from + 1]?.key === 'to') {
        return { speaker: this.speakerOf(from + 2, last), from: 0, to: c, denial: false };
      }
      // The last reporting verb: "a UN report said" is said, not reported.
      let verbAt = -1;
      tail.forEach((t, k) => {
        if (REPORTING_VERBS.has(t.key) && !t.capitalised && this.isVerbLike(from + k)) verbAt = from + k;
      });
      if (verbAt < from) continue;
      if (verbAt === from || (verbAt === from + 1 && ['has', 'had'].includes(this.tokens[from]?.key ?? ''))) {
        // "said GNA deputy defence minister Salah Namrush"
        return { speaker: this.speakerOf(verbAt + 1, this.phraseEnd(verbAt + 1)), from: 0, to: c, denial: false };
      }
      let speakerEnd = verbAt;
      while (speakerEnd > from && AUXILIARIES.has(this.tokens[speakerEnd - 1]?.key ?? '')) speakerEnd--;
      return { speaker: this.speakerOf(from, speakerEnd), from: 0, to: c, denial: false };
    }
    return undefined;
  }

  /** The subject span of a reporting verb, without resolving it to an entity. */
  private subjectSpan(groupStart: number): { from: number; to: number } | undefined {
    let j = groupStart - 1;
    while (j >= 0 && !this.isSubjectBoundary(j)) j--;
    // The speaker is the last comma-separated part: "In a separate statement, Turkey's ... Hami Aksoy said".
    let from = j + 1;
    for (let k = groupStart - 1; k > from; k--) {
      if (this.tokens[k]?.text === ',') {
        from = k + 1;
        break;
      }
    }
    return from < groupStart ? { from, to: groupStart } : undefined;
  }

  /** A speaker's name: the person named in the span ("Libya’s Interior Minister Fathi Bashagha"), else its head name, else the words as written. */
  private speakerOf(from: number, to: number): string {
    const inSpan = this.mentions.filter((m) => m.start >= from && m.end <= to);
    const person = [...inSpan].reverse().find((m) => m.entity.kind === 'person');
    if (person) return person.entity.name;
    const last = inSpan[inSpan.length - 1];
    // "Interfax news agency", "the U.S. news outlet": the name modifies the real head; keep the words.
    if (last && last.end === to && last.source !== 'demonym') return last.entity.name;
    const words = this.tokens.slice(from, to).filter((t) => t.kind !== 'punct' || t.text === '-');
    const first = words[0];
    if (words.length === 1 && first && PRONOUNS.has(first.key)) return this.previousSpeaker(first.key) ?? first.text;
    while (words.length > 1 && DETERMINERS.has(words[0]?.key ?? '') && words[0]?.key !== 'the') words.shift();
    const lastWord = words[words.length - 1];
    return first && lastWord ? this.sentence.text.slice(words[0]?.start ?? first.start, lastWord.end) : 'unnamed source';
  }

  /** "“...,” he stated." → the speaker of the nearest earlier sentence that names one. */
  private previousSpeaker(pronoun: string): string | undefined {
    if (!['he', 'she', 'they'].includes(pronoun)) return undefined;
    const previous = [...(this.context.previousSentences ?? [])].reverse().slice(0, 3);
    for (const sentence of previous) {
      const reader = new SentenceReader(sentence, tokenize(sentence.text), this.catalog, {});
      const named = reader.reportingFrames().find((f) => !PRONOUNS.has(f.speaker.toLowerCase()));
      if (named) return named.speaker;
    }
    return undefined;
  }

  /** The innermost frame covering token `at`: the closest leading one before it, else the trailing one. */
  private frameFor(at: number): ReportingFrame | undefined {
    let best: ReportingFrame | undefined;
    for (const frame of this.reportingFrames()) {
      if (at < frame.from || at >= frame.to) continue;
      if (!best || frame.from > best.from) best = frame;
    }
    return best;
  }

  // ---- output ------------------------------------------------------------------------------

  private toRelations(findings: readonly Finding[]): SupportRelation[] {
    const byKey = new Map<string, SupportRelation>();
    for (const finding of findings) {
      const frame = finding.reportedBy === undefined ? this.frameFor(finding.at) : undefined;
      if (frame?.denial) continue;
      const reportedBy = finding.reportedBy ?? frame?.speaker ?? (finding.hearsay ? 'reports' : null);
      const reportFactor = (reportedBy === null ? 1 : reportedBy === 'reports' ? 0.8 : 0.9) * (finding.conditional && !frame ? 0.7 : 1);
      for (const backer of finding.backers) {
        for (const backed of finding.backed) {
          if (backer.entity === backed.entity) continue;
          const confidence = round(clamp(finding.confidence * backer.certainty * backed.certainty * reportFactor));
          const relation: SupportRelation = { backer: backer.entity.name, backed: backed.entity.name, support: finding.support, reportedBy, confidence, sentence: this.sentence };
          const key = `${relation.backer}\u0000${relation.backed}\u0000${relation.support}`;
          const existing = byKey.get(key);
          if (!existing || existing.confidence < confidence) byKey.set(key, relation);
        }
      }
    }
    return [...byKey.values()].sort((a, b) => b.confidence - a.confidence);
  }
}

// ---------------------------------------------------------------------------------------------
// Small word-level helpers

function isSentenceStart(tokens: readonly Token[], j: number): boolean {
  for (let k = j - 1; k >= 0; k--) {
    const token = tokens[k];
    if (!token) break;
    if (token.kind !== 'punct') return false;
    if (QUOTES.has(token.text) || token.text === '(' || token.text === ':') return true;
  }
  return true;
}

/** Verb forms compromise knows only as verbs but which are common nouns too. */
const AMBIGUOUS_NOUNS = new Set(['states', 'claims', 'notes', 'reports', 'report', 'statements', 'backs', 'supports', 'sends', 'offers', 'pledges', 'deals']);

/** "receives" is only ever a verb; "support", "arms", "reports" may be nouns. */
function canBeNoun(key: string): boolean {
  return SUPPORT_NOUNS.has(key) || AMBIGUOUS_NOUNS.has(key) || BACKER_NOUNS.has(key) || MATERIAL_KINDS.has(key) || key === 'report' || key === 'reports' || lexiconTags(key).some((t) => NOUN_TAGS.has(t)) || lexiconTags(key).length === 0;
}

function isAdjective(key: string): boolean {
  const tags = lexiconTags(key);
  return tags.includes('Adjective') || tags.includes('Comparative') || tags.includes('Superlative');
}

/** The kind of material named first in tokens [from, to): "at least eight warplanes" → "warplanes"; undefined when nothing material is named. */
function materialKind(tokens: readonly Token[], from: number, to: number): string | undefined {
  for (let j = Math.max(0, from); j < to; j++) {
    const token = tokens[j];
    if (!token || token.kind !== 'word') continue;
    // Two-word names first at each position: "air support" before "support".
    const pair = j + 1 < to ? MATERIAL_KINDS.get(`${token.key} ${tokens[j + 1]?.key ?? ''}`) : undefined;
    const kind = pair ?? MATERIAL_KINDS.get(token.key);
    if (kind) return kind;
  }
  return undefined;
}

/** "military and security cooperation", "defence cooperation agreement" → "military cooperation". */
function cooperationKind(tokens: readonly Token[], from: number, to: number): string | undefined {
  const words = tokens.slice(from, to).map((t) => t.key);
  if (!words.includes('cooperation')) return undefined;
  return words.some((w) => ['military', 'security', 'defence', 'defense'].includes(w)) ? 'military cooperation' : 'cooperation';
}

const ROLE_GROUPS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['commander', 'general', 'marshal', 'chief', 'leader', 'head', 'warlord', 'strongman']),
  new Set(['president', 'leader', 'head']),
  new Set(['minister', 'secretary']),
  new Set(['spokesperson', 'spokesman', 'spokeswoman']),
];

function sameRole(known: string, asked: string): boolean {
  return known === asked || ROLE_GROUPS.some((group) => group.has(known) && group.has(asked));
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
