/**
 * One sentence as the relation patterns read it: its tokens, the entity mentions the catalog
 * finds in them, and the phrase structure the patterns share (verb groups and their subjects,
 * noun phrases and lists, pronouns and role nouns resolved to entities). Written as scans over
 * the tokens with compromise's lexicon as a part-of-speech dictionary: no tagger runs.
 * The patterns themselves are in patterns/, one file per family; reporting frames in
 * reportingFrames.ts. The word and phrase scans it builds on are wordScanner.ts and phraseScanner.ts.
 */
import {
  AUXILIARIES,
  CALENDAR_WORDS,
  CONJUNCTIONS,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  PRONOUNS,
  QUOTES,
  REPORTING_VERBS,
  SUBORDINATORS,
} from '../lexicon/functionWords.ts';
import { isOrganisationWord } from '../lexicon/partOfSpeech.ts';
import { type Token, tokenize } from '../lexicon/tokenize.ts';
import { namesNaturalFeature } from '../entities/namesNaturalFeature.ts';
import { isRoleNoun, isSideNoun } from '../entities/titles.ts';
import {
  ARMED_GROUP_REFERENCES,
  GENERIC_ACTOR_NOUNS,
  POLITY_ADJECTIVES,
  POLITY_NOUNS,
  PROPOSAL_NOUNS,
  QUANTITY_NOUNS,
} from '../knownAliases.ts';
import { TARGET_NOUNS } from '../lexicon/oppositionLexicon.ts';
import type { Entity, EntityCatalog, Mention } from '../entityCatalog.ts';
import type { Sentence } from '../../corpus/passage.ts';
import { PhraseScanner } from './phraseScanner.ts';
import { AGENT_NOUN_SET, HOLDING_PARTICIPLES, isPartOfSide, STATE_ACTOR_SET, type VerbGroup } from './wordScanner.ts';

/** What a sentence's reader knows beyond the sentence. */
export interface SupportContext {
  /** Sentences just before this one, oldest first: antecedents for "it", "he", "the commander". */
  previousSentences?: Sentence[];
  /**
   * What the document has called each generic noun so far ("junta" → Mali), see
   * describedActors.ts; extractSupportRelations adds what this sentence says before reading it.
   */
  describedActors?: DocumentActors;
}

/** What the document has said of its actors so far (describedActors.ts keeps it). */
export interface DocumentActors {
  /** The actor the document last described with a generic noun ("junta" → Mali). */
  get(noun: string): Entity | undefined;
  /** The non-state armed group the document is about: described with an armed group's noun, named most. */
  mainArmedGroup(usable?: (entity: Entity) => boolean): Entity | undefined;
  /** The one country the document names far more than any other. */
  dominantCountry(): Entity | undefined;
  /** The country the story happens in: the one it names most as a place ("in", "to", "into"). */
  sceneCountry(): Entity | undefined;
  /** The two countries it names far more than any other. */
  dominantPair(): [Entity, Entity] | undefined;
  /** The country the document has a person lead ("Kazakh President X"), for "X's government". */
  countryLedBy(person: Entity): Entity | undefined;
  /** Takes in what one more sentence of the document says, before it is read. */
  note(tokens: readonly Token[], catalog: EntityCatalog): void;
}

/** Reduced relatives that open an aside between a subject and its verb: "X, led by Y, has ...". */
const ASIDE_PARTICIPLES: ReadonlySet<string> = new Set([
  'led',
  'known',
  'based',
  'backed',
  'founded',
  'headed',
  'formed',
  'created',
  'commanded',
  'called',
  'also',
  'formally',
]);
/** "X, together with Y, ...", "X, along with Y, ...": Y shares X's verb. */
/** Words of time phrases besides the calendar's: "last year", "earlier this month", "two weeks ago". */
const TIME_WORDS: ReadonlySet<string> = new Set([
  'last',
  'this',
  'next',
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'ago',
  'earlier',
  'later',
  'already',
  'recently',
]);
const COMITATIVE_OPENERS: ReadonlySet<string> = new Set(['together', 'along']);
/** "both governments", "both countries": states in a pair, which the document names (dominantPair). */
const BOTH_NOUNS: ReadonlySet<string> = new Set(['governments', 'countries', 'states', 'nations', 'sides', 'armies']);
/**
 * Words that open a sentence-initial adverbial ending at a comma before the subject ("After weeks
 * of fighting, ..."): prepositions and subordinators of time, cause and concession. Conditions
 * ("if", "unless"), relatives and "of"/"to"/"by" (which continue a noun or a verb) are left out.
 */
const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'during',
  'since',
  'until',
  'amid',
  'amidst',
  'despite',
  'following',
  'as',
  'while',
  'whilst',
  'when',
  'because',
  'although',
  'though',
  'in',
  'on',
  'at',
  'with',
  'for',
  'over',
  'throughout',
]);
const GENERIC_ACTOR_SET: ReadonlySet<string> = new Set(GENERIC_ACTOR_NOUNS);
const POLITY_NOUN_SET: ReadonlySet<string> = new Set(POLITY_NOUNS);
const PROPOSAL_NOUN_SET: ReadonlySet<string> = new Set(PROPOSAL_NOUNS);
/** "dozens", "12", "several": a count before "of the insurgents". */
function isCount(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    (QUANTITY_SET.has(token.key) ||
      ['several', 'some', 'many', 'most'].includes(token.key) ||
      /^\p{N}/u.test(token.text))
  );
}

/** A state called by the kind of its rule, as its official name says: "the kingdom" (Saudi Arabia, Morocco), "the sultanate" (Oman). */
const MONARCHY_NOUNS: ReadonlySet<string> = new Set(['kingdom', 'sultanate']);
const POLITY_ADJECTIVE_SET: ReadonlySet<string> = new Set(POLITY_ADJECTIVES);
const TARGET_NOUN_SET: ReadonlySet<string> = new Set(TARGET_NOUNS);
const QUANTITY_SET: ReadonlySet<string> = new Set(QUANTITY_NOUNS);
/** A side's acts and aims, which stand for the side when backed or opposed: "endorsed the actions of X". */
const SIDE_ACT_SET: ReadonlySet<string> = new Set([
  'actions',
  'activities',
  'cause',
  'struggle',
  'efforts',
  'bid',
  'demands',
  'rule',
  'policies',
]);

