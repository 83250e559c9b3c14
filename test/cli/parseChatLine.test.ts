import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { parseChatLine } from '../../src/cli/parseChatLine.ts';

const parse = (line: string) => parseChatLine(line, commands);

describe('parseChatLine', () => {
  it('a plain line is a question', () => {
    expect(parse('  who backs Haftar?  ')).toEqual({ name: 'ask', options: { question: 'who backs Haftar?' } });
  });

  it('text after the command fills its text option', () => {
    expect(parse('/who-backs khalifa haftar')).toEqual({ name: 'who-backs', options: { entity: 'khalifa haftar' } });
    expect(parse('/ask')).toEqual({ name: 'ask', options: { question: '' } });
    expect(parse('/sources')).toEqual({ name: 'sources', options: {} });
    expect(parse('/summary')).toEqual({ name: 'summary', options: {} });
  });

  it('reads options written as in Discord and as on the command line', () => {
    expect(parse('/summary topic: ceasefire')).toEqual({ name: 'summary', options: { topic: 'ceasefire' } });
    expect(parse('/summary --topic air defence --points 3')).toEqual({
      name: 'summary',
      options: { topic: 'air defence', points: '3' },
    });
    expect(parse('/summary file: 000_bd4eabd2b5bc6d71.txt points: 4')).toEqual({
      name: 'summary',
      options: { file: '000_bd4eabd2b5bc6d71.txt', points: '4' },
    });
    expect(parse('/ask question: who backs Haftar? k: 5')).toEqual({
      name: 'ask',
      options: { question: 'who backs Haftar?', k: '5' },
    });
    expect(parse('/ask who backs Haftar? --k=2')).toEqual({
      name: 'ask',
      options: { question: 'who backs Haftar?', k: '2' },
    });
    expect(parse('/summary --topic "air defence"')).toEqual({ name: 'summary', options: { topic: 'air defence' } });
  });

  it('keeps a colon inside a question as text', () => {
    expect(parse('/ask Libya: who backs Haftar?')).toEqual({
      name: 'ask',
      options: { question: 'Libya: who backs Haftar?' },
    });
    expect(parse('/ask question: what is the status: ceasefire or war?')).toEqual({
      name: 'ask',
      options: { question: 'what is the status: ceasefire or war?' },
    });
  });

  it('passes unknown options on, for runCommand to refuse with the usage', () => {
    expect(parse('/summary colour: red')).toEqual({ name: 'summary', options: { colour: 'red' } });
    expect(parse('/ask who backs Haftar? --limit 3')).toEqual({
      name: 'ask',
      options: { question: 'who backs Haftar?', limit: '3' },
    });
  });

  it('refuses text a command cannot take, and an option given twice', () => {
    expect(() => parse('/sources everything')).toThrow('/sources: takes no text. Usage: /sources');
    expect(() => parse('/ask why? question: how?')).toThrow(
      '/ask question: given twice. Usage: /ask question: … [k: 1–10]',
    );
  });
});
