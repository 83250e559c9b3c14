/**
 * Who may add, end to end: /add and /remove against FakeDiscord with the real discord.js
 * client. Attachments come from the fake's CDN path; the corpus is a temp copy.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/tempCorpus.ts';
import { commands as commandList } from '../../commands/index.ts';
import { registerCommands } from '../../src/discord/registerCommands.ts';
import { MAX_FILE_BYTES } from '../../src/index/indexCorpus.ts';
import { type BotFixture, type CoreFixture, startBot, startCore, TOKEN, visibleText } from './discordBotHarness.ts';
import type { ApiUser, FakeInteraction, InteractionResponseRecord } from './fakeDiscord.ts';

const EPHEMERAL = 1 << 6;
/** A short article none of the seeds holds: what an editor adds. */
const ARTICLE = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/additions/harbour-pilots.txt'), 'utf8');
const QUESTION = 'How many tankers are at anchor outside Benghazi?';

let fixture: CoreFixture;
let bot: BotFixture;
let editor: ApiUser;
let reader: ApiUser;

beforeAll(async () => {
  fixture = await startCore();
  bot = await startBot(fixture, {
    setup: (fake) => {
      const editors = fake.addRole('briefing editors');
      editor = fake.addMember('erin', [editors.id]);
      reader = fake.addMember('rita');
      return { DISCORD_EDITOR_ROLE_IDS: editors.id };
    },
  });
  await registerCommands({
    token: TOKEN,
    applicationId: bot.fake.applicationId,
    guildId: bot.fake.guild.id,
    apiUrl: bot.fake.apiUrl,
    commands: commandList,
  });
});

afterAll(async () => {
  await bot?.stop();
  fixture?.cleanup();
});

function sendAdd(
  user: ApiUser,
  file: { filename: string; bytes: Uint8Array | string; contentType?: string; size?: number },
) {
  const attachment = bot.fake.uploadAttachment(file);
  const handle = bot.fake.sendSlashCommand({
    name: 'add',
    options: { file: attachment.id },
    resolved: bot.fake.resolvedAttachments(attachment),
    user,
  });
  return { attachment, handle };
}

/** The final answer of a deferred command: the edited reply, or the ephemeral follow-up of a failure. */
function finalResponse(handle: FakeInteraction): Promise<InteractionResponseRecord> {
  return handle.waitForResponse(
    (r) =>
      r.ok && (r.kind === 'editOriginal' || r.kind === 'followup' || (r.kind === 'callback' && r.callbackType === 4)),
  );
}

function downloaded(attachmentId: string): boolean {
  return bot.fake.requests.some(
    (r) => r.route === 'GET /attachments/:channelId/:attachmentId/:filename' && r.path.includes(`/${attachmentId}/`),
  );
}

function corpusListing(): string[] {
  return fs.readdirSync(fixture.corpusDir).sort();
}

async function ask(question: string): Promise<string> {
  const handle = bot.fake.sendSlashCommand({ name: 'ask', options: { question }, user: reader });
  return visibleText((await handle.waitForResponse((r) => r.kind === 'editOriginal' && r.ok)).payload);
}

