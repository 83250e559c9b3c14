/**
 * One sentence as the relation patterns read it: its tokens, the entity mentions the catalog
 * finds in them, and the phrase structure the patterns share (verb groups and their subjects,
 * noun phrases and lists, pronouns and role nouns resolved to entities). Written as scans over
 * the tokens with compromise's lexicon as a part-of-speech dictionary: no tagger runs.
 * The patterns themselves are in patterns/, one file per family; reporting frames in
 * reportingFrames.ts.
 */
import { AUXILIARIES, BE, CALENDAR_WORDS, CLAUSE_ADVERBS, CONJUNCTIONS, DETERMINERS, HEARSAY_ADVERBS, HEDGING_MODALS, NEGATORS, POSSESSIVE_PRONOUNS, PREPOSITIONS, PRONOUNS, QUOTES, REPORTING_VERBS, SUBORDINATORS } from '../lexicon/functionWords.ts';
import { ACCUSING_VERBS, ASPECTUAL_VERBS, DENIAL_VERBS, INTENTION_VERBS, OBJECT_CONTROL_VERBS, STOPPING_VERBS } from '../lexicon/framingVerbs.ts';
import { AGREEMENT_NOUNS, BACKER_NOUNS, BACKING_VERBS, RELIANCE_VERBS, cooperationKind, MATERIAL_KINDS, RECEIVING_VERBS, SUPPORT_NOUNS, TRANSFER_VERBS } from '../lexicon/supportLexicon.ts';
import { isOrganisationWord, lexiconTags } from '../lexicon/partOfSpeech.ts';
import { type Token, tokenize } from '../lexicon/tokenize.ts';
import { isRoleNoun, isSideNoun } from '../entities/titles.ts';
import { AGENT_NOUNS, GENERIC_ACTOR_NOUNS, STATE_ACTOR_NOUNS } from '../knownAliases.ts';
import { OPPOSING_VERBS, OPPOSITION_NOUNS, TARGET_NOUNS } from '../lexicon/oppositionLexicon.ts';
import { type Entity, type EntityCatalog, type Mention } from '../entityCatalog.ts';
import { type Sentence } from '../../corpus/passage.ts';

/** What a sentence's reader knows beyond the sentence. */
export interface SupportContext {
  /** Sentences just before this one, oldest first: antecedents for "it", "he", "the commander". */
  previousSentences?: Sentence[];
  /**
   * What the document has called each generic noun so far ("junta" → Mali), see
   * describedActors.ts; extractSupportRelations adds what this sentence says before reading it.
   */
  describedActors?: Map<string, Entity>;
}

const AGENT_NOUN_SET: ReadonlySet<string> = new Set([...AGENT_NOUNS, ...TARGET_NOUNS]);
/** Reduced relatives that open an aside between a subject and its verb: "X, led by Y, has ...". */
const ASIDE_PARTICIPLES: ReadonlySet<string> = new Set(['led', 'known', 'based', 'backed', 'founded', 'headed', 'formed', 'created', 'commanded', 'called', 'also', 'formally']);
const GENERIC_ACTOR_SET: ReadonlySet<string> = new Set(GENERIC_ACTOR_NOUNS);
const STATE_ACTOR_SET: ReadonlySet<string> = new Set(STATE_ACTOR_NOUNS);

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

export interface VerbGroup {
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

export type PhraseRole = 'subject' | 'object';

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

export class SentenceReader {
  readonly mentionAt: Array<Mention | undefined>;
  readonly mentions: Mention[];
  /** Reporting frames, worked out once (reportingFrames.ts). */
  frames: ReportingFrame[] | undefined;
  private previousMentions: Mention[][] | undefined;

  constructor(
    readonly sentence: Sentence,
    readonly tokens: readonly Token[],
    readonly catalog: EntityCatalog,
    readonly context: SupportContext,
  ) {
    this.mentions = catalog.findMentions(tokens);
    this.mentionAt = new Array<Mention | undefined>(tokens.length);
    for (const mention of this.mentions) for (let i = mention.start; i < mention.end; i++) this.mentionAt[i] = mention;
  }

