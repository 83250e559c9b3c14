/**
 * Idioms and light-verb phrases of support, read as their verb with the object after the phrase:
 * "Japan has sided with Manila", "Poland threw its weight behind Moldova's bid", "KFOR came to the
 * aid of Kosovo police". The verb group, subject and object are read as for a backing verb (negation,
 * requests, hedges, reported speech alike); the phrases themselves are data (PHRASAL_BACKING_CUES).
 */
import { POSSESSIVE_PRONOUNS } from '../../lexicon/functionWords.ts';
import type { PhrasalSupportCue } from '../../lexicon/supportLexicon.ts';
import type { Finding, SentenceReader } from '../sentenceReader.ts';
import { backingVerb } from './backingVerb.ts';

export function phrasalVerb(r: SentenceReader, i: number, cues: readonly PhrasalSupportCue[]): Finding[] {
  for (const cue of cues) {
    const objectStart = afterTail(r, r.skipParticles(i + 1), cue.tail);
    if (objectStart === undefined) continue;
    return backingVerb(r, i, cue, objectStart).map((finding) => ({
      ...finding,
      pattern: finding.pattern.replace('backing-verb', 'phrasal-verb'),
      ...(cue.stance ? { stance: cue.stance } : {}),
    }));
  }
  return [];
}

/**
 * Where the object starts when the tokens from `from` spell the tail (at the possessor the tail's
 * '#' stands for, else after the tail); undefined when they do not.
 */
function afterTail(r: SentenceReader, from: number, tail: readonly string[]): number | undefined {
  let j = from;
  let possessor: number | undefined;
  for (const word of tail) {
    if (word === '#') {
      const mention = r.mentionAt[j];
      if (!mention || mention.start !== j || r.tokens[mention.end]?.kind !== 'possessive') return undefined;
      possessor = j;
      j = mention.end + 1;
      continue;
    }
    const key = r.tokens[j]?.key ?? '';
    if (word === '*' ? !POSSESSIVE_PRONOUNS.has(key) : key !== word) return undefined;
    j++;
  }
  return possessor ?? j;
}