/** "juntas" → "junta", "rebels" stays: the key describedActors is kept under. */
export function genericActorKey(key: string): string | undefined {
  if (GENERIC_ACTOR_SET.has(key)) return key;
  const singular = key.replace(/s$/, '');
  return GENERIC_ACTOR_SET.has(singular) ? singular : undefined;
}

/** Who a noun phrase refers to, and how sure we are of it. */
export interface Referent {
  entity: Entity;
  /** 1 for a name in the phrase; lower when reached through a pronoun or a role ("the commander"). */
  certainty: number;
}

/** 'agent': the by-phrase of a passive, where "Egyptian money" stands for Egypt. */
export type PhraseRole = 'subject' | 'object' | 'agent';

export interface ReportingFrame {
  speaker: string;
  /** Token range the claim covers. */
  from: number;
  to: number;
  denial: boolean;
}

export interface Finding {
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
  /** The pattern that read it ("backing-verb/passive"): shown by --explain and in --json. */
  pattern: string;
  /** 'opposes' for attacks, threats, sanctions; support otherwise. */
  stance?: 'opposes';
}

export class SentenceReader extends PhraseScanner {
  /** Reporting frames, worked out once (reportingFrames.ts). */
  frames: ReportingFrame[] | undefined;
  private previousMentions: Mention[][] | undefined;

  /** The subject of a verb group, inheriting across "X did A, and did B" and resolving relative "which/who". */
  subjectOf(groupStart: number, depth = 0): Referent[] {
    if (depth > 4) return [];
    // "Britain, which last year pledged ...", "Iran, which in 2019 sent ...": a time phrase before the verb.
    let t = groupStart - 1;
    while (t > 0 && groupStart - t <= 4 && this.isTimeWord(t)) t--;
    if (t < groupStart - 1 && ['which', 'who', 'that'].includes(this.tokens[t]?.key ?? '')) groupStart = t + 1;
    // "China, which ..., later sent", "Iran, a close ally, also armed": adverbs between the aside's comma and the verb.
    let a = groupStart - 1;
    while (a > 0 && groupStart - a <= 2 && (this.isTimeWord(a) || CLAUSE_ADVERB_SET.has(this.tokens[a]?.key ?? '')))
      a--;
    if (a < groupStart - 1 && this.tokens[a]?.text === ',') groupStart = a + 1;
    // "M23, which the United Nations says is backed by ...": a reporting clause inside the relative.
    if (REPORTING_VERBS.has(this.tokens[groupStart - 1]?.key ?? '')) {
      const speakerStart = this.phraseStartLeft(groupStart - 2);
      if (speakerStart < groupStart - 1 && ['which', 'who', 'that'].includes(this.tokens[speakerStart - 1]?.key ?? ''))
        groupStart = speakerStart;
    }
    // "Russian instructors have, according to a UN report, trained ...", "X, diplomats say, has armed ...":
    // a parenthetical source between the subject (or its auxiliary) and the verb is skipped.
    const parenthetical = this.parentheticalBefore(groupStart);
    if (parenthetical !== undefined) {
      let start = parenthetical;
      while (AUXILIARIES.has(this.tokens[start - 1]?.key ?? '')) start--;
      if (start < parenthetical) return this.subjectOf(start, depth + 1);
      if (this.tokens[parenthetical - 1]?.kind === 'word') return this.subjectOf(parenthetical, depth + 1);
    }
    let j = groupStart - 1;
    const before = this.tokens[j];
    if (!before) return [];
    // "helped the Somali army attack ...": the bare infinitive's subject is the object of "help".
    const help = this.tokens[groupStart]?.key.endsWith('s') ? undefined : this.helpBefore(groupStart);
    if (help !== undefined && groupStart === this.verbGroup(groupStart).start)
      return this.headOfSpan(help + 1, groupStart, [], 'subject');
    // "Iran funds, trains and arms Hezbollah": a verb in a list of verbs shares the first one's subject.
    // Not after an apposition ending in a verb-like noun: "KFOR, the NATO-led peacekeeping force, came".
    if (
      before.text === ',' &&
      this.isVerbLike(j - 1) &&
      !AUXILIARIES.has(this.tokens[j - 1]?.key ?? '') &&
      !this.endsDescription(j)
    ) {
      // "The LNA, which Egypt and Russia back, attacked": the verb before the comma closes an object relative.
      const relativeAntecedent = this.objectRelativeAntecedentEnd(this.verbGroup(j - 1).start);
      if (relativeAntecedent !== undefined) return this.antecedentOf(relativeAntecedent, 'subject');
      return this.subjectOf(this.verbGroup(j - 1).start, depth + 1);
    }
    // "the FDLR, a militia fighting alongside the army": an -ing participle after a noun is a reduced relative.
    if (
      this.tokens[groupStart]?.key.endsWith('ing') &&
      before.kind === 'word' &&
      (isSideNoun(before.key) || genericActorKey(before.key) !== undefined || this.mentionAt[j])
    ) {
      const antecedent = this.antecedentOf(groupStart, 'subject');
      if (antecedent.length > 0) return antecedent;
    }
    // "Turkey backs the GNA, ..., and has signed": the second verb shares the first one's subject.
    if (CONJUNCTIONS.has(before.key)) {
      const previous = this.previousVerb(j - 1);
      if (previous !== undefined) return this.subjectOf(this.verbGroup(previous).start, depth + 1);
      // "Turkey regards ... and has launched": a first verb the dictionary reads as a noun; the sentence's subject.
      const opening = this.mentions[0];
      return opening && opening.end < j && this.opensSentence(opening, this.tokens) && this.tokens[j - 1]?.text !== ','
        ? [{ entity: opening.entity, certainty: 0.8 }]
        : [];
    }
    // "the GNA, which Turkey backs" is an object relative: not handled; "Russia, which backs Haftar": subject relative.
    if (before.key === 'which' || before.key === 'who' || before.key === 'that') {
      const antecedentEnd = [',', '—', '–', '('].includes(this.tokens[j - 1]?.text ?? '') ? j - 1 : j;
      return this.antecedentOf(antecedentEnd, 'subject');
    }
    // "... he continued helping": the pronoun right before the verb is the subject, whatever precedes it
    // ("the US armed" is a name, though its key is the pronoun's).
    if (PRONOUNS.has(before.key) && !POSSESSIVE_PRONOUNS.has(before.key) && !this.mentionAt[j])
      return this.byPronoun(before.key, j, [], 'subject');
    // "Saudi Arabia, which led a coalition ..., backs", "The council, a movement that controls ..., is funded",
    // "The group, led by X, has received": the subject stands before the relative clause or apposition.
    if (before.text === ',') {
      const beforeAside = this.subjectBeforeAside(groupStart - 1);
      if (beforeAside.length > 0) return beforeAside;
    }
    while (j >= 0 && !this.isSubjectBoundary(j)) j--;
    // "Rwandan troops deployed in 2021 helped ...": a reduced relative after the subject, not its verb.
    const participle = this.tokens[j];
    const beforeParticiple = this.tokens[j - 1];
    if (
      participle?.key.endsWith('ed') &&
      beforeParticiple?.kind === 'word' &&
      !AUXILIARIES.has(beforeParticiple.key) &&
      (this.mentionAt[j - 1] || isSideNoun(beforeParticiple.key) || AGENT_NOUN_SET.has(beforeParticiple.key))
    ) {
      let k = j - 1;
      while (k >= 0 && !this.isSubjectBoundary(k)) k--;
      const subject = this.headOfSpan(this.lastPartStart(k + 1, j), j, [], 'subject');
      if (subject.length > 0) return subject;
    }
    // "Rwanda, whose troops helped Mozambique": the one whose troops act is the antecedent.
    if (this.tokens[j]?.key === 'whose' && this.tokens[j - 1]?.text === ',') {
      const antecedent = this.antecedentOf(j - 1, 'subject');
      if (antecedent.length > 0) return antecedent;
    }
    // "agreements that we have reached with ..., Canada, and Japan, will help": what follows
    // "reached with" is that verb's complement, not this verb's subject.
    const first = this.tokens[j + 1];
    // "After weeks of fighting, Kenyan troops helped ...", "As the talks stalled, Egypt armed ...": the verb
    // closes an opening adverbial, and the subject is what follows its comma.
    if (j >= 0 && first?.text === ',' && this.closesOpeningAdverbial(j)) {
      const subject = this.headOfSpan(j + 2, groupStart, [], 'subject');
      if (subject.length > 0) return subject;
    }
    if (j >= 0 && this.isVerbLike(j) && first && (first.text === ',' || PREPOSITIONS.has(first.key))) return [];
    // "X, the leader of ..., is backed": a comma before the verb closes an apposition; every part may name the subject.
    if (before.text === ',') return this.headOfSpan(j + 1, groupStart, [], 'subject');
    // Otherwise the subject is the last comma-separated part ("According to Bloomberg, Egypt backs ..."), or a list of names ending it.
    const start = this.lastPartStart(j + 1, groupStart);
    const head = this.headOfSpan(start, groupStart, [], 'subject');
    // "Mali's army and Wagner fighters were ambushed": a list of noun phrases, read as objects are.
    if (this.tokens.slice(start, groupStart).some((t) => t.key === 'and')) {
      const list = this.listAt(start, [], 'subject');
      if (list.length > head.length && head.every((h) => list.some((l) => l.entity === h.entity))) return list;
    }
    return head;
  }

