/**
 * One table over every command and all three interfaces (the terminal chat, the CLI, Discord):
 * each accepts the same options, hands the core the same request, and refuses bad input with
 * the same message. The Discord bot runs against FakeDiscord, the CLI in-process.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commandOptions } from '../../commands/command.ts';
import { commands } from '../../commands/index.ts';
import type { Briefbot } from '../../src/briefbot.ts';
import { runCli } from '../../src/cli/main.ts';
import { renderJson } from '../../src/cli/renderJson.ts';
import { replyToLine } from '../../src/cli/terminalChat.ts';
import { registerCommands } from '../../src/discord/registerCommands.ts';
import { isUserError } from '../../src/errors.ts';
import { type BotFixture, type CoreFixture, startBot, startCore, TOKEN } from '../discord/discordBotHarness.ts';

type Options = Record<string, string | number>;

interface Case {
  command: string;
  options: Options;
  /** The refusal every interface gives, or absent when the command answers. */
  error?: string;
}

const FILE = '000_bd4eabd2b5bc6d71.txt';

const CASES: Case[] = [
  { command: 'ask', options: { question: 'who backs Haftar?', k: 2 } },
  {
    command: 'ask',
    options: { question: 'who backs Haftar?', k: 11 },
    error: '/ask k: Give a whole number of excerpts from 1 to 10.',
  },
  {
    command: 'ask',
    options: { question: 'why '.repeat(130).trim() },
    error: '/ask question: Keep the question under 500 characters.',
  },
  { command: 'ask', options: { question: 'who backs Haftar?', since: '2020-07-11' } },
  {
    command: 'ask',
    options: { question: 'who backs Haftar?', since: 'soonish' },
    error: '/ask since: Cannot read "soonish" as a date for since: try 2020-07-11, "3 July 2020" or "last week".',
  },
  { command: 'who-backs', options: { entity: 'haftar' } },
  { command: 'who-backs', options: { entity: 'haftar', until: '2020-07-10' } },
  { command: 'timeline', options: { entity: 'haftar' } },
  { command: 'timeline', options: { entity: 'haftar', since: '2020-07-01', until: '2020-07-09' } },
  {
    command: 'who-backs',
    options: { entity: 'x'.repeat(101) },
    error: '/who-backs entity: Too big: expected string to have <=100 characters',
  },
  { command: 'backed-by', options: { entity: 'Russia' } },
  { command: 'who-opposes', options: { entity: 'haftar' } },
  { command: 'summary', options: { topic: 'ceasefire', points: 3 } },
  { command: 'summary', options: { file: FILE } },
  {
    command: 'summary',
    options: { points: 11 },
    error: '/summary points: Give a whole number of points from 1 to 10.',
  },
  {
    command: 'summary',
    options: { file: 'nope.txt' },
    error: `No document named "nope.txt" in the corpus. Did you mean: ${FILE}, 004_579dbf7128379b0f.txt?`,
  },
  { command: 'sources', options: {} },
  { command: 'context', options: { citation: `${FILE} ¶7 L15` } },
  {
    command: 'context',
    options: { citation: 'chapter 7' },
    error: '/context citation: Give a citation as the bot prints it, e.g. 000_bd4eabd2b5bc6d71.txt ¶7 L15',
  },
  { command: 'help', options: {} },
];

/** The core methods a command may call, recorded with their arguments. */
const REQUESTS = new Set(['ask', 'summary', 'whoBacks', 'backedBy', 'whoOpposes', 'timeline', 'passageContext']);

