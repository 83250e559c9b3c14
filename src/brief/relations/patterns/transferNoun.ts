/**
 * Transfers named by a noun: "the deployment of Kenyan police to Haiti", "Turkey's delivery of
 * drones to Kyiv", "shipments of Iranian missiles to the Houthis", "the transfer of jets to Egypt
 * by France". The giver is the possessor, the people's adjective on the thing moved, or the
 * by-phrase; the recipient follows "to". A transfer stopped or denied ("halted the delivery of")
 * is none.
 */
import { materialKind, type SupportCue } from '../../lexicon/supportLexicon.ts';
import type { Finding, Referent, SentenceReader } from '../sentenceReader.ts';
import { listAwareClauseEnd } from './transferVerb.ts';

export function transferNoun(r: SentenceReader, i: number, sense: SupportCue): Finding[] {
  if (r.tokens[i + 1]?.key !== 'of') return [];
  // "halted the delivery of", "denied any shipment of", "no deployment of": the transfer is not stated.
  if (r.isCancelled(r.modifiersStart(i))) return [];
  const end = listAwareClauseEnd(r, i + 2);
  let to = i + 2;
  while (to < end && r.tokens[to]?.key !== 'to') to++;
  // "to Ukraine's border" is a place, not a recipient.
  if (r.tokens[to]?.key !== 'to' || r.isVerbBase(to + 1) || r.namesPlaceOf(to + 1)) return [];
  const support = materialKind(r.tokens, i + 2, to);
  if (!support) return [];
  const backers = giversOf(r, i, to, end);
  const backed = r.listAt(to + 1, backers);
  if (backers.length === 0 || backed.length === 0) return [];
  return [{ backers, backed, support, confidence: sense.confidence * 0.9, at: i, pattern: 'transfer-noun/of-to' }];
}

/** The giver: "Turkey's delivery", "of Kenyan police", or "by France" after the recipient. */
function giversOf(r: SentenceReader, noun: number, to: number, end: number): Referent[] {
  const possessor = r.tokens[noun - 1]?.kind === 'possessive' ? r.mentionAt[noun - 2] : undefined;
  if (possessor) return [{ entity: possessor.entity, certainty: 1 }];
  for (let k = noun + 2; k < to; k++) {
    const mention = r.mentionAt[k];
    if (mention?.source === 'demonym' && r.demonymCompoundHead(mention) !== undefined)
      return [{ entity: mention.entity, certainty: 0.9 }];
  }
  let by = to + 1;
  while (by < end && r.tokens[by]?.key !== 'by') by++;
  if (r.tokens[by]?.key === 'by') return r.agentsFrom(by);
  // "Washington approved sales of military equipment to Y": who authorises the transfer makes it
  // ("welcomed the deployment of" is the recipient's, so only these verbs).
  let verb = noun - 1;
  while (verb > noun - 3 && ['the', 'a', 'an', 'new', 'further', 'more'].includes(r.tokens[verb]?.key ?? '')) verb--;
  if (!AUTHORISING_VERBS.has(r.tokens[verb]?.key ?? '')) return [];
  const group = r.verbGroup(verb);
  return group.negated || group.notAVerb ? [] : r.subjectForGroup(group);
}

/** Verbs whose subject makes the transfer their object names: "approved sales of", "ordered the deployment of". */
const AUTHORISING_VERBS: ReadonlySet<string> = new Set(
  ['approve', 'authorise', 'authorize', 'order', 'announce', 'clear'].flatMap((base) => [
    base,
    `${base}s`,
    base.endsWith('e') ? `${base}d` : `${base}ed`,
  ]),
);