  /**
   * Where ", according to ...," or ", <someone> said," that ends right before `groupStart` opens (its
   * first comma), or undefined: an aside naming the source, not part of the clause.
   */
  parentheticalBefore(groupStart: number): number | undefined {
    if (this.tokens[groupStart - 1]?.text !== ',') return undefined;
    for (let k = groupStart - 2; k > 0 && groupStart - k <= 16; k--) {
      const token = this.tokens[k];
      if (token?.text === ',') {
        const opener = this.tokens[k + 1]?.key;
        const closer = this.tokens[groupStart - 2]?.key ?? '';
        const sourced =
          (opener === 'according' && this.tokens[k + 2]?.key === 'to') ||
          (REPORTING_VERBS.has(closer) && groupStart - k <= 6);
        return sourced ? k : undefined;
      }
      if (token?.kind === 'punct' && token.text !== "'" && token.text !== '-') return undefined;
    }
    return undefined;
  }

  /**
   * Is word `last` the end of a phrase that opens the sentence with a preposition or a subordinator
   * of time, cause or concession ("After weeks of fighting", "As the talks stalled"), with no
   * punctuation inside? Not "If ...": a condition is no statement of fact.
   */
  closesOpeningAdverbial(last: number): boolean {
    let start = 0;
    while (this.tokens[start]?.kind === 'punct' && QUOTES.has(this.tokens[start]?.text ?? '')) start++;
    const opener = this.tokens[start];
    if (opener?.kind !== 'word' || !ADVERBIAL_OPENERS.has(opener.key) || start >= last) return false;
    for (let k = start + 1; k <= last; k++) if (this.tokens[k]?.kind === 'punct') return false;
    return true;
  }

  /** Does the comma-separated part ending at the comma `closing` start with an article: ", the peacekeeping force,"? */
  endsDescription(closing: number): boolean {
    for (let k = closing - 1; k >= 0 && closing - k < 12; k--) {
      const token = this.tokens[k];
      if (token?.text === ',') return ['a', 'an', 'the'].includes(this.tokens[k + 1]?.key ?? '');
      if (token?.kind !== 'word') return false;
    }
    return false;
  }

  /** "last year", "in 2019", "on Friday", "this week": a word of a time phrase. */
  isTimeWord(j: number): boolean {
    const token = this.tokens[j];
    if (token?.kind !== 'word' || this.mentionAt[j]) return false;
    return (
      /^\p{N}/u.test(token.text) ||
      CALENDAR_WORDS.has(token.key) ||
      TIME_WORDS.has(token.key) ||
      (['in', 'on', 'since'].includes(token.key) && this.isTimeWord(j + 1))
    );
  }

  /** "funds, trains and arms Hezbollah": where the object shared by a list of verbs starting at verb i begins. */
  sharedObjectStart(i: number): number | undefined {
    let j = i + 1;
    let skipped = false;
    while (j < this.tokens.length) {
      const token = this.tokens[j];
      if (token?.text === ',' || token?.key === 'and' || token?.key === 'or') {
        j++;
        continue;
      }
      if (this.isVerbLike(j) && !AUXILIARIES.has(token?.key ?? '') && !this.mentionAt[j]) {
        skipped = true;
        j++;
        continue;
      }
      break;
    }
    return skipped ? this.skipParticles(j) : undefined;
  }

