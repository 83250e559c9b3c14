/** Transfer verbs: "X sent warplanes to Y", "X supplied Y with arms", "X gave Y weapons". */
import { DENIAL_VERBS, INTENTION_VERBS, OBJECT_CONTROL_VERBS, STOPPING_VERBS } from '../../lexicon/framingVerbs.ts';
import {
  MATERIAL_KINDS,
  materialKind,
  RECIPIENT_OBJECT_TRANSFERS,
  type SupportCue,
  TRANSFER_VERBS,
} from '../../lexicon/supportLexicon.ts';
import type { Finding, SentenceReader } from '../sentenceReader.ts';
import { accusation } from './backingVerb.ts';

/** "X sent warplanes to Y", "X is providing air support to Y", "X supplied Y with arms", "X gave Y weapons". */
export function transferVerb(r: SentenceReader, i: number, sense: SupportCue): Finding[] {
  const group = r.verbGroup(i);
  if (group.negated || group.notAVerb) return [];
  const clauseEnd = listAwareClauseEnd(r, i + 1);
  let confidence = sense.confidence * (group.hedged ? 0.6 : 1);
  if (group.infinitive) {
    const governing = r.governingVerb(group.start);
    const key = governing === undefined ? '' : (r.tokens[governing]?.key ?? '');
    if (governing === undefined || OBJECT_CONTROL_VERBS.has(key) || STOPPING_VERBS.has(key) || DENIAL_VERBS.has(key))
      return [];
    if (INTENTION_VERBS.has(key)) confidence *= 0.6;
  }
  // "X is suspected of supplying weapons to Y": X's transfer, as a claim.
  const accused = r.tokens[i]?.key.endsWith('ing') ? accusation(r, group) : undefined;
  if (accused) confidence *= 0.8;
  const backers = accused?.backers ?? (group.passive ? r.byPhrase(i + 1, clauseEnd) : r.subjectForGroup(group));
  const reportedBy = accused?.reportedBy;
  const objectStart = r.skipParticles(i + 1);
  // "supplied Haftar with weapons", "given Kyiv tanks": the recipient named before the material.
  const doubleObject = (backed: Finding['backed'], support: string): Finding => ({
    backers,
    backed,
    support,
    confidence,
    at: i,
    pattern: 'transfer-verb/double-object',
    hearsay: group.hearsay,
    conditional: group.conditional,
    reportedBy,
  });
  // "supplied Haftar with weapons"; "given Kyiv tanks": an actor then the material is two objects, not one
  // phrase ("sold Bayraktar TB2 drones" names a model, not a recipient).
  const named = r.mentionAt[objectStart];
  // "sent Syrian fighters to Y": a people's adjective before the thing moved modifies it, names no recipient.
  const modifier = named?.source === 'demonym' && MATERIAL_KINDS.has(r.tokens[named.end]?.key ?? '');
  const actor = named !== undefined && named.entity.kind !== undefined && named.entity.kind !== 'other' && !modifier;
  let objectEnd = actor && MATERIAL_KINDS.has(r.tokens[named.end]?.key ?? '') ? named.end : r.phraseEnd(objectStart);
  // "given Kyiv Leopard tanks" read as one name "Kyiv Leopard": a country at its start is the recipient.
  if (named && !actor && named.end - named.start > 1) {
    const country = r.catalog.resolve(r.tokens[named.start]?.text ?? '');
    if (country?.kind === 'country') {
      const support = materialKind(r.tokens, named.end, r.phraseEnd(named.end));
      if (support && !group.passive) return [doubleObject([{ entity: country, certainty: 0.9 }], support)];
    }
  }
  // "given Kyiv Leopard tanks", "given the force armoured personnel carriers": the recipient ends
  // where the material starts, a few words on.
  if (objectEnd === r.phraseEnd(objectStart)) {
    const firstWord = actor ? named.end : objectStart + 1;
    for (let k = firstWord; k < Math.min(objectEnd, firstWord + 4); k++) {
      if (!MATERIAL_KINDS.has(r.tokens[k]?.key ?? '')) continue;
      // "Challenger tanks", "Bayraktar TB2 drones": a model's name before the material is part of it.
      let materialStart = k;
      while (materialStart > firstWord && isModelWord(r, materialStart - 1)) materialStart--;
      // "sold Bayraktar TB2 drones": a name that is no actor is the model, not a recipient.
      const model = named !== undefined && !actor;
      const demonymBefore = r.mentionAt[materialStart - 1]?.source === 'demonym';
      if (!model && !demonymBefore && r.headOfSpan(objectStart, materialStart).length > 0) objectEnd = materialStart;
      break;
    }
  }
  // "launched air strikes ... with Super Tucano aircraft supplied by the United States": the user was given them.
  const instrument = instrumentTransfer(r, i, objectStart);
  if (instrument) return [{ ...instrument, confidence: confidence * 0.8, reportedBy }];
  // "drones supplied to the capital by Turkey and Iran": a reduced relative on the thing moved, recipient then giver.
  const reduced = reducedRelativeTransfer(r, i, objectStart, clauseEnd);
  if (reduced && !group.passive)
    return [{ ...reduced, confidence, hearsay: group.hearsay, conditional: group.conditional, reportedBy }];
  // "Dushanbe has been supplied with drones by Iran": the passive of "supplied Y with", its subject the recipient.
  if (group.passive && r.tokens[objectStart]?.key === 'with') {
    const support = materialKind(r.tokens, objectStart + 1, clauseEnd);
    const backed = r.subjectOf(group.start);
    return support && backers.length > 0 && backed.length > 0
      ? [
          {
            backers,
            backed,
            support,
            confidence,
            at: i,
            pattern: 'transfer-verb/passive-with',
            hearsay: group.hearsay,
            conditional: group.conditional,
            reportedBy,
          },
        ]
      : [];
  }
  const directObject = r.headOfSpan(objectStart, objectEnd);
  if (directObject.length > 0 && r.tokens[objectEnd]?.key === 'with') {
    const support = materialKind(r.tokens, objectEnd + 1, clauseEnd);
    return support
      ? [
          {
            backers,
            backed: r.listAt(objectStart, backers),
            support,
            confidence,
            at: i,
            pattern: 'transfer-verb/with',
            hearsay: group.hearsay,
            conditional: group.conditional,
            reportedBy,
          },
        ]
      : [];
  }
  // "gave Haftar weapons"; "has given Kyiv more than $65.9 billion in military assistance": after a named
  // actor, the material may come a few phrases on, before the clause ends or a "to" names another recipient.
  if (directObject.length > 0 && !group.passive) {
    let materialStart = objectEnd;
    let materialEnd = r.phraseEnd(objectEnd);
    if (actor && directObject.length === 1 && directObject[0]?.entity === named.entity) {
      materialStart = named.end;
      materialEnd = clauseEnd;
      // "sold Egypt 24 Rafale jets": a model's name inside the material is no other party; an actor's is.
      for (let k = materialStart; k < clauseEnd; k++) {
        const kind = r.mentionAt[k]?.entity.kind;
        if (r.tokens[k]?.key === 'to' || (kind !== undefined && kind !== 'other'))
          materialEnd = Math.min(materialEnd, k);
      }
    }
    const support = materialKind(r.tokens, materialStart, materialEnd);
    if (support && !r.tokens.slice(objectStart, objectEnd).some((t) => t.key === 'to')) {
      return [doubleObject(directObject, support)];
    }
  }
  // "sent [material] ... to Y"
  for (let j = objectStart; j < clauseEnd; j++) {
    // "pledged 3 billion pounds in military aid for Ukraine": "for" an actor names the recipient too.
    const recipient = r.mentionAt[r.tokens[j + 1]?.key === 'the' ? j + 2 : j + 1];
    const forActor =
      r.tokens[j]?.key === 'for' && j > objectStart && recipient !== undefined && recipient.entity.kind !== 'other';
    if ((r.tokens[j]?.key !== (sense.recipientAfter ?? 'to') && !forActor) || r.isVerbBase(j + 1)) continue;
    const support = group.passive
      ? materialKind(r.tokens, r.phraseStartLeft(group.start - 1), group.start)
      : materialKind(r.tokens, objectStart, j);
    if (!support) return [];
    // "sent troops to Ukraine's border": a place, not a recipient.
    if (r.namesPlaceOf(j + 1)) return [];
    const backed = r.listAt(j + 1, backers);
    // "sent weapons to the CDF and to the Niger army": a second "to" coordinated after the first recipient.
    const firstEnd = r.phraseEnd(j + 1);
    if (backed.length > 0 && r.tokens[firstEnd]?.key === 'and' && r.tokens[firstEnd + 1]?.key === 'to')
      backed.push(...r.listAt(firstEnd + 2, [...backers, ...backed]));
    // Sent "to" a country may be a destination rather than a recipient.
    const destinationOnly =
      backed.every((r) => r.entity.kind === 'country') &&
      ['send', 'ship', 'deliver', 'transfer', 'fly'].includes(sense.lemma);
    return [
      {
        backers,
        backed,
        support,
        confidence: confidence * (destinationOnly ? 0.6 : 1),
        at: i,
        pattern: accused ? 'transfer-verb/accused-of' : 'transfer-verb/to',
        hearsay: group.hearsay,
        conditional: group.conditional,
        reportedBy,
      },
    ];
  }
  // "Uganda supplies the ZLA", "accused Uganda of supplying the ZLA": the actor supplied is the recipient.
  const recipient = r.mentionAt[r.tokens[objectStart]?.key === 'the' ? objectStart + 1 : objectStart];
  if (
    RECIPIENT_OBJECT_TRANSFERS.has(sense.lemma) &&
    recipient !== undefined &&
    recipient.entity.kind !== 'other' &&
    !group.passive &&
    recipient.end === r.phraseEnd(objectStart)
  ) {
    const backed = r.listAt(objectStart, backers);
    if (backed.length > 0 && backers.length > 0)
      return [
        {
          backers,
          backed,
          support: 'supplies',
          confidence,
          at: i,
          pattern: accused ? 'transfer-verb/accused-of' : 'transfer-verb/recipient-object',
          hearsay: group.hearsay,
          conditional: group.conditional,
          reportedBy,
        },
      ];
  }
  // "France sold Egypt jets, and Russia has supplied fighters": a transfer with no recipient, in a clause
  // coordinated after another transfer, shares that one's recipient.
  const support = group.passive || backers.length === 0 ? undefined : materialKind(r.tokens, objectStart, clauseEnd);
  const shared = support ? sharedRecipient(r, group.start) : [];
  const backed = shared.filter((referent) => !backers.some((backer) => backer.entity === referent.entity));
  return support && backed.length > 0
    ? [
        {
          backers,
          backed,
          support,
          confidence: confidence * 0.8,
          at: i,
          pattern: 'transfer-verb/shared-recipient',
          hearsay: group.hearsay,
          conditional: group.conditional,
          reportedBy,
        },
      ]
    : [];
}

