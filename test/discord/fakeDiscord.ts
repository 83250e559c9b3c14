/**
 * FakeDiscord: an in-process imitation of Discord's REST API (v10) and gateway
 * (v10, JSON encoding) on 127.0.0.1, good enough for the REAL discord.js v14
 * `Client` to log in, cache a guild, receive interactions and messages, and
 * answer them — while every REST call is recorded for assertions.
 *
 * Usage:
 *   const fake = new FakeDiscord();
 *   await fake.start();
 *   const client = new Client({ intents, partials: [Partials.Channel], rest: { api: fake.apiUrl } });
 *   await client.login('FAKE.TOKEN.value');          // any token is accepted unless `token` is configured
 *   const handle = fake.sendSlashCommand({ name: 'brief', options: { topic: 'x' } });
 *   const first = await handle.waitForResponse();
 *   ...
 *   await client.destroy(); await fake.close();
 *
 * How discord.js finds the fake: `rest.api` is the REST base (discord.js appends `/v10/...`);
 * the gateway URL is only learned from `GET /gateway/bot`, and the resume URL from READY's
 * `resume_gateway_url`. @discordjs/ws appends `?v=10&encoding=json` to both (plus
 * `&compress=zlib-stream` only when the optional `zlib-sync` package is installed).
 *
 * Behaviour copied from Discord (see the docs at discord.com/developers/docs and the
 * discord.js 14.28 source): one initial response per interaction (40060), a 3 s deadline
 * for it (10062), follow-ups and @original edits valid for 15 min, form validation with
 * 50035 "Invalid Form Body" and Discord's nested `errors` shape, 50006 for empty messages,
 * 429s with real rate-limit headers, MESSAGE_CREATE content blanked without the Message
 * Content intent, 4014 for refused privileged intents, RESUME with replay of missed events.
 * Where the exact error `code` strings inside `errors` are not documented they are
 * approximations (the top-level code 50035 and HTTP status are exact).
 */ import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { WebSocketServer } from 'ws';

import type {
  ApiApplicationCommand,
  ApiComponent,
  ApiMessage,
  ApiUser,
  AutocompleteSpec,
  CommandOptionDefinition,
  ComponentSpec,
  FailureInjection,
  GatewayRecord,
  InteractionOption,
  InteractionResponseKind,
  InteractionResponseRecord,
  InteractionTarget,
  RecordedRequest,
  SentMessageBody,
  SlashCommandSpec,
  UserMessageSpec,
} from './fakeDiscordApi.ts';
import { ALL_CHANNEL_PERMISSIONS, isObject, sleep, snowflake } from './fakeDiscordApi.ts';
import type { InteractionState } from './fakeDiscordWorld.ts';
import { FakeDiscordRest } from './fakeDiscordRest.ts';

// The API shapes and recording types are part of what tests import from here.
export type {
  ApiApplicationCommand,
  ApiAttachment,
  ApiChannel,
  ApiComponent,
  ApiEmbed,
  ApiMember,
  ApiMessage,
  ApiRole,
  ApiUser,
  AutocompleteSpec,
  CommandOptionDefinition,
  ComponentSpec,
  FailureInjection,
  FakeDiscordOptions,
  GatewayRecord,
  IdentifyRecord,
  InteractionOption,
  InteractionResponseKind,
  InteractionResponseRecord,
  JsonObject,
  JsonPrimitive,
  JsonValue,
  RecordedFile,
  RecordedRequest,
  ResumeRecord,
  SentMessageBody,
  SlashCommandSpec,
  UserMessageSpec,
} from './fakeDiscordApi.ts';
export { CallbackType, Intent, snowflake } from './fakeDiscordApi.ts';

export class FakeDiscord extends FakeDiscordRest {
  // -------------------------------------------------------------------------
  // Lifecycle
  // -------------------------------------------------------------------------

