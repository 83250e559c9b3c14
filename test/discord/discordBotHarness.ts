/**
 * The real bot over the real core, against FakeDiscord: a temp copy of the corpus (plus any
 * extra files), keyword-only search, the config parsed from variables as in production.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Briefbot, createBriefbot } from '../../src/briefbot.ts';
import { type Config, parseConfig } from '../../src/config.ts';
import { commands as commandList } from '../../commands/index.ts';
import { createDiscordBot, type DiscordBot, type DiscordBotOptions } from '../../src/discord/createDiscordBot.ts';
import type { Command } from '../../commands/command.ts';
import { recordingLogger } from '../support/silentLogger.ts';
import { copyDefaultCorpus } from '../support/tempCorpus.ts';
import {
  type ApiMessage,
  type FakeDiscordOptions,
  FakeDiscord,
  type RecordedRequest,
  type SentMessageBody,
} from './fakeDiscord.ts';

export const TOKEN = 'FAKE.TOKEN.value';

/** discord.js waits ~5 s between IDENTIFYs by default; tests have no reason to. */
export const noWaitIdentify = {
  buildIdentifyThrottler: () => Promise.resolve({ waitForIdentify: () => Promise.resolve() }),
};

export interface CoreFixture {
  core: Briefbot;
  corpusDir: string;
  dbPath: string;
  /** What the core logged (additions, removals, skipped files). */
  logs: ReturnType<typeof recordingLogger>['lines'];
  cleanup(): void;
}

/** The default corpus copied to a temp folder, with `extraFiles` added, indexed keyword-only. */
export async function startCore(extraFiles: Record<string, string> = {}): Promise<CoreFixture> {
  const corpus = copyDefaultCorpus();
  for (const [name, text] of Object.entries(extraFiles)) fs.writeFileSync(path.join(corpus.corpusDir, name), text);
  const { logger, lines } = recordingLogger();
  const core = await createBriefbot(
    parseConfig({ CORPUS_DIR: corpus.corpusDir, INDEX_PATH: corpus.dbPath, MODEL_ID: 'none' }),
    logger,
  );
  await core.reindex();
  return {
    core,
    corpusDir: corpus.corpusDir,
    dbPath: corpus.dbPath,
    logs: lines,
    cleanup: () => {
      core.close();
      corpus.cleanup();
    },
  };
}

export interface BotFixture {
  fake: FakeDiscord;
  discordBot: DiscordBot;
  config: Config;
  logs: ReturnType<typeof recordingLogger>['lines'];
  stop(): Promise<void>;
}

export async function startBot(
  fixture: CoreFixture,
  options: {
    rateLimitPerMinute?: number;
    commands?: readonly Command[];
    fake?: FakeDiscordOptions;
    questionChannels?: (fake: FakeDiscord) => string[];
    /** The bot's own REST timeouts, shortened by the fault tests. */
    restTimeouts?: DiscordBotOptions['restTimeouts'];
    /** Prepares the fake before the bot connects (roles, members) and returns more variables (DISCORD_ALLOWED_ROLE_IDS…). */
    setup?: (fake: FakeDiscord) => Record<string, string>;
  } = {},
): Promise<BotFixture> {
  const fake = new FakeDiscord(options.fake);
  const variables = options.setup?.(fake) ?? {};
  await fake.start();
  const config = parseConfig({
    CORPUS_DIR: fixture.corpusDir,
    INDEX_PATH: fixture.dbPath,
    MODEL_ID: 'none',
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: fake.applicationId,
    DISCORD_GUILD_ID: fake.guild.id,
    DISCORD_CHANNEL_IDS: (options.questionChannels?.(fake) ?? [fake.channels.briefings.id]).join(','),
    DISCORD_API_URL: fake.apiUrl,
    RATE_LIMIT_PER_MINUTE: String(options.rateLimitPerMinute ?? 1000),
    ...variables,
  });
  const { logger, lines } = recordingLogger();
  const discordBot = createDiscordBot({
    core: fixture.core,
    config,
    logger,
    commands: options.commands ?? commandList,
    clientOptions: { ws: noWaitIdentify },
    ...(options.restTimeouts ? { restTimeouts: options.restTimeouts } : {}),
  });
  try {
    await discordBot.start();
  } catch (error) {
    await fake.close();
    throw error;
  }
  return {
    fake,
    discordBot,
    config,
    logs: lines,
    stop: async () => {
      await discordBot.stop();
      await fake.close();
    },
  };
}

/** Everything Discord would display of a message body, as one string (for "contains" checks). */
export function visibleText(body: SentMessageBody | ApiMessage | undefined): string {
  if (!body) return '';
  const parts: string[] = [body.content ?? ''];
  for (const embed of body.embeds ?? []) {
    parts.push(embed.author?.name ?? '', embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '');
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
  }
  return parts.join('\n');
}

/** Custom ids of every button in a message body. */
export function buttonIds(body: SentMessageBody | ApiMessage | undefined): string[] {
  return (body?.components ?? []).flatMap((row) => (row.components ?? []).map((button) => button.custom_id ?? ''));
}

export function buttonLabeled(body: SentMessageBody | ApiMessage | undefined, label: RegExp): string | undefined {
  return (body?.components ?? [])
    .flatMap((row) => row.components ?? [])
    .find((button) => label.test(button.label ?? ''))?.custom_id;
}

/** The bot's reply to a user message (a channel POST referencing it). */
export function replyTo(fake: FakeDiscord, messageId: string, timeoutMs = 5000): Promise<RecordedRequest> {
  return fake.waitFor(
    (r) =>
      r.route === 'POST /channels/:channelId/messages' &&
      r.status === 200 &&
      bodyOf(r).message_reference?.message_id === messageId,
    timeoutMs,
  );
}

export function bodyOf(request: RecordedRequest): SentMessageBody {
  return (request.body ?? {}) as SentMessageBody;
}

/** Discord's count toward the 6000-character limit of a message's embeds. */
export function embedTotal(body: SentMessageBody | undefined): number {
  let total = 0;
  for (const embed of body?.embeds ?? []) {
    total +=
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text.length ?? 0) +
      (embed.author?.name.length ?? 0);
    for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  }
  return total;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}
