import type { SourceRecord } from '../corpus/additionRecords.ts';
import type { PassageContext } from '../corpus/readPassageContext.ts';
import type { Answer } from './answerQuestion.ts';
import type { TimelineResult } from './buildTimeline.ts';
import type { DateRange } from './dateRange.ts';
import type { Summary } from './summarizeCorpus.ts';
import type { WhoBacksResult } from './whoBacks.ts';

/**
 * What a command answers, before any interface dresses it: Discord renders it as embeds,
 * the terminal chat and the CLI as text. Keeps Discord out of the core and both in step.
 */
export type BriefReply =
  | { kind: 'answer'; answer: Answer; range?: DateRange }
  | { kind: 'backers'; result: WhoBacksResult; range?: DateRange }
  | { kind: 'summary'; summary: Summary; range?: DateRange }
  | { kind: 'timeline'; result: TimelineResult }
  | { kind: 'sources'; documents: SourceRecord[] }
  | { kind: 'context'; context: PassageContext }
  /** A document added to the corpus (and indexed), or moved out of it to the trash. */
  | { kind: 'added'; document: SourceRecord }
  | { kind: 'removed'; document: SourceRecord }
  | { kind: 'help'; commands: HelpEntry[] };

/** A command as /help lists it. */
export interface HelpEntry {
  name: string;
  description: string;
  options: { name: string; description: string; required: boolean }[];
}
