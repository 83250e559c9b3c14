import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { type Briefbot, createBriefbot } from '../../src/briefbot.ts';
import { parseConfig } from '../../src/config.ts';
import { scheduleDigest } from '../../src/discord/scheduleDigest.ts';
import { recordingLogger } from '../support/silentLogger.ts';
import { startBot, startCore, visibleText } from './discordBotHarness.ts';

const NEW_ARTICLE =
  'Published: 14 July 2020\n\nEgypt warns Turkey\n\nEgypt backs Khalifa Haftar with warplanes and advisers, officials in Cairo said on Monday.\n\nTurkey sent more drones to the GNA, the defence ministry in Ankara said.\n';
const POST = 'POST /channels/:channelId/messages';

/** A bot on the default corpus, its general channel's posts, a recording log, and a way to schedule digests there. */
async function running() {
  const fixture = await startCore();
  const bot = await startBot(fixture);
  onTestFinished(async () => {
    await bot.stop();
    fixture.cleanup();
  });
  const channelId = bot.fake.channels.general.id;
  const posts = () =>
    bot.fake.requests.filter((r) => r.route === POST && r.status === 200 && r.path.includes(channelId));
  const { logger, lines } = recordingLogger();
  const digestOf = (core: Briefbot, schedule: string, retryDelaysMs: number[]) => {
    const digest = scheduleDigest({ client: bot.discordBot.client, core, channelId, schedule, logger, retryDelaysMs });
    onTestFinished(() => digest.stop());
    return digest;
  };
  return { fixture, bot, channelId, posts, logger, lines, digestOf };
}

describe('scheduled digest, end to end against the fake Discord', () => {
  it('posts once on schedule with citations, nothing when nothing was added, and does not repeat after a restart', async () => {
    const { fixture, bot, channelId, posts, logger, lines, digestOf } = await running();
    // Every second (croner's six-field pattern): the test waits for the post itself, not for a time.
    const digest = digestOf(fixture.core, '* * * * * *', []);
    expect(digest.nextRun()).toBeInstanceOf(Date);
    expect(await digest.runNow()).toBe('baseline'); // the corpus at start is not news
    expect(posts()).toHaveLength(0);

    fs.writeFileSync(path.join(fixture.corpusDir, 'later.txt'), NEW_ARTICLE);
    const posted = await bot.fake.waitFor(
      (r) => r.route === POST && r.status === 200 && r.path.includes(channelId),
      10_000,
    );
    const message = bot.fake.channelMessages(channelId).at(-1);
    expect(visibleText(message)).toContain('**Digest** · 1 document added or changed since');
    expect(visibleText(message)).toContain('`later.txt` Egypt warns Turkey (2020-07-14)');
    expect(visibleText(message)).toMatch(/`later\.txt ¶\d+ L\d+`/); // each point cited
    expect(visibleText(message)).not.toContain('000_bd4eabd2b5bc6d71.txt');
    expect(posted.status).toBe(200);
    await digest.stop();
    expect(lines().some((line) => line.msg === 'digest posted')).toBe(true);

    // The schedule may have ticked again meanwhile: still the one post, and nothing new now.
    expect(posts()).toHaveLength(1);

    // A restart: a new core on the same index file, a new schedule.
    fixture.core.close();
    const config = parseConfig({ CORPUS_DIR: fixture.corpusDir, INDEX_PATH: fixture.dbPath, MODEL_ID: 'none' });
    const core = await createBriefbot(config, logger);
    onTestFinished(() => core.close());
    const restarted = digestOf(core, '0 8 * * *', []);
    expect(await restarted.runNow()).toBe('nothing-new');
    expect(posts()).toHaveLength(1);
  });

  it('retries a failed post and logs it; when every try fails the documents stay pending for the next digest', async () => {
    const { fixture, bot, channelId, posts, lines, digestOf } = await running();
    const digest = digestOf(fixture.core, '0 8 * * *', [10]);
    expect(await digest.runNow()).toBe('baseline');
    fs.writeFileSync(path.join(fixture.corpusDir, 'later.txt'), NEW_ARTICLE);

    bot.fake.failNext({ method: 'POST', pathPattern: `/channels/${channelId}/messages`, status: 403, times: 1 });
    expect(await digest.runNow()).toBe('posted');
    expect(posts()).toHaveLength(1);
    expect(lines().filter((line) => line.msg === 'posting the digest failed; retrying')).toHaveLength(1);

    fs.writeFileSync(
      path.join(fixture.corpusDir, 'later2.txt'),
      NEW_ARTICLE.replace('14 July', '15 July').replace('Egypt warns', 'Cairo warns'),
    );
    bot.fake.failNext({ method: 'POST', pathPattern: `/channels/${channelId}/messages`, status: 403, times: 2 });
    expect(await digest.runNow()).toBe('failed');
    expect(
      lines().some((line) => line.msg === 'digest not posted; its documents stay pending for the next digest'),
    ).toBe(true);
    expect(await digest.runNow()).toBe('posted');
    expect(visibleText(bot.fake.channelMessages(channelId).at(-1))).toContain(
      '`later2.txt` Cairo warns Turkey (2020-07-15)',
    );
    expect(posts()).toHaveLength(2);
  });
});
