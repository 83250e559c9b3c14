/**
 * Keeping a side from falling: "Iran has kept Assad in power with credit lines", "Moscow kept the
 * junta afloat", "South Ossetia is kept afloat by Russian subsidies".
 */
import { KEPT_STATES, type SupportCue } from '../../lexicon/supportLexicon.ts';
import type { Finding, SentenceReader } from '../sentenceReader.ts';
import { verbFinding } from './verbFinding.ts';

export function keptInPower(r: SentenceReader, i: number, sense: SupportCue): Finding[] {
  const group = r.verbGroup(i);
  if (group.negated || group.notAVerb) return [];
  if (group.passive) return keptByAgent(r, i, sense);
  // The state ends the object: "kept [Assad] in power", "kept [the junta] afloat".
  const end = r.clauseEnd(i + 1);
  let state = -1;
  for (let k = i + 2; k < Math.min(end, i + 8); k++)
    if (KEPT_STATES.has(r.tokens[k]?.key ?? '')) {
      state = k;
      break;
    }
  if (state < 0) return [];
  const objectEnd = r.tokens[state - 1]?.key === 'in' ? state - 1 : state;
  const backers = r.subjectForGroup(group);
  const backed = r.headOfSpan(i + 1, objectEnd, backers);
  return verbFinding(group, sense, i, backers, backed, 'kept-in-power');
}

/** "Y is kept afloat by Russian subsidies", "Y was kept in power by Moscow": the state, then the agent. */
function keptByAgent(r: SentenceReader, i: number, sense: SupportCue): Finding[] {
  const group = r.verbGroup(i);
  let state = i + 1;
  if (r.tokens[state]?.key === 'in') state++;
  if (!KEPT_STATES.has(r.tokens[state]?.key ?? '')) return [];
  const by = r.agentBy(state);
  if (by === undefined) return [];
  const backers = r.agentsFrom(by);
  const backed = r.subjectOf(group.start);
  return verbFinding(group, sense, i, backers, backed, 'kept-in-power/passive');
}
