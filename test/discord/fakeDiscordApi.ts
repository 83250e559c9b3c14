/**
 * What FakeDiscord speaks: the shapes of Discord's API objects (only the fields the fake
 * produces or reads), its constants, what the fake records for assertions, and small helpers
 * (snowflakes, permission bits). See fakeDiscord.ts for the fake itself.
 */

// ---------------------------------------------------------------------------
// JSON and Discord object shapes (only the fields the fake produces or reads)
// ---------------------------------------------------------------------------

export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface ApiUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: string | null;
  bot?: boolean;
}

export interface ApiRole {
  id: string;
  name: string;
  color: number;
  hoist: boolean;
  icon: string | null;
  unicode_emoji: string | null;
  position: number;
  permissions: string;
  managed: boolean;
  mentionable: boolean;
  flags: number;
  tags?: { bot_id?: string };
}

export interface ApiMember {
  user: ApiUser;
  roles: string[];
  joined_at: string;
  nick: string | null;
  avatar: string | null;
  deaf: boolean;
  mute: boolean;
  flags: number;
  pending: boolean;
  premium_since: string | null;
  communication_disabled_until: string | null;
}

export interface ApiChannel {
  id: string;
  type: number;
  name?: string;
  guild_id?: string;
  position?: number;
  parent_id?: string | null;
  topic?: string | null;
  nsfw?: boolean;
  permission_overwrites?: never[];
  last_message_id: string | null;
  rate_limit_per_user?: number;
  flags: number;
  recipients?: ApiUser[];
}

export interface ApiEmbed {
  type?: string;
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  timestamp?: string;
  fields?: Array<{ name: string; value: string; inline?: boolean }>;
  footer?: { text: string; icon_url?: string };
  author?: { name: string; url?: string; icon_url?: string };
  [key: string]: unknown;
}

export interface ApiComponent {
  type: number;
  custom_id?: string;
  label?: string;
  style?: number;
  url?: string;
  disabled?: boolean;
  components?: ApiComponent[];
  [key: string]: unknown;
}

export interface ApiAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type?: string;
}

export interface ApiMessage {
  id: string;
  /** 0 default, 19 reply, 20 chat-input command response. */
  type: number;
  channel_id: string;
  guild_id?: string;
  author: ApiUser;
  member?: Omit<ApiMember, 'user'>;
  content: string;
  timestamp: string;
  edited_timestamp: string | null;
  tts: boolean;
  mention_everyone: boolean;
  mentions: ApiUser[];
  mention_roles: string[];
  attachments: ApiAttachment[];
  embeds: ApiEmbed[];
  components: ApiComponent[];
  pinned: boolean;
  flags: number;
  webhook_id?: string;
  application_id?: string;
  message_reference?: { type?: number; message_id?: string; channel_id?: string; guild_id?: string };
  referenced_message?: ApiMessage | null;
  interaction_metadata?: {
    id: string;
    type: number;
    name?: string;
    user: ApiUser;
    authorizing_integration_owners: Record<string, string>;
    original_response_message_id?: string;
    interacted_message_id?: string;
  };
  channel_type?: number;
}

export interface ApiApplicationCommand {
  id: string;
  application_id: string;
  guild_id?: string;
  version: string;
  type: number;
  name: string;
  description: string;
  options: CommandOptionDefinition[];
  default_member_permissions: string | null;
  nsfw: boolean;
  contexts: number[] | null;
  integration_types: number[];
}

export interface CommandOptionDefinition {
  type: number;
  name: string;
  description?: string;
  required?: boolean;
  autocomplete?: boolean;
  choices?: Array<{ name: string; value: string | number }>;
  options?: CommandOptionDefinition[];
  [key: string]: unknown;
}

