/**
 * The word level of a sentence's reading (sentenceReader.ts): its tokens and entity mentions, verb
 * groups, and whether a word is used as a verb or a noun. Phrases are phraseScanner.ts.
 */
import {
  AUXILIARIES,
  BE,
  CALENDAR_WORDS,
  CLAUSE_ADVERBS,
  CONJUNCTIONS,
  DETERMINERS,
  HEARSAY_ADVERBS,
  HEDGING_MODALS,
  NEGATORS,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  PRONOUNS,
  REPORTING_VERBS,
  SUBORDINATORS,
  verbForms,
} from '../lexicon/functionWords.ts';
import {
  ACCUSING_VERBS,
  ASPECTUAL_VERBS,
  DENIAL_VERBS,
  INTENTION_VERBS,
  OBJECT_CONTROL_VERBS,
  STOPPING_VERBS,
} from '../lexicon/framingVerbs.ts';
import {
  AGREEMENT_NOUNS,
  BACKING_VERBS,
  RELIANCE_VERBS,
  cooperationKind,
  FIGHTING_VERBS,
  MATERIAL_KINDS,
  RECEIVING_VERBS,
  SUPPORT_NOUNS,
  TRANSFER_VERBS,
} from '../lexicon/supportLexicon.ts';
import { lexiconTags } from '../lexicon/partOfSpeech.ts';
import type { Token } from '../lexicon/tokenize.ts';
import { isRoleNoun, isSideNoun } from '../entities/titles.ts';
import { AGENT_NOUNS, SIDE_NOUNS, STATE_ACTOR_NOUNS } from '../knownAliases.ts';
import { OPPOSING_VERBS, OPPOSITION_NOUNS, TARGET_NOUNS } from '../lexicon/oppositionLexicon.ts';
import type { EntityCatalog, Mention } from '../entityCatalog.ts';
import type { Sentence } from '../../corpus/passage.ts';
import type { PhraseRole, SupportContext } from './sentenceReader.ts';
import { canBeNoun, isAdjective, isSentenceStart, NOUN_TAGS, VERB_TAGS } from './wordClasses.ts';

const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or']);
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'sent',
  'given',
  'sold',
  'lent',
  'got',
  'gotten',
  'withdrawn',
  // Participles of cue verbs: "is kept afloat by", "were bought from", "was struck by", "is paid by".
  'kept',
  'bought',
  'fought',
  'struck',
  'thrown',
  'paid',
]);

function isParticiple(key: string | undefined): boolean {
  return key !== undefined && (key.endsWith('ed') || IRREGULAR_PARTICIPLES.has(key));
}

/** Prepositions of place that follow a noun compound's head: "the air base in", "the border post near". */
const COMPOUND_CLOSING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside']);
export const AGENT_NOUN_SET: ReadonlySet<string> = new Set([...AGENT_NOUNS, ...TARGET_NOUNS]);
export const STATE_ACTOR_SET: ReadonlySet<string> = new Set(STATE_ACTOR_NOUNS);

/** "fighters", "forces", "positions" before "of the group" or "held by X": the side's men or places, standing for the side. */
export function isPartOfSide(token: Token | undefined): boolean {
  return token !== undefined && (isSideNoun(token.key) || AGENT_NOUN_SET.has(token.key));
}

/** "positions held by X", "areas controlled by X": participles that make the places X's. */
export const HOLDING_PARTICIPLES: ReadonlySet<string> = new Set(['held', 'controlled', 'occupied', 'manned', 'run']);
/** The nouns of those who act for a side and of what is hit: a demonym's compound ends at one. */
const ACTOR_AND_TARGET_NOUNS: ReadonlySet<string> = new Set([...AGENT_NOUN_SET, ...SIDE_NOUNS, ...STATE_ACTOR_NOUNS]);
/** Verbs of a speaker's label in "what it called", "what Kyiv described as". */
const LABELLING_VERBS: ReadonlySet<string> = new Set([
  'called',
  'termed',
  'described',
  'labelled',
  'labeled',
  'branded',
]);
/** "help" takes an object and a bare infinitive: "helped the army fight the rebels". */
const HELP_FORMS: ReadonlySet<string> = new Set(verbForms('help'));
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'them', 'him', 'her']);
/** Words that end a demonym's compound before its head: function words and verbs' particles. */
const COMPOUND_BREAKERS: ReadonlySet<string> = new Set([
  ...AUXILIARIES,
  ...DETERMINERS,
  ...PREPOSITIONS,
  ...CONJUNCTIONS,
  ...SUBORDINATORS,
  ...PRONOUNS,
  ...NEGATORS,
  ...CLAUSE_ADVERBS,
]);

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

