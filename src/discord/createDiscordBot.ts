import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  type ClientOptions,
  type CommandInteractionOption,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  Partials,
  type RepliableInteraction,
  RESTEvents,
  RESTJSONErrorCodes,
  type TextBasedChannel,
} from 'discord.js';
import {
  type AutocompleteChoice,
  type Command,
  type CommandContext,
  CommandOptionError,
  findCommand,
  prepareCommand,
  type RawOptions,
  type Suggestions,
} from '../../commands/command.ts';
import { commands as allCommands } from '../../commands/index.ts';
import type { BriefReply } from '../brief/briefReply.ts';
import type { Briefbot } from '../briefbot.ts';
import type { Config } from '../config.ts';
import { isUserError, UserError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { parseButtonId } from './buttonIds.ts';
import { DISCORD_LIMITS } from './discordLimits.ts';
import { escapeDiscordText, truncate } from './escapeDiscordText.ts';
import { extractQuestion } from './extractQuestion.ts';
import { PagedReplies } from './pagedReplies.ts';
import { NO_MENTIONS, type PageMessage, pageMessage } from './pageMessage.ts';
import { renderEmbeds } from './renderEmbeds.ts';
import { renderPassageContext } from './renderPassageContext.ts';
import { INTERACTION_CALLBACK_TIMEOUT_MS, InteractionCallbackTimeouts } from './restTimeouts.ts';
import { SlidingWindowRateLimiter } from './slidingWindowRateLimiter.ts';

export interface DiscordBotOptions {
  /** The core, built once by the composition root; the bot never closes it. */
  core: Briefbot;
  config: Config;
  logger: Logger;
  commands?: readonly Command[];
  /** Merged over the options made from config (tests: a no-wait identify throttler); `rest` is merged key by key. */
  clientOptions?: Partial<ClientOptions>;
  /**
   * REST timeouts per attempt. `callbackMs`: interaction callbacks (default
   * INTERACTION_CALLBACK_TIMEOUT_MS, so a retry still lands inside Discord's 3 s); `requestMs`:
   * everything else (default discord.js's 15 s: edits and follow-ups may come up to 15 min later,
   * and a POST retried too eagerly could post twice).
   */
  restTimeouts?: { callbackMs?: number; requestMs?: number };
}

export interface DiscordBot {
  readonly client: Client;
  /** Logs in and resolves once the gateway session is ready; a refused login rejects with a UserError that says what to fix. */
  start(): Promise<void>;
  /**
   * Stops taking new events, lets answers already in progress finish (up to `drainMs`), then
   * closes the gateway connection. Safe to call twice. The core stays open: its owner closes it.
   */
  stop(drainMs?: number): Promise<void>;
  /** What the bot holds in memory, for monitoring (and the load test): all of it is bounded. */
  stats(): DiscordBotStats;
}

export interface DiscordBotStats {
  /** Event handlers still running. */
  inFlight: number;
  /** Replies whose pages are kept for "More sources", and the most that are ever kept. */
  pagedReplies: number;
  pagedRepliesLimit: number;
}

/** Shown (ephemeral) for anything that is not a UserError; the details go to the log only. */
export const GENERIC_FAILURE = 'Something went wrong while answering; the details are in the bot’s log.';

export { INTERACTION_CALLBACK_TIMEOUT_MS };

export const MESSAGE_CONTENT_INTENT_HELP =
  'Discord refused the Message Content intent (gateway close 4014, "Used disallowed intents"). ' +
  'briefbot needs it to read plain questions. Turn it on at https://discord.com/developers/applications → ' +
  'your application → Bot → Privileged Gateway Intents → MESSAGE CONTENT INTENT, save, and start briefbot again.';

/** Autocomplete answers must reach Discord within 3 s; past this, send no suggestions rather than let Discord show a failure. */
const AUTOCOMPLETE_DEADLINE_MS = 2000;
/** Discord shows "typing…" for about 10 s per request. */
const TYPING_REFRESH_MS = 8000;

export function createDiscordBot(options: DiscordBotOptions): DiscordBot {
  return new BriefbotOnDiscord(options);
}

/**
 * The Discord interface over the core: slash commands (deferred, then answered with embeds),
 * autocomplete, paging and "Show in context" buttons, and plain questions in the configured
 * channels, DMs and mentions. Commands throw; `reportFailure` is the one place that turns an
 * error into what the user sees.
 */
class BriefbotOnDiscord implements DiscordBot {
  readonly client: Client;
  private readonly core: Briefbot;
  private readonly config: Config;
  private readonly logger: Logger;
  private readonly commands: readonly Command[];
  private readonly context: CommandContext;
  private readonly rateLimiter: SlidingWindowRateLimiter;
  private readonly pagedReplies = new PagedReplies();
  /** Handlers still running, so stop() can let them finish before the core is closed under them. */
  private readonly inFlight = new Set<Promise<void>>();
  private readonly callbackTimeouts: InteractionCallbackTimeouts;
  private stopped = false;

  constructor(options: DiscordBotOptions) {
    this.core = options.core;
    this.config = options.config;
    this.logger = options.logger.child({ component: 'discord' });
    this.commands = options.commands ?? allCommands;
    this.context = { bot: this.core, commands: this.commands };
    this.rateLimiter = new SlidingWindowRateLimiter(this.config.discord.rateLimitPerMinute);
    const requestMs = options.restTimeouts?.requestMs;
    const callbackMs = Math.min(options.restTimeouts?.callbackMs ?? INTERACTION_CALLBACK_TIMEOUT_MS, requestMs ?? Number.POSITIVE_INFINITY);
    this.callbackTimeouts = new InteractionCallbackTimeouts(callbackMs);
    this.client = new Client({
      // MessageContent is privileged: without it, guild messages arrive with empty text.
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent, GatewayIntentBits.DirectMessages],
      // DM channels are not cached in advance; without this partial, DMs never reach MessageCreate.
      partials: [Partials.Channel],
      allowedMentions: NO_MENTIONS,
      ...options.clientOptions,
      rest: {
        ...(this.config.discord.apiUrl ? { api: this.config.discord.apiUrl } : {}),
        ...(requestMs !== undefined ? { timeout: requestMs } : {}),
        makeRequest: this.callbackTimeouts.makeRequest,
        ...options.clientOptions?.rest,
      },
    });
    this.client.on(Events.InteractionCreate, (interaction) => this.track(() => this.onInteraction(interaction)));
    this.client.on(Events.MessageCreate, (message) => this.track(() => this.onMessage(message)));
    this.client.on(Events.Error, (error) => this.logger.error({ err: error }, 'Discord client error'));
    this.client.on(Events.Warn, (warning) => this.logger.warn(warning));
    this.client.on(Events.ShardDisconnect, (event, shardId) => {
      if (event.code === 4014) this.logger.error(MESSAGE_CONTENT_INTENT_HELP);
      else this.logger.warn({ shardId, code: event.code }, 'Discord gateway disconnected');
    });
    this.client.on(Events.ShardResume, (shardId, replayed) => this.logger.info({ shardId, replayed }, 'Discord gateway resumed'));
    // discord.js waits out rate limits itself, mostly its own pacing (50 requests a second, the
    // buckets' remaining counts): under load that is every other request, so it is debug only.
    this.client.rest.on(RESTEvents.RateLimited, (info) =>
      this.logger.debug({ route: info.route, global: info.global, waitMs: info.timeToReset }, 'Discord rate limit: waiting before the next request'),
    );
    // A 429 from Discord itself is worth a warning (and one on an interaction callback is retried
    // without any RateLimited event): every 429 is logged here.
    this.client.rest.on(RESTEvents.Response, (request, response) => {
      if (response.status !== 429) return;
      const retryAfter = Number(response.headers.get('retry-after'));
      this.logger.warn(
        { route: request.route, method: request.method, global: response.headers.has('x-ratelimit-global'), scope: response.headers.get('x-ratelimit-scope'), retryAfterMs: Number.isFinite(retryAfter) ? Math.round(retryAfter * 1000) : undefined },
        'Discord answered 429: retrying after the wait it asked for',
      );
    });
  }

  async start(): Promise<void> {
    const token = this.config.discord.token;
    if (!token) throw new UserError('DISCORD_TOKEN is not set: the Discord bot needs the token from the Bot tab of your application.');
    const aborted = new AbortController();
    const ready = once(this.client, Events.ClientReady, { signal: aborted.signal });
    try {
      await this.client.login(token);
      await ready;
    } catch (error) {
      aborted.abort();
      ready.catch(() => {});
      await this.client.destroy();
      throw this.explainLoginFailure(error);
    }
    const documents = this.core.sources();
    this.logger.info(
      {
        user: this.client.user?.tag,
        guilds: this.client.guilds.cache.size,
        questionChannels: this.config.discord.channelIds,
        documents: documents.length,
        passages: documents.reduce((sum, doc) => sum + doc.passages, 0),
        search: this.core.mode === 'hybrid' ? `hybrid (${this.core.modelId})` : 'keyword only',
        rateLimitPerMinute: this.config.discord.rateLimitPerMinute,
      },
      'Discord bot online',
    );
  }

  async stop(drainMs = 5000): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.inFlight.size > 0) {
      this.logger.info({ inFlight: this.inFlight.size }, 'finishing answers in progress');
      await withDeadline(Promise.allSettled([...this.inFlight]).then(() => undefined), drainMs, undefined);
    }
    await this.client.destroy();
  }

  stats(): DiscordBotStats {
    return { inFlight: this.inFlight.size, pagedReplies: this.pagedReplies.size, pagedRepliesLimit: this.pagedReplies.limit };
  }

  /** Runs an event handler (which never rejects) unless stopping, keeping it in `inFlight` meanwhile. */
  private track(handler: () => Promise<void>): void {
    if (this.stopped) return;
    const running = handler();
    this.inFlight.add(running);
    const done = (): void => void this.inFlight.delete(running);
    running.then(done, done);
  }

  private explainLoginFailure(error: unknown): unknown {
    const message = error instanceof Error ? error.message : String(error);
    if (/disallowed intents/i.test(message)) {
      this.logger.error(MESSAGE_CONTENT_INTENT_HELP);
      return new UserError(MESSAGE_CONTENT_INTENT_HELP);
    }
    if (error instanceof Error && 'code' in error && error.code === 'TokenInvalid') {
      return new UserError('Discord refused DISCORD_TOKEN. Copy the token again from the Bot tab of your application (Reset Token) into .env.');
    }
    return error;
  }

  // --- interactions ---------------------------------------------------------------------

  private async onInteraction(interaction: Interaction): Promise<void> {
    const started = performance.now();
    try {
      if (interaction.isAutocomplete()) await this.onAutocomplete(interaction);
      else if (interaction.isChatInputCommand()) await this.onChatInput(interaction);
      else if (interaction.isButton()) await this.onButton(interaction);
      else return;
      this.logger.debug({ interactionId: interaction.id, ms: Math.round(performance.now() - started) }, 'interaction answered');
    } catch (error) {
      await this.reportFailure(interaction, error);
    }
  }

  private async onChatInput(interaction: ChatInputCommandInteraction): Promise<void> {
    if (!findCommand(this.commands, interaction.commandName)) {
      throw new UserError(`/${interaction.commandName} is not one of this bot's commands any more; the command list is out of date (npm run deploy-commands).`);
    }
    // Validated before anything else: bad options are refused at once, not deferred nor counted.
    const prepared = prepareCommand(interaction.commandName, optionValues(interaction.options.data), this.commands);
    if (!prepared.command.instant) {
      this.checkRateLimit(interaction.user.id);
      // Searching may take longer than the 3 s Discord waits for a first response.
      await this.firstResponse(interaction, 'deferred', () => interaction.deferReply());
    }
    const message = this.present(await prepared.run(this.context));
    if (interaction.deferred) await interaction.editReply(message);
    else await this.firstResponse(interaction, 'replied', () => interaction.reply(message));
  }

  /**
   * Sends an interaction's first response. When an attempt of ours was abandoned (see
   * InteractionCallbackTimeouts) and the retry meets 40060 "already acknowledged", that attempt
   * did reach Discord and only its answer was lost: the interaction is ours, carry on with it.
   * A retry meeting 10062 (its deadline passed meanwhile) may hide the same: carry on too; if the
   * first attempt did not land after all, the edit fails with Unknown Webhook, which is logged.
   * Without an abandoned attempt, 40060 means someone else answered: left to reportFailure.
   */
  private async firstResponse(interaction: RepliableInteraction, landed: 'deferred' | 'replied', send: () => Promise<unknown>): Promise<void> {
    try {
      await send();
    } catch (error) {
      const ours = isInteractionGone(error) && this.callbackTimeouts.abandonedCallback(interaction.id);
      if (!ours) throw error;
      this.logger.info({ interactionId: interaction.id, landed, code: error.code }, 'an earlier attempt of the first response had reached Discord');
      if (landed === 'deferred') interaction.deferred = true;
      else interaction.replied = true;
    }
  }

  private async onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const command = findCommand(this.commands, interaction.commandName);
    const focused = interaction.options.getFocused(true);
    let suggestions: Suggestions = [];
    if (command?.autocomplete) {
      const pending = Promise.resolve(command.autocomplete(this.context, { name: focused.name, value: String(focused.value) }));
      suggestions = await withDeadline(pending, AUTOCOMPLETE_DEADLINE_MS, []);
    }
    await interaction.respond(toChoices(suggestions));
  }

  private async onButton(interaction: ButtonInteraction): Promise<void> {
    const action = parseButtonId(interaction.customId);
    if (!action) throw new UserError('This button is no longer in use.');
    if (action.kind === 'page') {
      const pages = this.pagedReplies.get(action.replyKey);
      if (!pages || action.page >= pages.length) throw new UserError('These results have expired. Ask again for fresh ones.');
      const page = pageMessage(pages, action.page, { replyKey: action.replyKey, documentHashes: this.documentHashes() });
      await this.firstResponse(interaction, 'replied', () => interaction.update(page));
      return;
    }
    const { documentHash, paragraph, lineStart, lineEnd } = action;
    const embed = renderPassageContext(await this.core.passageContext({ documentHash, paragraph, lineStart, lineEnd }));
    await this.firstResponse(interaction, 'replied', () => interaction.reply({ embeds: [embed], flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS }));
  }

  /** The one place an interaction's error becomes what the user sees. Never throws. */
  private async reportFailure(interaction: Interaction, error: unknown): Promise<void> {
    const context = {
      interactionId: interaction.id,
      userId: interaction.user.id,
      guildId: interaction.guildId,
      channelId: interaction.channelId,
      command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined,
      customId: interaction.isMessageComponent() ? interaction.customId : undefined,
    };
    if (isInteractionGone(error)) {
      // Too late (3 s passed) or answered elsewhere (a second instance with the same token?): nothing to tell the user.
      this.logger.warn({ ...context, code: error.code }, 'interaction expired or already acknowledged');
      return;
    }
    if (!isUserError(error)) this.logger.error({ ...context, err: error }, 'interaction failed');
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
        return;
      }
      if (!interaction.isRepliable()) return;
      const content = isUserError(error) ? userText(error.message) : `${GENERIC_FAILURE} (Reference: ${interaction.id})`;
      const ephemeral = { content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS } as const;
      if (interaction.deferred && !interaction.replied) {
        // The deferred "thinking…" message is public; the failure is for the asker only.
        await interaction.deleteReply().catch((deleteError: unknown) => this.logger.warn({ ...context, err: deleteError }, 'could not delete the deferred reply'));
        await interaction.followUp(ephemeral);
      } else if (interaction.replied || interaction.deferred) {
        await interaction.followUp(ephemeral);
      } else {
        await interaction.reply(ephemeral);
      }
    } catch (replyError) {
      if (isInteractionGone(replyError)) this.logger.warn({ ...context, code: replyError.code }, 'could not report a failure: interaction gone');
      else this.logger.error({ ...context, err: replyError }, 'could not report a failure to the user');
    }
  }

  // --- plain questions ------------------------------------------------------------------

  private async onMessage(message: Message): Promise<void> {
    // Bots include this one: its own answers come back through the gateway.
    if (message.author.bot || message.webhookId !== null || message.system) return;
    const botUserId = this.client.user?.id;
    if (!botUserId) return;
    const mentioned = message.mentions.users.has(botUserId);
    if (message.inGuild() && !mentioned && !this.isQuestionChannel(message)) return;
    const question = extractQuestion(message.content, { botUserId, addressed: mentioned });
    if (question === null) return;
    try {
      this.checkRateLimit(message.author.id);
      const ask = findCommand(this.commands, 'ask');
      if (!ask) return;
      const prepared = prepareCommand(ask.name, { [ask.textOption ?? 'question']: question }, this.commands);
      const stopTyping = keepTyping(message.channel, this.logger);
      let reply: BriefReply;
      try {
        reply = await prepared.run(this.context);
      } finally {
        stopTyping();
      }
      // Still posted if the question was deleted meanwhile, just without the reference.
      await message.reply({ ...this.present(reply), failIfNotExists: false });
    } catch (error) {
      await this.reportMessageFailure(message, error);
    }
  }

  private isQuestionChannel(message: Message<true>): boolean {
    const channels = this.config.discord.channelIds;
    if (channels.includes(message.channelId)) return true;
    // Threads opened under a question channel count as that channel.
    return message.channel.isThread() && message.channel.parentId !== null && channels.includes(message.channel.parentId);
  }

  private async reportMessageFailure(message: Message, error: unknown): Promise<void> {
    if (!isUserError(error)) {
      this.logger.error({ err: error, messageId: message.id, userId: message.author.id, channelId: message.channelId }, 'plain question failed');
    }
    // A plain question names no command nor option: only the reason is shown.
    const shown = error instanceof CommandOptionError ? error.reason : isUserError(error) ? error.message : null;
    const content = shown !== null ? userText(shown) : GENERIC_FAILURE;
    try {
      await message.reply({ content, allowedMentions: NO_MENTIONS });
    } catch (replyError) {
      this.logger.error({ err: replyError, messageId: message.id }, 'could not report a failure to the user');
    }
  }

  // --- shared ---------------------------------------------------------------------------

  /** Throws the friendly refusal when the user has used up the minute. */
  private checkRateLimit(userId: string): void {
    const decision = this.rateLimiter.take(userId);
    if (decision.allowed) return;
    const limit = this.config.discord.rateLimitPerMinute;
    const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    throw new UserError(`Easy there: you can ask ${limit} ${limit === 1 ? 'question' : 'questions'} a minute. Try again in ${seconds} s.`);
  }

  /** A reply → its first page as a message; longer replies keep their pages for "More sources". */
  private present(reply: BriefReply): PageMessage {
    const pages = renderEmbeds(reply, { questionChannelIds: this.config.discord.channelIds });
    const replyKey = pages.length > 1 ? this.pagedReplies.keep(pages) : null;
    return pageMessage(pages, 0, { replyKey, documentHashes: this.documentHashes() });
  }

  private documentHashes(): Map<string, string> {
    return new Map(this.core.sources().map((doc) => [doc.file, doc.hash]));
  }
}

