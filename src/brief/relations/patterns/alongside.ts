/** Fighting on one side: "Hezbollah sent fighters to fight alongside Assad's troops", "Eritrean troops fought alongside Ethiopian forces". */
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
  return [
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
