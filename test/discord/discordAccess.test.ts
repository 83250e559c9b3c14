/**
 * Who may ask, end to end: DISCORD_ALLOWED_ROLE_IDS and DISCORD_ALLOW_DMS against FakeDiscord
 * with the real discord.js client. A refused member sees no corpus text anywhere: not in
 * command replies, plain questions, mentions, buttons, autocomplete or DMs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands as commandList } from '../../commands/index.ts';
import { registerCommands } from '../../src/discord/registerCommands.ts';
import {
  type BotFixture,
  bodyOf,
  buttonLabeled,
  type CoreFixture,
  startBot,
  startCore,
  TOKEN,
  visibleText,
} from './discordBotHarness.ts';
import type { ApiMessage, ApiUser, FakeDiscord, FakeInteraction, SentMessageBody } from './fakeDiscord.ts';

const EPHEMERAL = 1 << 6;
/** Words of the seed articles that any answer about Haftar would show. */
const CORPUS_TEXT = /Haftar|Turkey|Libya|\.txt/i;
const REFUSED = 'You do not have access to this bot’s briefings here.';

interface People {
  analyst: ApiUser;
  outsider: ApiUser;
}

let fixture: CoreFixture;

beforeAll(async () => {
  fixture = await startCore();
});

afterAll(() => fixture?.cleanup());

/** A bot whose askers need the "analysts" role; `variables` add to the configuration. */
async function startGuardedBot(variables: Record<string, string> = {}): Promise<{ bot: BotFixture; people: People }> {
  let people: People | undefined;
  const bot = await startBot(fixture, {
    setup: (fake) => {
      const analysts = fake.addRole('analysts');
      people = { analyst: fake.addMember('carol', [analysts.id]), outsider: fake.addMember('dave') };
      return { DISCORD_ALLOWED_ROLE_IDS: analysts.id, ...variables };
    },
  });
  await registerCommands({
    token: TOKEN,
    applicationId: bot.fake.applicationId,
    guildId: bot.fake.guild.id,
    apiUrl: bot.fake.apiUrl,
    commands: commandList,
  });
  if (!people) throw new Error('setup did not run');
  return { bot, people };
}

/** The first (and only) response of a refused interaction: one short ephemeral line. */
async function expectRefusal(handle: FakeInteraction, text: string | RegExp = REFUSED): Promise<void> {
  const response = await handle.waitForResponse((r) => r.ok);
  expect(response.callbackType).toBe(4);
  expect(response.payload?.flags).toBe(EPHEMERAL);
  expect(response.payload?.content).toEqual(typeof text === 'string' ? text : expect.stringMatching(text));
  expect(response.payload?.embeds ?? []).toEqual([]);
  expect(handle.responses()).toHaveLength(1);
}

/** Waits until the bot has decided to ignore `message`, then checks that it sent nothing in reply. */
async function expectIgnored(bot: BotFixture, message: ApiMessage): Promise<void> {
  await expect
    .poll(() =>
      bot.logs().some((line) => line.messageId === message.id && line.msg === 'plain question refused: not allowed'),
    )
    .toBe(true);
  expect(
    bot.fake.requests.some(
      (r) => r.route === 'POST /channels/:channelId/messages' && bodyOf(r).message_reference?.message_id === message.id,
    ),
  ).toBe(false);
}

function repliesTo(fake: FakeDiscord, message: ApiMessage): Promise<SentMessageBody> {
  return fake
    .waitFor(
      (r) =>
        r.route === 'POST /channels/:channelId/messages' &&
        r.status === 200 &&
        bodyOf(r).message_reference?.message_id === message.id,
    )
    .then(bodyOf);
}

