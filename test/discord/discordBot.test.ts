/**
 * End to end: the real discord.js client of the bot, the real core (keyword search over a temp
 * copy of the corpus), and FakeDiscord in between, recording every request the bot makes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commands as commandList } from '../../commands/index.ts';
import { MESSAGE_CONTENT_INTENT_HELP } from '../../src/discord/explainLoginFailure.ts';
import { GENERIC_FAILURE } from '../../src/discord/reportFailure.ts';
import { registerCommands } from '../../src/discord/registerCommands.ts';
import type { Command } from '../../commands/command.ts';
import { isUserError } from '../../src/errors.ts';
import {
  type BotFixture,
  bodyOf,
  buttonIds,
  buttonLabeled,
  type CoreFixture,
  embedTotal,
  percentile,
  replyTo,
  startBot,
  startCore,
  TOKEN,
  visibleText,
} from './discordBotHarness.ts';
import { type ApiMessage, type ApiUser, snowflake } from './fakeDiscord.ts';
import { failingCommand, type OversizedKind, oversizedCommand, SECRET_DETAIL } from './oversizedReplies.ts';

const CITED_FILE = '000_bd4eabd2b5bc6d71.txt';
const EPHEMERAL = 1 << 6;

/** A corpus article that tries to ping everyone, mention people and hide a link. */
const HOSTILE_ARTICLE = [
  'Published: Mon, July 13, 2020',
  '',
  'Quartermaster notice',
  '',
  '@everyone the quartermaster confirmed the pizza delivery to the Watiya barracks. <@&123456789012345678> and <@123456789012345678> were told, see [the menu](https://evil.example/phish) and @here.',
  '',
].join('\n');

const testCommands = [...commandList, oversizedCommand(CITED_FILE), failingCommand];
const whoBacksCommand = commandList.find((command) => command.name === 'who-backs');
const hasWhoBacks = whoBacksCommand !== undefined;

function user(name: string): ApiUser {
  return { id: snowflake(), username: name, discriminator: '0', global_name: name, avatar: null };
}

let fixture: CoreFixture;
let bot: BotFixture;

beforeAll(async () => {
  fixture = await startCore({ '099_quartermaster.txt': HOSTILE_ARTICLE });
  // DMs are answered only when the owner allows them (see discordAccess.test.ts for the default).
  bot = await startBot(fixture, { commands: testCommands, setup: () => ({ DISCORD_ALLOW_DMS: 'true' }) });
  // Registered like `npm run deploy-commands` does, so interactions carry real option types.
  await registerCommands({
    token: TOKEN,
    applicationId: bot.fake.applicationId,
    guildId: bot.fake.guild.id,
    apiUrl: bot.fake.apiUrl,
    commands: testCommands,
  });
});

afterAll(async () => {
  await bot?.stop();
  fixture?.cleanup();
});