  /** Starts the HTTP + WebSocket server on 127.0.0.1 with a random port. */
  async start(): Promise<void> {
    const server = http.createServer((req, res) => {
      void this.handleHttp(req, res).catch((err: unknown) => {
        // A bug in the fake itself: answer 500 rather than hanging the client.
        console.error('[FakeDiscord] handler crashed:', err);
        if (!res.headersSent) {
          res.writeHead(500, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ message: '500: Internal Server Error', code: 0 }));
        }
      });
    });
    const wss = new WebSocketServer({ noServer: true });
    server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname !== '/gateway' && url.pathname !== '/resume-gateway') {
        socket.destroy();
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => this.onGatewayConnection(ws, url));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.wss = wss;
    this.port = (server.address() as AddressInfo).port;
  }

  /** Terminates every socket (gateway and HTTP, including hanging requests) and stops listening. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const conn of this.connections) {
      conn.zlibStream?.close();
      conn.ws.terminate();
    }
    this.connections.clear();
    for (const res of this.hangingResponses) res.destroy();
    this.hangingResponses.clear();
    for (const w of this.requestWaiters) {
      clearTimeout(w.timer);
      w.reject(new Error('FakeDiscord closed'));
    }
    this.requestWaiters.clear();
    for (const w of this.gatewayWaiters) {
      clearTimeout(w.timer);
      w.reject(new Error('FakeDiscord closed'));
    }
    this.gatewayWaiters.clear();
    this.wss?.close();
    const server = this.server;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  // -------------------------------------------------------------------------
  // Recording API
  // -------------------------------------------------------------------------

  get identifyCount(): number {
    return this.identifies.filter((i) => i.accepted).length;
  }

  get resumeCount(): number {
    return this.resumes.filter((r) => r.accepted).length;
  }

  /** Intents of the last accepted IDENTIFY. */
  get identifiedIntents(): number | undefined {
    return this.identifies.filter((i) => i.accepted).at(-1)?.intents;
  }

  /** Whether a gateway connection is open and identified/resumed. */
  get connected(): boolean {
    return this.sessions.some((s) => s.state === 'active' && s.conn !== null);
  }

  /**
   * Resolves with the first recorded REST request (already answered, or arriving later)
   * matching `predicate`. Requests are offered once answered (status set), or on arrival
   * for a hanging injection.
   */
  waitFor(predicate: (req: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    const existing = this.requests.find(
      (r) => (r.status !== undefined || r.injected === 'hang' || r.injected === 'lost') && predicate(r),
    );
    if (existing) return Promise.resolve(existing);
    return this.addWaiter(this.requestWaiters, predicate, timeoutMs, 'REST request');
  }

  /** Like waitFor, for gateway traffic (open/close/in/out records). */
  waitForGateway(predicate: (rec: GatewayRecord) => boolean, timeoutMs = 5000): Promise<GatewayRecord> {
    const existing = this.gatewayLog.find(predicate);
    if (existing) return Promise.resolve(existing);
    return this.addWaiter(this.gatewayWaiters, predicate, timeoutMs, 'gateway event');
  }

  /** Resolves once a session is active (after READY or RESUMED was sent). */
  async waitForConnected(timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.connected) {
      if (Date.now() > deadline) throw new Error('FakeDiscord: no active gateway session');
      await sleep(10);
    }
  }

  /**
   * The initial callback, @original fetches/edits/deletes and follow-ups of one interaction,
   * in arrival order, including failed attempts (check `ok`/`status`).
   */
  interactionResponses(interactionId: string): InteractionResponseRecord[] {
    const state = this.interactions.get(interactionId);
    if (!state) return [];
    const out: InteractionResponseRecord[] = [];
    for (const req of this.requests) {
      if (req.interactionId !== interactionId) continue;
      out.push(this.toResponseRecord(state, req));
    }
    return out;
  }

  getMessage(messageId: string): ApiMessage | undefined {
    return this.messages.get(messageId);
  }

  /** The @original message of an interaction (reply, deferred placeholder, or the component's message). */
  originalMessageOf(interactionId: string): ApiMessage | undefined {
    const id = this.interactions.get(interactionId)?.originalMessageId;
    return id !== undefined ? this.messages.get(id) : undefined;
  }

  /** Injects a failure (or delay) for the next matching REST request(s). */
  failNext(injection: FailureInjection): void {
    this.injections.push({ ...injection, remaining: injection.times ?? 1 });
  }

  // -------------------------------------------------------------------------
  // Events from "users"
  // -------------------------------------------------------------------------

  /** A user runs a slash command: INTERACTION_CREATE type 2 (APPLICATION_COMMAND, data.type 1). */
  sendSlashCommand(spec: SlashCommandSpec): FakeInteraction {
    const registered = this.findCommand(spec.name, spec.dm ? undefined : (spec.guildId ?? this.guild.id));
    const options = this.normalizeOptions(spec.options, registered?.options ?? []);
    const data: Record<string, unknown> = {
      id: registered?.id ?? this.commandIdFor('unregistered', spec.name),
      name: spec.name,
      type: 1,
      ...(options.length ? { options } : {}),
      ...(spec.resolved ? { resolved: spec.resolved } : {}),
      ...(registered?.guild_id ? { guild_id: registered.guild_id } : {}),
    };
    return this.dispatchInteraction(2, data, spec, { commandName: spec.name });
  }

  /** A user types in an autocomplete option: INTERACTION_CREATE type 4 with one `focused` option. */
  sendAutocomplete(spec: AutocompleteSpec): FakeInteraction {
    const registered = this.findCommand(spec.name, spec.dm ? undefined : (spec.guildId ?? this.guild.id));
    const others = this.normalizeOptions(spec.options, registered?.options ?? []);
    const focusedDef = registered?.options.find((o) => o.name === spec.focused.name);
    const focused: InteractionOption = {
      name: spec.focused.name,
      type: focusedDef?.type ?? (typeof spec.focused.value === 'number' ? 10 : 3),
      value: spec.focused.value,
      focused: true,
    };
    const data: Record<string, unknown> = {
      id: registered?.id ?? this.commandIdFor('unregistered', spec.name),
      name: spec.name,
      type: 1,
      options: [...others.filter((o) => o.name !== focused.name), focused],
    };
    return this.dispatchInteraction(4, data, spec, { commandName: spec.name });
  }

  /** A user clicks a button: INTERACTION_CREATE type 3 (MESSAGE_COMPONENT, component_type 2). */
  sendButton(spec: Omit<ComponentSpec, 'componentType' | 'values'>): FakeInteraction {
    return this.sendComponent({ ...spec, componentType: 2 });
  }

  /** A user uses a message component (button, select menu). */
  sendComponent(spec: ComponentSpec): FakeInteraction {
    const message = typeof spec.message === 'string' ? this.messages.get(spec.message) : spec.message;
    if (!message) throw new Error(`FakeDiscord.sendComponent: unknown message ${String(spec.message)}`);
    const all: ApiComponent[] = [];
    const walk = (list: ApiComponent[] | undefined): void => {
      for (const c of list ?? []) {
        all.push(c);
        walk(c.components);
      }
    };
    walk(message.components);
    if (!all.some((c) => c.custom_id === spec.customId)) {
      throw new Error(
        `FakeDiscord.sendComponent: message ${message.id} has no component with custom_id "${spec.customId}"`,
      );
    }
    const componentType = spec.componentType ?? 2;
    const data: Record<string, unknown> = {
      custom_id: spec.customId,
      component_type: componentType,
      ...(componentType !== 2 ? { values: spec.values ?? [] } : {}),
    };
    const target: InteractionTarget = {
      ...spec,
      channelId: spec.channelId ?? message.channel_id,
      ...(message.guild_id === undefined ? { dm: true } : {}),
    };
    return this.dispatchInteraction(3, data, target, { message });
  }

  /**
   * A user posts a message: MESSAGE_CREATE. Sessions without the Message Content intent get
   * empty content/embeds/attachments/components unless the bot is mentioned or it is a DM.
   * Returns the full (unblanked) message, which is also stored so the bot can reply to it.
   */
  sendMessage(spec: UserMessageSpec): ApiMessage {
    const author = spec.author ?? this.users.alice;
    const dm = spec.dm === true || (spec.channelId !== undefined && this.isDmChannel(spec.channelId));
    const channel = dm ? this.dmChannel(author) : this.requireGuildChannel(spec.channelId ?? this.channels.general.id);
    const mentions = new Map<string, ApiUser>();
    for (const m of spec.mentions ?? []) {
      const u = m === 'bot' ? this.botUser : typeof m === 'string' ? this.userById(m) : m;
      if (u) mentions.set(u.id, u);
    }
    for (const match of spec.content.matchAll(/<@!?(\d{17,20})>/g)) {
      const u = match[1] ? this.userById(match[1]) : undefined;
      if (u) mentions.set(u.id, u);
    }
    const replied = spec.replyTo ? this.messages.get(spec.replyTo) : undefined;
    const member = !dm ? this.members.get(author.id) : undefined;
    const message: ApiMessage = {
      id: snowflake(),
      type: replied ? 19 : 0,
      channel_id: channel.id,
      ...(dm ? {} : { guild_id: this.guild.id }),
      author,
      ...(member ? { member: this.memberWithoutUser(member) } : {}),
      content: spec.content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: /@(everyone|here)/.test(spec.content),
      mentions: [...mentions.values()],
      mention_roles: [],
      attachments: spec.attachments ?? [],
      embeds: spec.embeds ?? [],
      components: [],
      pinned: false,
      flags: 0,
      ...(replied
        ? {
            message_reference: {
              type: 0,
              message_id: replied.id,
              channel_id: replied.channel_id,
              ...(replied.guild_id ? { guild_id: replied.guild_id } : {}),
            },
            referenced_message: replied,
          }
        : {}),
      ...(dm ? { channel_type: 1 } : { channel_type: 0 }),
    };
    this.storeMessage(message);
    this.dispatchMessageEvent('MESSAGE_CREATE', message);
    return message;
  }

  // -------------------------------------------------------------------------
  // Internals: interactions
  // -------------------------------------------------------------------------

  protected dispatchInteraction(
    type: number,
    data: Record<string, unknown>,
    target: InteractionTarget,
    extra: { commandName?: string; message?: ApiMessage },
  ): FakeInteraction {
    const session = this.liveSessions().at(-1);
    if (!session) throw new Error('FakeDiscord: no bot is connected to the gateway');
    const user = target.user ?? this.users.alice;
    const dm = target.dm === true;
    const channel = dm ? this.dmChannel(user) : this.requireGuildChannel(target.channelId ?? this.channels.general.id);
    const guildId = dm ? null : (target.guildId ?? this.guild.id);
    const id = snowflake();
    const token = `aW50ZXJhY3Rpb246${id}:${randomBytes(48).toString('base64url')}`;
    const member = guildId ? this.members.get(user.id) : undefined;
    const locale = target.locale ?? 'en-US';
    const payload: Record<string, unknown> = {
      id,
      application_id: this.applicationId,
      type,
      data,
      token,
      version: 1,
      locale,
      channel_id: channel.id,
      // Interactions carry a partial channel with the invoker's computed permissions.
      channel: dm
        ? { id: channel.id, type: 1, last_message_id: channel.last_message_id, flags: 0, recipients: [user] }
        : { ...channel, guild_id: guildId, permissions: ALL_CHANNEL_PERMISSIONS },
      app_permissions: ALL_CHANNEL_PERMISSIONS,
      // Without these two discord.js throws inside the INTERACTION_CREATE handler and the event is lost.
      entitlements: [],
      authorizing_integration_owners: guildId ? { '0': guildId } : { '1': user.id },
      // 0 GUILD, 1 BOT_DM
      context: guildId ? 0 : 1,
      attachment_size_limit: 10 * 1024 * 1024,
      ...(guildId
        ? {
            guild_id: guildId,
            guild: { id: guildId, locale: 'en-US', features: [] },
            guild_locale: 'en-US',
            member: { ...(member ?? this.defaultMember(user)), permissions: ALL_CHANNEL_PERMISSIONS },
          }
        : { user }),
      ...(extra.message ? { message: extra.message } : {}),
    };
    const state: InteractionState = {
      id,
      token,
      type,
      ...(extra.commandName ? { commandName: extra.commandName } : {}),
      user,
      channelId: channel.id,
      guildId,
      dispatchedPerf: performance.now(),
      dispatchedEpoch: Date.now(),
      acknowledged: false,
      originalLoading: false,
      ...(extra.message ? { sourceMessageId: extra.message.id } : {}),
      followupIds: new Set(),
    };
    this.interactions.set(id, state);
    this.interactionsByToken.set(token, state);
    // Interactions go to one session only (Discord sends each event to one shard).
    this.dispatchTo(session, 'INTERACTION_CREATE', payload);
    return new FakeInteraction(this, state.id, state.token, type, state.dispatchedEpoch);
  }

  protected toResponseRecord(state: InteractionState, req: RecordedRequest): InteractionResponseRecord {
    const segments = req.path.split('/').filter(Boolean);
    let kind: InteractionResponseKind;
    let callbackType: number | undefined;
    let payload: SentMessageBody | undefined;
    if (segments[0] === 'interactions') {
      kind = 'callback';
      if (isObject(req.body)) {
        callbackType = typeof req.body.type === 'number' ? req.body.type : undefined;
        payload = isObject(req.body.data) ? (req.body.data as SentMessageBody) : undefined;
      }
    } else {
      const messageId = segments[4];
      const isOriginal = messageId === '@original';
      if (messageId === undefined) kind = 'followup';
      else if (req.method === 'PATCH') kind = isOriginal ? 'editOriginal' : 'editFollowup';
      else if (req.method === 'DELETE') kind = isOriginal ? 'deleteOriginal' : 'deleteFollowup';
      else kind = isOriginal ? 'fetchOriginal' : 'fetchFollowup';
      payload = isObject(req.body) ? (req.body as SentMessageBody) : undefined;
    }
    const status = req.status;
    const ok = status !== undefined && status >= 200 && status < 300;
    const errorCode =
      !ok && isObject(req.response) && typeof req.response.code === 'number' ? req.response.code : undefined;
    return {
      kind,
      ...(callbackType !== undefined ? { callbackType } : {}),
      ms: req.at - state.dispatchedPerf,
      status,
      ok,
      ...(errorCode !== undefined ? { errorCode } : {}),
      payload,
      request: req,
    };
  }

  protected normalizeOptions(
    options: InteractionOption[] | Record<string, string | number | boolean> | undefined,
    defs: CommandOptionDefinition[],
  ): InteractionOption[] {
    if (!options) return [];
    const infer = (name: string, value: string | number | boolean | undefined): number => {
      const def = defs.find((d) => d.name === name);
      if (def) return def.type;
      if (typeof value === 'boolean') return 5;
      if (typeof value === 'number') return Number.isInteger(value) ? 4 : 10;
      return 3;
    };
    if (Array.isArray(options)) {
      return options.map((o) => ({ ...o, type: o.type ?? (o.options ? 1 : infer(o.name, o.value)) }));
    }
    return Object.entries(options).map(([name, value]) => ({ name, type: infer(name, value), value }));
  }

  protected findCommand(name: string, guildId: string | undefined): ApiApplicationCommand | undefined {
    const inGuild = guildId ? this.commands.get(guildId)?.find((c) => c.name === name) : undefined;
    return inGuild ?? this.commands.get('global')?.find((c) => c.name === name);
  }
}