describe('/add', () => {
  it('an editor’s attachment is downloaded, stored, indexed at once, and the next /ask cites it', async () => {
    const { handle } = sendAdd(editor, {
      filename: 'pilots strike.txt',
      bytes: ARTICLE,
      contentType: 'text/plain; charset=utf-8',
    });
    const response = await finalResponse(handle);
    expect(handle.responses()[0]).toMatchObject({ kind: 'callback', callbackType: 5 });
    expect(handle.responses()[0]?.payload?.flags).toBe(EPHEMERAL);
    const shown = visibleText(response.payload);
    expect(shown).toContain('Added to the corpus');
    expect(shown).toContain('Harbour Pilots Strike in Benghazi');
    expect(shown).toContain('(2026-12-01)');
    expect(shown).toMatch(/\d+ passages, indexed: answers cite it as `pilots_strike\.txt`/);
    expect(fs.readFileSync(path.join(fixture.corpusDir, 'pilots_strike.txt'), 'utf8')).toBe(ARTICLE);
    expect(await ask(QUESTION)).toContain('pilots_strike.txt ¶');
    const logged = fixture.logs().find((line) => line.msg === 'document added: pilots_strike.txt');
    expect(logged).toMatchObject({
      userId: editor.id,
      user: 'erin',
      via: 'discord',
      file: 'pilots_strike.txt',
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('/sources says who added a document through Discord, and when', async () => {
    const listed = await bot.fake.sendSlashCommand({ name: 'sources', user: reader }).waitForResponse();
    const line = visibleText(listed.payload)
      .split('\n')
      .find((text) => text.includes('pilots_strike.txt'));
    expect(line).toMatch(new RegExp(`added by <@${editor.id}> on \\d{4}-\\d\\d-\\d\\d$`));
  });

  it('a member without an editor role is refused before anything is downloaded', async () => {
    const before = corpusListing();
    const { attachment, handle } = sendAdd(reader, {
      filename: 'sneaky.txt',
      bytes: ARTICLE.replace('eleven', 'nine'),
    });
    const response = await finalResponse(handle);
    expect(response.payload).toMatchObject({ content: 'Only editors can add or remove documents.', flags: EPHEMERAL });
    expect(downloaded(attachment.id)).toBe(false);
    expect(corpusListing()).toEqual(before);
  });

  it.each([
    ['a path', { filename: '../escape.txt', bytes: ARTICLE.replace('eleven', 'ten') }, /may not contain a path/, false],
    [
      'a hidden file',
      { filename: '.profile.txt', bytes: ARTICLE.replace('eleven', 'ten') },
      /may not start with a dot/,
      false,
    ],
    [
      'an unsupported format',
      { filename: 'photo.png', bytes: 'x', contentType: 'image/png' },
      /not a supported format/,
      false,
    ],
    [
      'an oversized file',
      { filename: 'dump.txt', bytes: 'tiny', size: MAX_FILE_BYTES + 1 },
      /too large \(20 MB; the limit is 20 MB\)/,
      false,
    ],
    ['an empty file', { filename: 'empty.txt', bytes: '', size: 0 }, /is empty/, false],
    [
      'a binary',
      { filename: 'binary.txt', bytes: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]) },
      /cannot be read: binary file/,
      true,
    ],
    ['a duplicate', { filename: 'again.txt', bytes: ARTICLE }, /already in the corpus, as pilots\\_strike\.txt/, true],
  ])('%s: refused with the reason, nothing stored', async (_what, file, reason, fetched) => {
    const before = corpusListing();
    const { attachment, handle } = sendAdd(editor, file);
    const response = await finalResponse(handle);
    expect(response.kind).toBe('followup');
    expect(response.payload?.flags).toBe(EPHEMERAL);
    expect(response.payload?.content).toMatch(reason);
    expect(downloaded(attachment.id)).toBe(fetched);
    expect(corpusListing()).toEqual(before);
    expect(fs.existsSync(path.join(path.dirname(fixture.corpusDir), 'escape.txt'))).toBe(false);
  });

  it('a name already taken gets a suffix; the first file is untouched', async () => {
    const changed = ARTICLE.replace('eleven', 'twelve');
    const response = await finalResponse(sendAdd(editor, { filename: 'pilots_strike.txt', bytes: changed }).handle);
    expect(visibleText(response.payload)).toContain('`pilots_strike-2.txt`');
    expect(fs.readFileSync(path.join(fixture.corpusDir, 'pilots_strike.txt'), 'utf8')).toBe(ARTICLE);
    expect(fs.readFileSync(path.join(fixture.corpusDir, 'pilots_strike-2.txt'), 'utf8')).toBe(changed);
  });

  it('is registered for servers only, shown to server managers by default', () => {
    const registered = bot.fake.registeredCommands(bot.fake.guild.id);
    for (const name of ['add', 'remove']) {
      expect(registered.find((command) => command.name === name)).toMatchObject({
        contexts: [0],
        default_member_permissions: '32',
      });
    }
    expect(registered.find((command) => command.name === 'add')?.options[0]).toMatchObject({
      name: 'file',
      type: 11,
      required: true,
    });
    expect(registered.find((command) => command.name === 'ask')?.default_member_permissions).toBeNull();
  });
});

describe('/remove', () => {
  it('suggests documents to editors only', async () => {
    const suggested = await bot.fake
      .sendAutocomplete({ name: 'remove', focused: { name: 'document', value: 'pilots' }, user: editor })
      .waitForResponse();
    expect(suggested.payload?.choices?.map((choice) => choice.value)).toEqual([
      'pilots_strike-2.txt',
      'pilots_strike.txt',
    ]);
    const hidden = await bot.fake
      .sendAutocomplete({ name: 'remove', focused: { name: 'document', value: 'pilots' }, user: reader })
      .waitForResponse();
    expect(hidden.payload?.choices).toEqual([]);
  });

  it('refuses a member without an editor role', async () => {
    const response = await finalResponse(
      bot.fake.sendSlashCommand({ name: 'remove', options: { document: 'pilots_strike.txt' }, user: reader }),
    );
    expect(response.payload).toMatchObject({ content: 'Only editors can add or remove documents.', flags: EPHEMERAL });
    expect(fs.existsSync(path.join(fixture.corpusDir, 'pilots_strike.txt'))).toBe(true);
  });

  it('moves the file to the trash beside the index, and answers no longer cite it', async () => {
    for (const file of ['pilots_strike.txt', 'pilots_strike-2.txt']) {
      const handle = bot.fake.sendSlashCommand({ name: 'remove', options: { document: file }, user: editor });
      const response = await finalResponse(handle);
      expect(handle.responses()[0]?.payload?.flags).toBe(EPHEMERAL);
      expect(visibleText(response.payload)).toContain('Removed from the corpus');
      expect(fs.existsSync(path.join(fixture.corpusDir, file))).toBe(false);
    }
    const trash = fs.readdirSync(path.join(path.dirname(fixture.dbPath), 'trash'));
    expect(trash.map((name) => name.replace(/^[^_]+Z_/, '')).sort()).toEqual([
      'pilots_strike-2.txt',
      'pilots_strike.txt',
    ]);
    expect(await ask(QUESTION)).not.toContain('pilots_strike');
    const unknown = await finalResponse(
      bot.fake.sendSlashCommand({ name: 'remove', options: { document: 'pilots_strike.txt' }, user: editor }),
    );
    expect(unknown.payload?.content).toMatch(/^No document named "pilots\\_strike\.txt"/);
  });
});