describe('Discord bot: slash commands', () => {
  it('registers the command list in the guild and globally', async () => {
    expect(bot.fake.registeredCommands(bot.fake.guild.id).map((command) => command.name)).toEqual(
      testCommands.map((command) => command.name),
    );
    const names = await registerCommands({
      token: TOKEN,
      applicationId: bot.fake.applicationId,
      apiUrl: bot.fake.apiUrl,
      commands: commandList,
    });
    expect(names).toEqual(commandList.map((command) => command.name));
    expect(
      bot.fake
        .registeredCommands()
        .find((command) => command.name === 'summary')
        ?.options.find((option) => option.name === 'file')?.autocomplete,
    ).toBe(true);
    const refused = await registerCommands({
      token: TOKEN,
      applicationId: '123456789012345678',
      apiUrl: bot.fake.apiUrl,
      commands: commandList,
    }).catch((error: unknown) => error);
    expect(isUserError(refused) && refused.message).toMatch(/DISCORD_CLIENT_ID/);
  });

  it('/summary: deferred at once, then one embed of cited points', async () => {
    const handle = bot.fake.sendSlashCommand({ name: 'summary' });
    const edit = await handle.waitForResponse((r) => r.kind === 'editOriginal' && r.ok);
    const [first] = handle.responses();
    expect(first).toMatchObject({ kind: 'callback', callbackType: 5, ok: true });
    expect(first!.ms).toBeLessThan(1000);
    const embed = edit.payload?.embeds?.[0];
    expect(embed?.title).toBe('Briefing');
    const points = (embed?.description ?? '').split('\n\n');
    expect(points.length).toBeGreaterThanOrEqual(3);
    for (const [i, point] of points.entries()) {
      expect(point).toMatch(new RegExp(`^\\*\\*${i + 1}\\.\\*\\* `));
      expect(point).toMatch(/↳ `[^`]+\.txt ¶\d+ L\d+(–\d+)?`/);
    }
    expect(edit.payload?.allowed_mentions).toMatchObject({ parse: [] });
    expect(buttonIds(edit.payload).filter((id) => id.startsWith('ctx:'))).toHaveLength(points.length);
  });

  it('/ask: deferred, then the answer and numbered excerpts with citation, title, date and the key sentence in bold', async () => {
    const handle = bot.fake.sendSlashCommand({ name: 'ask', options: { question: 'who is Haftar backed by?' } });
    const edit = await handle.waitForResponse((r) => r.kind === 'editOriginal' && r.ok);
    expect(handle.responses()[0]).toMatchObject({ kind: 'callback', callbackType: 5 });
    const [answer, firstExcerpt] = edit.payload?.embeds ?? [];
    expect(answer?.title).toBe('who is Haftar backed by?');
    expect(answer?.description).toContain('backed by Egypt, Russia, and the United Arab Emirates');
    expect(firstExcerpt?.author?.name).toBe(`[1] ${CITED_FILE} ¶7 L15`);
    expect(firstExcerpt?.title).toBe('‘Foreign Air Force’ Bombs Turkey-Backed Libya Government Airbase');
    expect(firstExcerpt?.footer?.text).toBe('Published 2020-07-10');
    expect(firstExcerpt?.description).toMatch(
      /^\*\*Meanwhile, Commander of the National Army, Field Marshal KhalifaHaftar, is backed by Egypt, Russia, and the United Arab Emirates\.\*\*$/,
    );
    expect(edit.payload?.allowed_mentions).toMatchObject({ parse: [] });
    expect(edit.payload?.content ?? '').toBe('');
  });

  it('"Show in context" shows the cited lines in bold with the paragraphs around them, to the clicker only', async () => {
    const handle = bot.fake.sendSlashCommand({ name: 'ask', options: { question: 'who is Haftar backed by?' } });
    await handle.waitForResponse((r) => r.kind === 'editOriginal' && r.ok);
    const message = handle.originalMessage();
    const customId = buttonLabeled(message, /Show \[1\] in context/);
    expect(customId).toBeDefined();
    expect(customId!.length).toBeLessThanOrEqual(100);
    expect(customId).not.toContain('.txt');
    const click = bot.fake.sendButton({ customId: customId!, message: message!, user: bot.fake.users.bob });
    const shown = await click.waitForResponse();
    expect(shown).toMatchObject({ callbackType: 4 });
    expect(shown.payload?.flags).toBe(EPHEMERAL);
    const embed = shown.payload?.embeds?.[0];
    expect(embed?.author?.name).toBe(`In context: ${CITED_FILE} ¶7 L15`);
    expect(embed?.description).toContain('Turkish support for (the GNA) continues'); // line 13, the paragraph before
    expect(embed?.description).toContain('**Meanwhile, Commander of the National Army');
    expect(embed?.description).toContain('The US State Department expressed on Thursday'); // line 17, the paragraph after
    expect(embed?.footer?.text).toBe(`Lines 13–17 of ${CITED_FILE}`);
  });

  it('refuses forged button ids: nothing outside the indexed corpus can be named', async () => {
    const handle = bot.fake.sendSlashCommand({ name: 'help' });
    await handle.waitForResponse();
    const original = handle.originalMessage()!;
    const forged = ['ctx:0123456789abcdef:1:1:1:0', 'ctx:../../../etc/passwd:1:1:1:0', 'page:nosuchkey:1'];
    const message: ApiMessage = {
      ...original,
      components: [
        { type: 1, components: forged.map((custom_id, i) => ({ type: 2, style: 2, label: `x${i}`, custom_id })) },
      ],
    };
    const answers: string[] = [];
    for (const customId of forged) {
      const click = bot.fake.sendButton({ customId, message });
      const response = await click.waitForResponse();
      expect(response.payload?.flags).toBe(EPHEMERAL);
      answers.push(response.payload?.content ?? '');
    }
    expect(answers[0]).toMatch(/changed or left the corpus/);
    expect(answers[1]).toMatch(/no longer in use/);
    expect(answers[2]).toMatch(/expired/);
  });

  it.skipIf(!hasWhoBacks)('/who-backs haftar: deferred, then each backer with its cited evidence', async () => {
    const handle = bot.fake.sendSlashCommand({ name: 'who-backs', options: { entity: 'haftar' } });
    const edit = await handle.waitForResponse((r) => r.kind === 'editOriginal' && r.ok);
    expect(handle.responses()[0]).toMatchObject({ kind: 'callback', callbackType: 5 });
    const embeds = edit.payload?.embeds ?? [];
    expect(embeds[0]?.title).toMatch(/^Who backs .*Haftar/);
    for (const backer of ['Egypt', 'Russia', 'United Arab Emirates']) {
      const embed = embeds.find((candidate) => candidate.title === backer);
      expect(embed, backer).toBeDefined();
      expect(embed?.description).toMatch(/\*\*Support:\*\* /);
      expect(embed?.description).toMatch(/`[^`]+\.txt ¶\d+ L\d+(–\d+)?`/);
    }
    expect(embeds.some((embed) => /^Turkey/.test(embed.title ?? ''))).toBe(false);
  });

  it('/sources and /help answer at once, without deferring', async () => {
    const sources = bot.fake.sendSlashCommand({ name: 'sources' });
    const reply = await sources.waitForResponse();
    expect(reply).toMatchObject({ kind: 'callback', callbackType: 4 });
    expect(visibleText(reply.payload)).toContain('`004_579dbf7128379b0f.txt` Turkey warns');
    const help = bot.fake.sendSlashCommand({ name: 'help' });
    const helpReply = await help.waitForResponse();
    expect(helpReply.callbackType).toBe(4);
    expect(visibleText(helpReply.payload)).toContain('`/ask` Answer a question from the corpus');
    expect(visibleText(helpReply.payload)).toContain(`<#${bot.fake.channels.briefings.id}>`);
  });

  it('bad options get a clear ephemeral message and are not deferred', async () => {
    const blank = bot.fake.sendSlashCommand({ name: 'ask', options: { question: '   ' } });
    const reply = await blank.waitForResponse();
    expect(reply).toMatchObject({ callbackType: 4 });
    expect(reply.payload).toMatchObject({ content: '/ask question: Ask a question.', flags: EPHEMERAL });
    const long = bot.fake.sendSlashCommand({ name: 'ask', options: { question: 'why '.repeat(200) } });
    expect((await long.waitForResponse()).payload?.content).toBe(
      '/ask question: Keep the question under 500 characters.',
    );
    const wrongKind = bot.fake.sendSlashCommand({ name: 'oversized', options: { kind: 'nonsense' } });
    expect((await wrongKind.waitForResponse()).payload?.content).toMatch(/^\/oversized kind: /);
  });

  it('a UserError of a command (unknown document) reaches the user ephemerally; the deferred message is removed', async () => {
    const handle = bot.fake.sendSlashCommand({ name: 'summary', options: { file: '@everyone.txt' } });
    const followUp = await handle.waitForResponse((r) => r.kind === 'followup' && r.ok);
    expect(handle.responses().map((r) => r.kind)).toEqual(['callback', 'deleteOriginal', 'followup']);
    expect(followUp.payload?.flags).toBe(EPHEMERAL);
    expect(followUp.payload?.content).toMatch(/^No document named/);
    expect(followUp.payload?.content).not.toMatch(/@everyone/);
    expect(handle.originalMessage()).toBeUndefined();
  });

  it('an error in a command: a short ephemeral message; the details only in the log, with context', async () => {
    const handle = bot.fake.sendSlashCommand({ name: 'boom', user: bot.fake.users.bob });
    const followUp = await handle.waitForResponse((r) => r.kind === 'followup' && r.ok);
    expect(followUp.payload?.flags).toBe(EPHEMERAL);
    expect(followUp.payload?.content).toBe(`${GENERIC_FAILURE} (Reference: ${handle.id})`);
    expect(JSON.stringify(handle.responses().map((r) => r.payload))).not.toContain('disk on fire');
    const logged = bot.logs().find((line) => line.msg === 'interaction failed' && line.interactionId === handle.id);
    expect(logged).toMatchObject({ command: 'boom', userId: bot.fake.users.bob.id, err: { message: SECRET_DETAIL } });
  });

  it('an interaction that is too late to answer (10062) is logged, and the bot carries on', async () => {
    bot.fake.options.interactionDeadlineMs = 0;
    try {
      const late = bot.fake.sendSlashCommand({ name: 'ask', options: { question: 'who backs Haftar?' } });
      const refused = await late.waitForResponse((r) => r.kind === 'callback');
      expect(refused.errorCode).toBe(10062);
      await expect
        .poll(() =>
          bot
            .logs()
            .some(
              (line) => line.msg === 'interaction expired or already acknowledged' && line.interactionId === late.id,
            ),
        )
        .toBe(true);
    } finally {
      bot.fake.options.interactionDeadlineMs = 3000;
    }
    const next = bot.fake.sendSlashCommand({ name: 'help' });
    expect((await next.waitForResponse()).ok).toBe(true);
  });

  it('retries the answer after a 429', async () => {
    bot.fake.failNext({
      method: 'PATCH',
      pathPattern: '/webhooks/:appId/:token/messages/:messageId',
      status: 429,
      retryAfter: 0.2,
    });
    const handle = bot.fake.sendSlashCommand({ name: 'ask', options: { question: 'who is Haftar backed by?' } });
    await handle.waitForResponse((r) => r.kind === 'editOriginal' && r.ok);
    const edits = handle.responses().filter((r) => r.kind === 'editOriginal');
    expect(edits.map((r) => r.status)).toEqual([429, 200]);
    expect(edits[1]!.ms - edits[0]!.ms).toBeGreaterThanOrEqual(200);
  });
});