/** The option values of a slash command by name, for runCommand. */
function optionValues(options: readonly CommandInteractionOption[]): RawOptions {
  const values: Record<string, string | number | boolean> = {};
  for (const option of options) if (option.value !== undefined) values[option.name] = option.value;
  return values;
}

/** Suggestions → what Discord accepts: ≤ 25 distinct choices, names and values of 1–100 characters. */
function toChoices(suggestions: Suggestions): AutocompleteChoice[] {
  const choices: AutocompleteChoice[] = [];
  const seen = new Set<string>();
  for (const suggestion of suggestions) {
    const { name, value } = typeof suggestion === 'string' ? { name: suggestion, value: suggestion } : suggestion;
    // A value cut short would name something else, so a value that does not fit is left out.
    if (value === '' || value.length > DISCORD_LIMITS.choiceValue || seen.has(value)) continue;
    seen.add(value);
    choices.push({ name: truncate(name.trim() || value, DISCORD_LIMITS.choiceName), value });
    if (choices.length === DISCORD_LIMITS.autocompleteChoices) break;
  }
  return choices;
}

/** A UserError's message as message content: escaped (it may quote the user) and within 2000 characters. */
function userText(message: string): string {
  return truncate(escapeDiscordText(message), DISCORD_LIMITS.content);
}

/** Discord no longer takes responses to this interaction: too late (10062), answered already (40060), or never acknowledged, so it has no webhook (10015). */
function isInteractionGone(error: unknown): error is DiscordAPIError {
  return (
    error instanceof DiscordAPIError &&
    (error.code === RESTJSONErrorCodes.UnknownInteraction ||
      error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged ||
      error.code === RESTJSONErrorCodes.UnknownWebhook)
  );
}

/** Shows "typing…" until the returned function is called. */
function keepTyping(channel: TextBasedChannel, logger: Logger): () => void {
  if (!channel.isSendable()) return () => {};
  const send = (): void => void channel.sendTyping().catch((error: unknown) => logger.debug({ err: error }, 'typing indicator failed'));
  send();
  const timer = setInterval(send, TYPING_REFRESH_MS);
  timer.unref();
  return () => clearInterval(timer);
}

function withDeadline<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
