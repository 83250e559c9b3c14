import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../src/briefbot.ts';
import { openKeywordBot } from './support/keywordBot.ts';
import { copyDefaultCorpus } from './support/tempCorpus.ts';

/** The default corpus (000: 10 July 2020; 004: undated) and a later article. */
const corpus = copyDefaultCorpus();
fs.writeFileSync(
  path.join(corpus.corpusDir, 'later.txt'),
  'Published: 14 July 2020\n\nEgypt warns Turkey\n\nEgypt backs Khalifa Haftar with warplanes, officials in Cairo said on Monday, as Turkey sent more drones to the GNA.\n',
);
let bot: Briefbot;
beforeAll(async () => {
  bot = await openKeywordBot(corpus);
});
afterAll(() => {
  bot.close();
  corpus.cleanup();
});

describe('since / until', () => {
  it('ask keeps to the documents published in the range', async () => {
    const all = await bot.ask('Who backs Haftar?');
    expect(all.excerpts.map((e) => e.file)).toContain('000_bd4eabd2b5bc6d71.txt');
    const since = await bot.ask('Who backs Haftar?', { range: { since: '2020-07-11', until: null } });
    expect(since.excerpts.length).toBeGreaterThan(0);
    expect(since.excerpts.every((e) => e.file === 'later.txt' && e.published === '2020-07-14')).toBe(true);
    const until = await bot.ask('Who backs Haftar?', { range: { since: null, until: '2020-07-10' } });
    expect(until.excerpts.map((e) => e.file)).toEqual(expect.arrayContaining(['000_bd4eabd2b5bc6d71.txt']));
    expect(until.excerpts.some((e) => e.file !== '000_bd4eabd2b5bc6d71.txt')).toBe(false);
  });

  it('who-backs counts only the evidence published in the range', async () => {
    const names = (result: Awaited<ReturnType<Briefbot['whoBacks']>>) => result.backers.map((b) => b.name);
    const all = await bot.whoBacks('haftar');
    expect(names(all)).toEqual(expect.arrayContaining(['Russia', 'Egypt']));
    const since = await bot.whoBacks('haftar', { since: '2020-07-11', until: null });
    expect(since.found).toBe(true);
    expect(names(since)).toEqual(['Egypt']);
    expect(since.backers.flatMap((b) => b.evidence).every((e) => e.file === 'later.txt')).toBe(true);
  });

  it("who-backs lists a backer's evidence newest first, undated last", async () => {
    const egypt = (await bot.whoBacks('haftar')).backers.find((backer) => backer.name === 'Egypt');
    const dates = egypt?.evidence.map((e) => e.published) ?? [];
    expect(dates[0]).toBe('2020-07-14');
    expect(dates).toContain('2020-07-10');
    const dated = dates.filter((date) => date !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((date) => date === null)).toBe(true);
  });

  it('summary briefs on the documents of the range only', async () => {
    const since = await bot.summary({ range: { since: '2020-07-11', until: null } });
    expect(since.points.length).toBeGreaterThan(0);
    expect(since.points.flatMap((p) => p.citations).every((c) => c.file === 'later.txt')).toBe(true);
    const topic = await bot.summary({ topic: 'Turkish military support', range: { since: null, until: '2020-07-10' } });
    expect(topic.points.length).toBeGreaterThan(0);
    expect(topic.points.flatMap((p) => p.citations).every((c) => c.file === '000_bd4eabd2b5bc6d71.txt')).toBe(true);
  });
});