  /** Auxiliaries, negation and adverbs before verb i, and what they say about it. */
  verbGroup(i: number): VerbGroup {
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
      else if (key === 'once' || key === 'formerly') group.negated = true; // "which once backed ...": no longer so
      else if (key === 'since' && AUXILIARIES.has(this.tokens[j - 1]?.key ?? '')) {
        // "has since supplied": an adverb here, not a subordinator.
      }
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
  subjectOf(groupStart: number, depth = 0): Referent[] {
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
    // "Saudi Arabia, which led a coalition ..., backs", "The council, a movement that controls ..., is funded":
    // the subject stands before the relative clause or apposition.
    if (before.text === ',') {
      const beforeAside = this.subjectBeforeAside(groupStart - 1);
      if (beforeAside.length > 0) return beforeAside;
    }
    // "X, the leader of ..., is backed": a comma before the verb closes an apposition; every part may name the subject.
    if (before.text === ',') return this.headOfSpan(j + 1, groupStart, [], 'subject');
    // Otherwise the subject is the last comma-separated part ("According to Bloomberg, Egypt backs ..."), or a list of names ending it.
    return this.headOfSpan(this.lastPartStart(j + 1, groupStart), groupStart, [], 'subject');
  }

  /** The noun phrase before ", which/who ...," or ", a/the <description> ...," that ends at the comma `closing`. */
  subjectBeforeAside(closing: number): Referent[] {
    for (let k = closing - 1; k > 0 && closing - k < 30; k--) {
      const token = this.tokens[k];
      if (!token || token.text === ';' || token.text === ':' || QUOTES.has(token.text)) return [];
      if (token.text !== ',') continue;
      const opener = this.tokens[k + 1]?.key ?? '';
      const aside =
        ['which', 'who', 'whose'].includes(opener) || ['a', 'an', 'the'].includes(opener) || this.tokens[k + 2]?.kind === 'possessive' ||
        ASIDE_PARTICIPLES.has(opener);
      if (!aside) return [];
      // "The paramilitary group, led by X, known as Y, has ...": asides in a row.
      if (this.tokens[k - 1]?.kind === 'word' && this.subjectBeforeAside(k).length > 0 && ASIDE_PARTICIPLES.has(this.asideOpenerBefore(k))) return this.subjectBeforeAside(k);
      const start = this.phraseStartLeft(k - 1);
      return start < k ? this.headOfSpan(start, k, [], 'subject') : [];
    }
    return [];
  }

  /** The first word after the comma that opens the aside ending at `closing`. */
  private asideOpenerBefore(closing: number): string {
    for (let k = closing - 1; k > 0 && closing - k < 30; k--) if (this.tokens[k]?.text === ',') return this.tokens[k + 1]?.key ?? '';
    return '';
  }

  /** Start of the last comma-separated part of [from, to), extended over a list of names closed by "and"/"or". */
  lastPartStart(from: number, to: number): number {
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
  subjectForGroup(group: VerbGroup): Referent[] {
    if (!group.infinitive) return this.subjectOf(group.start);
    const governing = this.governingVerb(group.start);
    return governing === undefined ? [] : this.subjectOf(this.verbGroup(governing).start);
  }

  isSubjectBoundary(j: number): boolean {
    const token = this.tokens[j];
    if (!token) return true;
    // ", and this event should ..." starts a new clause, unless it closes a list of names ("Egypt, Russia, and the UAE back ...").
    if (token.kind === 'word' && CONJUNCTIONS.has(token.key) && this.tokens[j - 1]?.text === ',') return !this.closesNameList(j - 1);
    if (token.kind === 'punct') return token.text === ';' || token.text === ':' || QUOTES.has(token.text) || token.text === '—';
    if (token.kind === 'possessive') return false;
    return SUBORDINATORS.has(token.key) || this.isVerbLike(j);
  }

  /** Is the comma at `comma` preceded by a name that is a whole comma-separated item ("Egypt, Russia, and")? */
  closesNameList(comma: number): boolean {
    const mention = this.mentionAt[comma - 1];
    if (!mention) return false;
    const before = this.tokens[mention.start - 1]?.key === 'the' ? mention.start - 2 : mention.start - 1;
    return this.tokens[before]?.text === ',';
  }

  /** The nearest verb to the left of `from` in the same sentence (for coordination and infinitives). */
  previousVerb(from: number): number | undefined {
    for (let j = from; j >= 0; j--) {
      const token = this.tokens[j];
      if (token?.text === ';' || token?.text === ':') return undefined;
      if (this.isVerbLike(j) && !AUXILIARIES.has(token?.key ?? '')) return j;
    }
    return undefined;
  }

  /** The verb a "to"-infinitive at `toAt` depends on: "urged world powers to ...", "signed an agreement to ...". */
  governingVerb(toAt: number): number | undefined {
    for (let j = toAt - 1; j >= 0; j--) {
      const token = this.tokens[j];
      if (!token || token.text === ';' || token.text === ':' || (token.kind === 'word' && SUBORDINATORS.has(token.key) && token.key !== 'that')) return undefined;
      if (this.isVerbLike(j) && !AUXILIARIES.has(token.key)) return j;
    }
    return undefined;
  }

  /** Kind of cooperation named between a verb and its purpose clause: "signed a military cooperation agreement to help". */
  agreementKind(from: number, to: number): string | undefined {
    const words = this.tokens.slice(from, to);
    if (!words.some((t) => AGREEMENT_NOUNS.has(t.key) || t.key === 'cooperation')) return undefined;
    return cooperationKind(this.tokens, from, to) ?? 'cooperation agreement';
  }

  /** Is token j a verb here? Names, nouns after determiners and participles used as adjectives are not. */
  isVerbLike(j: number): boolean {
    const token = this.tokens[j];
    if (!token || token.kind !== 'word' || token.allCaps) return false;
    if (token.capitalised && !isSentenceStart(this.tokens, j)) return false;
    const key = token.key;
    if (AUXILIARIES.has(key)) return true;
    if (key === 'according' && this.tokens[j + 1]?.key === 'to') return false; // a preposition
    // Nothing after "the" or "Russia's" is a verb: "Russia's continued support".
    const before = this.tokens[j - 1];
    if (before && (before.kind === 'possessive' || (DETERMINERS.has(before.key) && before.key !== 'that'))) return false;
    const known = OPPOSING_VERBS.has(key) || RELIANCE_VERBS.has(key) || BACKING_VERBS.has(key) || TRANSFER_VERBS.has(key) || RECEIVING_VERBS.has(key) || REPORTING_VERBS.has(key) || OBJECT_CONTROL_VERBS.has(key) || STOPPING_VERBS.has(key) || DENIAL_VERBS.has(key) || ACCUSING_VERBS.has(key) || INTENTION_VERBS.has(key);
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
  isNounUse(i: number): boolean {
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
  isVerbBase(j: number): boolean {
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
  clauseEnd(from: number): number {
    for (let j = from; j < this.tokens.length; j++) {
      const token = this.tokens[j];
      if (!token) break;
      if (token.text === ',' || token.text === ';' || token.text === '”' || (token.kind === 'word' && SUBORDINATORS.has(token.key) && !['after', 'before', 'since', 'as', 'until'].includes(token.key))) return j;
    }
    return this.tokens.length;
  }

  skipParticles(from: number): number {
    let j = from;
    while (this.tokens[j] && (CLAUSE_ADVERBS.has(this.tokens[j]?.key ?? '') || this.tokens[j]?.key === 'up' || (this.tokens[j]?.key.endsWith('ly') && !this.tokens[j]?.capitalised))) j++;
    return j;
  }

  /** End (exclusive) of the noun phrase starting at `from`: stops at commas, prepositions other than "of", clauses and verbs. */
  phraseEnd(from: number): number {
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
      const seatOf = key === 'in' && STATE_ACTOR_SET.has(this.tokens[j - 1]?.key ?? ''); // "the government in Aden"
      if (j > from && PREPOSITIONS.has(key) && !ofSide && !seatOf) break;
      if (j > from && (SUBORDINATORS.has(key) || CONJUNCTIONS.has(key))) break;
      if (j > from && this.isVerbLike(j)) break;
      j++;
    }
    return j;
  }

  /** Start of the noun phrase ending just before `end` (exclusive), scanning left. */
  phraseStartLeft(last: number): number {
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
  coordinatedPhraseStart(last: number): number {
    let start = this.phraseStartLeft(last);
    while (['and', 'or'].includes(this.tokens[start - 1]?.key ?? '') && this.mentionAt[start - 2]) start = this.phraseStartLeft(start - 2);
    return start;
  }

  /** The noun phrase before a reduced relative: "the GNA, backed by Turkey" / "forces backed by Russia". */
  reducedRelativeHead(participle: number): Referent[] {
    const end = this.tokens[participle - 1]?.text === ',' ? participle - 1 : participle;
    return this.headOfSpan(this.coordinatedPhraseStart(end - 1), end);
  }

  byPhrase(from: number, to: number): Referent[] {
    for (let j = from; j < to; j++) if (this.tokens[j]?.key === 'by') return this.listAt(j + 1);
    return [];
  }

  /** Where the modifiers of a noun start: "Russia's [continued military] support". */
  modifiersStart(i: number): number {
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
  possessorOrDemonym(modifiersStart: number): Referent[] {
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
  isCancelled(modifiersStart: number): boolean {
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

  /** Referents of a noun phrase or a list of them ("Egypt, Russia, and the United Arab Emirates"). */
  listAt(from: number, exclude: readonly Referent[] = []): Referent[] {
    const items: Referent[][] = [];
    let start = from;
    let closedByConjunction = false;
    while (start < this.tokens.length && this.tokens[start]?.text === '(') start++;
    // "help meet it", "back where he belongs": no noun phrase here.
    const first = this.tokens[start];
    const nounHead = AGENT_NOUN_SET.has(first?.key ?? '') || isSideNoun(first?.key ?? ''); // "bombed positions of X": not the verb "positions"
    if (!first || first.kind !== 'word' || SUBORDINATORS.has(first.key) || PREPOSITIONS.has(first.key) || (!this.mentionAt[start] && !nounHead && this.isVerbLike(start))) return [];
    for (let count = 0; count < 12; count++) {
      const end = this.phraseEnd(start);
      items.push(this.headOfSpan(start, end, exclude, 'object'));
      let next = end;
      if (this.tokens[next]?.text === ',') next++;
      const conjunction = ['and', 'or'].includes(this.tokens[next]?.key ?? '');
      if (conjunction) next++;
      // A list of names starts with a name: "the elections, and NATO is leading" is not one.
      if (next === end || items[0]?.length === 0 || !this.isBareName(next)) break;
      // "to support the junta, and Moscow has since supplied ...": a name and a verb after ", and" start a new clause.
      const nextMention = this.mentionAt[this.tokens[next]?.key === 'the' ? next + 1 : next];
      if (conjunction && this.tokens[end]?.text === ',' && nextMention && this.isVerbLike(nextMention.end)) break;
      closedByConjunction = conjunction;
      start = next;
    }
    // "Egypt, Russia, and the UAE" is a list; "to Haftar, Bashagha told Bloomberg" is not: a list ends with "and"/"or".
    const kept = closedByConjunction ? items : items.slice(0, 1);
    return kept.flat();
  }

  /** A list item that is just a name ("the United Arab Emirates", "Haftar’s forces"), not a description ("Libya’s internationally recognized government"). */
  isBareName(from: number): boolean {
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

  /** "Egypt[, Russia, and the UAE]": further names when the rest of the span is a list closed by "and"/"or". */
  restOfNameList(comma: number, to: number): Referent[] {
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
      names.push({ entity: mention.entity, certainty: 1 });
      closed = conjunction;
      j = end;
      // "..., Ouagadougou and Niamey": the last item after "and" without a comma.
      if (!closed && ['and', 'or'].includes(this.tokens[end]?.key ?? '')) {
        let last = end + 1;
        if (this.tokens[last]?.key === 'the') last++;
        const final = this.mentionAt[last];
        if (!final || final.start !== last || (final.end < to && this.tokens[final.end]?.text !== ',')) return [];
        names.push({ entity: final.entity, certainty: 1 });
        return names;
      }
      if (end < to && this.tokens[end]?.text !== ',') return [];
    }
    return closed ? names : [];
  }

  headOfSegment(from: number, to: number, exclude: readonly Referent[], role: PhraseRole): { strength: 'strong' | 'weak' | 'reference' | 'none'; referents: Referent[] } {
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
        const preposition = this.tokens[governor]?.key ?? '';
        const ofSide = preposition === 'of' || preposition === 'to';
        // "forces of Haftar", "fighters from the Wagner Group", "the juntas in Bamako, Ouagadougou and Niamey"
        if ((ofSide || preposition === 'from') && (isSideNoun(head) || AGENT_NOUN_SET.has(head))) strong.push({ entity: mention.entity, certainty: 1 });
        else if (preposition === 'in' && STATE_ACTOR_SET.has(head) && (mention.entity.kind === 'country' || mention.source === 'metonym')) {
          if (strong.length === 0 || this.coordinatedWithPrevious(mention)) strong.push({ entity: mention.entity, certainty: 0.9 });
        }
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
      const generic = genericActorKey(token.key);
      if (generic && !token.capitalised && ['the', 'its'].includes(this.tokens[from]?.key ?? '')) {
        const referents = this.byGenericNoun(generic, j, exclude);
        if (referents.length > 0) return { strength: 'reference', referents };
      }
    }
    return { strength: 'none', referents: [] };
  }

  /** "Egypt and (the) Russia": only a conjunction (and an article) between this name and the one before. */
  coordinatedWithPrevious(mention: Mention): boolean {
    let j = mention.start - 1;
    if (this.tokens[j]?.key === 'the') j--;
    if (!['and', 'or'].includes(this.tokens[j]?.key ?? '')) return false;
    return this.mentionAt[j - 1] !== undefined;
  }

  /**
   * "Turkish forces", "the Turks sent" stand for the country; "Turkish targets", "the Libyan
   * commander" do not, and neither does a plural object ("helping Americans" are people).
   */
  demonymStandsForCountry(mention: Mention, to: number, role: PhraseRole): boolean {
    const next = this.tokens[mention.end];
    if (role === 'object' && this.tokens[mention.end - 1]?.text.endsWith('s')) return false;
    if (!next || mention.end >= to || next.kind !== 'word') return true;
    if (isSideNoun(next.key)) return true;
    const second = this.tokens[mention.end + 1];
    if (next.key === 'air' && isSideNoun(second?.key ?? '')) return true;
    // "Russian warplanes", "British instructors", "Ethiopian federal forces", "Kenyan police officers"
    for (let j = mention.end; j < Math.min(to, mention.end + 3); j++) {
      const word = this.tokens[j];
      if (!word || word.kind !== 'word' || word.capitalised) return false;
      if (isSideNoun(word.key) || AGENT_NOUN_SET.has(word.key)) return true;
    }
    return false;
  }

  /** "their respective Governments", "a Senator": a name does not take these determiners, so it is a capitalised common noun. */
  hasCommonNounDeterminer(at: number, from: number): boolean {
    for (let j = at - 1; j >= Math.max(from, at - 3); j--) {
      const token = this.tokens[j];
      if (!token || token.kind !== 'word' || token.capitalised) return false;
      if (POSSESSIVE_PRONOUNS.has(token.key) || ['our', 'my', 'your', 'a', 'an', 'these', 'those', 'every', 'each', 'respective'].includes(token.key)) return true;
      if (DETERMINERS.has(token.key) || PREPOSITIONS.has(token.key)) return false;
    }
    return false;
  }

  /** A preposition between the start of the phrase and a name, not belonging to an earlier name. */
  governingPreposition(from: number, at: number): number | undefined {
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
  byPronoun(pronoun: string, at: number, exclude: readonly Referent[], role: PhraseRole): Referent[] {
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
  isDirectObject(mention: Mention): boolean {
    let j = mention.start - 1;
    if (DETERMINERS.has(this.tokens[j]?.key ?? '')) j--;
    return this.isVerbLike(j) && !AUXILIARIES.has(this.tokens[j]?.key ?? '');
  }

  /** The name is the first words of its sentence (after an opening adverbial): its subject. */
  opensSentence(mention: Mention, tokens: readonly Token[]): boolean {
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
  byRole(role: string, at: number): Referent[] {
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

  /**
   * "the junta", "the group", "the council": the actor the document last described with that noun
   * (describedActors), else for an organisation noun the nearest organisation named earlier in
   * this sentence or the two before it. A state noun ("the army") is never guessed from proximity.
   */
  byGenericNoun(noun: string, at: number, exclude: readonly Referent[]): Referent[] {
    const usable = (entity: Entity | undefined) => entity !== undefined && !exclude.some((e) => e.entity === entity);
    const described = this.context.describedActors?.get(noun);
    if (usable(described) && described) return [{ entity: described, certainty: 0.8 }];
    if (STATE_ACTOR_SET.has(noun)) return [];
    const fits = (m: Mention) => m.entity.kind !== 'country' && m.entity.kind !== 'person' && usable(m.entity) && m.source !== 'demonym';
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
}

// ---------------------------------------------------------------------------------------------
// Word-level helpers

const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Copula', 'Modal', 'Auxiliary', 'Verb', 'PhrasalVerb']);
const NOUN_TAGS = new Set(['Singular', 'Plural', 'Noun', 'Uncountable', 'Actor']);

export function isSentenceStart(tokens: readonly Token[], j: number): boolean {
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
export function canBeNoun(key: string): boolean {
  return SUPPORT_NOUNS.has(key) || OPPOSITION_NOUNS.has(key) || AMBIGUOUS_NOUNS.has(key) || BACKER_NOUNS.has(key) || MATERIAL_KINDS.has(key) || key === 'report' || key === 'reports' || lexiconTags(key).some((t) => NOUN_TAGS.has(t)) || lexiconTags(key).length === 0;
}

export function isAdjective(key: string): boolean {
  const tags = lexiconTags(key);
  return tags.includes('Adjective') || tags.includes('Comparative') || tags.includes('Superlative');
}

const ROLE_GROUPS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['commander', 'general', 'marshal', 'chief', 'leader', 'head', 'warlord', 'strongman']),
  new Set(['president', 'leader', 'head']),
  new Set(['minister', 'secretary']),
  new Set(['spokesperson', 'spokesman', 'spokeswoman']),
];

export function sameRole(known: string, asked: string): boolean {
  return known === asked || ROLE_GROUPS.some((group) => group.has(known) && group.has(asked));
}
