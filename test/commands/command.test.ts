import { describe, expect, it } from 'vitest';
import { commandOptions, commandUsage, runCommand } from '../../commands/command.ts';
import { commands } from '../../commands/index.ts';
import type { Briefbot } from '../../src/briefbot.ts';
import { isUserError } from '../../src/errors.ts';

/** A core that records what the commands ask of it: the contract is tested without an index. */
function recordingCore(): { bot: Briefbot; calls: unknown[][] } {
  const calls: unknown[][] = [];
  const record =
    (name: string, value: unknown) =>
    async (...args: unknown[]) => {
      calls.push([name, ...args]);
      return value;
    };
  const bot = {
    mode: 'keyword',
    modelId: null,
    ask: record('ask', { question: 'q', answer: null, confidence: 0, excerpts: [] }),
    summary: record('summary', { topic: null, file: null, points: [] }),
    whoBacks: record('whoBacks', {
      entity: 'x',
      direction: 'backers',
      aliases: [],
      found: false,
      suggestions: [],
      backers: [],
    }),
    backedBy: record('backedBy', {
      entity: 'x',
      direction: 'backed',
      aliases: [],
      found: false,
      suggestions: [],
      backers: [],
    }),
    entityNames: async () => [],
    sources: () => [],
    reindex: async () => {
      throw new Error('not in this test');
    },
    close: () => {},
  } as unknown as Briefbot;
  return { bot, calls };
}

async function failure(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!isUserError(error)) throw new Error(`expected a UserError, got ${String(error)}`);
  return error.message;
}

describe('the command contract', () => {
  it('every command documents every option, and names are what Discord accepts', () => {
    for (const command of commands) {
      expect(command.name).toMatch(/^[a-z][a-z-]{0,31}$/);
      expect(command.description.length).toBeLessThanOrEqual(100);
      for (const option of commandOptions(command)) {
        expect(option.name).toMatch(/^[a-z][a-z-]{0,31}$/);
        expect(option.description.length, `/${command.name} ${option.name}`).toBeGreaterThan(0);
        expect(option.description.length).toBeLessThanOrEqual(100);
      }
      if (command.textOption)
        expect(commandOptions(command).map((option) => option.name)).toContain(command.textOption);
    }
  });

  it('reads types, limits and autocomplete from the schemas', () => {
    const summary = commands.find((command) => command.name === 'summary')!;
    expect(commandOptions(summary)).toEqual([
      {
        name: 'topic',
        description: 'Brief on this topic only',
        type: 'string',
        required: false,
        maxLength: 200,
        autocomplete: false,
      },
      {
        name: 'file',
        description: 'Brief on this document only',
        type: 'string',
        required: false,
        maxLength: 200,
        autocomplete: true,
      },
      {
        name: 'points',
        description: 'How many points, 5 by default',
        type: 'integer',
        required: false,
        min: 1,
        max: 10,
        autocomplete: false,
      },
      {
        name: 'since',
        description: 'Only documents published on or after this date (2020-07-11, "last week")',
        type: 'string',
        required: false,
        maxLength: 60,
        autocomplete: false,
      },
      {
        name: 'until',
        description: 'Only documents published on or before this date',
        type: 'string',
        required: false,
        maxLength: 60,
        autocomplete: false,
      },
    ]);
    expect(commandUsage(summary)).toBe('/summary [topic: …] [file: …] [points: 1–10] [since: …] [until: …]');
  });

  it('runCommand validates once and passes typed options to the core', async () => {
    const { bot, calls } = recordingCore();
    await runCommand('ask', { question: '  who backs Haftar?  ', k: '5' }, { bot, commands });
    await runCommand('summary', { topic: 'ceasefire', points: 3 }, { bot, commands });
    await runCommand('backed-by', { entity: 'Russia', since: '2020-07-11' }, { bot, commands });
    const anyTime = { since: null, until: null };
    expect(calls).toEqual([
      ['ask', 'who backs Haftar?', { k: 5, range: anyTime }],
      ['summary', { topic: 'ceasefire', file: undefined, points: 3, range: anyTime }],
      ['backedBy', 'Russia', { since: '2020-07-11', until: null }],
    ]);
  });

  it('refuses unknown commands, unknown and missing options, and values out of range, saying which', async () => {
    const { bot, calls } = recordingCore();
    const context = { bot, commands };
    expect(await failure(runCommand('nope', {}, context))).toBe('Unknown command /nope. Type /help for the list.');
    expect(await failure(runCommand('summary', { colour: 'red' }, context))).toBe(
      '/summary: no option "colour". Usage: /summary [topic: …] [file: …] [points: 1–10] [since: …] [until: …]',
    );
    expect(await failure(runCommand('sources', { all: 'yes' }, context))).toBe(
      '/sources: no option "all". /sources takes no options.',
    );
    expect(await failure(runCommand('who-backs', {}, context))).toBe(
      '/who-backs entity: missing. Usage: /who-backs entity: … [since: …] [until: …]',
    );
    expect(await failure(runCommand('ask', { question: 'x', k: '0' }, context))).toBe(
      '/ask k: Give a whole number of excerpts from 1 to 10.',
    );
    expect(await failure(runCommand('ask', { question: 'x', k: 'many' }, context))).toBe(
      '/ask k: Give a whole number of excerpts from 1 to 10.',
    );
    expect(await failure(runCommand('summary', { points: 2.5 }, context))).toBe(
      '/summary points: Give a whole number of points from 1 to 10.',
    );
    expect(await failure(runCommand('ask', { question: 'x', until: 'someday' }, context))).toMatch(
      /^\/ask until: Cannot read "someday" as a date for until/,
    );
    expect(calls).toEqual([]);
  });
});
