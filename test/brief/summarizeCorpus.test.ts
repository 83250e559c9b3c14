import { describe, expect, it, onTestFinished } from 'vitest';
import { openKeywordBot, useDefaultCorpusBot } from '../support/keywordBot.ts';
import { makeTempCorpus } from '../support/tempCorpus.ts';

describe('summary', () => {
  const shared = useDefaultCorpusBot();

  it('briefs the whole corpus in cited points covering every article', async () => {
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

  it('states who backs whom: the point naming the backers of Haftar, beside the warplanes Russia sent', async () => {
    const texts = (await shared.bot.summary()).points.map((point) => point.text);
    expect(texts.some((text) => /backed by Egypt, Russia, and the United Arab Emirates/.test(text))).toBe(true);
    expect(texts.some((text) => /Russia (sent|delivered) at least/.test(text))).toBe(true);
  });

  // The fifth fact, the strike on the airbase, stands only late in the first article
  // ("Saturday night's airstrike targeted those defenses", ¶9): not yet among the five points.
  it("states four of the issue's facts in five points: Russia's warplanes, Haftar's backers, the ceasefire talks, Turkey's warning", async () => {
    const texts = (await shared.bot.summary()).points.map((point) => point.text);
    expect(texts).toHaveLength(5);
    for (const fact of [
      /Russia .*warplanes/,
      /backed by Egypt/,
      /ceasefire/,
      /legitimate targets|grave consequences|severe consequences/,
    ])
      expect(texts.some((text) => fact.test(text))).toBe(true);
  });

  it('never uses headlines, datelines or leftovers, and no two points say the same', async () => {
    const texts = (await shared.bot.summary({ points: 7 })).points.map((point) => point.text);
    expect(texts.some((text) => /Bombs Turkey-Backed|^ANKARA$|Like this/.test(text))).toBe(false);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('reads as a briefing: newest article first, each in the order it tells it; up to 10 points', async () => {
    const summary = await shared.bot.summary({ points: 10 });
    expect(summary.points.length).toBeGreaterThan(7);
    expect(summary.points.length).toBeLessThanOrEqual(10);
    const cited = summary.points.map((point) => point.citations[0]!);
    const order = cited.map((c) => `${c.published ?? ''}|${c.file}`);
    // Each file's points together, in line order (two sentences of one paragraph share its line);
    // a file once left is not come back to.
    for (let i = 1; i < cited.length; i++) {
      if (cited[i]!.file === cited[i - 1]!.file) {
        expect(cited[i]!.lineStart).toBeGreaterThanOrEqual(cited[i - 1]!.lineStart);
        expect(summary.points[i]!.text).not.toBe(summary.points[i - 1]!.text);
      } else expect(order.slice(i).includes(order[i - 1]!)).toBe(false);
    }
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

/** An article that tells its event three ways before the warning and the talks, with a line of rhetoric between. */
const KARO = `Published: Mon, March 3, 2025

Rebels take the town of Karo

Rebels seized the town of Karo on Sunday after two days of fighting in which at least 40 people were killed, local officials said.

The rebels took control of the Karo police station and the main market on Sunday, residents said.

Fighters of the movement captured the Karo garrison after the army withdrew from its positions overnight.

"We will not rest until every traitor in this country has been swept away by the will of the people," the rebel leader said in a video.

The government warned that it would answer any further advance with air strikes on rebel positions.

Envoys of the two sides are to meet in Addis Ababa next week for ceasefire talks brokered by the African Union.
`;

/** An article that opens on threats and what might come, and tells the attack that happened late. */
const VELDA = `Published: Tue, April 8, 2025

Drones strike a fuel depot in Velda

The governor of Velda said the province would never give in to threats by the rebels to launch drone attacks on its towns.

Officials said they could close the border if the fighting spread.

Residents queued for bread in the old quarter, where shops opened late.

The market reopened in the afternoon after the rain stopped.

On Monday night a drone strike hit the Velda fuel depot and destroyed two storage tanks, firefighters said.
`;

describe('summary of one article', () => {
  it('states the attack that happened before what might come, wherever the article tells it', async () => {
    const corpus = makeTempCorpus({ 'velda.txt': VELDA });
    onTestFinished(corpus.cleanup);
    const bot = await openKeywordBot(corpus);
    onTestFinished(() => bot.close());
    await bot.reindex();
    const texts = (await bot.summary({ file: 'velda.txt', points: 1 })).points.map((point) => point.text);
    expect(texts.some((text) => text.startsWith('On Monday night a drone strike hit'))).toBe(true);
  });

  it('states the event once, then the warning and the talks, not the event told again nor a quotation of rhetoric', async () => {
    const corpus = makeTempCorpus({ 'karo.txt': KARO });
    onTestFinished(corpus.cleanup);
    const bot = await openKeywordBot(corpus);
    onTestFinished(() => bot.close());
    await bot.reindex();
    const texts = (await bot.summary({ file: 'karo.txt', points: 3 })).points.map((point) => point.text);
    expect(texts).toEqual([
      expect.stringMatching(/^Rebels seized the town of Karo/),
      expect.stringMatching(/^The government warned/),
      expect.stringMatching(/^Envoys of the two sides/),
    ]);
    const four = (await bot.summary({ file: 'karo.txt', points: 4 })).points.map((point) => point.text);
    expect(four.some((text) => text.startsWith('"We will not rest'))).toBe(false);
  });
});
