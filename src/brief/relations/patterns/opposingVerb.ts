/**
 * Opposing verbs: "X struck Y", "Y was attacked by X", "X threatened to attack Y", "X
 * sanctioned Y", "X warned Y". The verb-group and subject reading is the backing verbs' own
 * (denials, requests to stop, hedges and reported speech alike); only the stance differs.
 */
import { OPPOSITION_NOUNS } from '../../lexicon/oppositionLexicon.ts';
import type { SupportCue } from '../../lexicon/supportLexicon.ts';
import type { Finding, Referent, SentenceReader } from '../sentenceReader.ts';
import { backingVerb } from './backingVerb.ts';

export function opposingVerb(r: SentenceReader, i: number, sense: SupportCue): Finding[] {
  if (r.tokens[i + 1]?.key === 'alongside') return []; // "fought alongside": support, read by alongside.ts
  const condemnedActors = sense.support === 'condemnation' ? actorsOfCondemnedAct(r, i) : [];
  // "fights against the Taliban", "battled against the army": the object follows the preposition.
  const against = r.tokens[i + 1]?.key === 'against' && AGAINST_VERBS.has(sense.lemma) ? i + 2 : undefined;
  return backingVerb(r, i, sense, against).map((finding) => ({
    ...finding,
    backed: condemnedActors.length > 0 ? condemnedActors : finding.backed,
    stance: 'opposes',
    pattern:
      condemnedActors.length > 0
        ? 'opposing-verb/condemned-act'
        : finding.pattern.replace('backing-verb', 'opposing-verb'),
  }));
}

/**
 * "condemned drone strikes by the Malian army", "denounced attacks by the group on civilians":
 * condemning a hostile act is opposing whoever committed it, named after "by".
 */
function actorsOfCondemnedAct(r: SentenceReader, i: number): Referent[] {
  for (let j = i + 1; j < i + 5; j++) {
    const token = r.tokens[j];
    if (token?.kind !== 'word' || r.mentionAt[j]) return [];
    if ((OPPOSITION_NOUNS.has(token.key) || ABUSE_NOUNS.has(token.key)) && r.tokens[j + 1]?.key === 'by')
      return r.agentsFrom(j + 1);
  }
  return [];
}

/** Opposing verbs that also take their object after "against". */
const AGAINST_VERBS: ReadonlySet<string> = new Set(['fight', 'battle', 'struggle', 'rebel', 'campaign']);

/** Acts condemned besides the hostile ones of OPPOSITION_NOUNS. */
const ABUSE_NOUNS: ReadonlySet<string> = new Set(['abuses', 'atrocities', 'killings', 'violations', 'crackdown']);
