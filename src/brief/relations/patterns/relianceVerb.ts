/** Reliance: "Y relies on X for weapons", "Y has relied on Russia and China for fighter jets and on India for artillery". */
import { type SupportCue, materialKind } from '../../lexicon/supportLexicon.ts';
import type { Finding, Referent, SentenceReader } from '../sentenceReader.ts';

export function relianceVerb(r: SentenceReader, i: number, sense: SupportCue): Finding[] {
  if (r.tokens[i + 1]?.key !== 'on' && r.tokens[i + 1]?.key !== 'upon') return [];
  const group = r.verbGroup(i);
  if (group.negated || group.notAVerb) return [];
  const backed = r.subjectForGroup(group);
  if (backed.length === 0) return [];
  const findings: Finding[] = [];
  // "on Russia and China for fighter jets and on India for artillery": each "on" names suppliers.
  for (let on = i + 1; on < r.tokens.length && (r.tokens[on]?.key === 'on' || r.tokens[on]?.key === 'upon'); ) {
    const backers: Referent[] = r.listAt(on + 1, backed);
    let next = r.phraseEnd(on + 1);
    while (['and', 'or', ','].includes(r.tokens[next]?.key ?? '') && r.mentionAt[next + 1])
      next = r.phraseEnd(next + 1);
    let support = sense.support;
    if (r.tokens[next]?.key === 'for') {
      const end = r.phraseEnd(next + 1);
      support = materialKind(r.tokens, next + 1, end) ?? support;
      next = end;
    }
    if (backers.length > 0) {
      findings.push({
        backers,
        backed,
        support,
        confidence: sense.confidence * (group.hedged ? 0.6 : 1),
        at: i,
        pattern: 'reliance-verb/on',
        hearsay: group.hearsay,
        conditional: group.conditional,
      });
    }
    if (r.tokens[next]?.key !== 'and' || r.tokens[next + 1]?.key !== 'on') break;
    on = next + 1;
  }
  return findings;
}
