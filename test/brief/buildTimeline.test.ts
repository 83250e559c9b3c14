import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../src/briefbot.ts';
import { formatCitation } from '../../src/brief/formatCitation.ts';
import { corpusCitationChecker } from '../support/citationChecker.ts';
import { openKeywordBot, useDefaultCorpusBot } from '../support/keywordBot.ts';
import { makeTempCorpus } from '../support/tempCorpus.ts';

describe('timeline on the default corpus', () => {
  const seeds = useDefaultCorpusBot();

  it('lists Haftar’s dated events in order, cited: the May capture of the base, the Saturday strike, Thursday’s alarm', async () => {
    const timeline = await seeds.bot.timeline('haftar');
    expect(timeline).toMatchObject({ entity: 'Khalifa Haftar', found: true });
    const dates = timeline.events.map((event) => event.date);
    expect(dates).toEqual([...dates].sort());
    expect(
      timeline.events.slice(0, 3).map((e) => [e.date, e.basis, e.expression, formatCitation(e.citations[0]!)]),
    ).toEqual([
      ['2020-05', 'stated', 'May', '000_bd4eabd2b5bc6d71.txt ¶4 L9'],
      ['2020-07-04', 'inferred', 'Saturday night', '000_bd4eabd2b5bc6d71.txt ¶8 L17'],
      ['2020-07-09', 'inferred', 'on Thursday', '000_bd4eabd2b5bc6d71.txt ¶8 L17'],
    ]);
    expect(timeline.events[0]?.text).toContain('captured the air base');
    // The second article states no date: its events (the warplanes) are listed, undated, after the dated ones.
    expect(timeline.undated.some((e) => /Russia sent at least eight warplanes/.test(e.text))).toBe(true);
    expect(timeline.undated.every((e) => e.date === null && e.citations[0]?.file === '004_579dbf7128379b0f.txt')).toBe(
      true,
    );
    // States are not events: "Haftar is backed by Egypt, Russia…" is who-backs' business.
    expect(timeline.events.some((e) => /is backed by/.test(e.text))).toBe(false);
    const cited = corpusCitationChecker(seeds.corpus.corpusDir);
    expect([...timeline.events, ...timeline.undated].flatMap((e) => e.citations).every(cited)).toBe(true);
  });

  it('keeps to the range asked, where undated events cannot be placed', async () => {
    const july = await seeds.bot.timeline('haftar', { since: '2020-07-01', until: '2020-07-09' });
    expect(july.events.map((e) => e.date)).toEqual(['2020-07-04', '2020-07-09']);
    expect(july.undated).toEqual([]);
    // A month overlaps a range that takes part of it.
    expect((await seeds.bot.timeline('haftar', { since: '2020-05-20', until: null })).events[0]?.date).toBe('2020-05');
  });

  it('answers an unknown actor with suggestions, not an empty timeline', async () => {
    expect(await seeds.bot.timeline('Hafter')).toMatchObject({
      found: false,
      events: [],
      suggestions: expect.arrayContaining(['Khalifa Haftar']),
    });
  });
});

describe('timeline across outlets', () => {
  const corpus = makeTempCorpus({
    'wire.txt':
      'Published: 12 March 2021\n\nPort reopens\n\nThe Misrata Brigade seized the port of Sirte on Tuesday after a night of fighting.\n\nThe Misrata Brigade said it would hold the port.\n',
    'daily.md':
      '---\ntitle: Sirte port taken\ndate: 2021-03-11\n---\n\nOn 9 March the Misrata Brigade seized the port of Sirte, residents said.\n\nIn January the Misrata Brigade had withdrawn from the coast road.\n',
    'weekly.html':
      '<html><head><meta property="article:published_time" content="2021-03-20T09:00:00Z"><title>Sirte</title></head><body><article><h1>Sirte, a week on</h1><p>Ten days after the Misrata Brigade seized the port of Sirte, the city was calm, its mayor said on Friday.</p></article></body></html>',
  });
  let bot: Briefbot;
  beforeAll(async () => {
    bot = await openKeywordBot(corpus);
  });
  afterAll(() => {
    bot.close();
    corpus.cleanup();
  });

  it('folds same-day reports of one event from several documents, counting them, and orders the rest', async () => {
    const timeline = await bot.timeline('Misrata Brigade');
    const rows = timeline.events.map((e) => [e.date, e.basis, e.documents, e.citations.map((c) => c.file)]);
    expect(rows).toEqual([
      ['2021-01', 'stated', 1, ['daily.md']],
      ['2021-03-09', 'stated', 2, ['daily.md', 'wire.txt']], // "On 9 March" = "on Tuesday" in a Friday wire
      ['2021-03-12', 'inferred', 1, ['wire.txt']],
      ['2021-03-19', 'inferred', 1, ['weekly.html']],
    ]);
    const cited = corpusCitationChecker(corpus.corpusDir);
    expect(
      timeline.events
        .flatMap((e) => e.citations)
        .filter((c) => !c.file.endsWith('.html'))
        .every(cited),
    ).toBe(true);
  });
});
