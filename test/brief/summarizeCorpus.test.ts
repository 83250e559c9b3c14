import { describe, expect, it, onTestFinished } from 'vitest';
import { openKeywordBot, useDefaultCorpusBot } from '../support/keywordBot.ts';
import { makeTempCorpus } from '../support/tempCorpus.ts';

describe('summary', () => {
  const shared = useDefaultCorpusBot();

  it('briefs the whole corpus in 3 to 7 cited points covering every article', async () => {
    const summary = await shared.bot.summary();
    expect(summary.topic).toBeNull();
    expect(summary.points.length).toBeGreaterThanOrEqual(3);
    expect(summary.points.length).toBeLessThanOrEqual(7);
    const files = new Set(summary.points.flatMap((point) => point.citations.map((c) => c.file)));
    expect(files).toEqual(new Set(['000_bd4eabd2b5bc6d71.txt', '004_579dbf7128379b0f.txt']));
    for (const point of summary.points) {
      expect(point.citations[0]?.text.replace(/\s+/g, ' ')).toBe(point.text);
    }
  });

  it('never uses headlines, datelines or leftovers, and no two points say the same', async () => {
    const texts = (await shared.bot.summary({ points: 7 })).points.map((point) => point.text);
    expect(texts.some((text) => /Bombs Turkey-Backed|^ANKARA$|Like this/.test(text))).toBe(false);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('briefs one topic from the passages about it', async () => {
    const summary = await shared.bot.summary({ topic: 'Russian warplanes' });
    expect(summary.topic).toBe('Russian warplanes');
    expect(summary.points[0]?.text).toMatch(/warplanes/);
  });

  it('briefs one document, and refuses a name that is not a document of the corpus', async () => {
    const summary = await shared.bot.summary({ file: '000_bd4eabd2b5bc6d71.txt' });
    expect(summary.points.every((point) => point.citations[0]?.file === '000_bd4eabd2b5bc6d71.txt')).toBe(true);
    await expect(shared.bot.summary({ file: '../package.json' })).rejects.toThrow(/No document named/);
  });

  it('says there is nothing to brief on an unknown topic', async () => {
    expect((await shared.bot.summary({ topic: 'coffee prices in Brazil' })).points).toEqual([]);
  });
});

describe('summary of an empty corpus', () => {
  it('has no points', async () => {
    const corpus = makeTempCorpus();
    onTestFinished(corpus.cleanup);
    const bot = await openKeywordBot(corpus);
    onTestFinished(() => bot.close());
    expect((await bot.summary()).points).toEqual([]);
  });
});
