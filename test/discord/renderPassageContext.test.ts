import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPassageContext } from '../../src/discord/renderPassageContext.ts';
import { isUserError } from '../../src/errors.ts';
import type { DocumentRecord } from '../../src/corpus/records.ts';
import { type CoreFixture, startCore } from './discordBotHarness.ts';

const FILE = '000_bd4eabd2b5bc6d71.txt';

describe('renderPassageContext', () => {
  let fixture: CoreFixture;
  let documents: DocumentRecord[];
  let hash: string;
  beforeAll(async () => {
    fixture = await startCore();
    documents = fixture.core.sources();
    hash = documents.find((doc) => doc.file === FILE)!.hash.slice(0, 16);
  });
  afterAll(() => fixture.cleanup());

  const refusal = (promise: Promise<unknown>) => promise.then(() => 'no refusal', (error: unknown) => (isUserError(error) ? error.message : `not a UserError: ${String(error)}`));

  it('shows the cited lines in bold between the paragraphs before and after', async () => {
    const embed = await renderPassageContext({ kind: 'context', documentHash: hash, paragraph: 7, lineStart: 15, lineEnd: 15 }, documents, fixture.corpusDir);
    const [before, cited, after] = (embed.description ?? '').split('\n\n');
    expect(before).toMatch(/^"Turkish support for \(the GNA\) continues/);
    expect(cited).toBe('**Meanwhile, Commander of the National Army, Field Marshal KhalifaHaftar, is backed by Egypt, Russia, and the United Arab Emirates.**');
    expect(after).toMatch(/^The US State Department expressed/);
    expect(embed.title).toBe('‘Foreign Air Force’ Bombs Turkey-Backed Libya Government Airbase');
  });

  it('refuses unknown hashes, lines outside the file, and a file changed or removed since indexing', async () => {
    expect(await refusal(renderPassageContext({ kind: 'context', documentHash: '0'.repeat(16), paragraph: 1, lineStart: 1, lineEnd: 1 }, documents, fixture.corpusDir))).toMatch(/changed or left the corpus/);
    expect(await refusal(renderPassageContext({ kind: 'context', documentHash: hash, paragraph: 1, lineStart: 5, lineEnd: 999 }, documents, fixture.corpusDir))).toMatch(/does not fit/);
    const file = path.join(fixture.corpusDir, FILE);
    fs.chmodSync(file, 0o644);
    fs.appendFileSync(file, '\nA new line.\n');
    expect(await refusal(renderPassageContext({ kind: 'context', documentHash: hash, paragraph: 7, lineStart: 15, lineEnd: 15 }, documents, fixture.corpusDir))).toMatch(/has changed since it was indexed/);
    fs.rmSync(file);
    expect(await refusal(renderPassageContext({ kind: 'context', documentHash: hash, paragraph: 7, lineStart: 15, lineEnd: 15 }, documents, fixture.corpusDir))).toMatch(/no longer in the corpus folder/);
  });

  it('never reads outside the corpus folder, whatever the index says', async () => {
    const outside: DocumentRecord = { file: '../outside.txt', hash: 'f'.repeat(64), title: 'x', published: null, passages: 1 };
    expect(await refusal(renderPassageContext({ kind: 'context', documentHash: 'f'.repeat(16), paragraph: 1, lineStart: 1, lineEnd: 1 }, [outside], fixture.corpusDir))).toMatch(/not in the corpus/);
  });
});
