import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  Partials,
} from 'discord.js';
import { type Command, type CommandContext, findCommand, prepareCommand } from '../../commands/command.ts';
import { commands as allCommands } from '../../commands/index.ts';
import type { BriefReply } from '../brief/briefReply.ts';
import type { Briefbot } from '../briefbot.ts';
import type { Config } from '../config.ts';
import { UserError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import {
  type AccessLevel,
  type AccessRules,
  type AnyMember,
  isAllowed,
  memberRoleIds,
  type Requester,
  refusalText,
  rolesInServers,
} from './accessPolicy.ts';
import { answerAutocomplete } from './answerAutocomplete.ts';
import { answerButton } from './answerButton.ts';
import { answerPlainMessage } from './answerPlainMessage.ts';
import { attachmentFile } from './attachmentFile.ts';
import { explainLoginFailure } from './explainLoginFailure.ts';
import { firstResponse } from './firstResponse.ts';
import { logClientEvents } from './logClientEvents.ts';
import { optionValues } from './optionValues.ts';
import { PagedReplies } from './pagedReplies.ts';
import { NO_MENTIONS, type PageMessage, pageMessage } from './pageMessage.ts';
import { renderEmbeds } from './renderEmbeds.ts';
import { replyPicture } from './replyPicture.ts';
import { reportInteractionFailure } from './reportFailure.ts';
import { INTERACTION_CALLBACK_TIMEOUT_MS, InteractionCallbackTimeouts } from './restTimeouts.ts';
import { SlidingWindowRateLimiter } from './slidingWindowRateLimiter.ts';
import { withDeadline } from './withDeadline.ts';

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

export { INTERACTION_CALLBACK_TIMEOUT_MS };

export function createDiscordBot(options: DiscordBotOptions): DiscordBot {
  return new BriefbotOnDiscord(options);
}

/**
 * The Discord interface over the core: slash commands (deferred, then answered with embeds),
 * autocomplete, paging and "Show in context" buttons, and plain questions in the configured
 * channels, DMs and mentions. Commands throw; `reportFailure.ts` is the one place that turns an
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
  private readonly access: AccessRules;
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
    const { allowedRoleIds, allowDms, editorRoleIds } = this.config.discord;
    this.access = { allowedRoleIds, allowDms, editorRoleIds };
    const requestMs = options.restTimeouts?.requestMs;
    const callbackMs = Math.min(
      options.restTimeouts?.callbackMs ?? INTERACTION_CALLBACK_TIMEOUT_MS,
      requestMs ?? Number.POSITIVE_INFINITY,
    );
    this.callbackTimeouts = new InteractionCallbackTimeouts(callbackMs);
    this.client = new Client({
      // MessageContent is privileged: without it, guild messages arrive with empty text.
      intents: [
        GatewayIntentBits.Guilds,
        GatewayIntentBits.GuildMessages,
        GatewayIntentBits.MessageContent,
        GatewayIntentBits.DirectMessages,
      ],
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
    logClientEvents(this.client, this.logger);
  }

  async start(): Promise<void> {
    const token = this.config.discord.token;
    if (!token)
      throw new UserError(
        'DISCORD_TOKEN is not set: the Discord bot needs the token from the Bot tab of your application.',
      );
    const aborted = new AbortController();
    const ready = once(this.client, Events.ClientReady, { signal: aborted.signal });
    try {
      await this.client.login(token);
      await ready;
    } catch (error) {
      aborted.abort();
      ready.catch(() => {});
      await this.client.destroy();
      throw explainLoginFailure(error, this.logger, this.config.discord.apiUrl);
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
        allowedRoles: this.access.allowedRoleIds.length > 0 ? this.access.allowedRoleIds : 'everyone',
        directMessages: this.access.allowDms,
        editorRoles: this.access.editorRoleIds,
      },
      'Discord bot online',
    );
  }

  async stop(drainMs = 5000): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.inFlight.size > 0) {
      this.logger.info({ inFlight: this.inFlight.size }, 'finishing answers in progress');
      await withDeadline(
        Promise.allSettled([...this.inFlight]).then(() => undefined),
        drainMs,
        undefined,
      );
    }
    await this.client.destroy();
  }

  stats(): DiscordBotStats {
    return {
      inFlight: this.inFlight.size,
      pagedReplies: this.pagedReplies.size,
      pagedRepliesLimit: this.pagedReplies.limit,
    };
  }

  /** Runs an event handler (which never rejects) unless stopping, keeping it in `inFlight` meanwhile. */
  private track(handler: () => Promise<void>): void {
    if (this.stopped) return;
    const running = handler();
    this.inFlight.add(running);
    const done = (): void => void this.inFlight.delete(running);
    running.then(done, done);
  }

  // --- interactions ---------------------------------------------------------------------

  private async onInteraction(interaction: Interaction): Promise<void> {
    const started = performance.now();
    try {
      if (!interaction.isAutocomplete() && !interaction.isChatInputCommand() && !interaction.isButton()) return;
      // Discord's command permissions cover only who sees a command: buttons, autocomplete and
      // commands run from a stale or forged client are checked here, all alike.
      const level = this.accessLevelOf(interaction);
      const requester = await this.requester(interaction.user.id, interaction.inGuild(), interaction.member);
      if (!isAllowed(this.access, requester, level)) {
        this.logger.debug(
          { interactionId: interaction.id, userId: interaction.user.id, guildId: interaction.guildId, level },
          'interaction refused: not allowed',
        );
        // Autocomplete gets no suggestions: entity and file names are corpus content too.
        if (interaction.isAutocomplete()) await interaction.respond([]);
        else throw new UserError(refusalText(this.access, requester, level));
        return;
      }
      if (interaction.isAutocomplete()) await answerAutocomplete(interaction, this.commands, this.context);
      else if (interaction.isChatInputCommand()) await this.onChatInput(interaction, requester);
      else if (interaction.isButton()) await this.onButton(interaction);
      else return;
      this.logger.debug(
        { interactionId: interaction.id, ms: Math.round(performance.now() - started) },
        'interaction answered',
      );
    } catch (error) {
      await reportInteractionFailure(interaction, error, this.logger);
    }
  }

  private async onChatInput(interaction: ChatInputCommandInteraction, requester: Requester): Promise<void> {
    if (!findCommand(this.commands, interaction.commandName)) {
      throw new UserError(
        `/${interaction.commandName} is not one of this bot's commands any more; the command list is out of date (npm run deploy-commands).`,
      );
    }
    const context: CommandContext = {
      ...this.context,
      // /help lists what this user may use.
      commands: this.commands.filter((candidate) => isAllowed(this.access, requester, candidate.access ?? 'ask')),
      actor: { id: interaction.user.id, name: interaction.user.username, via: 'discord' },
      openFile: (attachmentId) => {
        const attachment = interaction.options.resolved?.attachments?.get(attachmentId);
        if (!attachment) throw new UserError('The attachment did not come through; attach the file again.');
        return attachmentFile(attachment);
      },
    };
    // Validated before anything else: bad options are refused at once, not deferred nor counted.
    const prepared = prepareCommand(interaction.commandName, optionValues(interaction.options.data), this.commands);
    const flags = prepared.command.replyPrivately ? MessageFlags.Ephemeral : undefined;
    if (!prepared.command.instant) {
      this.checkRateLimit(interaction.user.id);
      // Searching may take longer than the 3 s Discord waits for a first response.
      await firstResponse(
        interaction,
        'deferred',
        () => interaction.deferReply(flags === undefined ? {} : { flags }),
        this.callbackTimeouts,
        this.logger,
      );
    }
    const reply = await prepared.run(context);
    const message = this.present(reply);
    if (interaction.deferred) await interaction.editReply(message);
    else
      await firstResponse(
        interaction,
        'replied',
        () => interaction.reply(flags === undefined ? message : { ...message, flags }),
        this.callbackTimeouts,
        this.logger,
      );
    // The text goes at once; its picture, drawn meanwhile, is added to the same message.
    const files = await this.pictureFiles(reply);
    if (files.length > 0) await interaction.editReply({ files });
  }

  private async onButton(interaction: ButtonInteraction): Promise<void> {
    await answerButton(interaction, {
      core: this.core,
      pagedReplies: this.pagedReplies,
      documentHashes: () => this.documentHashes(),
      callbackTimeouts: this.callbackTimeouts,
      logger: this.logger,
    });
  }

  // --- plain questions ------------------------------------------------------------------

  private async onMessage(message: Message): Promise<void> {
    await answerPlainMessage(message, {
      botUserId: this.client.user?.id,
      channelIds: this.config.discord.channelIds,
      access: this.access,
      commands: this.commands,
      context: this.context,
      logger: this.logger,
      requester: (userId, inGuild, member) => this.requester(userId, inGuild, member),
      checkRateLimit: (userId) => this.checkRateLimit(userId),
      present: (reply) => this.present(reply),
    });
  }

  // --- shared ---------------------------------------------------------------------------

  /** What an interaction needs: its command's level (editing for /add, /remove), asking for everything else. */
  private accessLevelOf(interaction: Interaction): AccessLevel {
    if (!interaction.isChatInputCommand() && !interaction.isAutocomplete()) return 'ask';
    return findCommand(this.commands, interaction.commandName)?.access ?? 'ask';
  }

  /**
   * Where someone acts and the roles they hold. In a server the event carries the member's
   * roles; a DM carries none, so they are looked up when the rules need them. A failed lookup
   * counts as no roles (refused), and is logged.
   */
  private async requester(userId: string, inGuild: boolean, member: AnyMember): Promise<Requester> {
    if (inGuild) return { inGuild, roleIds: memberRoleIds(member) };
    const { allowDms, allowedRoleIds, editorRoleIds } = this.access;
    if (!allowDms || allowedRoleIds.length === 0) return { inGuild, roleIds: new Set() };
    try {
      return { inGuild, roleIds: await rolesInServers(this.client, userId, [...allowedRoleIds, ...editorRoleIds]) };
    } catch (error) {
      this.logger.warn({ err: error, userId }, 'could not look up the roles of a direct message sender');
      return { inGuild, roleIds: new Set() };
    }
  }

  /** Throws the friendly refusal when the user has used up the minute. */
  private checkRateLimit(userId: string): void {
    const decision = this.rateLimiter.take(userId);
    if (decision.allowed) return;
    const limit = this.config.discord.rateLimitPerMinute;
    const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    throw new UserError(
      `Easy there: you can ask ${limit} ${limit === 1 ? 'question' : 'questions'} a minute. Try again in ${seconds} s.`,
    );
  }

  /** A reply → its first page as a message; longer replies keep their pages for "More sources". */
  private present(reply: BriefReply): PageMessage {
    const pages = renderEmbeds(reply, { questionChannelIds: this.config.discord.channelIds });
    const replyKey = pages.length > 1 ? this.pagedReplies.keep(pages) : null;
    return pageMessage(pages, 0, { replyKey, documentHashes: this.documentHashes() });
  }

  /** The reply's picture as an attachment (replyPicture); a picture that fails is logged and left out, the text goes alone. */
  private async pictureFiles(reply: BriefReply): Promise<{ attachment: Buffer; name: string }[]> {
    try {
      const picture = await replyPicture(reply);
      return picture ? [{ attachment: picture.png, name: picture.name }] : [];
    } catch (error) {
      this.logger.error({ err: error, kind: reply.kind }, 'drawing the reply’s picture failed; sending the text alone');
      return [];
    }
  }

  private documentHashes(): Map<string, string> {
    return new Map(this.core.sources().map((doc) => [doc.file, doc.hash]));
  }
}
