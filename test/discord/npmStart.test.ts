import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyDefaultCorpus } from '../support/tempCorpus.ts';
import { startBotProcess } from './botProcess.ts';
import { FakeDiscord } from './fakeDiscord.ts';

/**
 * `npm start` with a token: the composition root starts the bot over the core, and SIGTERM stops
 * both. The process is what `npm start` runs, in its own group (other states: shutdown.test.ts).
 */
describe('npm start with DISCORD_TOKEN', () => {
  const corpus = copyDefaultCorpus();
  const fake = new FakeDiscord();
  beforeAll(() => fake.start());
  afterAll(async () => {
    await fake.close();
    corpus.cleanup();
  });

  it('logs what it loaded, answers /ask, and shuts down cleanly on SIGTERM', async () => {
    const bot = startBotProcess(fake, corpus, 'info');
    await expect.poll(bot.stderr, { timeout: 25_000, interval: 50 }).toContain('Discord bot online');
    const online =
      bot
        .stderr()
        .split('\n')
        .find((line) => line.includes('Discord bot online')) ?? '';
    expect(JSON.parse(online)).toMatchObject({
      documents: 2,
      passages: expect.any(Number),
      search: 'keyword only',
      questionChannels: [fake.channels.briefings.id],
    });
    const handle = fake.sendSlashCommand({ name: 'ask', options: { question: 'who is Haftar backed by?' } });
    const edit = await handle.waitForResponse((r) => r.kind === 'editOriginal' && r.ok, 10_000);
    expect(edit.payload?.embeds?.[1]?.author?.name).toBe('[1] 000_bd4eabd2b5bc6d71.txt ¶7 L15');
    bot.signal('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });
    expect(bot.stderr()).toContain('shutting down');
    // It closed the gateway itself, with 1000.
    expect(fake.gatewayLog.filter((g) => g.direction === 'close').at(-1)).toMatchObject({
      code: 1000,
      byServer: false,
    });
  }, 60_000);
});