describe('Discord access: DISCORD_ALLOWED_ROLE_IDS', () => {
  let bot: BotFixture;
  let people: People;

  beforeAll(async () => {
    ({ bot, people } = await startGuardedBot());
  });

  afterAll(() => bot?.stop());

  it('a member with the role gets answers from /ask, /who-backs and /summary', async () => {
    const asked = bot.fake.sendSlashCommand({
      name: 'ask',
      options: { question: 'who is Haftar backed by?' },
      user: people.analyst,
    });
    const answer = await asked.waitForResponse((r) => r.kind === 'editOriginal' && r.ok);
    expect(visibleText(answer.payload)).toContain('backed by Egypt, Russia, and the United Arab Emirates');
    const backers = await bot.fake
      .sendSlashCommand({ name: 'who-backs', options: { entity: 'Haftar' }, user: people.analyst })
      .waitForResponse((r) => r.kind === 'editOriginal' && r.ok);
    expect(visibleText(backers.payload)).toMatch(/Russia/);
    const summary = await bot.fake
      .sendSlashCommand({ name: 'summary', user: people.analyst })
      .waitForResponse((r) => r.kind === 'editOriginal' && r.ok);
    expect(visibleText(summary.payload)).toMatch(CORPUS_TEXT);
  });

  it.each([
    ['ask', { question: 'who is Haftar backed by?' }],
    ['who-backs', { entity: 'Haftar' }],
    ['summary', {}],
    ['sources', {}],
    ['context', { citation: '000_bd4eabd2b5bc6d71.txt ¶7 L15' }],
  ])('/%s from a member without the role: one short ephemeral line, no corpus text', async (name, options) => {
    const handle = bot.fake.sendSlashCommand({ name, options, user: people.outsider });
    await expectRefusal(handle);
    expect(JSON.stringify(handle.responses().map((r) => r.payload))).not.toMatch(CORPUS_TEXT);
  });

  it('autocomplete names entities and files to a member with the role, nothing to one without', async () => {
    const allowed = await bot.fake
      .sendAutocomplete({ name: 'who-backs', focused: { name: 'entity', value: 'haf' }, user: people.analyst })
      .waitForResponse();
    expect(allowed.payload?.choices?.some((choice) => /haftar/i.test(choice.name))).toBe(true);
    for (const spec of [
      { name: 'who-backs', focused: { name: 'entity', value: 'haf' } },
      { name: 'backed-by', focused: { name: 'entity', value: '' } },
      { name: 'summary', focused: { name: 'file', value: '' } },
    ]) {
      const refused = await bot.fake.sendAutocomplete({ ...spec, user: people.outsider }).waitForResponse();
      expect(refused.callbackType).toBe(8);
      expect(refused.payload?.choices).toEqual([]);
    }
  });

  it('"Show in context" and "More sources" on a public answer: open to members with the role, refused to others', async () => {
    const handle = bot.fake.sendSlashCommand({
      name: 'ask',
      options: { question: 'who is Haftar backed by?' },
      user: people.analyst,
    });
    await handle.waitForResponse((r) => r.kind === 'editOriginal' && r.ok);
    const message = handle.originalMessage()!;
    const context = buttonLabeled(message, /in context/)!;
    await expectRefusal(bot.fake.sendButton({ customId: context, message, user: people.outsider }));
    const more = buttonLabeled(message, /More sources/);
    if (more) await expectRefusal(bot.fake.sendButton({ customId: more, message, user: people.outsider }));
    // Someone else with the role may use the buttons of a public answer.
    bot.fake.setMemberRoles(bot.fake.users.bob, [...bot.config.discord.allowedRoleIds]);
    try {
      const shown = await bot.fake
        .sendButton({ customId: context, message, user: bot.fake.users.bob })
        .waitForResponse();
      expect(shown.payload?.flags).toBe(EPHEMERAL);
      expect(shown.payload?.embeds?.[0]?.author?.name).toMatch(/^In context: /);
    } finally {
      bot.fake.setMemberRoles(bot.fake.users.bob, []);
    }
  });

  it('an ephemeral answer’s buttons work for the asker only', async () => {
    const handle = bot.fake.sendSlashCommand({
      name: 'ask',
      options: { question: 'who is Haftar backed by?' },
      user: people.analyst,
    });
    await handle.waitForResponse((r) => r.kind === 'editOriginal' && r.ok);
    const original = handle.originalMessage()!;
    // The same answer as the asker alone would see it (ephemeral, made for their interaction).
    const ephemeral: ApiMessage = { ...original, flags: EPHEMERAL };
    const context = buttonLabeled(ephemeral, /in context/)!;
    bot.fake.setMemberRoles(bot.fake.users.bob, [...bot.config.discord.allowedRoleIds]);
    try {
      await expectRefusal(
        bot.fake.sendButton({ customId: context, message: ephemeral, user: bot.fake.users.bob }),
        'Only the person who asked can use these buttons.',
      );
      const own = await bot.fake
        .sendButton({ customId: context, message: ephemeral, user: people.analyst })
        .waitForResponse();
      expect(own.payload?.embeds?.[0]?.author?.name).toMatch(/^In context: /);
    } finally {
      bot.fake.setMemberRoles(bot.fake.users.bob, []);
    }
  });

  it('plain questions and mentions: answered for a member with the role; no reply and no log above debug for others', async () => {
    const { fake } = bot;
    const logsBefore = bot.logs().length;
    const question = fake.sendMessage({
      content: 'who is Haftar backed by?',
      channelId: fake.channels.briefings.id,
      author: people.outsider,
    });
    const mention = fake.sendMessage({
      content: `<@${fake.botUser.id}> who backs Haftar?`,
      channelId: fake.channels.general.id,
      author: people.outsider,
    });
    await expectIgnored(bot, question);
    await expectIgnored(bot, mention);
    const refusedLines = bot
      .logs()
      .slice(logsBefore)
      .filter(
        (line) => line.messageId === question.id || line.messageId === mention.id || line.userId === people.outsider.id,
      );
    expect(refusedLines.every((line) => line.level <= 20)).toBe(true);

    const allowed = fake.sendMessage({
      content: 'who is Haftar backed by?',
      channelId: fake.channels.briefings.id,
      author: people.analyst,
    });
    expect(visibleText(await repliesTo(fake, allowed))).toContain('backed by Egypt, Russia');
    const allowedMention = fake.sendMessage({
      content: `<@${fake.botUser.id}> who backs Haftar?`,
      channelId: fake.channels.general.id,
      author: people.analyst,
    });
    expect(visibleText(await repliesTo(fake, allowedMention))).toMatch(/Haftar/);
  });

  it('a role given later counts at once (each event carries the member’s roles)', async () => {
    const late = bot.fake.addMember('erin');
    await expectRefusal(bot.fake.sendSlashCommand({ name: 'sources', user: late }));
    bot.fake.setMemberRoles(late, [...bot.config.discord.allowedRoleIds]);
    const listed = await bot.fake.sendSlashCommand({ name: 'sources', user: late }).waitForResponse();
    expect(visibleText(listed.payload)).toMatch(/\.txt/);
  });

  it('DMs are not answered by default, not even for members with the role', async () => {
    const { fake } = bot;
    const direct = fake.sendMessage({ content: 'Who backs Haftar?', dm: true, author: people.analyst });
    await expectIgnored(bot, direct);
    await expectRefusal(
      fake.sendSlashCommand({
        name: 'ask',
        options: { question: 'who backs Haftar?' },
        dm: true,
        user: people.analyst,
      }),
      /server only/,
    );
    const suggestions = await fake
      .sendAutocomplete({
        name: 'who-backs',
        focused: { name: 'entity', value: 'haf' },
        dm: true,
        user: people.analyst,
      })
      .waitForResponse();
    expect(suggestions.payload?.choices).toEqual([]);
  });

  it('registers the commands for servers only', () => {
    for (const command of bot.fake.registeredCommands(bot.fake.guild.id)) expect(command.contexts).toEqual([0]);
  });
});

