/**
 * End-to-end checks of FakeDiscord against the REAL discord.js Client: if these pass, the
 * fake speaks enough of Discord's REST + gateway protocol for bot tests to rely on it.
 */
import { once } from 'node:events';
import zlib from 'node:zlib';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Partials,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type ClientOptions,
  type Interaction,
  type Message,
} from 'discord.js';
import { FakeDiscord, Intent, type ApiMessage } from './fakeDiscord.ts';

const TOKEN = 'FAKE.TOKEN.value';

function makeClient(fake: FakeDiscord, overrides: Partial<ClientOptions> = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
    partials: [Partials.Channel],
    rest: { api: fake.apiUrl },
    ...overrides,
  });
}

async function loginAndWaitReady(client: Client, token = TOKEN): Promise<void> {
  const ready = once(client, Events.ClientReady);
  await client.login(token);
  await ready;
}

/** Resolves with the next interaction matching `pick` (registered before the fake dispatches it). */
function nextInteraction<T extends Interaction>(
  client: Client,
  pick: (i: Interaction) => i is T,
  timeoutMs = 3000,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off(Events.InteractionCreate, listener);
      reject(new Error('no interaction received'));
    }, timeoutMs);
    const listener = (i: Interaction): void => {
      if (!pick(i)) return;
      clearTimeout(timer);
      client.off(Events.InteractionCreate, listener);
      resolve(i);
    };
    client.on(Events.InteractionCreate, listener);
  });
}

function nextMessage(client: Client, pick: (m: Message) => boolean, timeoutMs = 3000): Promise<Message> {
  return new Promise<Message>((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off(Events.MessageCreate, listener);
      reject(new Error('no message received'));
    }, timeoutMs);
    const listener = (m: Message): void => {
      if (!pick(m)) return;
      clearTimeout(timer);
      client.off(Events.MessageCreate, listener);
      resolve(m);
    };
    client.on(Events.MessageCreate, listener);
  });
}

const isChatInput = (i: Interaction): i is ChatInputCommandInteraction => i.isChatInputCommand();
const isAutocomplete = (i: Interaction): i is AutocompleteInteraction => i.isAutocomplete();
const isButton = (i: Interaction): i is ButtonInteraction => i.isButton();