describe('Discord bot: limits and escaping', () => {
  it('posts a corpus passage saying @everyone without pinging: text neutralised, allowed_mentions empty', async () => {
    const handle = bot.fake.sendSlashCommand({
      name: 'ask',
      options: { question: 'what did the quartermaster confirm about the pizza delivery?' },
    });
    const edit = await handle.waitForResponse((r) => r.kind === 'editOriginal' && r.ok);
    const text = visibleText(edit.payload);
    expect(text).toContain('quartermaster');
    expect(text).not.toMatch(/@everyone|@here|<@&?\d|<#\d/);
    expect(text).toContain('@\u200beveryone');
    // The masked link is shown as text: its brackets are escaped, the URL stays visible.
    expect(text).toContain('\\[the menu\\](https://evil.example/phish)');
    expect(text).not.toMatch(/(?<!\\)\[the menu\]/);
    expect(edit.payload?.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(handle.originalMessage()?.mention_everyone).toBe(false);
  });

  it.each(['answer', 'summary', 'sources', 'backers'] satisfies OversizedKind[])(
    'splits an oversized %s reply into pages Discord accepts, paged by buttons',
    async (kind) => {
      const handle = bot.fake.sendSlashCommand({ name: 'oversized', options: { kind } });
      await handle.waitForResponse((r) => r.kind === 'editOriginal');
      const edit = handle.responses().find((r) => r.kind === 'editOriginal');
      expect(edit?.status, JSON.stringify(edit?.request.response)).toBe(200);
      const pages = [edit!.payload];
      let message = handle.originalMessage();
      for (let guard = 0; guard < 100; guard++) {
        const more = buttonLabeled(message, /More sources/);
        if (!more) break;
        const click = bot.fake.sendButton({ customId: more, message: message! });
        const update = await click.waitForResponse((r) => r.kind === 'callback');
        expect(update.status, JSON.stringify(update.request.response)).toBe(204);
        expect(update.callbackType).toBe(7);
        pages.push(update.payload);
        message = bot.fake.getMessage(message!.id);
      }
      expect(pages.length).toBeGreaterThan(1);
      for (const [i, page] of pages.entries()) {
        expect(page?.content).toBe(`Page ${i + 1} of ${pages.length}`);
        expect(page?.embeds?.length).toBeLessThanOrEqual(10);
        expect(embedTotal(page)).toBeLessThanOrEqual(6000);
        expect(visibleText(page)).not.toMatch(/@everyone|<@\d|(?<!\\)\[click\]/);
      }
      if (kind === 'answer') {
        const shown = pages
          .flatMap((page) => (page?.embeds ?? []).map((embed) => embed.author?.name ?? ''))
          .filter((name) => name.startsWith('['));
        expect(shown).toHaveLength(25);
        expect(shown[24]).toBe(`[25] ${CITED_FILE} ¶7 L15`);
      }
      // And back: "Previous" leads to the page before.
      const previous = buttonLabeled(message, /Previous/);
      const back = bot.fake.sendButton({ customId: previous!, message: message! });
      expect((await back.waitForResponse((r) => r.kind === 'callback')).payload?.content).toBe(
        `Page ${pages.length - 1} of ${pages.length}`,
      );
    },
  );
});

describe('Discord bot: autocomplete', () => {
  it('/summary file: suggests corpus documents, at most 25, well inside 3 s', async () => {
    const handle = bot.fake.sendAutocomplete({ name: 'summary', focused: { name: 'file', value: '004' } });
    const response = await handle.waitForResponse();
    expect(response.callbackType).toBe(8);
    expect(response.ms).toBeLessThan(500);
    expect(response.payload?.choices).toEqual([
      {
        name: `${'004_579dbf7128379b0f.txt · Turkey warns it will target Libya’s Haftar as commander receives air support from Russia'.slice(
          0,
          99,
        )}…`,
        value: '004_579dbf7128379b0f.txt',
      },
    ]);
    const all = await bot.fake
      .sendAutocomplete({ name: 'summary', focused: { name: 'file', value: '' } })
      .waitForResponse();
    expect(all.payload?.choices?.map((choice) => choice.value)).toEqual([
      '000_bd4eabd2b5bc6d71.txt',
      '004_579dbf7128379b0f.txt',
      '099_quartermaster.txt',
    ]);
    const byTitle = await bot.fake
      .sendAutocomplete({ name: 'summary', focused: { name: 'file', value: 'quartermaster notice' } })
      .waitForResponse();
    expect(byTitle.payload?.choices?.map((choice) => choice.value)).toEqual(['099_quartermaster.txt']);
  });

  it('/who-backs entity: suggests entity names', async () => {
    const handle = bot.fake.sendAutocomplete({ name: 'who-backs', focused: { name: 'entity', value: 'haf' } });
    const response = await handle.waitForResponse();
    expect(response.callbackType).toBe(8);
    expect(response.ms).toBeLessThan(500);
    const choices = response.payload?.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.some((choice) => /haftar/i.test(choice.name))).toBe(true);
  });
});

describe('Discord bot: plain questions', () => {
  it('answers a question in a question channel with a reply that pings nobody, typing while it works', async () => {
    const channelId = bot.fake.channels.briefings.id;
    const sent = bot.fake.sendMessage({ content: 'who is Haftar backed by?', channelId });
    const reply = await replyTo(bot.fake, sent.id);
    const body = bodyOf(reply);
    expect(body.embeds?.[1]?.author?.name).toBe(`[1] ${CITED_FILE} ¶7 L15`);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const typing = bot.fake.requests.find(
      (r) => r.route === 'POST /channels/:channelId/typing' && r.path.includes(channelId),
    );
    expect(typing?.status).toBe(204);
    expect(typing!.seq).toBeLessThan(reply.seq);
  });

  it('ignores chatter, other channels, bots and its own messages; answers mentions and DMs', async () => {
    const { fake } = bot;
    const briefings = fake.channels.briefings.id;
    const general = fake.channels.general.id;
    const otherBot: ApiUser = { ...user('otherbot'), bot: true };
    const ignored = [
      fake.sendMessage({ content: 'thanks all, see you tomorrow', channelId: briefings }),
      fake.sendMessage({ content: '', channelId: briefings }),
      fake.sendMessage({ content: 'who is Haftar backed by?', channelId: general }),
      fake.sendMessage({ content: 'who is Haftar backed by?', channelId: briefings, author: fake.botUser }),
      fake.sendMessage({ content: 'who is Haftar backed by?', channelId: briefings, author: otherBot }),
    ];
    const mention = fake.sendMessage({
      content: `<@${fake.botUser.id}> what did Turkey say about Haftar`,
      channelId: general,
    });
    const direct = fake.sendMessage({ content: 'Who backs Haftar?', dm: true, author: fake.users.bob });
    const mentionReply = await replyTo(fake, mention.id);
    expect(visibleText(bodyOf(mentionReply))).toMatch(/Turkey/);
    const dmReply = await replyTo(fake, direct.id);
    expect(dmReply.path).toBe(`/channels/${fake.dmChannel(fake.users.bob).id}/messages`);
    // The ignored ones came first; had any been answered, its reply would be there by now.
    for (const message of ignored) {
      expect(
        fake.requests.some(
          (r) =>
            r.route === 'POST /channels/:channelId/messages' && bodyOf(r).message_reference?.message_id === message.id,
        ),
      ).toBe(false);
    }
  });

  it('a question quoting @everyone is answered without pinging', async () => {
    const sent = bot.fake.sendMessage({
      content: '@everyone what did the quartermaster confirm?',
      channelId: bot.fake.channels.briefings.id,
    });
    const body = bodyOf(await replyTo(bot.fake, sent.id));
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(visibleText(body)).not.toMatch(/@everyone/);
  });

  it('keeps answering after the gateway connection drops and the session resumes', async () => {
    const { fake } = bot;
    const resumesBefore = fake.resumeCount;
    await fake.closeGateway(4000);
    // Sent while disconnected: Discord replays it on RESUME.
    const missed = fake.sendMessage({ content: 'who is Haftar backed by?', channelId: fake.channels.briefings.id });
    await expect.poll(() => fake.resumeCount, { timeout: 5000 }).toBe(resumesBefore + 1);
    await fake.waitForConnected();
    await replyTo(fake, missed.id);
    const handle = fake.sendSlashCommand({ name: 'ask', options: { question: 'who is Haftar backed by?' } });
    const edit = await handle.waitForResponse((r) => r.kind === 'editOriginal' && r.ok);
    expect(edit.payload?.embeds?.[1]?.author?.name).toBe(`[1] ${CITED_FILE} ¶7 L15`);
  });
});

describe('Discord bot: per-user rate limit', () => {
  let limited: BotFixture;
  beforeAll(async () => {
    limited = await startBot(fixture, { rateLimitPerMinute: 2 });
  });
  afterAll(async () => {
    await limited?.stop();
  });

  it('refuses the third question in a minute with a friendly message, per user, and lets /help through', async () => {
    const { fake } = limited;
    const carol = user('carol');
    for (let i = 0; i < 2; i++) {
      const handle = fake.sendSlashCommand({ name: 'ask', options: { question: 'who backs Haftar?' }, user: carol });
      expect((await handle.waitForResponse((r) => r.kind === 'editOriginal')).ok).toBe(true);
    }
    const third = fake.sendSlashCommand({ name: 'ask', options: { question: 'who backs Haftar?' }, user: carol });
    const refusal = await third.waitForResponse();
    expect(refusal).toMatchObject({ callbackType: 4 });
    expect(refusal.payload?.flags).toBe(EPHEMERAL);
    expect(refusal.payload?.content).toMatch(/^Easy there: you can ask 2 questions a minute\. Try again in \d+ s\.$/);
    // Plain questions share the budget and get the same answer, as a reply.
    const message = fake.sendMessage({
      content: 'who backs Haftar?',
      channelId: fake.channels.briefings.id,
      author: carol,
    });
    expect(bodyOf(await replyTo(fake, message.id)).content).toMatch(/^Easy there/);
    // Others are not affected, nor is /help.
    const dave = fake.sendSlashCommand({ name: 'ask', options: { question: 'who backs Haftar?' }, user: user('dave') });
    expect((await dave.waitForResponse()).callbackType).toBe(5);
    expect((await fake.sendSlashCommand({ name: 'help', user: carol }).waitForResponse()).callbackType).toBe(4);
  });
});

describe('Discord bot: start-up and shutdown', () => {
  it('explains how to enable the Message Content intent when Discord refuses it (4014)', async () => {
    const failure = await startBot(fixture, { fake: { privilegedIntentsAllowed: false } }).catch(
      (error: unknown) => error,
    );
    expect(isUserError(failure)).toBe(true);
    expect((failure as Error).message).toBe(MESSAGE_CONTENT_INTENT_HELP);
    expect(MESSAGE_CONTENT_INTENT_HELP).toMatch(/Bot → Privileged Gateway Intents → MESSAGE CONTENT INTENT/);
  });

  it('stop() lets an answer in progress finish, ignores new events, closes the gateway and leaves the core open', async () => {
    let release = (): void => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow: Command = {
      name: 'slow',
      description: 'Waits for the test (test only)',
      options: z.object({}),
      async execute() {
        await gate;
        return { kind: 'help', commands: [] };
      },
    };
    const extra = await startBot(fixture, { commands: [slow] });
    try {
      const inProgress = extra.fake.sendSlashCommand({ name: 'slow' });
      expect((await inProgress.waitForResponse()).callbackType).toBe(5);
      const stopping = extra.discordBot.stop();
      const tooLate = extra.fake.sendSlashCommand({ name: 'slow' });
      release();
      await stopping;
      expect(inProgress.responses().map((r) => [r.kind, r.status])).toEqual([
        ['callback', 204],
        ['editOriginal', 200],
      ]);
      expect(tooLate.responses()).toEqual([]);
      await expect.poll(() => extra.fake.connected).toBe(false);
      await extra.discordBot.stop();
    } finally {
      await extra.fake.close();
    }
    expect(fixture.core.sources().length).toBe(3);
  });
});

describe('Discord bot: latency', () => {
  it('measures INTERACTION_CREATE → first response and → final answer over 60 /ask', async () => {
    const questions = [
      'who is Haftar backed by?',
      'what did Turkey say about Haftar?',
      'who bombed the Watiya airbase?',
      'what is Wagner doing in Libya?',
      'who supports the GNA?',
    ];
    const askOnce = async (question: string): Promise<{ first: number; final: number }> => {
      const handle = bot.fake.sendSlashCommand({ name: 'ask', options: { question } });
      const edit = await handle.waitForResponse((r) => r.kind === 'editOriginal' && r.ok);
      // discord.js allows itself 50 REST requests a second (its global limit, which it applies to
      // interaction edits too); back to back, every 50th answer would wait for the next second.
      // Paced below that, the figures are per-answer latency, not a throughput ceiling.
      await new Promise((resolve) => setTimeout(resolve, 25));
      return { first: handle.responses()[0]!.ms, final: edit.ms };
    };
    // Warm-up (JIT, first SQLite statements), so the figures are the steady state.
    for (let i = 0; i < 10; i++) await askOnce(questions[i % questions.length]!);
    const first: number[] = [];
    const final: number[] = [];
    for (let i = 0; i < 60; i++) {
      const timing = await askOnce(questions[i % questions.length]!);
      first.push(timing.first);
      final.push(timing.final);
    }
    const figures = {
      firstResponse: { p50: percentile(first, 50), p99: percentile(first, 99) },
      finalAnswer: { p50: percentile(final, 50), p99: percentile(final, 99) },
    };
    const ms = (value: number): string => `${value.toFixed(1)} ms`;
    console.log(
      `[latency] /ask ×60 over FakeDiscord (keyword search, after 10 warm-up): first response p50 ${ms(figures.firstResponse.p50)}, p99 ${ms(figures.firstResponse.p99)}; ` +
        `final answer p50 ${ms(figures.finalAnswer.p50)}, p99 ${ms(figures.finalAnswer.p99)}`,
    );
    expect(figures.firstResponse.p99).toBeLessThan(3000);
  });
});