describe('Discord access: DISCORD_ALLOW_DMS=true with DISCORD_ALLOWED_ROLE_IDS', () => {
  let bot: BotFixture;
  let people: People;

  beforeAll(async () => {
    ({ bot, people } = await startGuardedBot({ DISCORD_ALLOW_DMS: 'true' }));
    await registerCommands({
      token: TOKEN,
      applicationId: bot.fake.applicationId,
      apiUrl: bot.fake.apiUrl,
      commands: commandList,
      allowDms: true,
    });
  });

  afterAll(() => bot?.stop());

  it('answers the DMs of a member who holds the role in the server, looked up afresh', async () => {
    const { fake } = bot;
    const direct = fake.sendMessage({ content: 'Who backs Haftar?', dm: true, author: people.analyst });
    expect(visibleText(await repliesTo(fake, direct))).toMatch(/Haftar/);
    const command = await fake
      .sendSlashCommand({
        name: 'ask',
        options: { question: 'who is Haftar backed by?' },
        dm: true,
        user: people.analyst,
      })
      .waitForResponse((r) => r.kind === 'editOriginal' && r.ok);
    expect(visibleText(command.payload)).toContain('backed by Egypt, Russia');
    expect(
      fake.requests.some(
        (r) => r.route === 'GET /guilds/:guildId/members/:userId' && r.path.endsWith(people.analyst.id),
      ),
    ).toBe(true);
  });

  it('ignores the DMs of people without the role, and of people who are not in the server', async () => {
    const { fake } = bot;
    const stranger: ApiUser = {
      id: '123456789012345678',
      username: 'stranger',
      discriminator: '0',
      global_name: null,
      avatar: null,
    };
    for (const author of [people.outsider, stranger]) {
      await expectIgnored(bot, fake.sendMessage({ content: 'Who backs Haftar?', dm: true, author }));
    }
    await expectRefusal(
      fake.sendSlashCommand({
        name: 'ask',
        options: { question: 'who backs Haftar?' },
        dm: true,
        user: people.outsider,
      }),
    );
  });

  it('registers the reading commands for servers and DMs, the editing ones for servers only', () => {
    for (const command of bot.fake.registeredCommands())
      expect(command.contexts).toEqual(['add', 'remove'].includes(command.name) ? [0] : [0, 1]);
  });
});
