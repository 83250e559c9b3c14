/** Receiving verbs: "Y receives air support from X". */
import { MATERIAL_KINDS, materialKind, type SupportCue } from '../../lexicon/supportLexicon.ts';
import type { Finding, SentenceReader } from '../sentenceReader.ts';
import { listAwareClauseEnd } from './transferVerb.ts';

/** "Y receives air support from X", "Y has received weapons, money and training from X". */
export function receivingVerb(r: SentenceReader, i: number, sense: SupportCue): Finding[] {
  // "took delivery of": the verb receives only in the phrase.
  if (sense.needsAfter && !sense.needsAfter.includes(r.tokens[i + 1]?.key ?? '')) return [];
  const group = r.verbGroup(i);
  if (group.negated || group.passive || group.notAVerb) return [];
  const clauseEnd = listAwareClauseEnd(r, i + 1);
  // "receives no help from Ankara", "got nothing from Moscow": the transfer is denied.
  if (['no', 'nothing'].includes(r.tokens[r.skipParticles(i + 1)]?.key ?? '')) return [];
  for (let j = i + 1; j < clauseEnd; j++) {
    if (r.tokens[j]?.key !== 'from') continue;
    const support = materialKind(r.tokens, i + 1, j);
    if (!support) return [];
    const backed = r.subjectForGroup(group);
    return [
      {
        backers: r.listAt(j + 1),
        backed,
        support,
        confidence: sense.confidence * (group.hedged ? 0.6 : 1),
        at: i,
        pattern: 'receiving-verb/from',
        hearsay: group.hearsay,
        conditional: group.conditional,
      },
    ];
  }
  // "Y has received Iranian weapons": with no "from", a demonym on the material names the giver.
  const objectStart = r.skipParticles(i + 1);
  const giver = r.mentionAt[objectStart];
  const support = materialKind(r.tokens, objectStart, r.phraseEnd(objectStart));
  if (
    giver?.source === 'demonym' &&
    giver.start === objectStart &&
    support &&
    MATERIAL_KINDS.has(r.tokens[giver.end]?.key ?? '')
  )
    return [
      {
        backers: [{ entity: giver.entity, certainty: 0.9 }],
        backed: r.subjectForGroup(group),
        support,
        confidence: sense.confidence * 0.9 * (group.hedged ? 0.6 : 1),
        at: i,
        pattern: 'receiving-verb/demonym-material',
        hearsay: group.hearsay,
        conditional: group.conditional,
      },
    ];
  return [];
}