  /** The noun phrase before ", which/who ...," or ", a/the <description> ...," that ends at the comma `closing`. */
  subjectBeforeAside(closing: number): Referent[] {
    for (let k = closing - 1; k > 0 && closing - k < 30; k--) {
      const token = this.tokens[k];
      // A plural possessive's "'" ("the islands' main source") is no quotation mark.
      if (!token || token.text === ';' || token.text === ':' || (token.kind === 'punct' && QUOTES.has(token.text)))
        return [];
      if (token.text !== ',') continue;
      // "Haftar, whose backers include Egypt, the UAE and Russia, attacked": a comma inside a list of names opens no aside.
      if (this.mentionAt[k - 1] && this.isNamePair(k + 1, closing)) continue;
      const opener = this.tokens[k + 1]?.key ?? '';
      const aside =
        ['which', 'who', 'whose'].includes(opener) ||
        ['a', 'an', 'the'].includes(opener) ||
        this.tokens[k + 2]?.kind === 'possessive' ||
        ASIDE_PARTICIPLES.has(opener) ||
        /[a-z]{3}ed$/.test(opener) || // "Islamic State cells, defeated as a territorial force in 2019, still attack"
        // "Islamic Jihad, widely regarded as a proxy of Iran, fired": an adverb before the participle.
        (/[a-z]ly$/.test(opener) && /[a-z]{3}(ed|en|wn)$/.test(this.tokens[k + 2]?.key ?? '')) ||
        COMITATIVE_OPENERS.has(opener);

      if (!aside) return [];
      // "The paramilitary group, led by X, known as Y, has ...": asides in a row.
      if (
        this.tokens[k - 1]?.kind === 'word' &&
        this.subjectBeforeAside(k).length > 0 &&
        ASIDE_PARTICIPLES.has(this.asideOpenerBefore(k))
      )
        return this.subjectBeforeAside(k);
      const start = this.phraseStartLeft(k - 1);
      const head = start < k ? this.headOfSpan(start, k, [], 'subject') : [];
      // "The army, together with the Russians, has fought ...": both act.
      if (COMITATIVE_OPENERS.has(opener) && this.tokens[k + 2]?.key === 'with' && head.length > 0)
        return [...head, ...this.headOfSpan(k + 3, closing, head, 'subject')];
      return head;
    }
    return [];
  }

  /**
   * "the GNA, which Turkey backs", "the army, which Washington and Doha have funded since 2019":
   * in an object relative the subject stands between "which" and the verb, and what is backed is
   * the noun phrase before "which". Returns [] when the verb's subject is not so placed.
   */
  objectRelativeAntecedent(groupStart: number, role: PhraseRole = 'object'): Referent[] {
    const antecedentEnd = this.objectRelativeAntecedentEnd(groupStart);
    return antecedentEnd === undefined ? [] : this.antecedentOf(antecedentEnd, role);
  }

  /** Where the antecedent of the object relative whose verb group starts at `groupStart` ends, or undefined. */
  private objectRelativeAntecedentEnd(groupStart: number): number | undefined {
    const subjectStart = this.phraseStartLeft(groupStart - 1);
    let start = subjectStart;
    // "which Egypt and Russia back", "which Egypt, Russia and the UAE back": the subject may be a list of names.
    for (;;) {
      if (['and', 'or'].includes(this.tokens[start - 1]?.key ?? '') && this.mentionAt[start - 2])
        start = this.phraseStartLeft(start - 2);
      else if (this.tokens[start - 1]?.text === ',' && this.mentionAt[start - 2] && this.isBareName(start))
        start = this.phraseStartLeft(start - 2);
      else break;
    }
    const relative = this.tokens[start - 1]?.key ?? '';
    // "a network whose actions the FLNKS endorsed": what is done to the antecedent's acts is done to it.
    const whose = relative === 'whose' && this.tokens[start]?.kind === 'word' && !this.tokens[start]?.capitalised;
    if (start >= groupStart || !(['which', 'whom', 'that'].includes(relative) || whose)) return undefined;
    if (!this.mentions.some((m) => m.start >= start && m.end <= groupStart)) return undefined;
    return this.tokens[start - 2]?.text === ',' ? start - 2 : start - 1;
  }

  /**
   * What a relative pronoun stands for: the noun phrase ending at `end`, or, when that is only a
   * description in apposition ("the FDLR, a militia that fights ...", "Kataib Hezbollah, an
   * Iranian-backed militia that Tehran funds"), the name it describes.
   */
  antecedentOf(end: number, role: PhraseRole): Referent[] {
    // "The Islamic State's Khorasan branch (ISKP), which ...": a bracketed name closing the phrase names all of it.
    const bracketed =
      this.tokens[end - 1]?.text === ')' && this.tokens[end - 3]?.text === '(' ? this.mentionAt[end - 2] : undefined;
    if (bracketed && bracketed.start === end - 2 && bracketed.end === end - 1)
      return [{ entity: bracketed.entity, certainty: 0.9 }];
    // "Washington and London, which have sanctioned ...": coordinated names share the relative.
    let start = this.coordinatedPhraseStart(end - 1);
    // "a militia of Bedouin volunteers that ...": the word before the relative is its antecedent's noun,
    // though the dictionary also knows it as a verb ("volunteers").
    if (start === end && this.tokens[end - 1]?.kind === 'word') start = this.phraseStartLeft(end - 2);
    const head = this.headOfSpan(start, end, [], role);
    // An indefinite description ("a Hutu militia") is never the name itself; "the ..." may be.
    const indefinite = ['a', 'an'].includes(this.tokens[start]?.key ?? '');
    if ((head.length > 0 && !indefinite) || !(indefinite || this.tokens[start]?.key === 'the')) return head;
    if (this.tokens[start - 1]?.text !== ',') return head;
    let nameEnd = start - 1;
    // "The National Salvation Front (NAS), a rebel group": past the bracketed acronym.
    if (this.tokens[nameEnd - 1]?.text === ')' && this.tokens[nameEnd - 3]?.text === '(') nameEnd -= 3;
    const named = this.mentionAt[nameEnd - 1];
    return named && named.end === nameEnd ? [{ entity: named.entity, certainty: 0.9 }] : head;
  }

  /** The subject of a verb group, or of the governing verb for "to"-infinitives. */
  subjectForGroup(group: VerbGroup): Referent[] {
    if (!group.infinitive) return this.subjectOf(group.start);
    const governing = this.governingVerb(group.start);
    return governing === undefined ? [] : this.subjectOf(this.verbGroup(governing).start);
  }

