import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Briefbot, createBriefbot } from '../../src/briefbot.ts';
import { runTerminalChat } from '../../src/cli/terminalChat.ts';
import { parseConfig } from '../../src/config.ts';
import type { PromptRedraw } from '../../src/logger.ts';
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

  it('takes options as in Discord or on the command line, and refuses unknown ones with the usage', async () => {
    const out = await chat([
      '/summary file: 000_bd4eabd2b5bc6d71.txt points: 3',
      '/summary topic: ceasefire',
      '/ask --k 1 who backs Haftar?',
      '/summary colour: red',
      '/ask question: who backs Haftar? k: 11',
    ]);
    expect(out).toContain('Briefing of 000_bd4eabd2b5bc6d71.txt:');
    expect(out).toContain('Briefing on "ceasefire":');
    expect(out).toContain('/summary: no option "colour". Usage: /summary [topic: …] [file: …] [points: 1–10]');
    expect(out).toContain('/ask k: Give a whole number of excerpts from 1 to 10.');
    expect(out).not.toContain('Nothing in the corpus to brief');
  });

  it("/context shows a cited passage in context, as Discord's button does", async () => {
    const numbered = await chat(['/context 1', 'who is Haftar backed by?', '/context 1', '/context 2', '/context 9']);
    expect(numbered).toContain('There is no excerpt [1] in the last answer');
    expect(numbered).toContain('(/context N shows excerpt [N] in context)');
    expect(numbered).toContain('In context: 000_bd4eabd2b5bc6d71.txt ¶7 L15');
    expect(numbered.match(/In context: /g)).toHaveLength(2);
    expect(numbered).toContain('There is no excerpt [9] in the last answer');
    const out = await chat(['/context 000_bd4eabd2b5bc6d71.txt ¶7 L15', '/context chapter 7']);
    expect(out).toContain('In context: 000_bd4eabd2b5bc6d71.txt ¶7 L15');
    expect(out).toContain('    »Meanwhile, Commander of the National Army');
    expect(out).toContain('Lines 13–17 of 000_bd4eabd2b5bc6d71.txt');
    expect(out).toContain('/context citation: Give a citation as the bot prints it');
  });

  it('/help lists each command with its options', async () => {
    const out = await chat(['/help']);
    expect(out).toContain('/summary  A short cited briefing');
    expect(out).toMatch(/\/summary {2}.*\n {6}topic: \(optional\) Brief on this topic only\n {6}file: \(optional\)/);
    expect(out).toContain('      question: What do you want to know?');
  });

  it('says so when the corpus has nothing on the question', async () => {
    expect(await chat(['What is the price of coffee in Brazil?'])).toContain('Nothing in the corpus answers');
  });

  it('offers the name the corpus holds for a misspelt one', async () => {
    expect(await chat(['Who backs Hafter?'])).toContain('Did you mean Haftar?');
  });

  it('redraws its prompt after a log line only while it waits for input', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const prompt: PromptRedraw = { redraw: undefined };
    const done = runTerminalChat(bot, commandList, recordingLogger().logger, { input, output, prompt });
    const before = text.split('you> ').length;
    prompt.redraw?.();
    expect(text.split('you> ').length).toBe(before + 1);
    input.end('/quit\n');
    await done;
    expect(prompt.redraw).toBeUndefined();
  });
});