/** The recipient of the transfer in the clause before ", and" that opens the clause of the verb group at `groupStart`. */
function sharedRecipient(r: SentenceReader, groupStart: number): Finding['backed'] {
  let and = groupStart - 1;
  while (and > 1 && groupStart - and <= 12 && !(r.tokens[and]?.key === 'and' && r.tokens[and - 1]?.text === ',')) {
    if (r.isVerbLike(and) && !r.mentionAt[and]) return [];
    and--;
  }
  if (r.tokens[and]?.key !== 'and' || r.tokens[and - 1]?.text !== ',') return [];
  for (let k = and - 2; k >= 0; k--) {
    const sense = TRANSFER_VERBS.get(r.tokens[k]?.key ?? '');
    if (sense) return transferVerb(r, k, sense)[0]?.backed ?? [];
  }
  return [];
}

/** The clause end, past the commas of a list of things moved: "shipped rifles, ammunition and drones to the rebels". */
export function listAwareClauseEnd(r: SentenceReader, from: number): number {
  let end = r.clauseEnd(from);
  const isMaterial = (k: number) => MATERIAL_KINDS.has(r.tokens[k]?.key ?? '');
  while (
    r.tokens[end]?.text === ',' &&
    (isMaterial(end + 1) ||
      (r.tokens[end + 1]?.key === 'and' && isMaterial(end + 2)) ||
      bareThingsItem(r, end + 1, from))
  )
    end = r.clauseEnd(end + 1);
  return end;
}

