import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Briefbot, createBriefbot } from '../../src/briefbot.ts';
import { runTerminalChat } from '../../src/cli/terminalChat.ts';
import { parseConfig } from '../../src/config.ts';
import { commands as commandList } from '../../commands/index.ts';
import { recordingLogger } from '../support/silentLogger.ts';
import { copyDefaultCorpus } from '../support/tempCorpus.ts';

describe('terminal chat', () => {
  const corpus = copyDefaultCorpus();
  let bot: Briefbot;
  beforeAll(async () => {
    const config = parseConfig({ CORPUS_DIR: corpus.corpusDir, INDEX_PATH: corpus.dbPath, MODEL_ID: 'none' });
    bot = await createBriefbot(config, recordingLogger().logger);
    await bot.reindex();
  });
  afterAll(() => {
    bot.close();
    corpus.cleanup();
  });

  async function chat(lines: string[]): Promise<string> {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const done = runTerminalChat(bot, commandList, recordingLogger().logger, { input, output });
    input.end(`${lines.join('\n')}\n`);
    await done;
    return text;
  }

  it('answers a free-text question with a cited excerpt, the answer marked', async () => {
    const out = await chat(['who is Haftar backed by?']);
    expect(out).toContain('Answer: Meanwhile, Commander of the National Army');
    expect(out).toContain('000_bd4eabd2b5bc6d71.txt ¶7 L15');
    expect(out).toContain('»Meanwhile, Commander');
  });

  it('runs slash commands as typed in Discord and explains mistakes', async () => {
    const out = await chat(['/sources', '/help', '/nope', '/ask', '/quit', 'never read']);
    expect(out).toContain('004_579dbf7128379b0f.txt · Turkey warns');
    expect(out).toContain('/sources  List the documents');
    expect(out).toContain('Unknown command /nope');
    expect(out).toContain('/ask question: Ask a question.');
    expect(out).not.toContain('never read');
  });

  it('says so when the corpus has nothing on the question', async () => {
    expect(await chat(['What is the price of coffee in Brazil?'])).toContain('Nothing in the corpus answers');
  });
});
