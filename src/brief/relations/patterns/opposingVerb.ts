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
  if (sense.needsAfter && !followsInClause(r, i, sense.needsAfter)) return [];
  if (sense.chargesAct && !chargesRelation(r, i)) return [];
  const condemnedActors = sense.support === 'condemnation' ? actorsOfCondemnedAct(r, i) : [];
  // "fights against the Taliban", "battled against the army": the object follows the preposition.
  const against = r.tokens[i + 1]?.key === 'against' && AGAINST_VERBS.has(sense.lemma) ? i + 2 : undefined;
  // "fired artillery at Y": the one opposed follows the preposition, past what is fired.
  if (sense.targetAfter) {
    const target = prepositionInClause(r, i, sense.targetAfter);
    if (target === undefined) return [];
    return backingVerb(r, i, sense, target + 1).map((finding) => ({
      ...finding,
      stance: 'opposes',
      pattern: `opposing-verb/${r.tokens[target]?.key ?? 'at'}`,
    }));
  }
  // "X clashed with Y": the one opposed follows "with".
  if (sense.objectAfterWith) {
    if (r.tokens[i + 1]?.key !== 'with') return [];
    return backingVerb(r, i, sense, i + 2).map((finding) => ({
      ...finding,
      stance: 'opposes',
      pattern: 'opposing-verb/with',
    }));
  }
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

/** Does one of `words` follow token i before the clause ends (";", ":" or the sentence's end, at most 12 words)? */
function followsInClause(r: SentenceReader, i: number, words: readonly string[]): boolean {
  for (let j = i + 1; j < r.tokens.length && j <= i + 12; j++) {
    const token = r.tokens[j];
    if (token?.text === ';' || token?.text === ':') return false;
    if (token && words.includes(token.key)) return true;
  }
  return false;
}

/** Where one of `words` follows token i, within five words and before any punctuation or name: "fired [heavy artillery] at". */
function prepositionInClause(r: SentenceReader, i: number, words: readonly string[]): number | undefined {
  for (let j = i + 1; j < r.tokens.length && j <= i + 5; j++) {
    const token = r.tokens[j];
    if (token?.kind !== 'word' || r.mentionAt[j]) return undefined;
    if (words.includes(token.key)) return j;
  }
  return undefined;
}

/**
 * "accused Iran of arming ...", "accuses Benin of hosting ...": the charge is an act (a gerund after
 * "of"/"for"); "accused the minister of corruption" is not read as a side's opposition.
 */
function chargesRelation(r: SentenceReader, i: number): boolean {
  for (let j = i + 1; j < r.tokens.length && j <= i + 10; j++) {
    const token = r.tokens[j];
    if (token?.kind === 'punct' && token.text !== "'") return false;
    if (token?.key !== 'of' && token?.key !== 'for') continue;
    const act = r.tokens[j + 1];
    return act?.key.endsWith('ing') === true;
  }
  return false;
}