/**
 * "sent police advisers, riot shields, helmets and water cannon to Y": after a first item that names
 * material, an item of a few plain words (no name, no verb) goes on the list of things moved.
 */
function bareThingsItem(r: SentenceReader, start: number, listStart: number): boolean {
  if (materialKind(r.tokens, listStart, start) === undefined) return false;
  let k = r.tokens[start]?.key === 'and' ? start + 1 : start;
  const first = k;
  for (; k < r.tokens.length && k - first < 4; k++) {
    const token = r.tokens[k];
    if (token?.kind !== 'word') return token?.text === ',' && k > first;
    if (r.mentionAt[k] || token.capitalised || r.isVerbLike(k)) return false;
    if (token.key === 'to' || token.key === 'and') return k > first;
  }
  return false;
}

/** The material a transfer verb's participle follows ("drones supplied", "jets sent"): where its phrase starts, and its kind. */
function materialBeforeParticiple(r: SentenceReader, i: number): { start: number; support: string } | undefined {
  const key = r.tokens[i]?.key ?? '';
  if (!(key.endsWith('ed') || ['sent', 'given', 'sold', 'lent'].includes(key))) return undefined;
  const start = r.phraseStartLeft(i - 1);
  const support = materialKind(r.tokens, start, i);
  return support ? { start, support } : undefined;
}