describe('FakeDiscord + real discord.js client', () => {
  let fake: FakeDiscord;
  let client: Client;

  beforeAll(async () => {
    fake = new FakeDiscord({ heartbeatIntervalMs: 300 });
    await fake.start();
    client = makeClient(fake);
    await loginAndWaitReady(client);
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
  });

  it('becomes ready, caches the guild and its channels, and records IDENTIFY', async () => {
    expect(client.isReady()).toBe(true);
    expect(client.user?.id).toBe(fake.botUser.id);
    expect(client.application?.id).toBe(fake.applicationId);
    const guild = client.guilds.cache.get(fake.guild.id);
    expect(guild?.available).toBe(true);
    expect(guild?.name).toBe(fake.guild.name);
    expect(guild?.channels.cache.get(fake.channels.general.id)?.isTextBased()).toBe(true);
    expect(guild?.channels.cache.get(fake.channels.briefings.id)?.name).toBe('briefings');
    expect(guild?.roles.everyone.id).toBe(fake.guild.id);

    expect(fake.identifyCount).toBe(1);
    const identify = fake.identifies[0];
    expect(identify?.token).toBe(TOKEN);
    expect(identify?.intents).toBe(Intent.Guilds | Intent.GuildMessages | Intent.MessageContent);
    // The only REST call discord.js makes to log in; it carries the bot token.
    const gw = fake.requests.find((r) => r.path === '/gateway/bot');
    expect(gw?.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(gw?.headers['user-agent']).toMatch(/^DiscordBot/);
    expect(gw?.responseHeaders).toMatchObject({
      'X-RateLimit-Limit': '5',
      'X-RateLimit-Remaining': '4',
      'Content-Type': 'application/json',
    });
    expect(fake.gatewayLog.find((g) => g.direction === 'open')?.path).toBe('/gateway');
  });

  it('answers heartbeats with op 11', async () => {
    await fake.waitForGateway((g) => g.direction === 'in' && g.op === 1, 2000);
    await fake.waitForGateway((g) => g.direction === 'out' && g.op === 11, 2000);
    // discord.js measured the round trip, so it saw the ACK.
    await expect.poll(() => client.ws.ping, { timeout: 2000 }).toBeGreaterThanOrEqual(0);
  });

  it('delivers a slash command; deferReply then editReply({ embeds }) are recorded in order', async () => {
    const got = nextInteraction(client, isChatInput);
    const handle = fake.sendSlashCommand({ name: 'brief', options: { topic: 'climate', limit: 3 } });
    const interaction = await got;
    expect(interaction.id).toBe(handle.id);
    expect(interaction.commandName).toBe('brief');
    expect(interaction.options.getString('topic')).toBe('climate');
    expect(interaction.options.getInteger('limit')).toBe(3);
    expect(interaction.user.id).toBe(fake.users.alice.id);
    expect(interaction.channelId).toBe(fake.channels.general.id);
    expect(interaction.inCachedGuild()).toBe(true);

    await interaction.deferReply();
    const embed = new EmbedBuilder()
      .setTitle('Brief: climate')
      .setDescription('Three findings [1].')
      .addFields({ name: 'Sources', value: '[1] a.md' });
    const edited = await interaction.editReply({ embeds: [embed] });
    expect(edited.embeds[0]?.title).toBe('Brief: climate');

    const responses = handle.responses();
    expect(responses.map((r) => r.kind)).toEqual(['callback', 'editOriginal']);
    expect(responses[0]?.callbackType).toBe(5);
    expect(responses[0]?.status).toBe(204);
    // discord.js sends the webhook path with @original percent-encoded; the fake decodes it.
    expect(responses[1]?.request.rawPath).toContain('%40original');
    expect(responses[1]?.payload?.embeds?.[0]?.title).toBe('Brief: climate');
    expect(responses[0]!.ms).toBeGreaterThanOrEqual(0);
    expect(responses[1]!.ms).toBeGreaterThanOrEqual(responses[0]!.ms);
    expect(responses[0]!.ms).toBeLessThan(3000);
    // Interaction endpoints are not authenticated with the bot token.
    expect(responses[0]?.request.headers.authorization).toBeUndefined();
    expect(handle.originalMessage()?.flags).toBe(0); // no longer "thinking"
  });

  it('rejects a reply over 2000 characters with 50035 Invalid Form Body', async () => {
    const got = nextInteraction(client, isChatInput);
    const handle = fake.sendSlashCommand({ name: 'brief' });
    const interaction = await got;
    const error = await interaction.reply({ content: 'x'.repeat(2001) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    const apiError = error as DiscordAPIError;
    expect(apiError.code).toBe(50035);
    expect(apiError.status).toBe(400);
    expect(JSON.stringify(apiError.rawError)).toContain('BASE_TYPE_MAX_LENGTH');
    // The failed attempt did not use up the interaction: a valid reply still works.
    await interaction.reply({ content: 'x'.repeat(2000) });
    expect(handle.responses().map((r) => r.status)).toEqual([400, 204]);
  });

  it('validates embeds (title, field count, 6000 total) and components like Discord', async () => {
    const channel = client.channels.cache.get(fake.channels.briefings.id);
    if (!channel?.isSendable()) throw new Error('channel not sendable');
    // Plain embed objects: EmbedBuilder would already throw client-side for some of these
    // (description > 4096), but not for the 6000-characters-in-total rule.
    const bad = [
      { embeds: [{ title: 't', description: 'd'.repeat(4097) }] },
      { embeds: Array.from({ length: 3 }, () => new EmbedBuilder().setDescription('d'.repeat(2500))) },
      { embeds: Array.from({ length: 11 }, () => ({ title: 't' })) },
      { embeds: [{ title: 't', footer: { text: 'f'.repeat(2049) } }] },
      {
        content: 'buttons',
        components: [
          new ActionRowBuilder<ButtonBuilder>().addComponents(
            Array.from({ length: 6 }, (_, i) =>
              new ButtonBuilder().setCustomId(`b${i}`).setLabel('ok').setStyle(ButtonStyle.Primary),
            ),
          ),
        ],
      },
    ];
    for (const payload of bad) {
      const error = await channel.send(payload).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DiscordAPIError);
      expect((error as DiscordAPIError).code).toBe(50035);
    }
    // discord.js' own builders reject some limits (e.g. 26 fields) before anything is sent, so
    // check the raw fake too through a plain REST call.
    const error = await client.rest
      .post(`/channels/${fake.channels.briefings.id}/messages`, {
        body: { embeds: [{ title: 't', fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })) }] },
      })
      .catch((e: unknown) => e);
    expect((error as DiscordAPIError).code).toBe(50035);
    const empty = await channel.send({ content: '' }).catch((e: unknown) => e);
    expect((empty as DiscordAPIError).code).toBe(50006);
  });

  it('records autocomplete respond() and rejects more than 25 choices', async () => {
    const got = nextInteraction(client, isAutocomplete);
    const handle = fake.sendAutocomplete({ name: 'brief', focused: { name: 'topic', value: 'cli' } });
    const interaction = await got;
    expect(interaction.options.getFocused()).toBe('cli');
    const tooMany = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `c${i}` }));
    const error = await interaction.respond(tooMany).catch((e: unknown) => e);
    expect((error as DiscordAPIError).code).toBe(50035);
    await interaction.respond([{ name: 'climate', value: 'climate' }]);
    const ok = await handle.waitForResponse();
    expect(ok.callbackType).toBe(8);
    expect(ok.payload?.choices).toEqual([{ name: 'climate', value: 'climate' }]);
  });

  it('retries an interaction callback after a 429 and the retry is recorded', async () => {
    fake.failNext({ method: 'POST', pathPattern: '/interactions/:id/:token/callback', status: 429, retryAfter: 0.2 });
    const got = nextInteraction(client, isChatInput);
    const handle = fake.sendSlashCommand({ name: 'brief' });
    const interaction = await got;
    // discord.js (BurstHandler for callbacks) sleeps Retry-After + 50 ms, then retries transparently.
    await interaction.reply({ content: 'after the rate limit' });
    const limited = handle.responses()[0]?.request;
    expect(limited?.response).toEqual({ message: 'You are being rate limited.', retry_after: 0.2, global: false });
    expect(limited?.responseHeaders).toMatchObject({
      'Retry-After': '0.2',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Scope': 'user',
    });
    const responses = handle.responses();
    expect(responses.map((r) => r.status)).toEqual([429, 204]);
    expect(responses[0]?.request.injected).toBe('status');
    expect(responses[1]!.ms - responses[0]!.ms).toBeGreaterThanOrEqual(200);
    expect(responses[1]?.payload?.content).toBe('after the rate limit');
  });

  it('retries a channel message after a global 429 and after a 500', async () => {
    fake.failNext({
      method: 'POST',
      pathPattern: '/channels/:id/messages',
      status: 429,
      retryAfter: 0.1,
      global: true,
    });
    fake.failNext({ method: 'POST', pathPattern: '/channels/:id/messages', status: 500 });
    const channel = client.channels.cache.get(fake.channels.general.id);
    if (!channel?.isSendable()) throw new Error('channel not sendable');
    const sent = await channel.send('persistent');
    expect(sent.content).toBe('persistent');
    const attempts = fake.requests.filter(
      (r) =>
        r.method === 'POST' &&
        r.path === `/channels/${fake.channels.general.id}/messages` &&
        r.body !== undefined &&
        JSON.stringify(r.body).includes('persistent'),
    );
    expect(attempts.map((r) => r.status)).toEqual([429, 500, 200]);
  });

  it('enforces one initial response (40060) and the 3 s deadline (10062)', async () => {
    let got = nextInteraction(client, isChatInput);
    fake.sendSlashCommand({ name: 'brief' });
    let interaction = await got;
    await interaction.reply('first');
    // Bypass discord.js' own "already replied" guard to hit the API a second time.
    const twice = await client.rest
      .post(`/interactions/${interaction.id}/${interaction.token}/callback`, {
        body: { type: 4, data: { content: 'again' } },
        auth: false,
      })
      .catch((e: unknown) => e);
    expect((twice as DiscordAPIError).code).toBe(40060);

    fake.options.interactionDeadlineMs = 50;
    try {
      got = nextInteraction(client, isChatInput);
      const handle = fake.sendSlashCommand({ name: 'brief' });
      interaction = await got;
      await new Promise((r) => setTimeout(r, 100));
      const late = await interaction.deferReply().catch((e: unknown) => e);
      expect((late as DiscordAPIError).code).toBe(10062);
      expect(handle.responses()[0]?.errorCode).toBe(10062);
      // Never acknowledged, so its webhook does not exist either.
      const followUp = await client.rest
        .post(`/webhooks/${fake.applicationId}/${interaction.token}`, { body: { content: 'x' }, auth: false })
        .catch((e: unknown) => e);
      expect((followUp as DiscordAPIError).code).toBe(10015);
    } finally {
      fake.options.interactionDeadlineMs = 3000;
    }

    // Follow-ups and @original edits are only accepted for 15 minutes (here: 50 ms).
    fake.options.followupWindowMs = 50;
    try {
      got = nextInteraction(client, isChatInput);
      fake.sendSlashCommand({ name: 'brief' });
      interaction = await got;
      await interaction.deferReply();
      await new Promise((r) => setTimeout(r, 100));
      const expired = await interaction.editReply('too late').catch((e: unknown) => e);
      expect((expired as DiscordAPIError).code).toBe(50027);
      expect((expired as DiscordAPIError).status).toBe(401);
    } finally {
      fake.options.followupWindowMs = 15 * 60 * 1000;
    }
  });

  it('supports follow-ups, ephemeral replies and button interactions that update the message', async () => {
    let got = nextInteraction(client, isChatInput);
    const cmd = fake.sendSlashCommand({ name: 'brief', channelId: fake.channels.briefings.id });
    const interaction = await got;
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId('more').setLabel('More').setStyle(ButtonStyle.Secondary),
    );
    const res = await interaction.reply({ content: 'summary', components: [row], withResponse: true });
    expect(res.resource?.message?.content).toBe('summary');
    expect(cmd.responses()[0]?.request.query.with_response).toBe('true');
    const follow = await interaction.followUp({ content: 'details', flags: MessageFlags.Ephemeral });
    expect(follow.flags.has(MessageFlags.Ephemeral)).toBe(true);
    // With a file, discord.js switches to multipart/form-data with a payload_json part.
    const withFile = await interaction.followUp({
      content: 'sources attached',
      files: [{ attachment: Buffer.from('a.md: ...'), name: 'sources.txt' }],
    });
    expect(withFile.attachments.first()?.name).toBe('sources.txt');
    expect(cmd.responses().map((r) => r.kind)).toEqual(['callback', 'followup', 'followup']);
    const multipart = cmd.responses()[2]!.request;
    expect(multipart.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect(multipart.body).toMatchObject({ content: 'sources attached' });
    expect(multipart.files).toEqual([expect.objectContaining({ field: 'files[0]', filename: 'sources.txt', size: 9 })]);

    const original = cmd.originalMessage();
    expect(original?.components[0]?.components?.[0]?.custom_id).toBe('more');
    got = nextInteraction(client, isButton) as unknown as typeof got;
    const click = fake.sendButton({ customId: 'more', message: original as ApiMessage, user: fake.users.bob });
    const button = (await got) as unknown as ButtonInteraction;
    expect(button.customId).toBe('more');
    expect(button.user.id).toBe(fake.users.bob.id);
    expect(button.message.id).toBe(original?.id);
    await button.update({ content: 'summary (expanded)', components: [] });
    const rec = await click.waitForResponse();
    expect(rec.callbackType).toBe(7);
    expect(fake.getMessage(original!.id)?.content).toBe('summary (expanded)');
  });

  it('delivers MESSAGE_CREATE with content and records a reply with message_reference', async () => {
    const got = nextMessage(client, (m) => !m.author.bot);
    const sent = fake.sendMessage({ content: 'hello bot, what is new?', author: fake.users.bob });
    const message = await got;
    expect(message.id).toBe(sent.id);
    expect(message.content).toBe('hello bot, what is new?');
    expect(message.author.id).toBe(fake.users.bob.id);
    expect(message.channelId).toBe(fake.channels.general.id);

    // The bot's own message comes back through the gateway too, as on Discord.
    const echo = nextMessage(client, (m) => m.author.id === fake.botUser.id && m.content === 'here is the brief');
    if (!message.channel.isSendable()) throw new Error('not sendable');
    await message.channel.sendTyping();
    const reply = await message.reply('here is the brief');
    expect(reply.reference?.messageId).toBe(sent.id);
    await echo;
    const post = await fake.waitFor(
      (r) =>
        r.method === 'POST' &&
        r.path === `/channels/${fake.channels.general.id}/messages` &&
        r.status === 200 &&
        JSON.stringify(r.body).includes('here is the brief'),
    );
    expect(post.body).toMatchObject({ content: 'here is the brief', message_reference: { message_id: sent.id } });
    expect(
      fake.requests.some((r) => r.path === `/channels/${fake.channels.general.id}/typing` && r.status === 204),
    ).toBe(true);
  });

  it('registers commands with PUT (global and guild)', async () => {
    const defs = [
      {
        name: 'brief',
        description: 'Brief me',
        options: [{ type: 3, name: 'topic', description: 'Topic', required: true, autocomplete: true }],
      },
    ];
    const global = await client.application!.commands.set(defs);
    expect(global.first()?.name).toBe('brief');
    const guild = await client.application!.commands.set(defs, fake.guild.id);
    expect(guild.first()?.guildId).toBe(fake.guild.id);
    expect(fake.registeredCommands(fake.guild.id)).toHaveLength(1);
    expect(fake.requests.filter((r) => r.method === 'PUT').map((r) => r.route)).toEqual([
      'PUT /applications/:appId/commands',
      'PUT /applications/:appId/guilds/:guildId/commands',
    ]);
    const bad = await client
      .application!.commands.set([{ name: 'Bad Name', description: 'x' }])
      .catch((e: unknown) => e);
    expect((bad as DiscordAPIError).code).toBe(50035);
    // Registered commands give the dispatched interaction its real id and option types.
    const got = nextInteraction(client, isChatInput);
    fake.sendSlashCommand({ name: 'brief', options: { topic: 'x' } });
    expect((await got).commandId).toBe(guild.first()?.id);
  });

  it('resumes after the gateway closes with 4000, replays missed events, and keeps receiving interactions', async () => {
    const identifiesBefore = fake.identifyCount;
    const resumed = once(client.ws.shards.first()!, 'resumed');
    await fake.closeGateway(4000);
    // Dispatched while disconnected: must be replayed on RESUME.
    const missed = nextMessage(client, (m) => m.content === 'sent while you were away', 5000);
    fake.sendMessage({ content: 'sent while you were away' });
    await resumed;
    await missed;
    expect(fake.resumeCount).toBe(1);
    expect(fake.identifyCount).toBe(identifiesBefore);
    expect(fake.resumes[0]?.replayed).toBeGreaterThanOrEqual(1);
    // discord.js used READY's resume_gateway_url.
    expect(fake.gatewayLog.filter((g) => g.direction === 'open').at(-1)?.path).toBe('/resume-gateway');

    const got = nextInteraction(client, isChatInput);
    const handle = fake.sendSlashCommand({ name: 'brief' });
    await (await got).reply('still here');
    expect((await handle.waitForResponse()).status).toBe(204);
  });

  it('resumes after op 7 RECONNECT', async () => {
    const before = fake.resumeCount;
    const resumed = once(client.ws.shards.first()!, 'resumed');
    fake.sendReconnect();
    await resumed;
    expect(fake.resumeCount).toBe(before + 1);
    expect(fake.gatewayLog.some((g) => g.direction === 'close' && g.code === 4200 && !g.byServer)).toBe(true);
  });
});

