/**
 * FakeDiscord's world (fakeDiscord.ts describes the whole): its state — users, the guild, channels,
 * messages, interactions, commands, recordings — and how they are looked up and shown as payloads.
 */
import type http from 'node:http';
import type zlib from 'node:zlib';
import type { WebSocketServer, WebSocket } from 'ws';

import type {
  ApiApplicationCommand,
  ApiChannel,
  ApiMember,
  ApiMessage,
  ApiRole,
  ApiUser,
  FailureInjection,
  FakeDiscordOptions,
  GatewayRecord,
  IdentifyRecord,
  RecordedRequest,
  ResolvedOptions,
  ResumeRecord,
} from './fakeDiscordApi.ts';
import { BOT_ROLE_PERMISSIONS, EVERYONE_PERMISSIONS, snowflake } from './fakeDiscordApi.ts';
import type { RouteResult } from './fakeFormErrors.ts';

// ---------------------------------------------------------------------------
// Internal state types
// ---------------------------------------------------------------------------

export interface InteractionState {
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

export interface GatewayDispatchEvent {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

export interface GatewaySession {
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

export interface GatewayConnection {
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

export interface Waiter<T> {
  predicate: (item: T) => boolean;
  resolve: (item: T) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export interface RouteDef {
  method: string;
  template: string;
  /** Needs `Authorization: Bot <token>` (interaction callbacks and webhook-token routes do not). */
  auth: boolean;
  handler: (req: RecordedRequest, params: Map<string, string>) => RouteResult | Promise<RouteResult>;
}

export function param(params: Map<string, string>, key: string): string {
  const v = params.get(key);
  if (v === undefined) throw new Error(`missing route parameter ${key}`);
  return v;
}

export class FakeDiscordWorld {
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

  protected server: http.Server | null = null;
  protected wss: WebSocketServer | null = null;
  protected port = 0;
  protected readonly roles: ApiRole[];
  protected readonly members = new Map<string, ApiMember>();
  protected readonly dmChannels = new Map<string, ApiChannel>(); // by user id
  protected readonly uploads = new Map<string, { bytes: Buffer; contentType: string | undefined }>(); // by attachment id
  protected readonly messages = new Map<string, ApiMessage>();
  protected readonly interactions = new Map<string, InteractionState>();
  protected readonly interactionsByToken = new Map<string, InteractionState>();
  protected readonly commands = new Map<string, ApiApplicationCommand[]>(); // key: guild id or 'global'
  protected readonly commandIds = new Map<string, string>(); // `${scope}:${name}` -> id, stable across PUTs
  protected readonly injections: Array<FailureInjection & { remaining: number }> = [];
  protected readonly sessions: GatewaySession[] = [];
  protected readonly connections = new Set<GatewayConnection>();
  protected readonly requestWaiters = new Set<Waiter<RecordedRequest>>();
  protected readonly gatewayWaiters = new Set<Waiter<GatewayRecord>>();
  protected readonly hangingResponses = new Set<http.ServerResponse>();
  protected nextConnectionId = 1;
  protected routesTable: RouteDef[] = [];
  protected closed = false;

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

  /** Messages the fake stores for a channel, oldest first. */
  channelMessages(channelId: string): ApiMessage[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId);
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

  protected commandIdFor(scope: string, name: string): string {
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

  protected userById(id: string): ApiUser | undefined {
    if (id === this.botUser.id) return this.botUser;
    return this.members.get(id)?.user;
  }

  protected isDmChannel(channelId: string): boolean {
    return [...this.dmChannels.values()].some((c) => c.id === channelId);
  }

  protected guildChannels(): ApiChannel[] {
    return [this.channels.general, this.channels.briefings];
  }

  protected findChannel(channelId: string): ApiChannel | undefined {
    return (
      this.guildChannels().find((c) => c.id === channelId) ??
      [...this.dmChannels.values()].find((c) => c.id === channelId)
    );
  }

  protected requireGuildChannel(channelId: string): ApiChannel {
    const ch = this.guildChannels().find((c) => c.id === channelId);
    if (!ch) throw new Error(`FakeDiscord: unknown guild channel ${channelId}`);
    return ch;
  }

  protected defaultMember(user: ApiUser, roles: string[] = [], joinedAt = new Date().toISOString()): ApiMember {
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

  protected memberWithoutUser(member: ApiMember): Omit<ApiMember, 'user'> {
    const { user: _user, ...rest } = member;
    return rest;
  }

  protected storeMessage(message: ApiMessage): void {
    this.messages.set(message.id, message);
    const ch = this.findChannel(message.channel_id);
    if (ch) ch.last_message_id = message.id;
  }

  protected applicationObject(): Record<string, unknown> {
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

  protected guildCreatePayload(): Record<string, unknown> {
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
}