function recording(core: Briefbot): { core: Briefbot; requests: string[] } {
  const requests: string[] = [];
  const proxy = new Proxy(core, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (typeof property === 'string' && REQUESTS.has(property)) requests.push(JSON.stringify([property, ...args]));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { core: proxy, requests };
}

type Outcome = { ok: true; requests: string[]; json?: unknown } | { ok: false; message: string };

let fixture: CoreFixture;
let recorded: ReturnType<typeof recording>;
let bot: BotFixture;

beforeAll(async () => {
  fixture = await startCore();
  recorded = recording(fixture.core);
  bot = await startBot({ ...fixture, core: recorded.core });
  await registerCommands({
    token: TOKEN,
    applicationId: bot.fake.applicationId,
    guildId: bot.fake.guild.id,
    apiUrl: bot.fake.apiUrl,
    commands,
  });
});

afterAll(async () => {
  await bot?.stop();
  fixture?.cleanup();
});

async function viaChat({ command, options }: Case): Promise<Outcome> {
  const line = [`/${command}`, ...Object.entries(options).map(([name, value]) => `${name}: ${value}`)].join(' ');
  recorded.requests.length = 0;
  try {
    const reply = await replyToLine(line, recorded.core, commands);
    return { ok: true, requests: [...recorded.requests], json: renderJson(reply) };
  } catch (error) {
    if (!isUserError(error)) throw error;
    return { ok: false, message: error.message };
  }
}

async function viaDiscord({ command, options }: Case): Promise<Outcome> {
  recorded.requests.length = 0;
  const handle = bot.fake.sendSlashCommand({ name: command, options });
  const response = await handle.waitForResponse(
    (r) =>
      r.ok && (r.kind === 'editOriginal' || r.kind === 'followup' || (r.kind === 'callback' && r.callbackType === 4)),
  );
  const content = response.payload?.content;
  // Message content is escaped Markdown: a refusal quoting `a_b` shows as a\_b.
  // A paged reply's content is its page number; any other content is a refusal.
  if (content && !/^Page \d+ of \d+$/.test(content)) return { ok: false, message: content.replace(/\\(.)/g, '$1') };
  return { ok: true, requests: [...recorded.requests] };
}

async function viaCli({ command, options }: Case): Promise<Outcome & { code: number }> {
  const flags = Object.entries(options).flatMap(([name, value]) => [`--${name}`, String(value)]);
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  let code: number;
  try {
    code = await runCli([
      command,
      ...flags,
      '--json',
      '--corpus',
      fixture.corpusDir,
      '--db',
      fixture.dbPath,
      '--model',
      'none',
    ]);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  if (code === 0) return { ok: true, code, requests: [], json: JSON.parse(stdout) };
  return { ok: false, code, message: /^briefbot: (.*)$/m.exec(stderr)?.[1] ?? stderr };
}

describe('every command, alike in the chat, the CLI and Discord', () => {
  it('the table covers every command', () => {
    // The commands that change the corpus differ by design: on Discord editors only, on the CLI a
    // local file, in the chat not at all. test/discord/discordAdd.test.ts and test/cli/addCommand.test.ts test them.
    const reading = commands.filter((command) => command.access !== 'edit');
    expect(new Set(CASES.map((c) => c.command))).toEqual(new Set(reading.map((command) => command.name)));
  });

  it('each interface offers exactly the options the command declares, with its limits', async () => {
    const registered = bot.fake.registeredCommands(bot.fake.guild.id);
    for (const command of commands) {
      const declared = commandOptions(command);
      const discord = registered.find((candidate) => candidate.name === command.name);
      expect(
        (discord?.options ?? []).map((option) => ({
          name: option.name,
          type: option.type,
          required: option.required ?? false,
          max: option.max_length ?? option.max_value,
        })),
        command.name,
      ).toEqual(
        declared.map((option) => ({
          name: option.name,
          type: option.type === 'integer' ? 4 : option.type === 'file' ? 11 : 3,
          required: option.required,
          max: option.maxLength ?? option.max,
        })),
      );
      if (command.name === 'help') continue; // the CLI's help is commander's own
      let help = '';
      const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((help += String(chunk)), true));
      try {
        expect(await runCli([command.name, '--help'])).toBe(0);
      } finally {
        out.mockRestore();
      }
      // --json, --explain and --svg choose how the CLI prints the reply; they are not options of the command.
      const flags = [...help.matchAll(/^\s+--(\w[\w-]*)/gm)]
        .map((match) => match[1])
        .filter((flag) => !['corpus', 'db', 'model', 'json', 'explain', 'svg', 'help'].includes(flag ?? ''));
      expect(flags, command.name).toEqual(declared.map((option) => option.name));
    }
  });

  it.each(CASES)('/$command $options', async (entry) => {
    const chat = await viaChat(entry);
    const discord = await viaDiscord(entry);
    if (entry.error) {
      expect(chat).toEqual({ ok: false, message: entry.error });
      expect(discord).toEqual({ ok: false, message: entry.error });
    } else {
      expect(chat.ok, JSON.stringify(chat)).toBe(true);
      // Discord asked the core exactly what the chat asked.
      expect(discord).toEqual({ ok: true, requests: chat.ok ? chat.requests : [] });
    }
    if (entry.command === 'help') return;
    const cli = await viaCli(entry);
    if (entry.error) {
      expect(cli).toMatchObject({
        ok: false,
        message: entry.error,
        code: entry.error.startsWith(`/${entry.command}`) ? 2 : 1,
      });
    } else {
      // The CLI printed the reply the chat got, in the JSON contract.
      expect(cli).toMatchObject({ ok: true, code: 0, json: chat.ok ? chat.json : null });
    }
  });
});