  /** The noun phrase before a reduced relative: "the GNA, backed by Turkey" / "forces backed by Russia". */
  reducedRelativeHead(participle: number): Referent[] {
    const end = this.tokens[participle - 1]?.text === ',' ? participle - 1 : participle;
    return this.headOfSpan(this.coordinatedPhraseStart(end - 1), end);
  }

  /** The agents of a passive from its "by" on: "by Egypt and Russia", "by Arab militias ... and by Libya's Haftar". */
  agentsFrom(by: number): Referent[] {
    const agents = this.listAt(by + 1, [], 'agent');
    const end = this.clauseEnd(by + 1);
    for (let k = by + 2; k < end; k++)
      if (['and', 'or'].includes(this.tokens[k]?.key ?? '') && this.tokens[k + 1]?.key === 'by')
        agents.push(...this.listAt(k + 2, agents, 'agent'));
    return agents;
  }

  byPhrase(from: number, to: number): Referent[] {
    for (let j = from; j < to; j++) if (this.tokens[j]?.key === 'by') return this.agentsFrom(j);
    return [];
  }

  /** The supporter named before a noun: "Turkey's ...", "Turkish ...", "the Turkish ...", "its ..." (pronoun). */
  possessorOrDemonym(modifiersStart: number): Referent[] {
    const before = this.tokens[modifiersStart - 1];
    if (!before) return [];
    if (before.kind === 'possessive') {
      const mention = this.mentionAt[modifiersStart - 2];
      if (mention) return [{ entity: mention.entity, certainty: 1 }];
      const roleOrPronoun = this.tokens[modifiersStart - 2];
      if (roleOrPronoun && isRoleNoun(roleOrPronoun.key)) return this.byRole(roleOrPronoun.key, modifiersStart - 2);
      // "the junta's main arms suppliers", "the group's backers": the actor the generic noun refers to.
      const generic = genericActorKey(roleOrPronoun?.key ?? '');
      return generic && !roleOrPronoun?.capitalised && this.tokens[modifiersStart - 3]?.key === 'the'
        ? this.byGenericNoun(generic, modifiersStart - 2, [])
        : [];
    }
    if (POSSESSIVE_PRONOUNS.has(before.key)) return this.byPronoun(before.key, modifiersStart - 1, [], 'subject');
    const mention = this.mentionAt[modifiersStart - 1];
    return mention && mention.end === modifiersStart ? [{ entity: mention.entity, certainty: 1 }] : [];
  }

  /** Referents of a noun phrase or a list of them ("Egypt, Russia, and the United Arab Emirates"). */
  listAt(from: number, exclude: readonly Referent[] = [], role: PhraseRole = 'object'): Referent[] {
    const items: Referent[][] = [];
    let start = from;
    let closedByConjunction = false;
    let closedAt = 0;
    while (start < this.tokens.length && this.tokens[start]?.text === '(') start++;
    // "help meet it", "back where he belongs": no noun phrase here.
    const first = this.tokens[start];
    const nounHead = AGENT_NOUN_SET.has(first?.key ?? '') || isSideNoun(first?.key ?? ''); // "bombed positions of X": not the verb "positions"
    // "struck suspected hideouts of the PKK", "shelled suspected PKK positions": a participle before the noun it describes.
    const nextKey = this.tokens[start + 1]?.key ?? '';
    const describingParticiple =
      first?.key.endsWith('ed') === true &&
      (this.mentionAt[start + 1] !== undefined || TARGET_NOUN_SET.has(nextKey) || isSideNoun(nextKey));
    if (
      first?.kind !== 'word' ||
      SUBORDINATORS.has(first.key) ||
      PREPOSITIONS.has(first.key) ||
      (!this.mentionAt[start] && !nounHead && !describingParticiple && this.isVerbLike(start))
    )
      return [];
    for (let count = 0; count < 12; count++) {
      const end = this.phraseEnd(start);
      const item = this.headOfSpan(start, end, exclude, role);
      items.push(item);
      // "supported by an estimated 300 Israeli-trained commandos and Russian helicopters": in a by-phrase, a
      // first agent that names no one leaves a last one that does, when it closes the clause.
      if (role === 'agent' && items.length === 1 && item.length === 0) {
        const last = this.finalBareAgent(end);
        if (last.length > 0) return last;
      }
      // "helped the Mozambican army push the insurgents out of Palma and Mocimboa": a list goes on only
      // from an item that ends with the name it refers to ("Egypt", "Haftar's forces", "American drones").
      if (!this.endsWithItsName(start, end, item)) break;
      let next = end;
      if (this.tokens[next]?.text === ',') next++;
      // "African Union peacekeepers as well as American drones"
      const asWellAs =
        this.tokens[next]?.key === 'as' && this.tokens[next + 1]?.key === 'well' && this.tokens[next + 2]?.key === 'as';
      const conjunction = asWellAs || ['and', 'or'].includes(this.tokens[next]?.key ?? '');
      if (asWellAs) next += 2;
      if (conjunction) next++;
      // A list of names starts with a name: "the elections, and NATO is leading" is not one.
      if (next === end || items[0]?.length === 0) break;
      if (!this.isBareName(next)) {
        // "by African Union troops, American drones and Turkish-trained commandos": the names before a
        // last item that is a description still make a list.
        if (conjunction && items.length > 1 && this.tokens[end]?.text !== ',') closedAt = items.length;
        break;
      }
      // "to support the junta, and Moscow has since supplied ...": a name and a verb after ", and" start a new clause.
      const nextMention = this.mentionAt[this.tokens[next]?.key === 'the' ? next + 1 : next];
      // So do a name, an aside and a verb: "to Bamako, and Qatar, Turkey's closest ally, sent advisers".
      if (
        conjunction &&
        this.tokens[end]?.text === ',' &&
        nextMention &&
        (this.isVerbLike(nextMention.end) || this.verbAfterAside(nextMention.end))
      )
        break;
      closedByConjunction = conjunction;
      if (conjunction) closedAt = items.length + 1;
      start = next;
    }
    // "Egypt, Russia, and the UAE" is a list; "to Haftar, Bashagha told Bloomberg" is not: a list ends with
    // "and"/"or" ("by Rwandan and Portuguese instructors, the European Union said" ends at the second item).
    const kept = closedByConjunction ? items : items.slice(0, Math.max(1, closedAt));
    return kept.flat();
  }