describe('FakeDiscord: intents', () => {
  it('blanks message content without the MessageContent intent, except when the bot is mentioned', async () => {
    const fake = new FakeDiscord();
    await fake.start();
    const client = makeClient(fake, { intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });
    try {
      await loginAndWaitReady(client);
      let got = nextMessage(client, () => true);
      fake.sendMessage({ content: 'secret text' });
      expect((await got).content).toBe('');
      got = nextMessage(client, () => true);
      fake.sendMessage({ content: `<@${fake.botUser.id}> summarise please` });
      const mentioned = await got;
      expect(mentioned.content).toBe(`<@${fake.botUser.id}> summarise please`);
      expect(mentioned.mentions.users.has(fake.botUser.id)).toBe(true);
    } finally {
      await client.destroy();
      await fake.close();
    }
  });

  it('refuses privileged intents with close code 4014, which rejects login()', async () => {
    const fake = new FakeDiscord({ privilegedIntentsAllowed: false });
    await fake.start();
    const client = makeClient(fake);
    try {
      const error = await client.login(TOKEN).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/disallowed intents/i);
      await fake.waitForGateway((g) => g.direction === 'close' && g.code === 4014 && g.byServer === true);
      expect(fake.identifyCount).toBe(0);
    } finally {
      await client.destroy();
      await fake.close();
    }
  });

  it('re-identifies after op 9 INVALID_SESSION and after close 4009 (with a no-wait identify throttler)', async () => {
    const fake = new FakeDiscord();
    await fake.start();
    // discord.js waits ~5 s between IDENTIFYs by default (max_concurrency 1); skip that in tests.
    const client = makeClient(fake, {
      ws: { buildIdentifyThrottler: () => Promise.resolve({ waitForIdentify: () => Promise.resolve() }) },
    });
    try {
      await loginAndWaitReady(client);
      // The interaction is sent only once the client has processed the new READY (a connected
      // socket is not enough: an event before READY would be dropped).
      const readyAgain = new Promise((resolve) => client.once(Events.ShardReady, resolve));
      fake.sendInvalidSession(false);
      await expect.poll(() => fake.identifyCount, { timeout: 3000 }).toBe(2);
      await readyAgain;
      const got = nextInteraction(client, isChatInput);
      fake.sendSlashCommand({ name: 'brief' });
      await (await got).reply('back');

      // 4009 (session timed out): discord.js tries to RESUME, is refused with op 9, re-identifies.
      const readyThird = new Promise((resolve) => client.once(Events.ShardReady, resolve));
      await fake.closeGateway(4009);
      await expect.poll(() => fake.identifyCount, { timeout: 3000 }).toBe(3);
      expect(fake.resumes.at(-1)?.accepted).toBe(false);
      // Destroyed mid-handshake (IDENTIFY sent, READY not yet read), client.destroy() sometimes
      // hung past the test's 30 s (3 runs in 20 on a loaded machine): the scenario ends when the
      // session is back.
      await readyThird;
    } finally {
      await client.destroy();
      await fake.close();
    }
  });
});