/** "drones supplied to Moldova by Romania": the material before the participle, "to" the recipient, "by" the giver. */
function reducedRelativeTransfer(
  r: SentenceReader,
  i: number,
  objectStart: number,
  clauseEnd: number,
): Omit<Finding, 'confidence'> | undefined {
  if (r.tokens[objectStart]?.key !== 'to') return undefined;
  const support = materialBeforeParticiple(r, i)?.support;
  if (!support) return undefined;
  let by = r.phraseEnd(objectStart + 1);
  while (by < clauseEnd && by < objectStart + 10 && r.tokens[by]?.key !== 'by') by++;
  if (r.tokens[by]?.key !== 'by') return undefined;
  const backers = r.agentsFrom(by);
  const backed = r.listAt(objectStart + 1, backers);
  if (backers.length === 0 || backed.length === 0) return undefined;
  return { backers, backed, support, at: i, pattern: 'transfer-verb/reduced-relative' };
}

/**
 * "X bombed the rebels with jets supplied by Russia": a participle on the material the clause's
 * subject acts with ("with ..." after its verb), its giver after "by": the giver backs the subject.
 */
function instrumentTransfer(
  r: SentenceReader,
  i: number,
  objectStart: number,
): Omit<Finding, 'confidence'> | undefined {
  if (r.tokens[objectStart]?.key !== 'by') return undefined;
  const material = materialBeforeParticiple(r, i);
  if (!material) return undefined;
  const { start: materialStart, support } = material;
  let w = materialStart - 1;
  while (
    w >= 0 &&
    r.tokens[w]?.kind === 'word' &&
    !r.mentionAt[w] &&
    r.tokens[w]?.key !== 'with' &&
    materialStart - w < 4
  )
    w--;
  if (r.tokens[w]?.key !== 'with') return undefined;
  // The verb "with" completes: the nearest verb before it, within the clause.
  let v = w - 1;
  while (v >= 0 && w - v <= 12 && r.tokens[v]?.text !== ',' && !r.isVerbLike(v)) v--;
  if (v < 0 || !r.isVerbLike(v)) return undefined;
  const group = r.verbGroup(v);
  if (group.negated || group.notAVerb || group.passive) return undefined;
  const backers = r.agentsFrom(objectStart);
  const backed = r.subjectForGroup(group).filter((b) => !backers.some((g) => g.entity === b.entity));
  if (backers.length === 0 || backed.length === 0) return undefined;
  return {
    backers,
    backed,
    support,
    at: i,
    pattern: 'transfer-verb/instrument',
    hearsay: group.hearsay,
    conditional: group.conditional,
  };
}

/** A capitalised word that names no actor: part of a model's name ("Leopard", "TB2"). */
function isModelWord(r: SentenceReader, k: number): boolean {
  const mention = r.mentionAt[k];
  return r.tokens[k]?.capitalised === true && (mention === undefined || mention.entity.kind === 'other');
}
