import type { PassageContext } from '../corpus/readPassageContext.ts';
import type { DocumentRecord } from '../corpus/records.ts';
import type { Answer } from './answerQuestion.ts';
import type { Summary } from './summarizeCorpus.ts';
import type { WhoBacksResult } from './whoBacks.ts';

/**
 * What a command answers, before any interface dresses it: Discord renders it as embeds,
 * the terminal chat and the CLI as text. Keeps Discord out of the core and both in step.
 */
export type BriefReply =
  | { kind: 'answer'; answer: Answer }
  | { kind: 'backers'; result: WhoBacksResult }
  | { kind: 'summary'; summary: Summary }
  | { kind: 'sources'; documents: DocumentRecord[] }
  | { kind: 'context'; context: PassageContext }
  | { kind: 'help'; commands: HelpEntry[] };

/** A command as /help lists it. */
export interface HelpEntry {
  name: string;
  description: string;
  options: { name: string; description: string; required: boolean }[];
}