/** Loose typed view of a message body the bot sent (callback `data`, webhook or channel body). */
export interface SentMessageBody {
  content?: string;
  embeds?: ApiEmbed[];
  components?: ApiComponent[];
  flags?: number;
  message_reference?: { message_id?: string; channel_id?: string; fail_if_not_exists?: boolean };
  allowed_mentions?: unknown;
  attachments?: Array<{ id: string | number; filename?: string }>;
  /** Autocomplete result (callback type 8). */
  choices?: Array<{ name: string; value: string | number }>;
  /** Modal (callback type 9). */
  custom_id?: string;
  title?: string;
  [key: string]: unknown;
}

// ---------------------------------------------------------------------------
// Public constants
// ---------------------------------------------------------------------------

/** Gateway intent bits used by the fake (same values as discord.js GatewayIntentBits). */
export const Intent = {
  Guilds: 1 << 0,
  GuildMembers: 1 << 1,
  GuildPresences: 1 << 8,
  GuildMessages: 1 << 9,
  DirectMessages: 1 << 12,
  MessageContent: 1 << 15,
} as const;
export const PRIVILEGED_INTENTS = Intent.GuildMembers | Intent.GuildPresences | Intent.MessageContent;
export const ALL_KNOWN_INTENTS = (1 << 26) - 1;

/** Interaction callback types (POST /interactions/:id/:token/callback `type`). */
export const CallbackType = {
  Pong: 1,
  ChannelMessageWithSource: 4,
  DeferredChannelMessageWithSource: 5,
  DeferredUpdateMessage: 6,
  UpdateMessage: 7,
  ApplicationCommandAutocompleteResult: 8,
  Modal: 9,
} as const;

export const MessageFlag = {
  Ephemeral: 1 << 6,
  Loading: 1 << 7,
  SuppressEmbeds: 1 << 2,
  SuppressNotifications: 1 << 12,
  IsComponentsV2: 1 << 15,
};

// ---------------------------------------------------------------------------
// Recording types
// ---------------------------------------------------------------------------

export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
}

export interface RecordedRequest {
  /** Arrival order, starting at 1. */
  seq: number;
  method: string;
  /** Path after `/api/v10`, with each segment URL-decoded (`%40original` -> `@original`). */
  path: string;
  /** Path exactly as received, including `/api/v10`. */
  rawPath: string;
  /** Route template that handled it, e.g. `POST /interactions/:id/:token/callback` (`?` if none). */
  route: string;
  query: Record<string, string>;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Parsed JSON body; for multipart bodies, the parsed `payload_json` part. */
  body: JsonValue | undefined;
  files: RecordedFile[];
  /** Date.now() at arrival. */
  receivedAt: number;
  /** performance.now() at arrival (monotonic; used for interaction timings). */
  at: number;
  /** Set when the fake answered (undefined while pending or for a hanging injection). */
  status?: number;
  response?: unknown;
  /** Headers of the answer (X-RateLimit-*, Retry-After, Content-Type). */
  responseHeaders?: Record<string, string>;
  /** Why the answer was forced, if a failure was injected. */
  injected?: 'status' | 'delay' | 'hang' | 'lost';
  /** Interaction this request belongs to (callbacks and interaction-webhook calls). */
  interactionId?: string;
}

export type InteractionResponseKind =
  | 'callback'
  | 'fetchOriginal'
  | 'editOriginal'
  | 'deleteOriginal'
  | 'followup'
  | 'fetchFollowup'
  | 'editFollowup'
  | 'deleteFollowup';

export interface InteractionResponseRecord {
  kind: InteractionResponseKind;
  /** For `callback`: the callback type (4 reply, 5 defer, 6 deferred update, 7 update, 8 autocomplete, 9 modal). */
  callbackType?: number;
  /** Milliseconds between the INTERACTION_CREATE dispatch and the arrival of this request. */
  ms: number;
  status: number | undefined;
  /** True for a 2xx answer. */
  ok: boolean;
  /** Discord error code of a failed answer (e.g. 40060, 10062, 50035). */
  errorCode?: number;
  /** The message part: callback `data` or the webhook body. */
  payload: SentMessageBody | undefined;
  request: RecordedRequest;
}