/** Handle for an interaction the fake dispatched. */
export class FakeInteraction {
  constructor(
    private readonly fake: FakeDiscord,
    readonly id: string,
    readonly token: string,
    /** 2 command, 3 component, 4 autocomplete. */
    readonly type: number,
    /** Date.now() at dispatch. */
    readonly dispatchedAt: number,
  ) {}

  /** Callback, @original edits and follow-ups so far (including failed attempts), in arrival order. */
  responses(): InteractionResponseRecord[] {
    return this.fake.interactionResponses(this.id);
  }

  /** Successful responses only. */
  okResponses(): InteractionResponseRecord[] {
    return this.responses().filter((r) => r.ok);
  }

  /** Waits for a response record (default: the first successful one) and returns it. */
  async waitForResponse(
    predicate: (r: InteractionResponseRecord) => boolean = (r) => r.ok,
    timeoutMs = 5000,
  ): Promise<InteractionResponseRecord> {
    const req = await this.fake.waitFor((req) => {
      if (req.interactionId !== this.id) return false;
      const rec = this.fake.interactionResponses(this.id).find((r) => r.request === req);
      return rec !== undefined && predicate(rec);
    }, timeoutMs);
    const rec = this.fake.interactionResponses(this.id).find((r) => r.request === req);
    if (!rec) throw new Error('FakeInteraction: response record vanished');
    return rec;
  }

  /** The current @original message, if any. */
  originalMessage(): ApiMessage | undefined {
    return this.fake.originalMessageOf(this.id);
  }
}
