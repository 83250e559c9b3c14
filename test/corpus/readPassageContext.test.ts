import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../src/briefbot.ts';
import { renderPassageContext as renderText } from '../../src/cli/renderText.ts';
import { readPassageContext } from '../../src/corpus/readPassageContext.ts';
import type { DocumentRecord } from '../../src/corpus/records.ts';
import { renderPassageContext as renderEmbed } from '../../src/discord/renderPassageContext.ts';
import { isUserError } from '../../src/errors.ts';
import { type CoreFixture, startCore } from '../discord/discordBotHarness.ts';

const FILE = '000_bd4eabd2b5bc6d71.txt';
const KEY =
  'Meanwhile, Commander of the National Army, Field Marshal KhalifaHaftar, is backed by Egypt, Russia, and the United Arab Emirates.';

describe('Briefbot.passageContext', () => {
  let fixture: CoreFixture;
  let core: Briefbot;
  let hash: string;
  beforeAll(async () => {
    fixture = await startCore();
    core = fixture.core;
    hash = core
      .sources()
      .find((doc) => doc.file === FILE)!
      .hash.slice(0, 16);
  });
  afterAll(() => fixture.cleanup());

  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => 'no refusal',
      (error: unknown) => (isUserError(error) ? error.message : `not a UserError: ${String(error)}`),
    );

  it('gives the cited lines within their paragraph, between the paragraphs before and after', async () => {
    const context = await core.passageContext({ documentHash: hash, paragraph: 7, lineStart: 15, lineEnd: 15 });
    expect(context.previous).toMatch(/^"Turkish support for \(the GNA\) continues/);
    expect(context.cited).toEqual({ before: '', key: KEY, after: '' });
    expect(context.next).toMatch(/^The US State Department expressed/);
    expect(context).toMatchObject({
      lineFrom: 13,
      lineTo: 17,
      document: { file: FILE, title: '‘Foreign Air Force’ Bombs Turkey-Backed Libya Government Airbase' },
    });
    // A document named by file (a typed citation) is the same document.
    expect(await core.passageContext({ file: FILE, paragraph: 7, lineStart: 15, lineEnd: 15 })).toEqual(context);
  });

  it('is rendered alike by Discord (bold, in an embed) and the chat (marked)', async () => {
    const context = await core.passageContext({ documentHash: hash, paragraph: 7, lineStart: 15, lineEnd: 15 });
    const embed = renderEmbed(context);
    const [before, cited, after] = (embed.description ?? '').split('\n\n');
    expect(before).toMatch(/^"Turkish support for \(the GNA\) continues/);
    expect(cited).toBe(`**${KEY}**`);
    expect(after).toMatch(/^The US State Department expressed/);
    expect(embed.title).toBe('‘Foreign Air Force’ Bombs Turkey-Backed Libya Government Airbase');
    expect(embed.footer?.text).toBe(`Lines 13–17 of ${FILE}`);
    const text = renderText(context);
    expect(text).toContain(`In context: ${FILE} ¶7 L15 · ‘Foreign Air Force’`);
    expect(text).toContain(`    »${KEY}«`);
    expect(text).toContain(`Lines 13–17 of ${FILE}`);
  });

  it('refuses unknown documents, lines outside the file, and a file changed or removed since indexing', async () => {
    expect(
      await refusal(core.passageContext({ documentHash: '0'.repeat(16), paragraph: 1, lineStart: 1, lineEnd: 1 })),
    ).toMatch(/changed or left the corpus/);
    expect(await refusal(core.passageContext({ file: 'elsewhere.txt', paragraph: 1, lineStart: 1, lineEnd: 1 }))).toBe(
      'No document named "elsewhere.txt" in the corpus.',
    );
    expect(
      await refusal(core.passageContext({ documentHash: hash, paragraph: 1, lineStart: 5, lineEnd: 999 })),
    ).toMatch(/does not fit/);
    const file = path.join(fixture.corpusDir, FILE);
    fs.chmodSync(file, 0o644);
    fs.appendFileSync(file, '\nA new line.\n');
    expect(
      await refusal(core.passageContext({ documentHash: hash, paragraph: 7, lineStart: 15, lineEnd: 15 })),
    ).toMatch(/has changed since it was indexed/);
    fs.rmSync(file);
    expect(
      await refusal(core.passageContext({ documentHash: hash, paragraph: 7, lineStart: 15, lineEnd: 15 })),
    ).toMatch(/no longer in the corpus folder/);
  });

  it('never reads outside the corpus folder, whatever the index says', async () => {
    const outside: DocumentRecord = {
      file: '../outside.txt',
      hash: 'f'.repeat(64),
      title: 'x',
      published: null,
      passages: 1,
    };
    expect(
      await refusal(
        readPassageContext(
          { documentHash: 'f'.repeat(16), paragraph: 1, lineStart: 1, lineEnd: 1 },
          [outside],
          fixture.corpusDir,
        ),
      ),
    ).toMatch(/not in the corpus/);
  });
});
