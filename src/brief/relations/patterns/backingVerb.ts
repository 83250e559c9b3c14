/** Backing verbs: "X backs Y", "Y is backed by X", "Y, backed by X", "to help it", and "Z accused X of arming Y". */
import {
  ACCUSING_VERBS,
  DENIAL_VERBS,
  INTENTION_VERBS,
  OBJECT_CONTROL_VERBS,
  RAISING_VERBS,
  STOPPING_VERBS,
} from '../../lexicon/framingVerbs.ts';
import { materialKind, type SupportCue, TRANSFER_VERBS } from '../../lexicon/supportLexicon.ts';
import { BE } from '../../lexicon/functionWords.ts';
import type { Finding, Referent, SentenceReader } from '../sentenceReader.ts';
import type { VerbGroup } from '../wordScanner.ts';
import { isSentenceStart } from '../wordClasses.ts';

/**
 * "X backs Y", "Y is backed by X", "Y, backed by X", "to help it", "X denied backing Y".
 * `objectFrom`: where the object starts when words after the verb belong to the cue ("sided with
 * Y", phrasalVerb.ts); such a cue has no passive.
 */
export function backingVerb(r: SentenceReader, i: number, sense: SupportCue, objectFrom?: number): Finding[] {
  const group = r.verbGroup(i);
  if (group.negated || group.notAVerb) return [];
  let confidence = sense.confidence * (group.hedged ? 0.6 : 1);
  const by = objectFrom === undefined ? r.agentBy(i) : undefined;
  if (objectFrom !== undefined && group.passive) return [];
  // "The CDF is, according to UN experts, backed by Iran": a passive whose "is" stands before a parenthetical.
  const aside = group.passive ? undefined : r.parentheticalBefore(group.start);
  const beforeAside = aside === undefined ? undefined : aside - 1;
  const passiveAcross = beforeAside !== undefined && BE.has(r.tokens[beforeAside]?.key ?? '');
  const passive = group.passive || passiveAcross;
  if (passive || (by !== undefined && r.tokens[i]?.key.endsWith('ed'))) {
    if (by === undefined) return []; // "Haftar is backed" names no backer
    const backers = r.agentsFrom(by);
    let backed = passiveAcross
      ? r.subjectOf(r.verbGroup(beforeAside ?? 0).start)
      : passive
        ? r.subjectOf(group.start)
        : r.reducedRelativeHead(i);
    // "Assad's forces pressed an offensive backed by Moscow", "the junta's campaign, backed by Russia":
    // backing an operation is backing whoever conducts it.
    // "The ZLA is believed to be armed by Uganda": the subject of the raising verb, as hearsay.
    const raised = backed.length === 0 && group.infinitive ? raisingGroup(r, group.start) : undefined;
    if (raised) {
      backed = r.subjectOf(raised.start);
      group.hearsay = true;
      confidence *= 0.8;
    }
    if (backed.length === 0) backed = conductorOfOperation(r, passive ? group.start - 1 : i - 1);
    // "Backed by Rwandan troops, Mozambique's army retook the port": a fronted participle's subject follows it.
    if (backed.length === 0 && !passive && isSentenceStart(r.tokens, i)) {
      let comma = by + 1;
      while (comma < r.tokens.length && r.tokens[comma]?.text !== ',') comma++;
      backed = r.headOfSpan(comma + 1, r.phraseEnd(comma + 1), backers, 'subject');
    }
    return [
      {
        backers,
        backed,
        support: sense.support,
        confidence,
        at: i,
        pattern: passive ? 'backing-verb/passive' : 'backing-verb/reduced-relative',
        hearsay: group.hearsay,
        conditional: group.conditional,
      },
    ];
  }
  let support = sense.support;
  let backers: Referent[];
  if (group.infinitive) {
    const governing = r.governingVerb(group.start);
    if (governing === undefined) return [];
    const key = r.tokens[governing]?.key ?? '';
    if (OBJECT_CONTROL_VERBS.has(key) || STOPPING_VERBS.has(key) || DENIAL_VERBS.has(key)) return [];
    if (INTENTION_VERBS.has(key)) confidence *= 0.6;
    const governingGroup = r.verbGroup(governing);
    if (governingGroup.negated) return [];
    // "would send troops to help Kinshasa only if ...": the purpose shares its governing verb's "would".
    if (governingGroup.conditional) group.conditional = true;
    backers = r.subjectOf(governingGroup.start);
    // "signed a military cooperation agreement to help", "sent warplanes to help": the help is what was signed or sent.
    const sentMaterial = TRANSFER_VERBS.has(key) ? materialKind(r.tokens, governing + 1, group.start) : undefined;
    support = r.agreementKind(governing + 1, group.start) ?? sentMaterial ?? support;
  } else if (r.tokens[i]?.key.endsWith('ing') && ['of', 'for', 'with'].includes(r.tokens[group.start - 1]?.key ?? '')) {
    return accusedOf(r, i, group, sense);
  } else if (firstCoordinatedGerund(r, i) !== undefined) {
    // "accused India of financing and training the separatists": the second gerund is accused too.
    const first = firstCoordinatedGerund(r, i) ?? i;
    return accusedOf(r, i, r.verbGroup(first), sense);
  } else {
    backers = r.subjectOf(group.start);
  }
  const objectStart = objectFrom ?? r.skipParticles(i + 1);
  let backed = r.listAt(objectStart, backers);
  let pattern = group.infinitive ? 'backing-verb/purpose' : 'backing-verb/active';
  // "Iran funds, trains and arms Hezbollah": the object comes after the last verb of the list, unless the
  // verb closes an object relative ("The LNA, which Egypt backs, attacked the GNA").
  const relative = backed.length === 0 && !group.infinitive && objectFrom === undefined;
  if (relative) backed = r.objectRelativeAntecedent(group.start);
  if (relative && backed.length > 0) pattern = 'backing-verb/object-relative';
  const shared = backed.length === 0 && ['and', 'or', ','].includes(r.tokens[objectStart]?.text ?? '');
  const sharedStart = shared ? r.sharedObjectStart(i) : undefined;
  if (sharedStart !== undefined) backed = r.listAt(sharedStart, backers);
  if (backed.length === 0 && !group.infinitive && objectFrom === undefined) {
    backed = r.objectRelativeAntecedent(group.start);
    pattern = 'backing-verb/object-relative';
  }
  return [
    {
      backers,
      backed,
      support,
      confidence,
      at: i,
      pattern,
      hearsay: group.hearsay,
      conditional: group.conditional,
    },
  ];
}