/** A form of a verb some pattern reads ("fights", "backed", "supplies"), or one the lexicon tags a verb. */
function isCueVerbForm(word: string): boolean {
  return (
    FIGHTING_VERBS.has(word) ||
    BACKING_VERBS.has(word) ||
    TRANSFER_VERBS.has(word) ||
    RECEIVING_VERBS.has(word) ||
    OPPOSING_VERBS.has(word) ||
    lexiconTags(word).some((t) => VERB_TAGS.has(t))
  );
}

export class WordScanner {
  readonly mentionAt: Array<Mention | undefined>;
  readonly mentions: Mention[];
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
    // "is funded and armed by X": the second participle shares the first one's auxiliaries.
    if (isParticiple(this.tokens[i]?.key) && COORDINATORS.has(this.tokens[i - 1]?.key ?? '')) {
      const first = this.verbGroup(i - 2);
      if (first.passive && isParticiple(this.tokens[i - 2]?.key)) return first;
    }
    const group: VerbGroup = {
      start: i,
      passive: false,
      negated: false,
      hedged: false,
      hearsay: false,
      infinitive: false,
      conditional: false,
      notAVerb: false,
    };
    let be = false;
    for (let j = i - 1; j >= 0; j--) {
      const token = this.tokens[j];
      if (token?.kind !== 'word') break;
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
      else if (key === 'once' || key === 'formerly')
        group.negated = true; // "which once backed ...": no longer so
      else if (key === 'since' && AUXILIARIES.has(this.tokens[j - 1]?.key ?? '')) {
        // "has since supplied": an adverb here, not a subordinator.
      } else if (STOPPING_VERBS.has(key) || DENIAL_VERBS.has(key))
        group.negated = true; // "stop supporting", "denied backing"
      else if (ASPECTUAL_VERBS.has(key) && /ing$/.test(this.tokens[i]?.key ?? '')) {
        // "keep supporting", "continued backing": the same statement.
      } else if (!(AUXILIARIES.has(key) || CLAUSE_ADVERBS.has(key) || (key.endsWith('ly') && !token.capitalised)))
        break;
      group.start = j;
    }
    if (this.hasNegativeSubject(group.start)) group.negated = true;
    const key = this.tokens[i]?.key ?? '';
    const participle = isParticiple(key);
    group.passive = be && participle;
    group.notAVerb = be && !participle && !key.endsWith('ing');
    return group;
  }

  /**
   * "Neither Russia nor the UAE has armed ...": a subject of names coordinated by "neither ... nor"
   * (right before the verb group at `start`) denies the verb of every one of them.
   */
  private hasNegativeSubject(start: number): boolean {
    for (let j = start - 1; j >= 0 && start - j <= 10; j--) {
      const token = this.tokens[j];
      if (token?.kind !== 'word') return false;
      if (token.key === 'neither' || token.key === 'nor') return true;
      if (!this.mentionAt[j] && token.key !== 'the') return false;
    }
    return false;
  }

  /** The "by" of participle i's agent: right after it, or after a coordinated one ("funded and armed by X"). */
  agentBy(i: number): number | undefined {
    if (COORDINATORS.has(this.tokens[i + 1]?.key ?? '') && isParticiple(this.tokens[i + 2]?.key))
      return this.agentBy(i + 2);
    // "backed financially by X", "supported for years by X", "funded since 2019 by X": an adverbial may come first.
    for (let k = i + 1; k < Math.min(this.tokens.length, i + 6); k++) {
      const token = this.tokens[k];
      if (token?.key === 'by') return k;
      // "paid for that protection by X": after a preposition "that" is a determiner, not a clause.
      const determiner = token?.key === 'that' && PREPOSITIONS.has(this.tokens[k - 1]?.key ?? '');
      if (
        token?.kind !== 'word' ||
        this.mentionAt[k] ||
        (SUBORDINATORS.has(token.key) && !determiner) ||
        CONJUNCTIONS.has(token.key)
      )
        return undefined;
      // "propped up by X": the particle skipParticles skips after an active verb.
      if (
        k === i + 1 &&
        !(
          token.key.endsWith('ly') ||
          PREPOSITIONS.has(token.key) ||
          CLAUSE_ADVERBS.has(token.key) ||
          token.key === 'up'
        )
      )
        return undefined;
      if (this.isVerbLike(k) && !token.key.endsWith('ly')) return undefined;
    }
    return undefined;
  }

  /** The first word after the comma that opens the aside ending at `closing`. */
  protected asideOpenerBefore(closing: number): string {
    for (let k = closing - 1; k > 0 && closing - k < 30; k--)
      if (this.tokens[k]?.text === ',') return this.tokens[k + 1]?.key ?? '';
    return '';
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
      if (
        !token ||
        token.text === ';' ||
        token.text === ':' ||
        (token.kind === 'word' && SUBORDINATORS.has(token.key) && token.key !== 'that')
      )
        return undefined;
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
    if (token?.kind !== 'word' || token.allCaps) return false;
    if (token.capitalised && !isSentenceStart(this.tokens, j)) return false;
    const key = token.key;
    if (AUXILIARIES.has(key)) return true;
    if (this.inDemonymCompound(j)) return false;
    if (key === 'according' && this.tokens[j + 1]?.key === 'to') return false; // a preposition
    // Nothing after "the" or "Russia's" is a verb: "Russia's continued support".
    const before = this.tokens[j - 1];
    if (before && (before.kind === 'possessive' || (DETERMINERS.has(before.key) && before.key !== 'that')))
      return false;
    // "extend to armed attacks on", "clashed with armed men": a participle right after a preposition, before its noun.
    if (
      key.endsWith('ed') &&
      (PREPOSITIONS.has(before?.key ?? '') || before?.key === 'to') &&
      this.tokens[j + 1]?.kind === 'word' &&
      canBeNoun(this.tokens[j + 1]?.key ?? '')
    )
      return false;
    // "an African Union force of 12,000 troops": a base or -s form before "of" is a noun.
    if (this.tokens[j + 1]?.key === 'of' && !key.endsWith('ed') && !key.endsWith('ing') && canBeNoun(key)) return false;
    // "Forces from Chad and Niger attacked": those who act, and where they come from.
    if (this.tokens[j + 1]?.key === 'from' && ACTOR_AND_TARGET_NOUNS.has(key)) return false;
    // "US forces killed", "UK forces have struck", "ISWAP positions around": after a name and before a past
    // verb, an auxiliary or a preposition, a plural of those who act or are hit is the noun ("Russia forces
    // Ukraine to" keeps its verb).
    const after = this.tokens[j + 1];
    if (
      ACTOR_AND_TARGET_NOUNS.has(key) &&
      key.endsWith('s') &&
      this.mentionAt[j - 1] !== undefined &&
      after?.kind === 'word' &&
      !this.mentionAt[j + 1] &&
      (AUXILIARIES.has(after.key) || isParticiple(after.key) || (PREPOSITIONS.has(after.key) && after.key !== 'to'))
    )
      return false;
    // "Morocco's autonomy plan has the support of ...": a noun compound after a possessive, before the verb.
    const possessor = this.tokens[j - 2];
    if (
      possessor?.kind === 'possessive' &&
      AUXILIARIES.has(this.tokens[j + 1]?.key ?? '') &&
      before?.kind === 'word' &&
      !before.capitalised &&
      !before.key.endsWith('ly') &&
      !AUXILIARIES.has(before.key) &&
      !NEGATORS.has(before.key) &&
      !CLAUSE_ADVERBS.has(before.key) &&
      !PRONOUNS.has(before.key) &&
      canBeNoun(before.key) &&
      !lexiconTags(before.key).some((t) => VERB_TAGS.has(t)) &&
      !key.endsWith('ed')
    )
      return false;
    // "at the al-Jufra air base in central Libya": a base form closing a noun compound after an article,
    // before a place preposition, is its head noun, not a verb ("the rebels attack villages" keeps its verb).
    if (
      before?.kind === 'word' &&
      !/(s|ed|ing)$/.test(key) &&
      COMPOUND_CLOSING_PREPOSITIONS.has(this.tokens[j + 1]?.key ?? '') &&
      this.closesArticleCompound(j)
    )
      return false;
    const known =
      OPPOSING_VERBS.has(key) ||
      RELIANCE_VERBS.has(key) ||
      BACKING_VERBS.has(key) ||
      TRANSFER_VERBS.has(key) ||
      RECEIVING_VERBS.has(key) ||
      REPORTING_VERBS.has(key) ||
      OBJECT_CONTROL_VERBS.has(key) ||
      STOPPING_VERBS.has(key) ||
      DENIAL_VERBS.has(key) ||
      ACCUSING_VERBS.has(key) ||
      INTENTION_VERBS.has(key);
    // "troops from neighbouring Rwanda": an -ing word between a preposition and a name describes the name.
    if (key.endsWith('ing') && PREPOSITIONS.has(before?.key ?? '') && !known && this.mentionAt[j + 1] !== undefined)
      return false;
    const tags = lexiconTags(key);
    // "helped the Congolese army fight the M23", "helped Mozambique's army retake Palma": a bare infinitive
    // after "help" and its object, not a noun compound (nor a word the lexicon does not know).
    if (
      !/(s|ed|ing)$/.test(key) &&
      (known || tags.length === 0 || tags.some((t) => VERB_TAGS.has(t))) &&
      this.helpBefore(j) !== undefined
    )
      return true;
    if (!known && !tags.some((t) => VERB_TAGS.has(t))) return false;
    if (this.isNounUse(j)) return false;
    // "illegal armed forces", "internationally recognized government": participles as adjectives.
    const next = this.tokens[j + 1];
    const previous = this.tokens[j - 1];
    if (
      key.endsWith('ed') &&
      next?.kind === 'word' &&
      !PREPOSITIONS.has(next.key) &&
      !DETERMINERS.has(next.key) &&
      !next.capitalised &&
      previous?.kind === 'word' &&
      !CLAUSE_ADVERBS.has(previous.key) &&
      (isAdjective(previous.key) || previous.key.endsWith('ly'))
    )
      return false;
    return true;
  }

  /**
   * The noun of an actor or a target closing a compound that a demonym opens, at most three words
   * on ("Chinese coast guard ships", "a Philippine supply boat", "Indonesian troops"), or undefined.
   * The lexicon knows some of these nouns only as verbs ("ships", "boat", "guard").
   */
  demonymCompoundHead(mention: Mention): number | undefined {
    if (mention.source !== 'demonym') return undefined;
    for (let k = mention.end; k < mention.end + 3; k++) {
      const word = this.tokens[k];
      if (word?.kind !== 'word' || word.capitalised || COMPOUND_BREAKERS.has(word.key) || /^\p{N}/u.test(word.text))
        return undefined;
      if (!ACTOR_AND_TARGET_NOUNS.has(word.key)) continue;
      // "Ugandan army boats", "Kenyan police officers": the last of such nouns in a row is the head.
      let head = k;
      while (head < k + 2 && ACTOR_AND_TARGET_NOUNS.has(this.tokens[head + 1]?.key ?? '')) head++;
      return head;
    }
    return undefined;
  }

  /** Is word j inside a demonym's compound, up to its head ("coast", "guard" and "ships" in "Chinese coast guard ships")? */
  private inDemonymCompound(j: number): boolean {
    for (let k = j - 1; k >= 0 && j - k <= 3; k--) {
      const mention = this.mentionAt[k];
      if (!mention) continue;
      const head = this.demonymCompoundHead(mention);
      return head !== undefined && head >= j;
    }
    return false;
  }

  /**
   * The "help" whose object word j follows ("helped the army", "help Kyiv's forces", "help them"),
   * at most five words back, or undefined: j is then the bare infinitive the object does.
   */
  helpBefore(j: number): number | undefined {
    // The object ends in a name, the noun of an actor or an object pronoun: "help the rebel army" reads no verb "rebel".
    const last = this.tokens[j - 1];
    if (!this.mentionAt[j - 1] && !ACTOR_AND_TARGET_NOUNS.has(last?.key ?? '') && !OBJECT_PRONOUNS.has(last?.key ?? ''))
      return undefined;
    for (let k = j - 1; k >= 0 && j - k <= 6; k--) {
      const token = this.tokens[k];
      if (!token) return undefined;
      if (HELP_FORMS.has(token.key)) return k < j - 1 ? k : undefined;
      if (token.kind === 'possessive' || this.mentionAt[k]) continue;
      if (
        token.kind !== 'word' ||
        AUXILIARIES.has(token.key) ||
        PREPOSITIONS.has(token.key) ||
        CONJUNCTIONS.has(token.key) ||
        SUBORDINATORS.has(token.key)
      )
        return undefined;
    }
    return undefined;
  }

  /** Does word j end "the <noun, adjective or name>+ <j>" ("the air base", "the old al-Jufra base"), at most three words on? */
  private closesArticleCompound(j: number): boolean {
    for (let k = j - 1; k >= 0 && j - k <= 3; k--) {
      const token = this.tokens[k];
      if (token?.kind !== 'word') return false;
      if (DETERMINERS.has(token.key) && token.key !== 'that') return k < j - 1;
      const modifier = canBeNoun(token.key) || isAdjective(token.key);
      if (!this.mentionAt[k] && !(modifier && !AUXILIARIES.has(token.key) && !token.key.endsWith('ly'))) return false;
    }
    return false;
  }

  /** Is the word after `i` the start of a direct object: a name or a determiner ("funding the BLA", not "funding of")? */
  private takesDirectObject(i: number): boolean {
    const next = this.tokens[i + 1];
    if (next?.kind !== 'word') return false;
    return this.mentionAt[i + 1] !== undefined || (DETERMINERS.has(next.key) && next.key !== 'that');
  }

  /**
   * Does the phrase at j name a place of a side rather than the side: "to Ukraine's border", "to
   * Libya's coast"? After a name's possessive, a noun that is none of a side's forces, agents or
   * targets ("Haftar's forces", "Kyiv's army") is where something went, not who received it.
   */
  namesPlaceOf(j: number): boolean {
    const at = this.tokens[j]?.key === 'the' ? j + 1 : j;
    const mention = this.mentionAt[at];
    if (!mention || this.tokens[mention.end]?.kind !== 'possessive') return false;
    const first = this.tokens[mention.end + 1];
    if (first?.kind !== 'word' || first.capitalised || this.mentionAt[mention.end + 1]) return false;
    // The whole compound counts: "Egypt's air force", "Ukraine's air defence units".
    for (let k = mention.end + 1; k < Math.min(this.tokens.length, mention.end + 4); k++) {
      const word = this.tokens[k];
      if (word?.kind !== 'word' || PREPOSITIONS.has(word.key) || CONJUNCTIONS.has(word.key)) break;
      if (ACTOR_AND_TARGET_NOUNS.has(word.key) || isRoleNoun(word.key)) return false;
    }
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
    if (previous.kind === 'punct') return previous.text === '(';
    const key = previous.key;
    // "a militia that fights alongside", "forces that backed": after a relative "that", an inflected verb.
    if (key === 'that' && /(s|ed)$/.test(word) && isCueVerbForm(word)) return false;
    // "accused India of funding the BLA": a gerund after a preposition takes its object directly.
    if (word.endsWith('ing') && PREPOSITIONS.has(key) && this.takesDirectObject(i)) return false;
    if (DETERMINERS.has(key) || POSSESSIVE_PRONOUNS.has(key) || (PREPOSITIONS.has(key) && key !== 'to')) return true;
    const mention = this.mentionAt[i - 1];
    if (mention) return mention.source === 'demonym' && !previous.text.endsWith('s');
    if (
      previous.capitalised ||
      AUXILIARIES.has(key) ||
      NEGATORS.has(key) ||
      CLAUSE_ADVERBS.has(key) ||
      PRONOUNS.has(key) ||
      CONJUNCTIONS.has(key) ||
      SUBORDINATORS.has(key)
    )
      return false;
    if (/^\p{N}/u.test(previous.text)) return true;
    // "whose troops fight alongside", "Ugandan forces back": a plain verb form after the plural of those who act.
    if (/s$/.test(key) && !/s$/.test(word) && (isSideNoun(key) || AGENT_NOUN_SET.has(key)) && isCueVerbForm(word))
      return false;
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
    if (
      token?.kind !== 'word' ||
      token.capitalised ||
      DETERMINERS.has(token.key) ||
      PRONOUNS.has(token.key) ||
      /^\p{N}/u.test(token.text)
    )
      return false;
    const tags = lexiconTags(token.key);
    if (tags.includes('Adjective') && !tags.some((t) => VERB_TAGS.has(t))) return false;
    if (tags.includes('Infinitive')) return true;
    const next = this.tokens[j + 1];
    if (next?.kind !== 'word') return false;
    return next.capitalised || DETERMINERS.has(next.key) || PRONOUNS.has(next.key) || PREPOSITIONS.has(next.key);
  }

  /** Where the claim containing token `from` stops: a clause boundary or the end of the sentence. */
  clauseEnd(from: number): number {
    for (let j = from; j < this.tokens.length; j++) {
      const token = this.tokens[j];
      if (!token) break;
      if (
        token.text === ',' ||
        token.text === ';' ||
        token.text === '”' ||
        (token.kind === 'word' &&
          SUBORDINATORS.has(token.key) &&
          !['after', 'before', 'since', 'as', 'until'].includes(token.key))
      )
        return j;
    }
    return this.tokens.length;
  }

  skipParticles(from: number): number {
    let j = from;
    while (
      this.tokens[j] &&
      (CLAUSE_ADVERBS.has(this.tokens[j]?.key ?? '') ||
        this.tokens[j]?.key === 'up' ||
        (this.tokens[j]?.key.endsWith('ly') && !this.tokens[j]?.capitalised))
    )
      j++;
    // "condemned what it called China's reckless actions": the speaker's label, then the object.
    if (this.tokens[j]?.key === 'what') {
      const speakerEnd = this.mentionAt[j + 1]?.end ?? (PRONOUNS.has(this.tokens[j + 1]?.key ?? '') ? j + 2 : j + 1);
      if (speakerEnd > j + 1 && LABELLING_VERBS.has(this.tokens[speakerEnd]?.key ?? '')) {
        const after = speakerEnd + 1;
        return this.tokens[after]?.key === 'as' ? after + 1 : after;
      }
    }
    return j;
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
    // "Kenyan and Ugandan troops": a demonym coordinated with one that stands for its country does too.
    const coordinated = COORDINATORS.has(next.key) ? this.mentionAt[mention.end + 1] : undefined;
    if (
      coordinated?.source === 'demonym' &&
      coordinated.start === mention.end + 1 &&
      coordinated.entity !== mention.entity &&
      this.demonymStandsForCountry(coordinated, to, role)
    )
      return true;
    const second = this.tokens[mention.end + 1];
    if (next.key === 'air' && isSideNoun(second?.key ?? '')) return true;
    // "Russian warplanes", "British instructors", "Ethiopian federal forces", "Kenyan police officers"
    for (let j = mention.end; j < Math.min(to, mention.end + 3); j++) {
      const word = this.tokens[j];
      if (word?.kind !== 'word' || word.capitalised) return false;
      if (isSideNoun(word.key) || AGENT_NOUN_SET.has(word.key)) return true;
      // "backed by Egyptian money", "supported by American drones and Turkish training": what a state gives.
      if (
        role === 'agent' &&
        (MATERIAL_KINDS.has(word.key) || SUPPORT_NOUNS.has(word.key) || OPPOSITION_NOUNS.has(word.key))
      )
        return true;
    }
    return false;
  }

  /** "their respective Governments", "a Senator": a name does not take these determiners, so it is a capitalised common noun. */
  hasCommonNounDeterminer(at: number, from: number): boolean {
    for (let j = at - 1; j >= Math.max(from, at - 3); j--) {
      const token = this.tokens[j];
      if (token?.kind !== 'word' || token.capitalised) return false;
      if (
        POSSESSIVE_PRONOUNS.has(token.key) ||
        ['our', 'my', 'your', 'a', 'an', 'these', 'those', 'every', 'each', 'respective'].includes(token.key)
      )
        return true;
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
}
