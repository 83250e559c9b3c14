/** Fighting on one side, and against the other: "Hezbollah sent fighters to fight alongside Assad's troops", "Eritrean troops fought alongside Ethiopian forces". */
import { FIGHTING_VERBS } from '../../lexicon/supportLexicon.ts';
import type { Finding, SentenceReader } from '../sentenceReader.ts';

export function alongside(r: SentenceReader, i: number): Finding[] {
  const verbAt = i - 1;
  if (!FIGHTING_VERBS.has(r.tokens[verbAt]?.key ?? '') || !r.isVerbLike(verbAt)) return [];
  const group = r.verbGroup(verbAt);
  if (group.negated || group.notAVerb) return [];
  const backers = r.subjectForGroup(group);
  const backed = r.listAt(i + 1, backers);
  if (backers.length === 0 || backed.length === 0) return [];
  // "fought alongside the Congolese army against M23 rebels": whom they fought, named after "against".
  const listEnd = r.phraseEnd(i + 1);
  const against = r.tokens[listEnd]?.key === 'against' ? listEnd : undefined;
  const opposed = against === undefined ? [] : r.listAt(against + 1, [...backers, ...backed]);
  const fought: Finding[] =
    opposed.length > 0
      ? [
          {
            backers,
            backed: opposed,
            support: 'fighting',
            confidence: 0.75 * (group.hedged ? 0.6 : 1),
            at: i,
            pattern: 'alongside/against',
            hearsay: group.hearsay,
            conditional: group.conditional,
            stance: 'opposes',
          },
        ]
      : [];
  return [
    ...fought,
    {
      backers,
      backed,
      support: 'fighting alongside',
      confidence: 0.75 * (group.hedged ? 0.6 : 1),
      at: i,
      pattern: 'alongside',
      hearsay: group.hearsay,
      conditional: group.conditional,
    },
  ];
}
