/**
 * Patronage named by a prepositional frame inside a clause: "the guerrillas operated from camps
 * with the protection of Caracas", "militias that are on the payroll of Kinshasa", "under Moscow's
 * protection". The patron backs the subject of the clause the frame belongs to. A frame opening the
 * sentence ("With the support of X, Y ...") is the support nouns' (supportNoun.ts). The patron may be
 * named by a demonym ("with Ugandan backing").
 */
import { BE, DETERMINERS, NEGATORS, PREPOSITIONS } from '../../lexicon/functionWords.ts';
import { PATRONAGE_FRAMES } from '../../lexicon/supportLexicon.ts';
import type { Finding, Referent, SentenceReader } from '../sentenceReader.ts';
import { isSentenceStart } from '../wordClasses.ts';

export function patronageFrame(r: SentenceReader, i: number): Finding[] {
  const frame = PATRONAGE_FRAMES.get(r.tokens[i]?.key ?? '');
  if (!frame) return [];
  const modifiersStart = r.modifiersStart(i);
  // "with the protection of X" / "under Moscow's protection" / "on Iran's payroll".
  let patrons: Referent[] = [];
  let preposition = modifiersStart - 1;
  if (r.tokens[preposition]?.key === 'the' && r.tokens[i + 1]?.key === 'of') {
    patrons = r.listAt(i + 2);
    preposition--;
  } else if (r.tokens[modifiersStart - 1]?.kind === 'possessive') {
    patrons = r.possessorOrDemonym(modifiersStart);
    preposition = (r.mentionAt[modifiersStart - 2]?.start ?? modifiersStart - 2) - 1;
  } else if (r.mentionAt[modifiersStart - 1]?.source === 'demonym') {
    // "seized the town with Ugandan backing", "under Russian protection".
    patrons = r.possessorOrDemonym(modifiersStart);
    preposition = (r.mentionAt[modifiersStart - 1]?.start ?? modifiersStart - 1) - 1;
  }
  if (patrons.length === 0 || !frame.prepositions.includes(r.tokens[preposition]?.key ?? '')) return [];
  if (preposition === 0 || isSentenceStart(r.tokens, preposition)) return [];
  const verb = clauseVerbBefore(r, preposition);
  if (verb === undefined) return [];
  const group = r.verbGroup(verb);
  if (group.negated || group.passive) return [];
  // "is not on the payroll of X", "was never under X's protection": the negation after the verb.
  for (let k = verb + 1; k < preposition; k++) if (NEGATORS.has(r.tokens[k]?.key ?? '')) return [];
  const backed = r.subjectForGroup(group).filter((b) => !patrons.some((p) => p.entity === b.entity));
  if (backed.length === 0) return [];
  return [
    {
      backers: patrons,
      backed,
      support: frame.support,
      confidence: 0.7 * (group.hedged ? 0.6 : 1),
      at: i,
      pattern: `patronage-frame/${r.tokens[preposition]?.key ?? ''}`,
      hearsay: group.hearsay,
      conditional: group.conditional,
    },
  ];
}

/** The verb of the clause the frame at `preposition` hangs from: the nearest verb (or "be") to its left, within the clause. */
function clauseVerbBefore(r: SentenceReader, preposition: number): number | undefined {
  for (let j = preposition - 1; j >= 0 && preposition - j <= 12; j--) {
    const token = r.tokens[j];
    if (!token || token.text === ',' || token.text === ';' || token.text === ':') return undefined;
    if (token.kind !== 'word' || r.mentionAt[j]) continue;
    // "operated from camps in Venezuela": a word after a preposition or determiner is a noun ("camps").
    const previous = r.tokens[j - 1]?.key ?? '';
    if (PREPOSITIONS.has(previous) || DETERMINERS.has(previous)) continue;
    if (BE.has(token.key) || r.isVerbLike(j)) return j;
  }
  return undefined;
}
