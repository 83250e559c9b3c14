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
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { createHash, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import { WebSocketServer, WebSocket, type RawData } from 'ws';

import type {
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
  InteractionTarget,
  JsonObject,
  JsonValue,
  RecordedFile,
  RecordedRequest,
  ResolvedOptions,
  ResumeRecord,
  SentMessageBody,
  SlashCommandSpec,
  UserMessageSpec,
} from './fakeDiscordApi.ts';
import {
  ALL_CHANNEL_PERMISSIONS,
  ALL_KNOWN_INTENTS,
  BOT_ROLE_PERMISSIONS,
  EVERYONE_PERMISSIONS,
  Intent,
  MessageFlag,
  PRIVILEGED_INTENTS,
  isObject,
  matchTemplate,
  sleep,
  snowflake,
} from './fakeDiscordApi.ts';
import type { RouteResult } from './fakeFormErrors.ts';
import {
  FormErrors,
  apiError,
  hasVisibleContent,
  invalidForm,
  validateCommand,
  validateMessageBody,
} from './fakeFormErrors.ts';
import { uploadLimitError } from './fakeUploadLimits.ts';

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

// ---------------------------------------------------------------------------
// Internal state types
// ---------------------------------------------------------------------------

interface InteractionState {
  id: string;
  token: string;
  /** 2 command, 3 component, 4 autocomplete, 5 modal submit. */
  type: number;
  commandName?: string;
  user: ApiUser;
  channelId: string;
  guildId: string | null;
  dispatchedPerf: number;
  dispatchedEpoch: number;
  acknowledged: boolean;
  callbackType?: number;
  originalMessageId?: string;
  /** A deferred reply's "is thinking..." message that no edit/follow-up replaced yet. */
  originalLoading: boolean;
  /** For components: the message the component is on. */
  sourceMessageId?: string;
  followupIds: Set<string>;
}

interface GatewayDispatchEvent {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

interface GatewaySession {
  id: string;
  token: string;
  intents: number;
  seq: number;
  /** Every event dispatched in this session, for RESUME replay. */
  events: GatewayDispatchEvent[];
  conn: GatewayConnection | null;
  /** 'disconnected' = resumable; 'invalid' = RESUME will be refused with op 9. */
  state: 'active' | 'disconnected' | 'invalid';
}

interface GatewayConnection {
  id: number;
  ws: WebSocket;
  path: string;
  session: GatewaySession | null;
  /** IDENTIFY `compress: true`: each payload is a separately zlib-deflated binary frame. */
  identifyCompress: boolean;
  /** `?compress=zlib-stream`: one zlib context for the whole connection, flushed per payload. */
  zlibStream: zlib.Deflate | null;
  /** Serialises zlib-stream payloads. */
  zlibQueue: Promise<void>;
  closedByServer: boolean;
  /** Code the fake closed with (the client's echo may differ). */
  serverCloseCode?: number;
}

interface Waiter<T> {
  predicate: (item: T) => boolean;
  resolve: (item: T) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

interface RouteDef {
  method: string;
  template: string;
  /** Needs `Authorization: Bot <token>` (interaction callbacks and webhook-token routes do not). */
  auth: boolean;
  handler: (req: RecordedRequest, params: Map<string, string>) => RouteResult | Promise<RouteResult>;
}

function param(params: Map<string, string>, key: string): string {
  const v = params.get(key);
  if (v === undefined) throw new Error(`missing route parameter ${key}`);
  return v;
}

// ---------------------------------------------------------------------------
// FakeDiscord
// ---------------------------------------------------------------------------

export class FakeDiscord {
  /** Mutable at any time (e.g. `fake.options.interactionDeadlineMs = 100`). */
  readonly options: ResolvedOptions;

  readonly applicationId = snowflake();
  readonly botUser: ApiUser;
  readonly users: { alice: ApiUser; bob: ApiUser };
  readonly guild: { id: string; name: string; everyoneRoleId: string; botRoleId: string };
  /** Two guild text channels. */
  readonly channels: { general: ApiChannel; briefings: ApiChannel };

  /** Every REST request, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  readonly gatewayLog: GatewayRecord[] = [];
  readonly identifies: IdentifyRecord[] = [];
  readonly resumes: ResumeRecord[] = [];

  private server: http.Server | null = null;
  private wss: WebSocketServer | null = null;
  private port = 0;
  private readonly roles: ApiRole[];
  private readonly members = new Map<string, ApiMember>();
  private readonly dmChannels = new Map<string, ApiChannel>(); // by user id
  private readonly uploads = new Map<string, { bytes: Buffer; contentType: string | undefined }>(); // by attachment id
  private readonly messages = new Map<string, ApiMessage>();
  private readonly interactions = new Map<string, InteractionState>();
  private readonly interactionsByToken = new Map<string, InteractionState>();
  private readonly commands = new Map<string, ApiApplicationCommand[]>(); // key: guild id or 'global'
  private readonly commandIds = new Map<string, string>(); // `${scope}:${name}` -> id, stable across PUTs
  private readonly injections: Array<FailureInjection & { remaining: number }> = [];
  private readonly sessions: GatewaySession[] = [];
  private readonly connections = new Set<GatewayConnection>();
  private readonly requestWaiters = new Set<Waiter<RecordedRequest>>();
  private readonly gatewayWaiters = new Set<Waiter<GatewayRecord>>();
  private readonly hangingResponses = new Set<http.ServerResponse>();
  private nextConnectionId = 1;
  private routesTable: RouteDef[] = [];
  private closed = false;

  constructor(options: FakeDiscordOptions = {}) {
    this.options = {
      token: options.token,
      privilegedIntentsAllowed: options.privilegedIntentsAllowed ?? true,
      interactionDeadlineMs: options.interactionDeadlineMs ?? 3000,
      followupWindowMs: options.followupWindowMs ?? 15 * 60 * 1000,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41250,
      ackHeartbeats: options.ackHeartbeats ?? true,
      echoBotMessages: options.echoBotMessages ?? true,
      guildName: options.guildName ?? 'Briefbot Test Guild',
    };
    const user = (username: string, bot = false): ApiUser => ({
      id: bot ? this.applicationId : snowflake(),
      username,
      discriminator: bot ? '0000' : '0',
      global_name: bot ? null : username[0]?.toUpperCase() + username.slice(1),
      avatar: null,
      ...(bot ? { bot: true } : {}),
    });
    // A bot user's id equals its application's id on Discord.
    this.botUser = user('briefbot', true);
    this.users = { alice: user('alice'), bob: user('bob') };
    const guildId = snowflake();
    const botRoleId = snowflake();
    this.guild = { id: guildId, name: this.options.guildName, everyoneRoleId: guildId, botRoleId };
    const role = (id: string, name: string, position: number, permissions: string, managed: boolean): ApiRole => ({
      id,
      name,
      color: 0,
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position,
      permissions,
      managed,
      mentionable: false,
      flags: 0,
      ...(managed ? { tags: { bot_id: this.botUser.id } } : {}),
    });
    // The @everyone role has the guild's id.
    this.roles = [
      role(guildId, '@everyone', 0, EVERYONE_PERMISSIONS, false),
      role(botRoleId, 'briefbot', 1, BOT_ROLE_PERMISSIONS, true),
    ];
    const textChannel = (name: string, position: number): ApiChannel => ({
      id: snowflake(),
      type: 0,
      name,
      guild_id: guildId,
      position,
      parent_id: null,
      topic: null,
      nsfw: false,
      permission_overwrites: [],
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0,
    });
    this.channels = { general: textChannel('general', 0), briefings: textChannel('briefings', 1) };
    const joinedAt = new Date(Date.now() - 86_400_000).toISOString();
    this.members.set(this.botUser.id, this.defaultMember(this.botUser, [botRoleId], joinedAt));
    this.members.set(this.users.alice.id, this.defaultMember(this.users.alice, [], joinedAt));
    this.members.set(this.users.bob.id, this.defaultMember(this.users.bob, [], joinedAt));
    this.routesTable = this.buildRoutes();
  }

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

  /** Pass as `new Client({ rest: { api: fake.apiUrl } })`; discord.js appends `/v10/...`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** What `GET /gateway/bot` returns as `url` (discord.js appends `?v=10&encoding=json`). */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  /** Sent as READY `resume_gateway_url`; a RESUME arriving here proves discord.js used it. */
  get resumeGatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/resume-gateway`;
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

  /** Messages the fake stores for a channel, oldest first. */
  channelMessages(channelId: string): ApiMessage[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId);
  }

  getMessage(messageId: string): ApiMessage | undefined {
    return this.messages.get(messageId);
  }

  /** The @original message of an interaction (reply, deferred placeholder, or the component's message). */
  originalMessageOf(interactionId: string): ApiMessage | undefined {
    const id = this.interactions.get(interactionId)?.originalMessageId;
    return id !== undefined ? this.messages.get(id) : undefined;
  }

  /** Commands registered with PUT (global when guildId is omitted). */
  registeredCommands(guildId?: string): ApiApplicationCommand[] {
    return this.commands.get(guildId ?? 'global') ?? [];
  }

  /** The DM channel between the bot and `user` (created on first use). */
  dmChannel(user: ApiUser): ApiChannel {
    let ch = this.dmChannels.get(user.id);
    if (!ch) {
      ch = { id: snowflake(), type: 1, last_message_id: null, flags: 0, recipients: [user] };
      this.dmChannels.set(user.id, ch);
    }
    return ch;
  }

  /** Injects a failure (or delay) for the next matching REST request(s). */
  failNext(injection: FailureInjection): void {
    this.injections.push({ ...injection, remaining: injection.times ?? 1 });
  }

  // -------------------------------------------------------------------------
  // Gateway control
  // -------------------------------------------------------------------------

  /**
   * Closes every gateway connection with `code` (default 4000 "Unknown error", which discord.js
   * answers with RESUME). Codes after which Discord does not let a session resume (4007, 4009,
   * and the fatal 4004, 4010-4014) also invalidate the session, so a RESUME gets op 9.
   * Resolves once the sockets are closed.
   */
  async closeGateway(
    code = 4000,
    reason = 'FakeDiscord closed the connection',
    options: { invalidateSession?: boolean } = {},
  ): Promise<void> {
    const nonResumable = [4004, 4007, 4009, 4010, 4011, 4012, 4013, 4014].includes(code);
    const invalidate = options.invalidateSession ?? nonResumable;
    const closing: Array<Promise<void>> = [];
    for (const conn of this.connections) {
      if (conn.session && invalidate) conn.session.state = 'invalid';
      closing.push(this.closeConnection(conn, code, reason));
    }
    await Promise.all(closing);
  }

  /**
   * Drops every gateway connection without a closing handshake (a network failure: the client
   * sees 1006). The session stays resumable, as on Discord.
   */
  terminateGateway(): void {
    for (const conn of this.connections) conn.ws.terminate();
  }

  /** Sends op 7 RECONNECT (discord.js closes with 4200 and RESUMEs on the resume URL). */
  sendReconnect(): void {
    for (const conn of this.connections) this.sendPayload(conn, { op: 7, d: null, s: null, t: null });
  }

  /**
   * Sends op 9 INVALID_SESSION. With `resumable: true` the session waits for a RESUME (events
   * meanwhile are kept and replayed). With `resumable: false` the session is invalidated and
   * discord.js re-IDENTIFIEs (after its identify throttle: ~5 s since the last IDENTIFY,
   * unless the client has a custom `ws.buildIdentifyThrottler`).
   */
  sendInvalidSession(resumable = false): void {
    for (const conn of this.connections) {
      const session = conn.session;
      if (session) {
        // The connection is no longer authenticated: discord.js answers a resumable op 9 with a
        // RESUME on the same socket, which must not be refused as "already authenticated".
        conn.session = null;
        if (session.conn === conn) session.conn = null;
        session.state = resumable ? 'disconnected' : 'invalid';
      }
      this.sendPayload(conn, { op: 9, d: resumable, s: null, t: null });
    }
  }

  /** Sends op 1: Discord asking the client for an immediate heartbeat. */
  requestHeartbeat(): void {
    for (const conn of this.connections) this.sendPayload(conn, { op: 1, d: null, s: null, t: null });
  }

  // -------------------------------------------------------------------------
  // Roles and members (who may ask, who may add)
  // -------------------------------------------------------------------------

  /**
   * A new guild role, in GUILD_CREATE from now on (create roles before the bot connects; a
   * connected bot is sent GUILD_ROLE_CREATE, which arrives asynchronously).
   */
  addRole(name: string): ApiRole {
    const role: ApiRole = {
      id: snowflake(),
      name,
      color: 0,
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position: this.roles.length,
      permissions: '0',
      managed: false,
      mentionable: false,
      flags: 0,
    };
    this.roles.push(role);
    this.dispatch('GUILD_ROLE_CREATE', { guild_id: this.guild.id, role });
    return role;
  }

  /** A new user who is a member of the guild with `roleIds`. */
  addMember(username: string, roleIds: string[] = []): ApiUser {
    const user: ApiUser = { id: snowflake(), username, discriminator: '0', global_name: username, avatar: null };
    this.members.set(user.id, this.defaultMember(user, [...roleIds]));
    return user;
  }

  /** Replaces a member's roles: interactions, messages and member look-ups carry them from now on. */
  setMemberRoles(user: ApiUser, roleIds: string[]): void {
    const member = this.members.get(user.id);
    if (!member) throw new Error(`FakeDiscord.setMemberRoles: ${user.username} is not a member`);
    member.roles = [...roleIds];
  }

  /** GET /guilds/:guildId/members/:userId (the bot looks up a DM sender's roles). */
  private getGuildMember(guildId: string, userId: string): RouteResult {
    if (guildId !== this.guild.id) return apiError(404, 10004, 'Unknown Guild');
    const member = this.members.get(userId);
    return member ? { status: 200, body: member } : apiError(404, 10007, 'Unknown Member');
  }

  // -------------------------------------------------------------------------
  // Attachments users send (served like Discord's CDN)
  // -------------------------------------------------------------------------

  /**
   * A file a user attaches (to a slash command's attachment option), served at its `url` on
   * the loopback server as Discord's CDN serves uploads. `size` overrides the size Discord
   * declares (a huge upload need not be held in memory; a lying one).
   */
  uploadAttachment(spec: {
    filename: string;
    bytes: Uint8Array | string;
    contentType?: string;
    size?: number;
  }): ApiAttachment {
    const id = snowflake();
    const bytes = typeof spec.bytes === 'string' ? Buffer.from(spec.bytes) : Buffer.from(spec.bytes);
    const url = `http://127.0.0.1:${this.port}/attachments/${this.channels.general.id}/${id}/${encodeURIComponent(spec.filename)}?ex=${Date.now().toString(16)}`;
    const attachment: ApiAttachment = {
      id,
      filename: spec.filename,
      size: spec.size ?? bytes.length,
      url,
      proxy_url: url,
      ...(spec.contentType !== undefined ? { content_type: spec.contentType } : {}),
    };
    this.uploads.set(id, { bytes, contentType: spec.contentType });
    return attachment;
  }

  /** `data.resolved` for slash-command options that carry these attachments (their value is the attachment id). */
  resolvedAttachments(...attachments: ApiAttachment[]): JsonObject {
    return { attachments: Object.fromEntries(attachments.map((a) => [a.id, { ...a }])) } as unknown as JsonObject;
  }

  /** GET /attachments/:channelId/:attachmentId/:filename: the bytes, or 404 like the CDN. True when the path was the CDN's. */
  private serveAttachment(method: string, rawPath: string, record: RecordedRequest, res: http.ServerResponse): boolean {
    const match = /^\/attachments\/\d+\/(\d+)\/[^/]+$/.exec(rawPath);
    if (!match || method !== 'GET') return false;
    record.route = 'GET /attachments/:channelId/:attachmentId/:filename';
    const upload = this.uploads.get(match[1] ?? '');
    record.status = upload ? 200 : 404;
    if (upload) {
      res.writeHead(200, {
        'content-type': upload.contentType ?? 'application/octet-stream',
        'content-length': String(upload.bytes.length),
      });
      res.end(upload.bytes);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not Found');
    }
    this.notifyRequest(record);
    return true;
  }

  /** Dispatches an arbitrary event to every live session (for events the helpers below do not cover). */
  dispatch(t: string, d: unknown): void {
    for (const session of this.liveSessions()) this.dispatchTo(session, t, d);
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

  private dispatchInteraction(
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

  private toResponseRecord(state: InteractionState, req: RecordedRequest): InteractionResponseRecord {
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

  private normalizeOptions(
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

  private findCommand(name: string, guildId: string | undefined): ApiApplicationCommand | undefined {
    const inGuild = guildId ? this.commands.get(guildId)?.find((c) => c.name === name) : undefined;
    return inGuild ?? this.commands.get('global')?.find((c) => c.name === name);
  }

  private commandIdFor(scope: string, name: string): string {
    const key = `${scope}:${name}`;
    let id = this.commandIds.get(key);
    if (!id) {
      id = snowflake();
      this.commandIds.set(key, id);
    }
    return id;
  }

  // -------------------------------------------------------------------------
  // Internals: world model
  // -------------------------------------------------------------------------

  private userById(id: string): ApiUser | undefined {
    if (id === this.botUser.id) return this.botUser;
    return this.members.get(id)?.user;
  }

  private isDmChannel(channelId: string): boolean {
    return [...this.dmChannels.values()].some((c) => c.id === channelId);
  }

  private guildChannels(): ApiChannel[] {
    return [this.channels.general, this.channels.briefings];
  }

  private findChannel(channelId: string): ApiChannel | undefined {
    return (
      this.guildChannels().find((c) => c.id === channelId) ??
      [...this.dmChannels.values()].find((c) => c.id === channelId)
    );
  }

  private requireGuildChannel(channelId: string): ApiChannel {
    const ch = this.guildChannels().find((c) => c.id === channelId);
    if (!ch) throw new Error(`FakeDiscord: unknown guild channel ${channelId}`);
    return ch;
  }

  private defaultMember(user: ApiUser, roles: string[] = [], joinedAt = new Date().toISOString()): ApiMember {
    return {
      user,
      roles,
      joined_at: joinedAt,
      nick: null,
      avatar: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      premium_since: null,
      communication_disabled_until: null,
    };
  }

  private memberWithoutUser(member: ApiMember): Omit<ApiMember, 'user'> {
    const { user: _user, ...rest } = member;
    return rest;
  }

  private storeMessage(message: ApiMessage): void {
    this.messages.set(message.id, message);
    const ch = this.findChannel(message.channel_id);
    if (ch) ch.last_message_id = message.id;
  }

  private applicationObject(): Record<string, unknown> {
    return {
      id: this.applicationId,
      name: this.botUser.username,
      icon: null,
      description: 'FakeDiscord application',
      summary: '',
      type: null,
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: 'f'.repeat(64),
      flags: 0,
      owner: this.users.alice,
      team: null,
      bot: this.botUser,
      approximate_guild_count: 1,
      integration_types_config: { '0': {} },
    };
  }

  private guildCreatePayload(): Record<string, unknown> {
    const members = [...this.members.values()];
    return {
      id: this.guild.id,
      name: this.guild.name,
      icon: null,
      icon_hash: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: this.users.alice.id,
      afk_channel_id: null,
      afk_timeout: 300,
      widget_enabled: false,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: this.channels.general.id,
      system_channel_flags: 0,
      rules_channel_id: null,
      max_members: 500000,
      vanity_url_code: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      roles: this.roles,
      emojis: [],
      stickers: [],
      // GUILD_CREATE extra fields. Without `channels` discord.js treats the guild as unavailable.
      joined_at: this.members.get(this.botUser.id)?.joined_at ?? new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: members.length,
      voice_states: [],
      members,
      // Channels inside GUILD_CREATE have no guild_id on Discord.
      channels: this.guildChannels().map(({ guild_id: _g, ...rest }) => rest),
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // -------------------------------------------------------------------------
  // Internals: gateway
  // -------------------------------------------------------------------------

  private liveSessions(): GatewaySession[] {
    return this.sessions.filter((s) => s.state !== 'invalid');
  }

  private recordGateway(rec: GatewayRecord): void {
    this.gatewayLog.push(rec);
    for (const w of [...this.gatewayWaiters]) {
      if (w.predicate(rec)) {
        clearTimeout(w.timer);
        this.gatewayWaiters.delete(w);
        w.resolve(rec);
      }
    }
  }

  private onGatewayConnection(ws: WebSocket, url: URL): void {
    const conn: GatewayConnection = {
      id: this.nextConnectionId++,
      ws,
      path: url.pathname,
      session: null,
      identifyCompress: false,
      zlibStream: null,
      zlibQueue: Promise.resolve(),
      closedByServer: false,
    };
    this.connections.add(conn);
    this.recordGateway({ at: Date.now(), connectionId: conn.id, direction: 'open', path: url.pathname });

    ws.on('close', (code: number) => {
      this.connections.delete(conn);
      conn.zlibStream?.close();
      this.recordGateway({
        at: Date.now(),
        connectionId: conn.id,
        direction: 'close',
        code: conn.serverCloseCode ?? code,
        byServer: conn.closedByServer,
      });
      const session = conn.session;
      if (session && session.conn === conn) {
        session.conn = null;
        // Discord invalidates the session when the CLIENT closes with 1000/1001; other closes can be resumed.
        if (!conn.closedByServer && (code === 1000 || code === 1001)) session.state = 'invalid';
        else if (session.state === 'active') session.state = 'disconnected';
      }
    });
    ws.on('error', () => {
      /* socket errors end in 'close' */
    });

    // Query as @discordjs/ws sends it: ?v=10&encoding=json[&compress=zlib-stream]
    const version = url.searchParams.get('v');
    const encoding = url.searchParams.get('encoding') ?? 'json';
    if (version !== null && version !== '10') {
      void this.closeConnection(conn, 4012, 'Invalid API version');
      return;
    }
    if (encoding !== 'json') {
      // ETF is not implemented by the fake.
      void this.closeConnection(conn, 4002, 'Error while decoding payload.');
      return;
    }
    if (url.searchParams.get('compress') === 'zlib-stream') {
      const deflate = zlib.createDeflate();
      conn.zlibStream = deflate;
    }

    ws.on('message', (raw: RawData, isBinary: boolean) => this.onGatewayMessage(conn, raw, isBinary));
    this.sendPayload(conn, { op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs }, s: null, t: null });
  }

  private closeConnection(conn: GatewayConnection, code: number, reason: string): Promise<void> {
    return new Promise((resolve) => {
      if (conn.ws.readyState === WebSocket.CLOSED) {
        resolve();
        return;
      }
      conn.closedByServer = true;
      conn.serverCloseCode = code;
      conn.ws.once('close', () => resolve());
      conn.ws.close(code, reason);
      // Do not wait forever for the client's half of the closing handshake.
      setTimeout(() => {
        if (conn.ws.readyState !== WebSocket.CLOSED) conn.ws.terminate();
      }, 1000).unref();
    });
  }

  private sendPayload(
    conn: GatewayConnection,
    payload: { op: number; d: unknown; s: number | null; t: string | null },
  ): void {
    if (conn.ws.readyState !== WebSocket.OPEN) return;
    this.recordGateway({
      at: Date.now(),
      connectionId: conn.id,
      direction: 'out',
      op: payload.op,
      t: payload.t,
      s: payload.s,
    });
    const json = JSON.stringify(payload);
    if (conn.zlibStream) {
      // zlib-stream: one deflate context per connection; each payload ends with a Z_SYNC_FLUSH
      // (the 00 00 FF FF suffix the client looks for). Payloads are deflated strictly one after
      // another so each frame holds exactly one payload.
      const stream = conn.zlibStream;
      conn.zlibQueue = conn.zlibQueue.then(
        () =>
          new Promise<void>((resolve) => {
            const chunks: Buffer[] = [];
            const onData = (chunk: Buffer): void => {
              chunks.push(chunk);
            };
            stream.on('data', onData);
            stream.write(json);
            stream.flush(zlib.constants.Z_SYNC_FLUSH, () => {
              stream.off('data', onData);
              if (conn.ws.readyState === WebSocket.OPEN) conn.ws.send(Buffer.concat(chunks));
              resolve();
            });
          }),
      );
    } else if (conn.identifyCompress) {
      conn.ws.send(zlib.deflateSync(json));
    } else {
      conn.ws.send(json);
    }
  }

  private onGatewayMessage(conn: GatewayConnection, raw: RawData, isBinary: boolean): void {
    let payload: unknown;
    try {
      const text = isBinary ? zlib.inflateSync(Buffer.from(raw as Buffer)).toString() : raw.toString();
      payload = JSON.parse(text);
    } catch {
      void this.closeConnection(conn, 4002, 'Error while decoding payload.');
      return;
    }
    if (!isObject(payload) || typeof payload.op !== 'number') {
      void this.closeConnection(conn, 4002, 'Error while decoding payload.');
      return;
    }
    const op = payload.op;
    const d = payload.d;
    this.recordGateway({ at: Date.now(), connectionId: conn.id, direction: 'in', op });

    switch (op) {
      case 1: // HEARTBEAT -> HEARTBEAT_ACK
        if (this.options.ackHeartbeats) this.sendPayload(conn, { op: 11, d: null, s: null, t: null });
        return;
      case 2:
        this.onIdentify(conn, isObject(d) ? d : {});
        return;
      case 6:
        this.onResume(conn, isObject(d) ? d : {});
        return;
      case 3: // PRESENCE_UPDATE
      case 4: // VOICE_STATE_UPDATE
        if (!conn.session) void this.closeConnection(conn, 4003, 'Not authenticated.');
        return;
      case 8: // REQUEST_GUILD_MEMBERS -> one GUILD_MEMBERS_CHUNK
        if (!conn.session) {
          void this.closeConnection(conn, 4003, 'Not authenticated.');
          return;
        }
        this.dispatchTo(conn.session, 'GUILD_MEMBERS_CHUNK', {
          guild_id: isObject(d) && typeof d.guild_id === 'string' ? d.guild_id : this.guild.id,
          members: [...this.members.values()],
          chunk_index: 0,
          chunk_count: 1,
          not_found: [],
          ...(isObject(d) && typeof d.nonce === 'string' ? { nonce: d.nonce } : {}),
        });
        return;
      default:
        void this.closeConnection(conn, 4001, 'Unknown opcode.');
    }
  }

  private tokenAccepted(token: unknown): token is string {
    if (typeof token !== 'string' || token.length === 0) return false;
    return this.options.token === undefined || token === this.options.token;
  }

  private onIdentify(conn: GatewayConnection, d: JsonObject): void {
    const intents = typeof d.intents === 'number' ? d.intents : NaN;
    const record: IdentifyRecord = {
      at: Date.now(),
      token: typeof d.token === 'string' ? d.token : '',
      intents,
      properties: d.properties,
      compress: d.compress === true,
      shard: d.shard,
      accepted: false,
    };
    this.identifies.push(record);
    if (conn.session) {
      void this.closeConnection(conn, 4005, 'Already authenticated.');
      return;
    }
    if (!this.tokenAccepted(d.token)) {
      void this.closeConnection(conn, 4004, 'Authentication failed.');
      return;
    }
    if (!Number.isInteger(intents) || intents < 0 || (intents & ~ALL_KNOWN_INTENTS) !== 0) {
      void this.closeConnection(conn, 4013, 'Invalid intent(s).');
      return;
    }
    if (!this.options.privilegedIntentsAllowed && (intents & PRIVILEGED_INTENTS) !== 0) {
      void this.closeConnection(conn, 4014, 'Disallowed intent(s).');
      return;
    }
    if (Array.isArray(d.shard)) {
      const [shardId, shardCount] = d.shard;
      if (typeof shardId !== 'number' || typeof shardCount !== 'number' || shardId >= shardCount) {
        void this.closeConnection(conn, 4010, 'Invalid shard.');
        return;
      }
      if (shardCount !== 1) {
        // The fake has a single guild; discord.js only shards when told to.
        void this.closeConnection(conn, 4010, 'Invalid shard.');
        return;
      }
    }
    record.accepted = true;
    conn.identifyCompress = d.compress === true && conn.zlibStream === null;
    const session: GatewaySession = {
      id: randomBytes(16).toString('hex'),
      token: d.token as string,
      intents,
      seq: 0,
      events: [],
      conn,
      state: 'active',
    };
    this.sessions.push(session);
    conn.session = session;

    this.dispatchTo(session, 'READY', {
      v: 10,
      user: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0, email: null },
      user_settings: {},
      // Guilds start unavailable; GUILD_CREATE follows for each (discord.js waits for them).
      guilds: [{ id: this.guild.id, unavailable: true }],
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.resumeGatewayUrl,
      shard: [0, 1],
      application: { id: this.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: ['local'],
      _trace: ['["fake-discord",{"micros":0}]'],
    });
    // GUILD_CREATE needs the Guilds intent.
    if (intents & Intent.Guilds) this.dispatchTo(session, 'GUILD_CREATE', this.guildCreatePayload());
  }

  private onResume(conn: GatewayConnection, d: JsonObject): void {
    const sessionId = typeof d.session_id === 'string' ? d.session_id : '';
    const seq = typeof d.seq === 'number' ? d.seq : -1;
    const record: ResumeRecord = { at: Date.now(), sessionId, seq, accepted: false, replayed: 0 };
    this.resumes.push(record);
    if (conn.session) {
      void this.closeConnection(conn, 4005, 'Already authenticated.');
      return;
    }
    const session = this.sessions.find((s) => s.id === sessionId);
    if (
      !session ||
      session.state === 'invalid' ||
      !this.tokenAccepted(d.token) ||
      d.token !== session.token ||
      seq > session.seq ||
      seq < 0
    ) {
      // Not resumable: the client must IDENTIFY again.
      this.sendPayload(conn, { op: 9, d: false, s: null, t: null });
      return;
    }
    if (session.conn && session.conn !== conn) {
      // A newer connection takes the session over.
      void this.closeConnection(session.conn, 4000, 'Session resumed elsewhere');
    }
    record.accepted = true;
    session.conn = conn;
    session.state = 'active';
    conn.session = session;
    // Replay everything the client missed, in order, then RESUMED.
    const missed = session.events.filter((e) => e.s > seq);
    record.replayed = missed.length;
    for (const e of missed) this.sendPayload(conn, e);
    this.dispatchTo(session, 'RESUMED', null);
  }

  /** Sequences an event in a session and sends it if the session is connected (else it waits for RESUME). */
  private dispatchTo(session: GatewaySession, t: string, d: unknown): void {
    session.seq += 1;
    const event: GatewayDispatchEvent = { op: 0, t, s: session.seq, d };
    session.events.push(event);
    if (session.conn && session.state === 'active') this.sendPayload(session.conn, event);
  }

  /** MESSAGE_* events honour GUILD_MESSAGES / DIRECT_MESSAGES and the Message Content intent per session. */
  private dispatchMessageEvent(t: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE', message: ApiMessage): void {
    const dm = message.guild_id === undefined;
    for (const session of this.liveSessions()) {
      if (!(session.intents & (dm ? Intent.DirectMessages : Intent.GuildMessages))) continue;
      const exempt =
        dm || message.author.id === this.botUser.id || message.mentions.some((u) => u.id === this.botUser.id);
      if (!(session.intents & Intent.MessageContent) && !exempt) {
        // What Discord sends to apps without the Message Content intent.
        this.dispatchTo(session, t, { ...message, content: '', embeds: [], attachments: [], components: [] });
      } else {
        this.dispatchTo(session, t, message);
      }
    }
  }

  private echoMessage(t: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE' | 'MESSAGE_DELETE', message: ApiMessage): void {
    if (!this.options.echoBotMessages || (message.flags & MessageFlag.Ephemeral) !== 0) return;
    if (t === 'MESSAGE_DELETE') {
      const dm = message.guild_id === undefined;
      for (const session of this.liveSessions()) {
        if (!(session.intents & (dm ? Intent.DirectMessages : Intent.GuildMessages))) continue;
        this.dispatchTo(session, t, {
          id: message.id,
          channel_id: message.channel_id,
          ...(message.guild_id ? { guild_id: message.guild_id } : {}),
        });
      }
      return;
    }
    this.dispatchMessageEvent(t, message);
  }

  // -------------------------------------------------------------------------
  // Internals: HTTP
  // -------------------------------------------------------------------------

  private addWaiter<T>(
    set: Set<Waiter<T>>,
    predicate: (item: T) => boolean,
    timeoutMs: number,
    what: string,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          set.delete(waiter);
          reject(new Error(`FakeDiscord: timed out after ${timeoutMs} ms waiting for a matching ${what}`));
        }, timeoutMs),
      };
      set.add(waiter);
    });
  }

  private notifyRequest(req: RecordedRequest): void {
    for (const w of [...this.requestWaiters]) {
      if (w.predicate(req)) {
        clearTimeout(w.timer);
        this.requestWaiters.delete(w);
        w.resolve(req);
      }
    }
  }

  private takeInjection(method: string, path: string): FailureInjection | undefined {
    const idx = this.injections.findIndex((inj) => {
      if (inj.remaining <= 0) return false;
      if (inj.method && inj.method.toUpperCase() !== method) return false;
      if (inj.pathPattern === undefined) return true;
      return typeof inj.pathPattern === 'string' ? matchTemplate(inj.pathPattern, path) : inj.pathPattern.test(path);
    });
    if (idx < 0) return undefined;
    const inj = this.injections[idx];
    if (!inj) return undefined;
    inj.remaining -= 1;
    if (inj.remaining <= 0) this.injections.splice(idx, 1);
    return inj;
  }

  /** Plausible per-route rate-limit headers (never exhausted unless a 429 is injected). */
  private rateLimitHeaders(route: string, remaining = 4, resetAfter = 1): Record<string, string> {
    return {
      'X-RateLimit-Limit': '5',
      'X-RateLimit-Remaining': String(remaining),
      'X-RateLimit-Reset': ((Date.now() + resetAfter * 1000) / 1000).toFixed(3),
      'X-RateLimit-Reset-After': resetAfter.toFixed(3),
      'X-RateLimit-Bucket': createHash('md5').update(route).digest('hex'),
    };
  }

  /** Writes the answer; returns the headers sent. */
  private send(
    res: http.ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string>,
  ): Record<string, string> {
    if (status === 204 || body === undefined) {
      if (!res.destroyed) {
        res.writeHead(status, headers);
        res.end();
      }
      return headers;
    }
    const json = JSON.stringify(body);
    // discord.js only parses bodies whose Content-Type starts with application/json.
    const all = { ...headers, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(json)) };
    if (!res.destroyed) {
      res.writeHead(status, all);
      res.end(json);
    }
    return all;
  }

  private async handleHttp(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const at = performance.now();
    const receivedAt = Date.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const rawPath = url.pathname;
    const prefix = '/api/v10';
    const apiPath = rawPath.startsWith(`${prefix}/`) ? rawPath.slice(prefix.length) : undefined;
    const path = (apiPath ?? rawPath)
      .split('/')
      .map((seg) => {
        try {
          return decodeURIComponent(seg);
        } catch {
          return seg;
        }
      })
      .join('/');
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (typeof v === 'string') headers[k.toLowerCase()] = v;
      else if (Array.isArray(v)) headers[k.toLowerCase()] = v.join(', ');
    }
    const record: RecordedRequest = {
      seq: this.requests.length + 1,
      method,
      path,
      rawPath,
      route: '?',
      query: Object.fromEntries(url.searchParams.entries()),
      headers,
      body: undefined,
      files: [],
      receivedAt,
      at,
    };
    this.requests.push(record);
    if (apiPath === undefined && this.serveAttachment(method, rawPath, record, res)) return;

    // Body: JSON, or multipart/form-data (discord.js uses it only when files are attached) with payload_json.
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    let bodyError: RouteResult | undefined;
    const contentType = headers['content-type'] ?? '';
    if (raw.length > 0) {
      if (contentType.startsWith('multipart/form-data')) {
        try {
          const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
          for (const [field, value] of form.entries()) {
            if (typeof value === 'string') {
              if (field === 'payload_json') record.body = JSON.parse(value) as JsonValue;
            } else {
              record.files.push({ field, filename: value.name, contentType: value.type, size: value.size });
            }
          }
        } catch {
          bodyError = apiError(400, 50109, 'The request body contains invalid JSON.');
        }
      } else {
        try {
          record.body = JSON.parse(raw.toString('utf8')) as JsonValue;
        } catch {
          bodyError = apiError(400, 50109, 'The request body contains invalid JSON.');
        }
      }
    }

    bodyError ??= uploadLimitError(record.files);

    // Route lookup (also needed to attribute injected failures to an interaction).
    const match = apiPath !== undefined ? this.matchRoute(method, path) : undefined;
    if (match) {
      record.route = `${match.def.method} ${match.def.template}`;
      record.interactionId = this.interactionIdFor(match.params);
    }

    const injection = this.takeInjection(method, path);
    if (injection?.delayMs) {
      record.injected = 'delay';
      await sleep(injection.delayMs);
    }
    if (injection?.hang) {
      record.injected = 'hang';
      this.hangingResponses.add(res);
      res.on('close', () => this.hangingResponses.delete(res));
      this.notifyRequest(record);
      return;
    }

    let result: RouteResult;
    let extraHeaders: Record<string, string> = {};
    if (injection?.status !== undefined) {
      record.injected = 'status';
      ({ result, headers: extraHeaders } = this.injectedFailure(injection, record.route));
    } else if (bodyError) {
      result = bodyError;
    } else if (apiPath === undefined || !match) {
      const anyMethod = apiPath !== undefined && this.routesTable.some((r) => matchTemplate(r.template, path));
      result = anyMethod ? apiError(405, 0, '405: Method Not Allowed') : apiError(404, 0, '404: Not Found');
    } else if (match.def.auth && !this.authorized(headers.authorization)) {
      result = apiError(401, 0, '401: Unauthorized');
    } else {
      result = await match.def.handler(record, match.params);
    }

    if (injection?.loseResponse) {
      // The work is done (recorded as the status the client never sees); the answer is never sent.
      record.injected = 'lost';
      record.status = result.status;
      record.response = result.body;
      this.hangingResponses.add(res);
      res.on('close', () => this.hangingResponses.delete(res));
      this.notifyRequest(record);
      result.after?.();
      return;
    }

    const rl = extraHeaders['Retry-After'] !== undefined ? {} : this.rateLimitHeaders(`${method} ${record.route}`);
    record.responseHeaders = this.send(res, result.status, result.body, { ...rl, ...extraHeaders });
    record.status = result.status;
    record.response = result.body;
    this.notifyRequest(record);
    result.after?.();
  }

  private injectedFailure(
    inj: FailureInjection,
    route: string,
  ): { result: RouteResult; headers: Record<string, string> } {
    const status = inj.status ?? 500;
    if (status !== 429) {
      return {
        result: {
          status,
          body: inj.body ?? { message: `${status}: ${http.STATUS_CODES[status] ?? 'Error'}`, code: 0 },
        },
        headers: {},
      };
    }
    const retryAfter = inj.retryAfter ?? 1;
    // Discord's Retry-After header is in seconds; the body's retry_after is a float. The header
    // carries the exact value here so a test can use sub-second waits (discord.js reads the header).
    const headers: Record<string, string> = { 'Retry-After': String(retryAfter) };
    if (inj.global) {
      headers['X-RateLimit-Global'] = 'true';
      headers['X-RateLimit-Scope'] = 'global';
    } else {
      Object.assign(headers, this.rateLimitHeaders(route, 0, retryAfter));
      headers['X-RateLimit-Scope'] = inj.scope ?? 'user';
    }
    return {
      result: {
        status: 429,
        body: inj.body ?? {
          message: 'You are being rate limited.',
          retry_after: retryAfter,
          global: inj.global === true,
        },
      },
      headers,
    };
  }

  private authorized(header: string | undefined): boolean {
    if (!header?.startsWith('Bot ')) return false;
    return this.tokenAccepted(header.slice(4));
  }

  private matchRoute(method: string, path: string): { def: RouteDef; params: Map<string, string> } | undefined {
    const segs = path.split('/').filter(Boolean);
    for (const def of this.routesTable) {
      if (def.method !== method) continue;
      const tpl = def.template.split('/').filter(Boolean);
      if (tpl.length !== segs.length) continue;
      const params = new Map<string, string>();
      let ok = true;
      for (let i = 0; i < tpl.length; i++) {
        const t = tpl[i] ?? '';
        const s = segs[i] ?? '';
        if (t.startsWith(':')) params.set(t.slice(1), s);
        else if (t !== s) {
          ok = false;
          break;
        }
      }
      if (ok) return { def, params };
    }
    return undefined;
  }

  private interactionIdFor(params: Map<string, string>): string | undefined {
    const id = params.get('interactionId');
    if (id !== undefined) return this.interactions.has(id) ? id : undefined;
    const token = params.get('token');
    return token !== undefined ? this.interactionsByToken.get(token)?.id : undefined;
  }

  private buildRoutes(): RouteDef[] {
    const r = (method: string, template: string, auth: boolean, handler: RouteDef['handler']): RouteDef => ({
      method,
      template,
      auth,
      handler,
    });
    return [
      r('GET', '/gateway', false, () => ({ status: 200, body: { url: this.gatewayUrl } })),
      r('GET', '/gateway/bot', true, () => ({
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
        },
      })),
      r('GET', '/users/@me', true, () => ({
        status: 200,
        body: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0 },
      })),
      r('GET', '/applications/@me', true, () => ({ status: 200, body: this.applicationObject() })),
      r('GET', '/oauth2/applications/@me', true, () => ({ status: 200, body: this.applicationObject() })),
      r('GET', '/applications/:appId/commands', true, (_req, p) => this.getCommands(param(p, 'appId'), undefined)),
      r('PUT', '/applications/:appId/commands', true, (req, p) => this.putCommands(req, param(p, 'appId'), undefined)),
      r('GET', '/applications/:appId/guilds/:guildId/commands', true, (_req, p) =>
        this.getCommands(param(p, 'appId'), param(p, 'guildId')),
      ),
      r('PUT', '/applications/:appId/guilds/:guildId/commands', true, (req, p) =>
        this.putCommands(req, param(p, 'appId'), param(p, 'guildId')),
      ),
      r('POST', '/interactions/:interactionId/:token/callback', false, (req, p) =>
        this.interactionCallback(req, param(p, 'interactionId'), param(p, 'token')),
      ),
      r('POST', '/webhooks/:appId/:token', false, (req, p) =>
        this.webhookExecute(req, param(p, 'appId'), param(p, 'token')),
      ),
      r('GET', '/webhooks/:appId/:token/messages/:messageId', false, (req, p) => this.webhookMessage(req, p)),
      r('PATCH', '/webhooks/:appId/:token/messages/:messageId', false, (req, p) => this.webhookMessage(req, p)),
      r('DELETE', '/webhooks/:appId/:token/messages/:messageId', false, (req, p) => this.webhookMessage(req, p)),
      r('GET', '/guilds/:guildId/members/:userId', true, (_req, p) =>
        this.getGuildMember(param(p, 'guildId'), param(p, 'userId')),
      ),
      r('GET', '/channels/:channelId', true, (_req, p) => {
        const ch = this.findChannel(param(p, 'channelId'));
        return ch ? { status: 200, body: ch } : apiError(404, 10003, 'Unknown Channel');
      }),
      r('GET', '/channels/:channelId/messages', true, (req, p) => this.listMessages(req, param(p, 'channelId'))),
      r('POST', '/channels/:channelId/messages', true, (req, p) =>
        this.createChannelMessage(req, param(p, 'channelId')),
      ),
      r('GET', '/channels/:channelId/messages/:messageId', true, (_req, p) => {
        const m = this.messages.get(param(p, 'messageId'));
        if (!this.findChannel(param(p, 'channelId'))) return apiError(404, 10003, 'Unknown Channel');
        return m && m.channel_id === param(p, 'channelId') && (m.flags & MessageFlag.Ephemeral) === 0
          ? { status: 200, body: m }
          : apiError(404, 10008, 'Unknown Message');
      }),
      r('PATCH', '/channels/:channelId/messages/:messageId', true, (req, p) =>
        this.editChannelMessage(req, param(p, 'channelId'), param(p, 'messageId')),
      ),
      r('DELETE', '/channels/:channelId/messages/:messageId', true, (_req, p) =>
        this.deleteChannelMessage(param(p, 'channelId'), param(p, 'messageId')),
      ),
      r('POST', '/channels/:channelId/typing', true, (_req, p) =>
        this.findChannel(param(p, 'channelId')) ? { status: 204 } : apiError(404, 10003, 'Unknown Channel'),
      ),
    ];
  }

  // --- REST: commands -------------------------------------------------------

  private getCommands(appId: string, guildId: string | undefined): RouteResult {
    if (appId !== this.applicationId) return apiError(403, 50001, 'Missing Access');
    if (guildId !== undefined && guildId !== this.guild.id) return apiError(403, 50001, 'Missing Access');
    return { status: 200, body: this.registeredCommands(guildId) };
  }

  private putCommands(req: RecordedRequest, appId: string, guildId: string | undefined): RouteResult {
    if (appId !== this.applicationId) return apiError(403, 50001, 'Missing Access');
    if (guildId !== undefined && guildId !== this.guild.id) return apiError(403, 50001, 'Missing Access');
    const body = req.body;
    if (!Array.isArray(body)) {
      const errors = new FormErrors();
      errors.add([], 'LIST_TYPE_CONVERT', 'Only iterables may be used in a ListType');
      return invalidForm(errors);
    }
    const errors = new FormErrors();
    if (body.length > 100) errors.add([], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
    body.forEach((cmd, i) => validateCommand(cmd, errors, i));
    if (errors.count) return invalidForm(errors);
    const scope = guildId ?? 'global';
    const stored: ApiApplicationCommand[] = body.filter(isObject).map((cmd) => {
      const type = typeof cmd.type === 'number' ? cmd.type : 1;
      const name = String(cmd.name);
      return {
        id: this.commandIdFor(scope, `${type}:${name}`),
        application_id: this.applicationId,
        ...(guildId ? { guild_id: guildId } : {}),
        version: snowflake(),
        type,
        name,
        description: typeof cmd.description === 'string' ? cmd.description : '',
        options: Array.isArray(cmd.options) ? (cmd.options as unknown as CommandOptionDefinition[]) : [],
        default_member_permissions:
          typeof cmd.default_member_permissions === 'string' ? cmd.default_member_permissions : null,
        nsfw: cmd.nsfw === true,
        contexts: Array.isArray(cmd.contexts) ? cmd.contexts.filter((c): c is number => typeof c === 'number') : null,
        integration_types: Array.isArray(cmd.integration_types)
          ? cmd.integration_types.filter((c): c is number => typeof c === 'number')
          : [0],
      };
    });
    this.commands.set(scope, stored);
    return { status: 200, body: stored };
  }

  // --- REST: interactions ---------------------------------------------------

  private interactionCallback(req: RecordedRequest, interactionId: string, token: string): RouteResult {
    const state = this.interactions.get(interactionId);
    if (!state || state.token !== token) return apiError(404, 10062, 'Unknown interaction');
    if (state.acknowledged) return apiError(400, 40060, 'Interaction has already been acknowledged.');
    // Discord drops interactions not answered within 3 s of creation.
    if (req.at - state.dispatchedPerf > this.options.interactionDeadlineMs)
      return apiError(404, 10062, 'Unknown interaction');

    const body = req.body;
    const errors = new FormErrors();
    if (!isObject(body)) {
      errors.add(['type'], 'BASE_TYPE_REQUIRED', 'This field is required');
      return invalidForm(errors);
    }
    const type = body.type;
    // Which callback types each interaction type accepts.
    const allowed: Record<number, number[]> = { 2: [4, 5, 9], 3: [4, 5, 6, 7, 9], 4: [8], 5: [4, 5, 6, 7] };
    if (typeof type !== 'number' || !(allowed[state.type] ?? []).includes(type)) {
      errors.add(
        ['type'],
        'INTERACTION_RESPONSE_TYPE_INVALID',
        'Interaction response type is invalid for this interaction',
      );
      return invalidForm(errors);
    }
    const data = isObject(body.data) ? body.data : undefined;
    if (type === 4 || type === 7) {
      if (!data) {
        errors.add(['data'], 'BASE_TYPE_REQUIRED', 'This field is required');
        return invalidForm(errors);
      }
      validateMessageBody(data, errors, ['data']);
      if (errors.count) return invalidForm(errors);
      if (type === 4 && !hasVisibleContent({ ...data, attachments: req.files.length ? req.files : data.attachments })) {
        return apiError(400, 50006, 'Cannot send an empty message');
      }
    } else if (type === 8) {
      const choices = data?.choices;
      if (!Array.isArray(choices)) {
        errors.add(['data', 'choices'], 'BASE_TYPE_REQUIRED', 'This field is required');
      } else {
        if (choices.length > 25)
          errors.add(['data', 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
        choices.forEach((c, i) => {
          if (!isObject(c)) return;
          if (errors.required(['data', 'choices', i, 'name'], c.name))
            errors.lengthBetween(['data', 'choices', i, 'name'], c.name, 1, 100);
          if (errors.required(['data', 'choices', i, 'value'], c.value))
            errors.maxLength(['data', 'choices', i, 'value'], c.value, 100);
        });
      }
      if (errors.count) return invalidForm(errors);
    } else if (type === 9) {
      if (!data) errors.add(['data'], 'BASE_TYPE_REQUIRED', 'This field is required');
      else {
        if (errors.required(['data', 'custom_id'], data.custom_id))
          errors.lengthBetween(['data', 'custom_id'], data.custom_id, 1, 100);
        if (errors.required(['data', 'title'], data.title)) errors.lengthBetween(['data', 'title'], data.title, 1, 45);
        if (errors.required(['data', 'components'], data.components))
          errors.lengthBetween(['data', 'components'], data.components, 1, 5);
      }
      if (errors.count) return invalidForm(errors);
    }

    state.acknowledged = true;
    state.callbackType = type;
    let message: ApiMessage | undefined;
    let after: (() => void) | undefined;
    if (type === 4 || type === 5) {
      const flags = typeof data?.flags === 'number' ? data.flags : 0;
      message = this.newBotMessage({
        channelId: state.channelId,
        guildId: state.guildId,
        type: state.type === 2 ? 20 : 0,
        body: type === 4 && data ? data : {},
        files: type === 4 ? req.files : [],
        // A deferred reply is a visible "is thinking..." message (flag LOADING) until edited.
        flags:
          (flags &
            (MessageFlag.Ephemeral |
              MessageFlag.SuppressEmbeds |
              MessageFlag.SuppressNotifications |
              MessageFlag.IsComponentsV2)) |
          (type === 5 ? MessageFlag.Loading : 0),
        interaction: state,
      });
      state.originalMessageId = message.id;
      state.originalLoading = type === 5;
      const created = message;
      after = () => this.echoMessage('MESSAGE_CREATE', created);
    } else if (type === 6 || type === 7) {
      // Component interactions: @original is the message the component is on.
      state.originalMessageId = state.sourceMessageId;
      const source = state.sourceMessageId ? this.messages.get(state.sourceMessageId) : undefined;
      if (type === 7 && source && data) {
        message = this.applyEdit(source, data, req.files);
        const edited = message;
        after = () => this.echoMessage('MESSAGE_UPDATE', edited);
      } else {
        message = source;
      }
    }

    if (req.query.with_response !== 'true') return { status: 204, ...(after ? { after } : {}) };
    return {
      status: 200,
      body: {
        interaction: {
          id: state.id,
          type: state.type,
          activity_instance_id: null,
          response_message_id: message?.id ?? null,
          response_message_loading: type === 5,
          response_message_ephemeral: message ? (message.flags & MessageFlag.Ephemeral) !== 0 : false,
        },
        resource: { type, ...(message ? { message } : {}) },
      },
      ...(after ? { after } : {}),
    };
  }

  /** Resolves the interaction behind a webhook token, enforcing Discord's rules. */
  private interactionForWebhook(appId: string, token: string, now: number): InteractionState | RouteResult {
    const state = this.interactionsByToken.get(token);
    if (appId !== this.applicationId || !state) return apiError(404, 10015, 'Unknown Webhook');
    // The interaction webhook only exists once the interaction was acknowledged.
    if (!state.acknowledged) return apiError(404, 10015, 'Unknown Webhook');
    if (now - state.dispatchedPerf > this.options.followupWindowMs)
      return apiError(401, 50027, 'Invalid Webhook Token');
    return state;
  }

  private webhookExecute(req: RecordedRequest, appId: string, token: string): RouteResult {
    const found = this.interactionForWebhook(appId, token, req.at);
    if (!('token' in found)) return found;
    const state = found;
    const body = isObject(req.body) ? req.body : {};
    const errors = new FormErrors();
    validateMessageBody(body, errors, []);
    if (errors.count) return invalidForm(errors);
    if (!hasVisibleContent({ ...body, attachments: req.files.length ? req.files : body.attachments })) {
      return apiError(400, 50006, 'Cannot send an empty message');
    }
    const flags = typeof body.flags === 'number' ? body.flags : 0;
    let message: ApiMessage;
    let after: () => void;
    const original = state.originalMessageId ? this.messages.get(state.originalMessageId) : undefined;
    if (state.originalLoading && original) {
      // Discord: the first follow-up after a deferred reply replaces the "is thinking..." message
      // (keeping the deferral's ephemeral flag).
      message = this.applyEdit(original, body, req.files);
      message.flags &= ~MessageFlag.Loading;
      message.edited_timestamp = null;
      state.originalLoading = false;
      const m = message;
      after = () => this.echoMessage('MESSAGE_UPDATE', m);
    } else {
      message = this.newBotMessage({
        channelId: state.channelId,
        guildId: state.guildId,
        type: 0,
        body,
        files: req.files,
        flags:
          flags &
          (MessageFlag.Ephemeral |
            MessageFlag.SuppressEmbeds |
            MessageFlag.SuppressNotifications |
            MessageFlag.IsComponentsV2),
        interaction: state,
      });
      const m = message;
      after = () => this.echoMessage('MESSAGE_CREATE', m);
    }
    state.followupIds.add(message.id);
    // discord.js always sends ?wait=true; without it Discord answers 204.
    return req.query.wait === 'true' ? { status: 200, body: message, after } : { status: 204, after };
  }

  private webhookMessage(req: RecordedRequest, params: Map<string, string>): RouteResult {
    const found = this.interactionForWebhook(param(params, 'appId'), param(params, 'token'), req.at);
    if (!('token' in found)) return found;
    const state = found;
    const messageIdParam = param(params, 'messageId');
    const messageId = messageIdParam === '@original' ? state.originalMessageId : messageIdParam;
    const isOwn =
      messageId !== undefined && (messageId === state.originalMessageId || state.followupIds.has(messageId));
    const message = messageId !== undefined && isOwn ? this.messages.get(messageId) : undefined;
    if (!message) return apiError(404, 10008, 'Unknown Message');
    if (req.method === 'GET') return { status: 200, body: message };
    if (req.method === 'DELETE') {
      this.messages.delete(message.id);
      return { status: 204, after: () => this.echoMessage('MESSAGE_DELETE', message) };
    }
    const body = isObject(req.body) ? req.body : {};
    const errors = new FormErrors();
    validateMessageBody(body, errors, []);
    if (errors.count) return invalidForm(errors);
    const wasLoading = (message.flags & MessageFlag.Loading) !== 0;
    const candidate = { ...message, ...body };
    if (!hasVisibleContent({ ...candidate, attachments: req.files.length ? req.files : candidate.attachments })) {
      return apiError(400, 50006, 'Cannot send an empty message');
    }
    const edited = this.applyEdit(message, body, req.files);
    if (wasLoading) {
      // Editing the deferred placeholder turns it into the real answer (not shown as "edited").
      edited.flags &= ~MessageFlag.Loading;
      edited.edited_timestamp = null;
      if (message.id === state.originalMessageId) state.originalLoading = false;
    }
    return { status: 200, body: edited, after: () => this.echoMessage('MESSAGE_UPDATE', edited) };
  }

  // --- REST: channel messages ---------------------------------------------

  private listMessages(req: RecordedRequest, channelId: string): RouteResult {
    if (!this.findChannel(channelId)) return apiError(404, 10003, 'Unknown Channel');
    const limit = Math.min(100, Math.max(1, Number(req.query.limit ?? 50) || 50));
    const list = this.channelMessages(channelId)
      .filter((m) => (m.flags & MessageFlag.Ephemeral) === 0)
      .reverse()
      .slice(0, limit);
    return { status: 200, body: list };
  }

  private createChannelMessage(req: RecordedRequest, channelId: string): RouteResult {
    const channel = this.findChannel(channelId);
    if (!channel) return apiError(404, 10003, 'Unknown Channel');
    const body = isObject(req.body) ? req.body : {};
    const errors = new FormErrors();
    validateMessageBody(body, errors, []);
    let replied: ApiMessage | undefined;
    const ref = body.message_reference;
    if (isObject(ref) && typeof ref.message_id === 'string') {
      replied = this.messages.get(ref.message_id);
      if (!replied && ref.fail_if_not_exists !== false) {
        errors.add(['message_reference'], 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', 'Unknown message');
      }
    }
    if (errors.count) return invalidForm(errors);
    if (!hasVisibleContent({ ...body, attachments: req.files.length ? req.files : body.attachments })) {
      return apiError(400, 50006, 'Cannot send an empty message');
    }
    const flags = typeof body.flags === 'number' ? body.flags : 0;
    const message = this.newBotMessage({
      channelId,
      guildId: channel.guild_id ?? null,
      type: replied ? 19 : 0,
      body,
      files: req.files,
      flags: flags & (MessageFlag.SuppressEmbeds | MessageFlag.SuppressNotifications | MessageFlag.IsComponentsV2),
    });
    if (replied) {
      message.message_reference = {
        type: 0,
        message_id: replied.id,
        channel_id: replied.channel_id,
        ...(replied.guild_id ? { guild_id: replied.guild_id } : {}),
      };
      message.referenced_message = replied;
    }
    return { status: 200, body: message, after: () => this.echoMessage('MESSAGE_CREATE', message) };
  }

  private editChannelMessage(req: RecordedRequest, channelId: string, messageId: string): RouteResult {
    if (!this.findChannel(channelId)) return apiError(404, 10003, 'Unknown Channel');
    const message = this.messages.get(messageId);
    if (!message || message.channel_id !== channelId) return apiError(404, 10008, 'Unknown Message');
    if (message.author.id !== this.botUser.id)
      return apiError(403, 50005, 'Cannot edit a message authored by another user');
    const body = isObject(req.body) ? req.body : {};
    const errors = new FormErrors();
    validateMessageBody(body, errors, []);
    if (errors.count) return invalidForm(errors);
    const edited = this.applyEdit(message, body, req.files);
    return { status: 200, body: edited, after: () => this.echoMessage('MESSAGE_UPDATE', edited) };
  }

  private deleteChannelMessage(channelId: string, messageId: string): RouteResult {
    if (!this.findChannel(channelId)) return apiError(404, 10003, 'Unknown Channel');
    const message = this.messages.get(messageId);
    if (!message || message.channel_id !== channelId) return apiError(404, 10008, 'Unknown Message');
    this.messages.delete(messageId);
    return { status: 204, after: () => this.echoMessage('MESSAGE_DELETE', message) };
  }

  // --- message construction ------------------------------------------------

  private attachmentsFrom(files: RecordedFile[], channelId: string): ApiAttachment[] {
    return files.map((f) => {
      const id = snowflake();
      const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${encodeURIComponent(f.filename)}`;
      return {
        id,
        filename: f.filename,
        size: f.size,
        url,
        proxy_url: url.replace('cdn.discordapp.com', 'media.discordapp.net'),
        content_type: f.contentType,
      };
    });
  }

  private newBotMessage(args: {
    channelId: string;
    guildId: string | null;
    type: number;
    body: JsonObject;
    files: RecordedFile[];
    flags: number;
    interaction?: InteractionState;
  }): ApiMessage {
    const { body, interaction } = args;
    const member = args.guildId ? this.members.get(this.botUser.id) : undefined;
    const message: ApiMessage = {
      id: snowflake(),
      type: args.type,
      channel_id: args.channelId,
      ...(args.guildId ? { guild_id: args.guildId } : {}),
      author: this.botUser,
      ...(member && !interaction ? { member: this.memberWithoutUser(member) } : {}),
      content: typeof body.content === 'string' ? body.content : '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: body.tts === true,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: this.attachmentsFrom(args.files, args.channelId),
      embeds: Array.isArray(body.embeds)
        ? body.embeds.filter(isObject).map((e) => ({ type: 'rich', ...e }) as ApiEmbed)
        : [],
      components: Array.isArray(body.components) ? (body.components.filter(isObject) as unknown as ApiComponent[]) : [],
      pinned: false,
      flags: args.flags,
      ...(args.guildId ? {} : { channel_type: 1 }),
      ...(interaction
        ? {
            // Interaction messages are sent through the application's webhook.
            webhook_id: this.applicationId,
            application_id: this.applicationId,
            interaction_metadata: {
              id: interaction.id,
              type: interaction.type,
              ...(interaction.commandName ? { name: interaction.commandName } : {}),
              user: interaction.user,
              authorizing_integration_owners: interaction.guildId
                ? { '0': interaction.guildId }
                : { '1': interaction.user.id },
              ...(interaction.originalMessageId ? { original_response_message_id: interaction.originalMessageId } : {}),
              ...(interaction.sourceMessageId ? { interacted_message_id: interaction.sourceMessageId } : {}),
            },
          }
        : {}),
    };
    const content = message.content;
    for (const m of content.matchAll(/<@!?(\d{17,20})>/g)) {
      const u = m[1] ? this.userById(m[1]) : undefined;
      if (u && !message.mentions.some((x) => x.id === u.id)) message.mentions.push(u);
    }
    this.storeMessage(message);
    return message;
  }

  /** Applies an edit body (PATCH semantics: only fields present change). */
  private applyEdit(message: ApiMessage, body: JsonObject, files: RecordedFile[]): ApiMessage {
    if ('content' in body) message.content = typeof body.content === 'string' ? body.content : '';
    if ('embeds' in body)
      message.embeds = Array.isArray(body.embeds)
        ? body.embeds.filter(isObject).map((e) => ({ type: 'rich', ...e }) as ApiEmbed)
        : [];
    if ('components' in body)
      message.components = Array.isArray(body.components)
        ? (body.components.filter(isObject) as unknown as ApiComponent[])
        : [];
    if ('attachments' in body && Array.isArray(body.attachments)) {
      const keep = new Set(body.attachments.filter(isObject).map((a) => String(a.id)));
      message.attachments = message.attachments.filter((a) => keep.has(a.id));
    }
    if (files.length)
      message.attachments = [...message.attachments, ...this.attachmentsFrom(files, message.channel_id)];
    if (typeof body.flags === 'number') {
      // Only SUPPRESS_EMBEDS can be toggled by an edit; other flags are kept.
      message.flags = (message.flags & ~MessageFlag.SuppressEmbeds) | (body.flags & MessageFlag.SuppressEmbeds);
    }
    message.edited_timestamp = new Date().toISOString();
    return message;
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