  /** A comma at `at`, an aside of a few words with no verb, a comma, then a verb: the name before `at` is a subject. */
  private verbAfterAside(at: number): boolean {
    if (this.tokens[at]?.text !== ',') return false;
    for (let k = at + 1; k < this.tokens.length && k - at <= 8; k++) {
      if (this.tokens[k]?.text === ',') return k > at + 1 && this.isVerbLike(k + 1);
      if (this.tokens[k]?.kind === 'punct' || (!this.mentionAt[k] && this.isVerbLike(k))) return false;
    }
    return false;
  }

  /** "... and Russian helicopters." after an agent naming no one (ending at `end`): the bare name closing the clause. */
  private finalBareAgent(end: number): Referent[] {
    if (!['and', 'or'].includes(this.tokens[end]?.key ?? '') || !this.isBareName(end + 1)) return [];
    const lastEnd = this.phraseEnd(end + 1);
    const after = this.tokens[lastEnd];
    if (after && !(after.kind === 'punct' && after.text !== '(')) return [];
    return this.headOfSpan(end + 1, lastEnd, [], 'agent');
  }

  /** Does the span [from, to) end with a mention of one of its referents, a few words of what it sends aside? */
  private endsWithItsName(from: number, to: number, referents: readonly Referent[]): boolean {
    for (let k = to - 1; k >= from && to - k <= 8; k--) {
      const mention = this.mentionAt[k];
      if (mention) return referents.some((r) => r.entity === mention.entity);
      const token = this.tokens[k];
      if (token?.kind === 'possessive' || token?.text === ')' || token?.text === '(') continue;
      // "an African Union force of some 12,000 troops" is still the force's item.
      if (token?.kind !== 'word' || (PREPOSITIONS.has(token.key) && token.key !== 'of')) return false;
    }
    return false;
  }

