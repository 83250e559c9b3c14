/** The one finding of a cue verb once both sides are found: its confidence, hedges and hearsay from the verb group. */
import type { SupportCue } from '../../lexicon/supportLexicon.ts';
import type { Finding } from '../sentenceReader.ts';
import type { VerbGroup } from '../wordScanner.ts';

export function verbFinding(
  group: VerbGroup,
  sense: SupportCue,
  at: number,
  backers: Finding['backers'],
  backed: Finding['backed'],
  pattern: string,
): Finding[] {
  if (backers.length === 0 || backed.length === 0) return [];
  return [
    {
      backers,
      backed,
      support: sense.support,
      confidence: sense.confidence * (group.hedged ? 0.6 : 1),
      at,
      pattern,
      hearsay: group.hearsay,
      conditional: group.conditional,
    },
  ];
}