describe('FakeDiscord: DMs, auth and REST failure modes', () => {
  it('delivers DMs to a client with DirectMessages + Partials.Channel and records the DM reply', async () => {
    const fake = new FakeDiscord();
    await fake.start();
    const client = makeClient(fake, {
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
      partials: [Partials.Channel],
    });
    try {
      await loginAndWaitReady(client);
      const got = nextMessage(client, (m) => !m.author.bot);
      // Message Content is not needed for DMs.
      fake.sendMessage({ content: 'psst, brief me', dm: true, author: fake.users.bob });
      const dm = await got;
      expect(dm.content).toBe('psst, brief me');
      expect(dm.guildId).toBeNull();
      expect(dm.channel.isDMBased()).toBe(true);
      await dm.reply('here you go');
      const dmChannelId = fake.dmChannel(fake.users.bob).id;
      const post = await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${dmChannelId}/messages`);
      expect(post.status).toBe(200);

      // Slash commands work in DMs too (no guild, `user` instead of `member`).
      const gotCmd = nextInteraction(client, isChatInput);
      const handle = fake.sendSlashCommand({ name: 'brief', dm: true, user: fake.users.bob });
      const cmd = await gotCmd;
      expect(cmd.guildId).toBeNull();
      expect(cmd.user.id).toBe(fake.users.bob.id);
      expect(cmd.channel?.isDMBased()).toBe(true);
      await cmd.reply('dm reply');
      expect(handle.originalMessage()?.channel_id).toBe(dmChannelId);
    } finally {
      await client.destroy();
      await fake.close();
    }
  });

  it('rejects a wrong token on REST (401) so login() fails with TokenInvalid', async () => {
    const fake = new FakeDiscord({ token: 'RIGHT.TOKEN.value' });
    await fake.start();
    const client = makeClient(fake);
    try {
      const error = await client.login('WRONG.TOKEN.value').catch((e: unknown) => e);
      expect((error as { code?: string }).code).toBe('TokenInvalid');
      expect(fake.requests[0]?.status).toBe(401);
    } finally {
      await client.destroy();
      await fake.close();
    }
  });

  it('hangs or delays a response on request; discord.js aborts after rest.timeout and retries', async () => {
    const fake = new FakeDiscord();
    await fake.start();
    const client = makeClient(fake, { rest: { api: fake.apiUrl, timeout: 300 } });
    try {
      await loginAndWaitReady(client);
      const channel = client.channels.cache.get(fake.channels.general.id);
      if (!channel?.isSendable()) throw new Error('not sendable');
      fake.failNext({ method: 'POST', pathPattern: '/channels/:id/messages', hang: true });
      fake.failNext({ method: 'POST', pathPattern: '/channels/:id/typing', delayMs: 150 });
      const started = Date.now();
      await channel.sendTyping();
      expect(Date.now() - started).toBeGreaterThanOrEqual(140);
      const sent = await channel.send('eventually');
      expect(sent.content).toBe('eventually');
      const posts = fake.requests.filter((r) => r.route === 'POST /channels/:channelId/messages');
      expect(posts.map((r) => [r.injected, r.status])).toEqual([
        ['hang', undefined],
        [undefined, 200],
      ]);
      expect(fake.requests.find((r) => r.route === 'POST /channels/:channelId/typing')?.injected).toBe('delay');
    } finally {
      await client.destroy();
      await fake.close();
    }
  });
});

/** Minimal raw gateway client for protocol details discord.js does not exercise here. */
class RawGateway {
  readonly ws: WebSocket;
  private readonly queue: Array<Record<string, unknown>> = [];
  private readonly waiting: Array<(p: Record<string, unknown>) => void> = [];
  private inflate: zlib.Inflate | null = null;
  private inflating: Promise<void> = Promise.resolve();

  constructor(url: string, mode: 'plain' | 'zlib-stream' = 'plain') {
    this.ws = new WebSocket(url);
    if (mode === 'zlib-stream') this.inflate = zlib.createInflate();
    this.ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (!isBinary) return this.push(JSON.parse(data.toString()) as Record<string, unknown>);
      const inflate = this.inflate;
      if (!inflate) return this.push(JSON.parse(zlib.inflateSync(data).toString()) as Record<string, unknown>);
      // zlib-stream: one shared context; every message ends with a sync flush. Inflate the
      // frames strictly one after another.
      this.inflating = this.inflating.then(
        () =>
          new Promise<void>((resolve) => {
            const out: Buffer[] = [];
            const onData = (c: Buffer): void => {
              out.push(c);
            };
            inflate.on('data', onData);
            inflate.write(data);
            inflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
              inflate.off('data', onData);
              this.push(JSON.parse(Buffer.concat(out).toString()) as Record<string, unknown>);
              resolve();
            });
          }),
      );
    });
  }

  private push(p: Record<string, unknown>): void {
    const w = this.waiting.shift();
    if (w) w(p);
    else this.queue.push(p);
  }

  next(): Promise<Record<string, unknown>> {
    const p = this.queue.shift();
    if (p) return Promise.resolve(p);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  send(op: number, d: unknown): void {
    this.ws.send(JSON.stringify({ op, d }));
  }

  close(): void {
    this.inflate?.close();
    this.ws.terminate();
  }
}

describe('FakeDiscord: raw gateway protocol', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = new FakeDiscord();
    await fake.start();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('supports ?compress=zlib-stream, sequence numbers and heartbeats', async () => {
    const gw = new RawGateway(`${fake.gatewayUrl}?v=10&encoding=json&compress=zlib-stream`, 'zlib-stream');
    try {
      expect(await gw.next()).toMatchObject({ op: 10, d: { heartbeat_interval: 41250 } });
      gw.send(2, { token: TOKEN, intents: Intent.Guilds, properties: { os: 'linux', browser: 'raw', device: 'raw' } });
      const ready = await gw.next();
      expect(ready).toMatchObject({ op: 0, t: 'READY', s: 1, d: { v: 10, application: { id: fake.applicationId } } });
      expect(await gw.next()).toMatchObject({ op: 0, t: 'GUILD_CREATE', s: 2 });
      gw.send(1, 2);
      expect(await gw.next()).toMatchObject({ op: 11 });
    } finally {
      gw.close();
    }
  });

  it('supports IDENTIFY compress: true (each payload zlib-deflated)', async () => {
    const gw = new RawGateway(`${fake.gatewayUrl}?v=10&encoding=json`);
    try {
      expect(await gw.next()).toMatchObject({ op: 10 });
      gw.send(2, { token: TOKEN, intents: 0, properties: {}, compress: true });
      // Without the Guilds intent there is no GUILD_CREATE.
      expect(await gw.next()).toMatchObject({ t: 'READY', s: 1 });
      gw.send(1, 1);
      expect(await gw.next()).toMatchObject({ op: 11 });
    } finally {
      gw.close();
    }
  });

  it('answers an unknown RESUME with op 9 false and closes 4003 before IDENTIFY', async () => {
    const gw = new RawGateway(`${fake.gatewayUrl}?v=10&encoding=json`);
    try {
      await gw.next();
      gw.send(6, { token: TOKEN, session_id: 'nope', seq: 1 });
      expect(await gw.next()).toMatchObject({ op: 9, d: false });
      const closed = once(gw.ws, 'close');
      gw.send(3, { status: 'online', since: null, activities: [], afk: false });
      const [code] = (await closed) as [number];
      expect(code).toBe(4003);
    } finally {
      gw.close();
    }
  });
});

describe('FakeDiscord: roles, member look-ups and attachments', () => {
  const fake = new FakeDiscord();
  const analysts = fake.addRole('analysts');
  const carol = fake.addMember('carol', [analysts.id]);
  let client: Client;

  beforeAll(async () => {
    await fake.start();
    client = makeClient(fake);
    await loginAndWaitReady(client);
  });

  afterAll(async () => {
    await client.destroy();
    await fake.close();
  });

  it('sends guild roles in GUILD_CREATE and member roles on interactions; a DM carries no member', async () => {
    expect(client.guilds.cache.get(fake.guild.id)?.roles.cache.has(analysts.id)).toBe(true);
    const inGuild = nextInteraction(client, (i): i is ChatInputCommandInteraction => i.isChatInputCommand());
    fake.sendSlashCommand({ name: 'brief', user: carol });
    expect((await inGuild).member?.roles).toSatisfy((roles: unknown) =>
      Array.isArray(roles)
        ? roles.includes(analysts.id)
        : (roles as { cache: Map<string, unknown> }).cache.has(analysts.id),
    );
    fake.setMemberRoles(carol, []);
    const inDm = nextInteraction(client, (i): i is ChatInputCommandInteraction => i.isChatInputCommand());
    fake.sendSlashCommand({ name: 'brief', user: carol, dm: true });
    const dm = await inDm;
    expect(dm.guildId).toBeNull();
    expect(dm.member).toBeNull();
  });

  it('answers member look-ups with the current roles, 10007 for someone not in the guild', async () => {
    const guild = client.guilds.cache.get(fake.guild.id)!;
    fake.setMemberRoles(carol, [analysts.id]);
    expect([...(await guild.members.fetch({ user: carol.id, force: true })).roles.cache.keys()]).toContain(analysts.id);
    const missing = await guild.members
      .fetch({ user: '123456789012345678', force: true })
      .catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(DiscordAPIError);
    expect((missing as DiscordAPIError).code).toBe(10007);
  });

  it('serves an uploaded attachment from its CDN url on the loopback server, and resolves it on a slash command', async () => {
    const attachment = fake.uploadAttachment({ filename: 'notes.txt', bytes: 'hello', contentType: 'text/plain' });
    const response = await fetch(attachment.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(await response.text()).toBe('hello');
    expect((await fetch(attachment.url.replace(attachment.id, '123456789012345678'))).status).toBe(404);
    const command = nextInteraction(client, (i): i is ChatInputCommandInteraction => i.isChatInputCommand());
    fake.sendSlashCommand({
      name: 'upload',
      options: [{ name: 'file', type: 11, value: attachment.id }],
      resolved: fake.resolvedAttachments(attachment),
    });
    const received = (await command).options.getAttachment('file');
    expect(received).toMatchObject({ name: 'notes.txt', size: 5, contentType: 'text/plain', url: attachment.url });
  });
});