/**
 * Who is accused, and by whom, when the gerund at `group` follows "of"/"for"/"in": "Z accused X of
 * arming", "X is suspected of supplying", "X was criticised (by Z) for backing". Undefined when no
 * accusing verb governs it.
 */
export function accusation(
  r: SentenceReader,
  group: VerbGroup,
): { backers: Referent[]; reportedBy: string } | undefined {
  if (!['of', 'for', 'in', 'with'].includes(r.tokens[group.start - 1]?.key ?? '')) return undefined;
  const accusedEnd = group.start - 1;
  const accusedStart = r.phraseStartLeft(accusedEnd - 1);
  const governing = r.governingVerb(accusedStart);
  const accusingVerb = governing === undefined ? undefined : r.tokens[governing];
  if (governing === undefined || !accusingVerb || !ACCUSING_VERBS.has(accusingVerb.key)) return undefined;
  const accusingGroup = r.verbGroup(governing);
  if (accusingGroup.negated) return undefined;
  // Active: "Z accused X of ...": X is the object, Z the claimant. Passive: "X was accused (by Z) of ...".
  const passive = accusingGroup.passive;
  const backers = passive ? r.subjectOf(accusingGroup.start) : r.headOfSpan(accusedStart, accusedEnd);
  const claimants = passive
    ? r.tokens[governing + 1]?.key === 'by'
      ? r.headOfSpan(governing + 2, r.phraseEnd(governing + 2))
      : []
    : r.subjectOf(accusingGroup.start);
  return { backers, reportedBy: claimants[0]?.entity.name ?? 'accusations' };
}

