/**
 * End to end against FakeDiscord: pictures attached to /who-backs and /timeline, and since/until
 * on the commands that take them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotFixture, type CoreFixture, startBot, startCore, visibleText } from './discordBotHarness.ts';
import { UPLOAD_LIMITS } from './fakeUploadLimits.ts';

let core: CoreFixture;
let bot: BotFixture;
beforeAll(async () => {
  core = await startCore();
  await core.core.whoBacks('haftar'); // the support graph is read once, before the first question
  bot = await startBot(core);
});
afterAll(async () => {
  await bot?.stop();
  core?.cleanup();
});

describe('pictures and dates in Discord', () => {
  it('/who-backs haftar carries a PNG of the graph within Discord’s limits, the text answer beside it', async () => {
    const handle = bot.fake.sendSlashCommand({ name: 'who-backs', options: { entity: 'haftar' } });
    // The text goes first; the picture is added to the same message as soon as it is drawn.
    const edit = await handle.waitForResponse((r) => r.kind === 'editOriginal' && r.ok);
    expect(edit.request.files).toEqual([]);
    const pictured = await handle.waitForResponse(
      (r) => r.kind === 'editOriginal' && r.ok && r.request.files.length > 0,
      15_000,
    );
    expect(pictured.request.files).toEqual([expect.objectContaining({ filename: 'who-backs.png' })]);
    const [file] = pictured.request.files;
    expect(file!.size).toBeGreaterThan(1000);
    expect(file!.size).toBeLessThanOrEqual(UPLOAD_LIMITS.fileBytes);
    expect(pictured.payload?.embeds).toBeUndefined(); // the text answer is left as it was
    const text = visibleText(handle.originalMessage());
    expect(text).toContain('Who backs Khalifa Haftar');
    expect(text).toMatch(/Russia[\s\S]*Egypt/);
    expect(handle.originalMessage()?.attachments.map((a) => a.filename)).toEqual(['who-backs.png']);
  });

  it('/timeline haftar lists the dated events in order with citations and a strip picture', async () => {
    const handle = bot.fake.sendSlashCommand({ name: 'timeline', options: { entity: 'haftar' } });
    const edit = await handle.waitForResponse((r) => r.kind === 'editOriginal' && r.ok);
    const text = visibleText(edit.payload);
    expect(text).toContain('Timeline: Khalifa Haftar');
    const may = text.indexOf('**[1] 2020-05** (stated: “May”)');
    const strike = text.indexOf('2020-07-04** (inferred from “Saturday night”)');
    expect(may).toBeGreaterThanOrEqual(0);
    expect(strike).toBeGreaterThan(may);
    expect(text).toContain(
      '`000_bd4eabd2b5bc6d71.txt ¶4 L9` ‘Foreign Air Force’ Bombs Turkey-Backed Libya Government Airbase (2020-07-10)',
    );
    const pictured = await handle.waitForResponse(
      (r) => r.kind === 'editOriginal' && r.ok && r.request.files.length > 0,
      15_000,
    );
    expect(pictured.request.files.map((f) => f.filename)).toEqual(['timeline.png']);
  });

  it('/ask since a date after the July 10 article leaves it out, and says so when nothing is left', async () => {
    const handle = bot.fake.sendSlashCommand({
      name: 'ask',
      options: { question: 'who is Haftar backed by?', since: '2020-07-11' },
    });
    const edit = await handle.waitForResponse((r) => r.kind === 'editOriginal' && r.ok);
    const text = visibleText(edit.payload);
    expect(text).not.toContain('000_bd4eabd2b5bc6d71.txt');
    expect(text).toContain('Nothing in the corpus published since 2020-07-11 answers this.');
    expect(edit.request.files).toEqual([]);
  });

  it('refuses a date it cannot read, saying which', async () => {
    const handle = bot.fake.sendSlashCommand({ name: 'summary', options: { since: 'whenever' } });
    const response = await handle.waitForResponse();
    expect(response).toMatchObject({ kind: 'callback', callbackType: 4 }); // refused at once, not deferred
    expect(visibleText(response.payload)).toContain('/summary since: Cannot read "whenever" as a date for since');
  });
});
