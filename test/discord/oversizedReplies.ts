/**
 * Test-only commands: replies far over Discord's limits (to prove the bot splits and pages
 * them), and a command that fails (to prove errors stay in the log).
 */
import { z } from 'zod';
import type { BriefReply } from '../../src/brief/briefReply.ts';
import type { ShownExcerpt } from '../../src/brief/excerpt.ts';
import type { WhoBacksResult } from '../../src/brief/whoBacks.ts';
import type { Command } from '../../commands/command.ts';

/** Markdown, a masked link and mentions in every excerpt: all must come out inert. */
const HOSTILE = ' **bold** _it_ [click](https://evil.example) <@123456789012345678> @everyone ';

function excerpt(i: number, file: string): ShownExcerpt {
  const key = `Key sentence number ${i} says who backs whom.`;
  const filler = `Filler words of excerpt ${i}${HOSTILE}`.repeat(20);
  return {
    text: `${filler} ${key} ${filler}`,
    file,
    paragraph: 7,
    lineStart: 15,
    lineEnd: 15,
    score: 1 / (i + 1),
    title: `A very long headline ${i} `.repeat(30),
    published: '2020-07-10',
    heading: null,
    keySentence: key,
  };
}

export type OversizedKind = 'answer' | 'summary' | 'sources' | 'backers';

export function oversizedReply(kind: OversizedKind, file: string): BriefReply {
  switch (kind) {
    case 'answer': {
      const excerpts = Array.from({ length: 25 }, (_, i) => excerpt(i + 1, file));
      return {
        kind: 'answer',
        answer: {
          question: `What ${'is going on '.repeat(60)}@everyone?`,
          answer: excerpts[0]?.keySentence ?? null,
          confidence: 1,
          excerpts,
          closest: null,
        },
      };
    }
    case 'summary':
      return {
        kind: 'summary',
        summary: {
          topic: 'everything '.repeat(30),
          file: null,
          points: Array.from({ length: 7 }, (_, i) => ({
            text: `Point ${i + 1}${HOSTILE}`.repeat(40),
            citations: Array.from({ length: 30 }, (_, j) => excerpt(i * 30 + j, file)),
          })),
        },
      };
    case 'sources':
      return {
        kind: 'sources',
        documents: Array.from({ length: 400 }, (_, i) => ({
          file: `folder/${String(i).padStart(4, '0')}_${'x'.repeat(40)}.txt`,
          hash: String(i),
          title: `Headline ${i}${HOSTILE}`,
          published: null,
          passages: i,
        })),
      };
    case 'backers': {
      const result: WhoBacksResult = {
        entity: 'Haftar',
        aliases: ['Khalifa Haftar', 'the Field Marshal'],
        direction: 'backers',
        found: true,
        suggestions: [],
        opposedBy: [],
        backers: Array.from({ length: 12 }, (_, i) => ({
          name: `Backer ${i}${HOSTILE}`,
          support: 'backing, warplanes, money, mercenaries',
          documents: 3,
          evidence: Array.from({ length: 8 }, (_, j) => ({
            ...excerpt(i * 8 + j, file),
            reportedBy: j % 2 ? 'the State Department' : null,
            pattern: 'transfer-verb/to',
            cue: 'sent',
          })),
        })),
      };
      return { kind: 'backers', result };
    }
  }
}

const oversizedOptions = z.object({
  kind: z.enum(['answer', 'summary', 'sources', 'backers']).describe('Which reply'),
});

export function oversizedCommand(file: string): Command {
  return {
    name: 'oversized',
    description: 'A reply far over Discord limits (test only)',
    options: oversizedOptions,
    async execute(_context, { kind }) {
      return oversizedReply(kind, file);
    },
  } satisfies Command<typeof oversizedOptions>;
}

export const SECRET_DETAIL = 'disk on fire at /srv/secret/path';

export const failingCommand: Command = {
  name: 'boom',
  description: 'Always fails (test only)',
  options: z.object({}),
  async execute() {
    throw new Error(SECRET_DETAIL);
  },
};
