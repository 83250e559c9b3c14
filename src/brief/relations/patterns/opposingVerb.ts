/**
 * Opposing verbs: "X struck Y", "Y was attacked by X", "X threatened to attack Y", "X
 * sanctioned Y", "X warned Y". The verb-group and subject reading is the backing verbs' own
 * (denials, requests to stop, hedges and reported speech alike); only the stance differs.
 */
import type { SupportCue } from '../../lexicon/supportLexicon.ts';
import type { Finding, SentenceReader } from '../sentenceReader.ts';
import { backingVerb } from './backingVerb.ts';

export function opposingVerb(r: SentenceReader, i: number, sense: SupportCue): Finding[] {
  if (r.tokens[i + 1]?.key === 'alongside') return []; // "fought alongside": support, read by alongside.ts
  return backingVerb(r, i, sense).map((finding) => ({
    ...finding,
    stance: 'opposes',
    pattern: finding.pattern.replace('backing-verb', 'opposing-verb'),
  }));
}