/** "Z accused X of arming Y": X backs Y, claimed by Z. "X was criticised for backing Y" likewise. */
export function accusedOf(r: SentenceReader, i: number, group: VerbGroup, sense: SupportCue): Finding[] {
  const accused = accusation(r, group);
  if (!accused) return [];
  const { backers, reportedBy } = accused;
  let backed = r.listAt(r.skipParticles(i + 1), backers);
  // "of arming and funding the BLA": the object comes after the last gerund.
  const sharedStart = backed.length === 0 ? r.sharedObjectStart(i) : undefined;
  if (sharedStart !== undefined) backed = r.listAt(sharedStart, backers);
  return [
    {
      backers,
      backed,
      support: sense.support,
      confidence: sense.confidence * 0.8,
      at: i,
      pattern: 'backing-verb/accused-of',
      reportedBy,
    },
  ];
}

/** The group of the raising verb right before the infinitive at `to` ("is believed to be armed"), unless negated. */
function raisingGroup(r: SentenceReader, to: number): VerbGroup | undefined {
  const verb = to - 1;
  if (!RAISING_VERBS.has(r.tokens[verb]?.key ?? '')) return undefined;
  const group = r.verbGroup(verb);
  const raises = group.passive || /^(seem|appear)/.test(r.tokens[verb]?.key ?? '');
  return raises && !group.negated ? group : undefined;
}

/**
 * The first of coordinated gerunds after "of"/"for"/"with" that the -ing verb at `i` ends
 * ("of financing and training", "for arming, funding and training"), or undefined.
 */
function firstCoordinatedGerund(r: SentenceReader, i: number): number | undefined {
  if (!r.tokens[i]?.key.endsWith('ing')) return undefined;
  let j = i - 1;
  let first: number | undefined;
  while (j > 0 && [',', 'and', 'or'].includes(r.tokens[j]?.key ?? '')) {
    const gerund = j - 1;
    if (!r.tokens[gerund]?.key.endsWith('ing')) return undefined;
    first = gerund;
    if (['of', 'for', 'with'].includes(r.tokens[gerund - 1]?.key ?? '')) return first;
    j = gerund - 1;
  }
  return undefined;
}

/** Nouns for a military operation, whose backer backs the side conducting it. */
const OPERATION_NOUNS: ReadonlySet<string> = new Set([
  'offensive',
  'campaign',
  'operation',
  'operations',
  'assault',
  'advance',
  'counteroffensive',
  'counter-offensive',
  'push',
  'war',
]);

/**
 * Who conducts the operation named just before `end` (inclusive, a comma skipped): its possessor
 * ("Assad's offensive"), its demonym ("the Syrian offensive"), or the subject of the verb it is
 * the object of ("Assad's forces pressed an offensive").
 */
function conductorOfOperation(r: SentenceReader, end: number): Referent[] {
  const noun = r.tokens[end]?.text === ',' ? end - 1 : end;
  if (!OPERATION_NOUNS.has(r.tokens[noun]?.key ?? '')) return [];
  const modifiersStart = r.modifiersStart(noun);
  const owner = r.possessorOrDemonym(modifiersStart);
  if (owner.length > 0) return owner;
  let v = modifiersStart - 1;
  if (['a', 'an', 'the', 'its', 'their', 'his', 'her'].includes(r.tokens[v]?.key ?? '')) v--;
  if (!r.isVerbLike(v)) return [];
  const group = r.verbGroup(v);
  return group.negated ? [] : r.subjectForGroup(group);
}
