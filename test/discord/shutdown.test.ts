/**
 * SIGTERM ends `npm start` cleanly in every state it can be in (online: npmStart.test.ts), against
 * FakeDiscord: the bot process (what `npm start` runs) in its own process group, signalled as
 * systemd signals it. An orderly stop exits 0; the lifetime's deadline (4.5 s) would exit 1 and
 * say so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCorpusForTest } from '../support/defaultCorpusForTest.ts';
import type { ProcessGroup } from '../support/processGroup.ts';
import { startBotProcess } from './botProcess.ts';
import { FakeDiscord } from './fakeDiscord.ts';

const CALLBACK = '/interactions/:id/:token/callback';

async function withFake(run: (fake: FakeDiscord) => Promise<void>): Promise<void> {
  const fake = new FakeDiscord();
  await fake.start();
  try {
    await run(fake);
  } finally {
    await fake.close();
  }
}

/** Sends SIGTERM and expects an orderly exit: code 0, every step done, no deadline reached. */
async function expectCleanStop(bot: ProcessGroup): Promise<void> {
  bot.signal('SIGTERM');
  expect(await bot.exited, bot.stderr().slice(-2000)).toEqual({ code: 0, signal: null });
  expect(bot.stderr()).toContain('shutting down');
  expect(bot.stderr()).toContain('stopped: index and indexing worker');
  expect(bot.stderr()).not.toContain('shutdown did not finish in time');
}

const online = (bot: ProcessGroup) =>
  expect.poll(bot.stderr, { timeout: 25_000, interval: 50 }).toContain('Discord bot online');

describe('SIGTERM stops npm start cleanly', () => {
  it(
    'with Discord gone (discord.js retrying a gateway that refuses connections)',
    () =>
      withFake(async (fake) => {
        const bot = startBotProcess(fake, defaultCorpusForTest());
        await online(bot);
        await fake.close();
        await expect
          .poll(bot.stderr, { timeout: 10_000, interval: 50 })
          .toContain('Discord gateway connection lost: reconnecting');
        await expectCleanStop(bot);
      }),
    60_000,
  );

  it(
    'mid-reconnect: the connection dropped, discord.js resuming',
    () =>
      withFake(async (fake) => {
        const bot = startBotProcess(fake, defaultCorpusForTest());
        await online(bot);
        const opens = fake.gatewayLog.filter((g) => g.direction === 'open').length;
        fake.terminateGateway();
        await expect
          .poll(() => fake.gatewayLog.filter((g) => g.direction === 'open').length, { timeout: 10_000, interval: 10 })
          .toBeGreaterThan(opens);
        await expectCleanStop(bot);
      }),
    60_000,
  );

  it(
    'while connecting: Discord never answers the login',
    () =>
      withFake(async (fake) => {
        fake.failNext({ pathPattern: '/gateway/bot', hang: true });
        const bot = startBotProcess(fake, defaultCorpusForTest());
        await fake.waitFor((request) => request.path === '/gateway/bot', 25_000);
        await expectCleanStop(bot);
      }),
    60_000,
  );

  it(
    'mid-request: an answer whose reply Discord never acknowledges',
    () =>
      withFake(async (fake) => {
        const bot = startBotProcess(fake, defaultCorpusForTest());
        await online(bot);
        fake.failNext({ method: 'POST', pathPattern: CALLBACK, hang: true });
        fake.sendSlashCommand({ name: 'ask', options: { question: 'who backs Haftar?' } });
        await fake.waitFor((request) => request.injected === 'hang', 10_000);
        await expectCleanStop(bot);
        expect(bot.stderr()).toContain('finishing answers in progress');
      }),
    60_000,
  );

  it(
    'while indexing: the worker is stopped, and the next start indexes what it had not committed',
    () =>
      withFake(async (fake) => {
        const corpus = defaultCorpusForTest();
        const paragraph = 'Officials in Tripoli said the talks on the ceasefire would resume next week in Geneva.';
        for (let i = 0; i < 600; i++)
          fs.writeFileSync(path.join(corpus.corpusDir, `wire-${i}.txt`), `Wire ${i}\n\n${paragraph} Item ${i}.\n`);
        const bot = startBotProcess(fake, corpus);
        await expect.poll(bot.stderr, { timeout: 25_000, interval: 10 }).toContain('indexing worker started');
        await expectCleanStop(bot);
        expect(bot.stderr()).not.toContain('Discord bot online');

        const again = startBotProcess(fake, corpus);
        // The documents committed before the stop answer at once; the first run adds the rest.
        await expect.poll(again.stderr, { timeout: 50_000, interval: 50 }).toContain('Discord bot online');
        await expect.poll(again.stderr, { timeout: 50_000, interval: 50 }).toMatch(/"documents":602/);
        await expectCleanStop(again);
      }),
    90_000,
  );
});