export interface GatewayRecord {
  at: number;
  connectionId: number;
  direction: 'open' | 'close' | 'in' | 'out';
  op?: number;
  t?: string | null;
  s?: number | null;
  /** Close code (direction 'close'), `byServer` tells who closed. */
  code?: number;
  byServer?: boolean;
  /** Path of the WebSocket upgrade, e.g. `/gateway` or `/resume-gateway` (direction 'open'). */
  path?: string;
}

export interface IdentifyRecord {
  at: number;
  token: string;
  intents: number;
  properties: unknown;
  compress: boolean;
  shard: unknown;
  accepted: boolean;
}

export interface ResumeRecord {
  at: number;
  sessionId: string;
  seq: number;
  accepted: boolean;
  replayed: number;
}

export interface FailureInjection {
  /** HTTP method to match (default: any). */
  method?: string;
  /**
   * Path to match, after `/api/v10`, decoded. A string is a template where `:name` matches
   * one segment and a trailing `*` matches the rest, e.g. `/interactions/:id/:token/callback`;
   * a RegExp is tested against the path. Default: any path.
   */
  pathPattern?: string | RegExp;
  /** Status to answer with (429, 500, 502, ...). Omit with `delayMs` to only delay the real answer. */
  status?: number;
  /** For 429: seconds to wait (float). Sent in `Retry-After` and the body (see notes there). Default 1. */
  retryAfter?: number;
  /** For 429: a global rate limit (`X-RateLimit-Global: true`, scope `global`). */
  global?: boolean;
  /** For a non-global 429: `X-RateLimit-Scope` (default `user`). */
  scope?: 'user' | 'shared';
  /** Wait this long before answering. */
  delayMs?: number;
  /** Never answer (the socket is destroyed by `close()`); discord.js times out after `rest.timeout` and retries. */
  hang?: boolean;
  /**
   * Handle the request (it takes effect: a callback acknowledges, a message is posted), then never
   * answer: the response is lost on the way back. The client times out and retries, and the retry
   * meets the effect of the first attempt (e.g. 40060 for a second interaction callback).
   */
  loseResponse?: boolean;
  /** Number of matching requests this applies to (default 1). */
  times?: number;
  /** Error body to send instead of the default one. */
  body?: JsonObject;
}

export interface FakeDiscordOptions {
  /** If set, REST `Authorization: Bot <token>` and IDENTIFY/RESUME must use it (else 401 / close 4004). Default: any token. */
  token?: string;
  /** If false, an IDENTIFY asking for a privileged intent (members, presences, message content) is closed with 4014. Default true. */
  privilegedIntentsAllowed?: boolean;
  /** Time allowed for the initial interaction response, ms (Discord: 3000). */
  interactionDeadlineMs?: number;
  /** Validity of the interaction token for follow-ups/edits, ms (Discord: 15 min). */
  followupWindowMs?: number;
  /** heartbeat_interval sent in HELLO, ms (Discord: 41250). */
  heartbeatIntervalMs?: number;
  /** Answer heartbeats with op 11 (turn off to simulate a zombie connection). Default true. */
  ackHeartbeats?: boolean;
  /** Dispatch MESSAGE_CREATE/UPDATE/DELETE for the bot's own non-ephemeral messages, as Discord does. Default true. */
  echoBotMessages?: boolean;
  /** Name of the fake guild. */
  guildName?: string;
}

export type ResolvedOptions = Required<Omit<FakeDiscordOptions, 'token'>> & { token: string | undefined };

/** A slash-command option as sent in INTERACTION_CREATE. */
export interface InteractionOption {
  name: string;
  /** 1 sub-command, 2 group, 3 string, 4 integer, 5 boolean, 6 user, 7 channel, 8 role, 10 number. Inferred when omitted. */
  type?: number;
  value?: string | number | boolean;
  options?: InteractionOption[];
  focused?: boolean;
}

export interface InteractionTarget {
  /** Who runs the command (default: `fake.users.alice`). */
  user?: ApiUser;
  /** Channel (default: the first text channel; with `dm: true`, the user's DM channel). */
  channelId?: string;
  /** Guild (default: the fake guild; ignored with `dm: true`). */
  guildId?: string;
  /** Run it in the bot's DMs instead of the guild. */
  dm?: boolean;
  locale?: string;
}

