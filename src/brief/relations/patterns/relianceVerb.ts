/**
 * Reliance: "Y relies on X for weapons", "Y has relied on Russia and China for fighter jets and on
 * India for artillery", "Y is dependent on budget support from X", "Y has survived on transfers from X".
 */
import { RELIANCE_VERBS, type SupportCue, materialKind } from '../../lexicon/supportLexicon.ts';
import type { Finding, Referent, SentenceReader } from '../sentenceReader.ts';

export function relianceVerb(r: SentenceReader, i: number, sense: SupportCue): Finding[] {
  const onlyOnMaterial = RELIANCE_VERBS.get(r.tokens[i]?.key ?? '')?.onlyOnMaterial === true;
  // "has survived since 2008 on ...", "relies heavily on": a time phrase or an adverb may stand between the verb and "on".
  let first = i + 1;
  while (first < i + 5 && (r.isTimeWord(first) || /ly$/.test(r.tokens[first]?.key ?? ''))) first++;
  if (r.tokens[first]?.key !== 'on' && r.tokens[first]?.key !== 'upon') return [];
  const group = r.verbGroup(i);
  // "is dependent on": an adjective after "be" is what the dependence is stated with.
  const adjective = sense.lemma === 'dependent';
  if (group.negated || (group.notAVerb && !adjective)) return [];
  const backed = r.subjectForGroup(group);
  if (backed.length === 0) return [];
  const findings: Finding[] = [];
  // "on Russia and China for fighter jets and on India for artillery": each "on" names suppliers.
  for (let on = first; on < r.tokens.length && (r.tokens[on]?.key === 'on' || r.tokens[on]?.key === 'upon'); ) {
    // "on budget support from the European Union": the help named, then who gives it.
    const from = materialFrom(r, on + 1);
    if (onlyOnMaterial && from === undefined) return [];
    const backers: Referent[] = from === undefined ? r.listAt(on + 1, backed) : r.listAt(from.at + 1, backed);
    let next = r.phraseEnd(from === undefined ? on + 1 : from.at + 1);
    while (['and', 'or', ','].includes(r.tokens[next]?.key ?? '') && r.mentionAt[next + 1])
      next = r.phraseEnd(next + 1);
    let support = from?.kind ?? sense.support;
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
        pattern: from === undefined ? 'reliance-verb/on' : 'reliance-verb/on-help-from',
        hearsay: group.hearsay,
        conditional: group.conditional,
      });
    }
    if (r.tokens[next]?.key !== 'and' || r.tokens[next + 1]?.key !== 'on') break;
    on = next + 1;
  }
  return findings;
}

/** "budget support from", "free gas from": a few words naming help or material, no name among them, then "from". */
function materialFrom(r: SentenceReader, start: number): { at: number; kind: string } | undefined {
  for (let j = start; j < start + 6; j++) {
    const token = r.tokens[j];
    if (token?.kind !== 'word' || r.mentionAt[j]) return undefined;
    if (token.key !== 'from') continue;
    const kind = materialKind(r.tokens, start, j);
    return kind === undefined ? undefined : { at: j, kind };
  }
  return undefined;
}