  /**
   * Who a span of tokens refers to. Comma-separated parts are appositions ("Commander of the
   * National Army, Field Marshal KhalifaHaftar,"); in each, a name inside a prepositional phrase is
   * only a modifier ("the leader of forces in eastern Libya") unless it follows a side noun
   * ("the forces of Haftar"), and a possessor before another name is a modifier ("Libya's
   * Khalifa Haftar"). Falls back on pronouns and role nouns ("the Libyan commander").
   */
  headOfSpan(from: number, to: number, exclude: readonly Referent[] = [], role: PhraseRole = 'object'): Referent[] {
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

  headOfSegment(
    from: number,
    to: number,
    exclude: readonly Referent[],
    role: PhraseRole,
  ): { strength: 'strong' | 'weak' | 'reference' | 'none'; referents: Referent[] } {
    let weak: Referent[] = [];
    const strong: Referent[] = [];
    for (const mention of this.mentions) {
      if (mention.start < from || mention.end > to) continue;
      const after = this.tokens[mention.end];
      const hasLaterName = this.mentions.some((m) => m.start >= mention.end && m.end <= to);
      if (after?.kind === 'possessive' && hasLaterName) continue;
      if (mention.source === 'demonym' && !this.demonymStandsForCountry(mention, to, role)) continue;
      // "a Senator" is a common noun; "a Chadian minister" names the state's agent ("a Chadian militia" does not).
      const nextKey = this.tokens[mention.end]?.key ?? '';
      // "a Philippine supply boat": the head of the demonym's compound, past its modifiers.
      const compoundHead = this.demonymCompoundHead(mention);
      const headKey = compoundHead === undefined ? nextKey : (this.tokens[compoundHead]?.key ?? '');
      // "an African Union force", "a Wagner unit": an organisation's own forces, whatever the article.
      // "a Hezbollah commander", "an Islamic State leader": a group's officer acts and is hit for it.
      const groupOfficer =
        (mention.entity.kind === 'organisation' || mention.entity.kind === 'other') &&
        isRoleNoun(nextKey) &&
        !this.tokens[mention.end + 1]?.capitalised;
      const stateAgent =
        (mention.source === 'demonym' && (AGENT_NOUN_SET.has(headKey) || STATE_ACTOR_SET.has(headKey))) ||
        groupOfficer ||
        (mention.source !== 'demonym' &&
          mention.entity.kind !== 'other' &&
          (isSideNoun(nextKey) || AGENT_NOUN_SET.has(nextKey)) &&
          !['commander', 'leader'].includes(nextKey));
      if (!stateAgent && this.hasCommonNounDeterminer(mention.start, from)) continue;
      let governor = this.governingPreposition(from, mention.start);
      // "thousands of Rwandan troops", "a contingent of Kenyan police": the count is not the head.
      if (
        governor !== undefined &&
        this.tokens[governor]?.key === 'of' &&
        QUANTITY_SET.has(this.tokens[governor - 1]?.key ?? '')
      )
        governor = this.governingPreposition(from, governor - 1);
      if (governor !== undefined) {
        const head = this.tokens[governor - 1]?.key ?? '';
        const preposition = this.tokens[governor]?.key ?? '';
        const ofSide = preposition === 'of' || preposition === 'to';
        // "positions held by the Arakan Army", "fighters loyal to Bashagha": the side's places and men.
        const holder = preposition === 'by' ? HOLDING_PARTICIPLES.has(head) : preposition === 'to' && head === 'loyal';
        if (holder && isPartOfSide(this.tokens[governor - 2])) {
          strong.push({ entity: mention.entity, certainty: 0.9 });
          continue;
        }
        // "forces of Haftar", "fighters from the Wagner Group", "the juntas in Bamako, Ouagadougou and Niamey",
        // "Tuareg separatists of the CSP" (the name before the noun only described them).
        if (
          (ofSide || preposition === 'from') &&
          (isSideNoun(head) || AGENT_NOUN_SET.has(head) || genericActorKey(head) !== undefined)
        ) {
          const modifier = this.mentionAt[governor - 2];
          if (modifier && modifier.end === governor - 1) {
            const at = strong.findIndex((r) => r.entity === modifier.entity);
            if (at >= 0) strong.splice(at, 1);
          }
          strong.push({ entity: mention.entity, certainty: 1 });
        } else if (
          preposition === 'in' &&
          STATE_ACTOR_SET.has(head) &&
          (mention.entity.kind === 'country' || mention.source === 'metonym')
        ) {
          if (strong.length === 0 || this.coordinatedWithPrevious(mention))
            strong.push({ entity: mention.entity, certainty: 0.9 });
        } else if (
          ofSide &&
          (isRoleNoun(head) || isOrganisationWord(head) || (preposition === 'of' && SIDE_ACT_SET.has(head))) &&
          weak.length === 0
        )
          // "the leader of X", "the actions of the CCAT", "the rule of the junta": X's, when nothing else is named.
          weak = [{ entity: mention.entity, certainty: 0.9 }];
        continue;
      }
      // "Egypt and Russia back Haftar": coordinated names all count; otherwise the first name is the head.
      if (strong.length > 0 && !this.coordinatedWithPrevious(mention)) continue;
      strong.push({ entity: mention.entity, certainty: 1 });
      // "to help Tokayev's government": a state's leader's government is the state, and still the leader's side.
      const ledCountry = this.governmentOfLeader(mention, to);
      if (ledCountry && !strong.some((r) => r.entity === ledCountry))
        strong.push({ entity: ledCountry, certainty: 0.9 });
    }
    const usable = strong.filter((r) => !exclude.some((e) => e.entity === r.entity));
    if (usable.length > 0) return { strength: 'strong', referents: usable };
    if (weak.length > 0) return { strength: 'weak', referents: weak };
    // No name: a pronoun or a role noun refers back.
    for (let j = from; j < to; j++) {
      const token = this.tokens[j];
      if (token?.kind !== 'word') continue;
      if (
        PREPOSITIONS.has(token.key) &&
        !(token.key === 'of' && (isCount(this.tokens[j - 1]) || isPartOfSide(this.tokens[j - 1])))
      )
        break;
      if (PRONOUNS.has(token.key) && !POSSESSIVE_PRONOUNS.has(token.key))
        return { strength: 'reference', referents: this.byPronoun(token.key, j, exclude, role) };
      // "its own troops", "their fighters": the forces of the one the pronoun stands for.
      const owned = this.tokens[j + 1]?.key === 'own' ? j + 2 : j + 1;
      const ownedKey = this.tokens[owned]?.key ?? '';
      if (POSSESSIVE_PRONOUNS.has(token.key) && owned < to && (isSideNoun(ownedKey) || AGENT_NOUN_SET.has(ownedKey)))
        return { strength: 'reference', referents: this.byPronoun(token.key, j, exclude, role) };
      if (isRoleNoun(token.key) && !token.capitalised)
        return { strength: 'reference', referents: this.byRole(token.key, j) };
      // "arms both governments": the two countries the document is about (describedActors.dominantPair).
      // ("both" is an adverb to skipParticles, so the phrase may start after it.)
      if (BOTH_NOUNS.has(token.key) && this.tokens[j - 1]?.key === 'both') {
        const pair = this.context.describedActors?.dominantPair();
        const referents = (pair ?? [])
          .filter((entity) => !exclude.some((e) => e.entity === entity))
          .map((entity) => ({ entity, certainty: 0.7 }));
        if (referents.length > 0) return { strength: 'reference', referents };
      }
      // "The kingdom has bombed Houthi positions": the last state named whose official name is a kingdom.
      if (MONARCHY_NOUNS.has(token.key) && this.tokens[j - 1]?.key === 'the' && j === from + 1) {
        const monarchy = this.lastCountryTitled(token.key, j, exclude);
        if (monarchy) return { strength: 'reference', referents: [{ entity: monarchy, certainty: 0.7 }] };
      }
      // "thrown their weight behind the plan": the side whose plan the document named ("Morocco's plan").
      if (PROPOSAL_NOUN_SET.has(token.key) && this.tokens[j - 1]?.key === 'the' && j === from + 1) {
        const proposer = this.context.describedActors?.get(token.key);
        if (proposer && !exclude.some((e) => e.entity === proposer))
          return { strength: 'reference', referents: [{ entity: proposer, certainty: 0.7 }] };
      }
      const generic = genericActorKey(token.key) ?? this.polityNoun(j);
      // "the junta", "its army"; "two police stations", "army barracks": the parts of the actor that are hit.
      const targetModifier = TARGET_NOUN_SET.has(this.tokens[j + 1]?.key ?? '');
      // "killed dozens of the insurgents", "several of the group's commanders": a count of the actor's men;
      // "captured four fighters of the group", "struck positions of the militants": its men and its places.
      const counted =
        ['the', 'its'].includes(this.tokens[j - 1]?.key ?? '') &&
        this.tokens[j - 2]?.key === 'of' &&
        (isCount(this.tokens[j - 3]) || isPartOfSide(this.tokens[j - 3]));
      if (
        generic &&
        !token.capitalised &&
        (['the', 'its'].includes(this.tokens[from]?.key ?? '') || targetModifier || counted)
      ) {
        const referents = this.byGenericNoun(generic, j, exclude);
        if (referents.length > 0) return { strength: 'reference', referents };
      }
    }
    return { strength: 'none', referents: [] };
  }

  /**
   * The country whose government "Tokayev's government", "the Sogavare administration" names: the
   * one the document has the person lead (describedActors.countryLedBy), when a state's noun
   * (STATE_ACTOR_NOUNS) follows the name or its possessive inside the phrase.
   */
  private governmentOfLeader(mention: Mention, to: number): Entity | undefined {
    if (mention.entity.kind !== 'person') return undefined;
    const noun = this.tokens[mention.end]?.kind === 'possessive' ? mention.end + 1 : mention.end;
    if (noun >= to || !STATE_ACTOR_SET.has(this.tokens[noun]?.key ?? '') || this.tokens[noun]?.capitalised)
      return undefined;
    return this.context.describedActors?.countryLedBy(mention.entity);
  }

  /**
   * Pronouns, conservatively: "they/them" (usually plain plurals) and first/second person are
   * never resolved. An object "it"/"him" is the nearest earlier direct object in the same
   * sentence ("Turkey backs the GNA ... to help it" → the GNA); a subject "it"/"he" is the
   * sentence's opening subject ("Turkey said it ..."), or the previous sentence's.
   */
  byPronoun(pronoun: string, at: number, exclude: readonly Referent[], role: PhraseRole): Referent[] {
    const wantsPerson = ['he', 'him', 'his', 'she', 'her'].includes(pronoun);
    if (!wantsPerson && pronoun !== 'it' && pronoun !== 'its') return [];
    const fits = (m: Mention): boolean =>
      (wantsPerson ? m.entity.kind === 'person' : m.entity.kind !== 'person') &&
      !exclude.some((e) => e.entity === m.entity);
    if (role === 'object') {
      for (let k = this.mentions.length - 1; k >= 0; k--) {
        const mention = this.mentions[k];
        if (mention && mention.end <= at && fits(mention) && this.isDirectObject(mention))
          return [{ entity: mention.entity, certainty: 0.85 }];
      }
      return [];
    }
    // "..., while the SSPDF said its own troops had": the speaker of the report the pronoun opens.
    const verb = this.tokens[at - 1]?.key === 'that' ? at - 2 : at - 1;
    const speaker = REPORTING_VERBS.has(this.tokens[verb]?.key ?? '')
      ? this.mentions.find((m) => m.end === verb)
      : undefined;
    if (speaker && fits(speaker)) return [{ entity: speaker.entity, certainty: 0.85 }];
    const opening = this.mentions[0];
    if (opening && opening.end <= at && fits(opening) && this.opensSentence(opening, this.tokens))
      return [{ entity: opening.entity, certainty: 0.85 }];
    const previous = this.context.previousSentences?.[this.context.previousSentences.length - 1];
    if (!previous) return [];
    const tokens = tokenize(previous.text);
    const first = this.catalog.findMentions(tokens)[0];
    return first && fits(first) && this.opensSentence(first, tokens) ? [{ entity: first.entity, certainty: 0.7 }] : [];
  }

  /** "the separatist region", "the breakaway enclave": a region named as a polity, which refers back like "the group". */
  private polityNoun(j: number): string | undefined {
    const key = this.tokens[j]?.key ?? '';
    return POLITY_NOUN_SET.has(key) && POLITY_ADJECTIVE_SET.has(this.tokens[j - 1]?.key ?? '') ? key : undefined;
  }

  /** "the Libyan commander", "as commander receives ..." → the nearest earlier person the corpus calls a commander. */
  byRole(role: string, at: number): Referent[] {
    const fits = (m: Mention): boolean =>
      m.entity.kind === 'person' && (m.entity.roles ?? []).some((r) => sameRole(r, role));
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

  /**
   * "the junta", "the group", "the council": the actor the document last described with that noun
   * (describedActors), else for an organisation noun the nearest organisation named earlier in
   * this sentence or the two before it. A state noun ("the army") is never guessed from proximity.
   */
  byGenericNoun(noun: string, at: number, exclude: readonly Referent[]): Referent[] {
    const usable = (entity: Entity | undefined) => entity !== undefined && !exclude.some((e) => e.entity === entity);
    const described = this.context.describedActors?.get(noun);
    if (usable(described) && described) return [{ entity: described, certainty: 0.8 }];
    // "the group" after "X, a militia widely seen as ...": the armed group described under a sibling noun.
    const armedGroup = ARMED_GROUP_REFERENCE_SET.has(noun)
      ? this.context.describedActors?.mainArmedGroup(usable)
      : undefined;
    if (usable(armedGroup) && armedGroup) return [{ entity: armedGroup, certainty: 0.75 }];
    // "the army" of a document about one country (describedActors.dominantCountry), less surely than a described one;
    // else of the country the story happens in ("Russia has delivered helicopters to Burkina Faso ... a military convoy").
    if (STATE_ACTOR_SET.has(noun)) {
      const dominant = this.context.describedActors?.dominantCountry();
      if (usable(dominant) && dominant) return [{ entity: dominant, certainty: 0.7 }];
      const scene = this.context.describedActors?.sceneCountry();
      return usable(scene) && scene ? [{ entity: scene, certainty: 0.6 }] : [];
    }
    // "the group" is an organisation the text named, before a place or a thing it also named ("Wad Madani"),
    // and never a natural place ("the rebels" after "the Houthis ... in the Red Sea").
    const named = (m: Mention) =>
      m.entity.kind !== 'country' &&
      m.entity.kind !== 'person' &&
      usable(m.entity) &&
      m.source !== 'demonym' &&
      !namesNaturalFeature(m.entity.name);
    for (const fits of [(m: Mention) => named(m) && m.entity.kind === 'organisation', named]) {
      for (let k = this.mentions.length - 1; k >= 0; k--) {
        const mention = this.mentions[k];
        if (mention && mention.end <= at && fits(mention)) return [{ entity: mention.entity, certainty: 0.75 }];
      }
      for (const mentions of this.previousSentenceMentions()) {
        for (let k = mentions.length - 1; k >= 0; k--) {
          const mention = mentions[k];
          if (mention && fits(mention)) return [{ entity: mention.entity, certainty: 0.7 }];
        }
      }
    }
    return [];
  }

  /** Mentions of the context sentences, nearest sentence first; tokenised only when a reference needs them. */
  /** The nearest country named before `at` (this sentence, then the ones before) whose names hold the title ("Kingdom of Saudi Arabia"). */
  private lastCountryTitled(title: string, at: number, exclude: readonly Referent[]): Entity | undefined {
    const titled = (m: Mention | undefined): m is Mention =>
      m?.entity.kind === 'country' &&
      !exclude.some((e) => e.entity === m.entity) &&
      [m.entity.name, ...m.entity.aliases].some((name) => name.toLowerCase().split(/\s+/).includes(title));
    const here = this.mentions.filter((m) => m.end <= at && titled(m)).at(-1);
    if (here) return here.entity;
    for (const mentions of this.previousSentenceMentions()) {
      const earlier = mentions.filter(titled).at(-1);
      if (earlier) return earlier.entity;
    }
    return undefined;
  }

  private previousSentenceMentions(): Mention[][] {
    this.previousMentions ??= [...(this.context.previousSentences ?? [])]
      .reverse()
      .slice(0, 3)
      .map((s) => this.catalog.findMentions(tokenize(s.text)));
    return this.previousMentions;
  }
}
/** Adverbs that stand between a subject's closing comma and its verb: "..., also sent", "..., then armed". */
const CLAUSE_ADVERB_SET: ReadonlySet<string> = new Set(['also', 'then', 'later', 'since', 'now', 'still', 'soon']);

/** Generic nouns that may refer to an armed group described under another such noun. */
const ARMED_GROUP_REFERENCE_SET: ReadonlySet<string> = new Set(ARMED_GROUP_REFERENCES);

const ROLE_GROUPS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['commander', 'general', 'marshal', 'chief', 'leader', 'head', 'warlord', 'strongman']),
  new Set(['president', 'leader', 'head']),
  new Set(['minister', 'secretary']),
  new Set(['spokesperson', 'spokesman', 'spokeswoman']),
];

export function sameRole(known: string, asked: string): boolean {
  return known === asked || ROLE_GROUPS.some((group) => group.has(known) && group.has(asked));
}
