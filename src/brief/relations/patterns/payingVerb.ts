/**
 * Paying a side's costs: "Moscow pays the salaries of Abkhazia's officials", "Riyadh paid the
 * council's wages", "Russia helped pay the soldiers' salaries". Paying what keeps a side running is
 * funding it; paying a fine, a price or a visit is not, so the object must name such costs (PAID_COSTS).
 */
import { DETERMINERS, verbForms } from '../../lexicon/functionWords.ts';
import { PAID_COSTS, type SupportCue } from '../../lexicon/supportLexicon.ts';
import type { Finding, Referent, SentenceReader } from '../sentenceReader.ts';
import type { VerbGroup } from '../wordScanner.ts';
import { accusation } from './backingVerb.ts';
import { verbFinding } from './verbFinding.ts';

const HELPING: ReadonlySet<string> = new Set(verbForms('help'));

export function payingVerb(r: SentenceReader, i: number, sense: SupportCue): Finding[] {
  // "helped pay": the bare infinitive takes the subject and verb group of "helped".
  const verbAt = HELPING.has(r.tokens[i - 1]?.key ?? '') ? i - 1 : i;
  const group = r.verbGroup(verbAt);
  if (group.negated || group.notAVerb) return [];
  if (group.passive) return paidBy(r, i, sense, group);
  let j = r.skipParticles(i + 1);
  // "more than half of", "most of", "part of": an amount of the costs.
  for (let k = j; k < j + 5; k++)
    if (r.tokens[k]?.key === 'of' && !PAID_COSTS.has(r.tokens[k - 1]?.key ?? '')) {
      j = k + 1;
      break;
    }
  let owners: Referent[] = [];
  let cost = j;
  if (DETERMINERS.has(r.tokens[cost]?.key ?? '')) cost++;
  const possessed = r.mentionAt[cost];
  if (possessed && r.tokens[possessed.end]?.kind === 'possessive') {
    owners = [{ entity: possessed.entity, certainty: 1 }];
    cost = possessed.end + 1;
  }
  // "the region's public salaries", "its soldiers' salaries": a few modifiers before the cost.
  let costAt = -1;
  for (let k = cost; k < cost + 4; k++)
    if (PAID_COSTS.has(r.tokens[k]?.key ?? '')) {
      costAt = k;
      break;
    }
  if (costAt < 0) return [];
  if (owners.length === 0 && r.tokens[costAt + 1]?.key === 'of') owners = r.listAt(costAt + 2);
  if (owners.length === 0) owners = r.possessorOrDemonym(r.modifiersStart(costAt));
  // "Z accused X of paying ...": X pays, as Z's claim; another gerund after "of" ("the cost of paying") states nothing.
  const gerundAfterOf = r.tokens[i]?.key.endsWith('ing') && ['of', 'for', 'with'].includes(r.tokens[i - 1]?.key ?? '');
  const accused = gerundAfterOf ? accusation(r, group) : undefined;
  if (gerundAfterOf && !accused) return [];
  const payers = accused?.backers ?? r.subjectForGroup(group);
  if (owners.length === 0 || payers.length === 0) return [];
  return [
    {
      backers: payers,
      backed: owners,
      support: sense.support,
      confidence: sense.confidence * (group.hedged ? 0.6 : 1) * (accused ? 0.8 : 1),
      at: i,
      pattern: accused ? 'paying-verb/accused-of' : 'paying-verb',
      reportedBy: accused?.reportedBy,
      hearsay: group.hearsay,
      conditional: group.conditional,
    },
  ];
}

/** "the MPCP is paid for that protection by the Aybar clan": whoever is paid is funded by the agent. */
function paidBy(r: SentenceReader, i: number, sense: SupportCue, group: VerbGroup): Finding[] {
  const by = r.agentBy(i);
  if (by === undefined) return [];
  return verbFinding(group, sense, i, r.agentsFrom(by), r.subjectOf(group.start), 'paying-verb/passive');
}