export interface SlashCommandSpec extends InteractionTarget {
  name: string;
  /** Either full option objects or `{ optionName: value }` (types taken from the registered command, else inferred). */
  options?: InteractionOption[] | Record<string, string | number | boolean>;
  /** `data.resolved` (users/members/channels/roles) if you send such options. */
  resolved?: JsonObject;
}

export interface AutocompleteSpec extends InteractionTarget {
  name: string;
  /** Other options already filled in. */
  options?: InteractionOption[] | Record<string, string | number | boolean>;
  /** The option being typed. */
  focused: { name: string; value: string | number };
}

export interface ComponentSpec extends InteractionTarget {
  customId: string;
  /** The message carrying the component: a message object or the id of a message the fake knows. */
  message: ApiMessage | string;
  /** 2 button (default), 3 string select, ... */
  componentType?: number;
  /** Selected values for select menus. */
  values?: string[];
}

export interface UserMessageSpec {
  content: string;
  /** Default: `fake.users.alice`. */
  author?: ApiUser;
  /** Default: the first text channel (or the author's DM channel with `dm: true`). */
  channelId?: string;
  dm?: boolean;
  /** Users mentioned; `'bot'` stands for the bot user. `<@id>` mentions in `content` are also detected. */
  mentions?: Array<ApiUser | string>;
  embeds?: ApiEmbed[];
  attachments?: ApiAttachment[];
  /** Make it a reply to this message id. */
  replyTo?: string;
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

export const DISCORD_EPOCH = 1420070400000n;
let lastSnowflakeMs = 0n;
let snowflakeIncrement = 0n;

/** A fresh, unique Discord snowflake (currently 19 digits). */
export function snowflake(): string {
  let ms = BigInt(Date.now());
  if (ms <= lastSnowflakeMs) {
    snowflakeIncrement += 1n;
    if (snowflakeIncrement > 0xfffn) {
      lastSnowflakeMs += 1n;
      snowflakeIncrement = 0n;
    }
    ms = lastSnowflakeMs;
  } else {
    lastSnowflakeMs = ms;
    snowflakeIncrement = 0n;
  }
  return (((ms - DISCORD_EPOCH) << 22n) | (1n << 17n) | (1n << 12n) | snowflakeIncrement).toString();
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Length as Discord counts it (Unicode code points). */
export function textLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function permissionBits(...bits: number[]): string {
  return bits.reduce((acc, b) => acc | (1n << BigInt(b)), 0n).toString();
}

// VIEW_CHANNEL 10, SEND_MESSAGES 11, EMBED_LINKS 14, ATTACH_FILES 15, READ_MESSAGE_HISTORY 16,
// ADD_REACTIONS 6, USE_EXTERNAL_EMOJIS 18, USE_APPLICATION_COMMANDS 31, SEND_MESSAGES_IN_THREADS 38
export const EVERYONE_PERMISSIONS = permissionBits(6, 10, 11, 14, 15, 16, 18, 31, 38);
export const BOT_ROLE_PERMISSIONS = permissionBits(6, 10, 11, 13, 14, 15, 16, 18, 31, 38);
export const ALL_CHANNEL_PERMISSIONS = permissionBits(6, 10, 11, 13, 14, 15, 16, 18, 31, 38);

/** Matches a FailureInjection path template (`:x` = one segment, trailing `*` = rest). */
export function matchTemplate(template: string, path: string): boolean {
  const t = template.split('/').filter(Boolean);
  const p = path.split('/').filter(Boolean);
  for (let i = 0; i < t.length; i++) {
    const seg = t[i];
    if (seg === '*') return true;
    const actual = p[i];
    if (actual === undefined) return false;
    if (seg !== undefined && !seg.startsWith(':') && seg !== actual) return false;
  }
  return t.length === p.length;
}
