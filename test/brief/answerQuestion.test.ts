import { describe, expect, it, onTestFinished } from 'vitest';
import { openKeywordBot, useDefaultCorpusBot } from '../support/keywordBot.ts';
import { makeTempCorpus } from '../support/tempCorpus.ts';

describe('ask', () => {
  const shared = useDefaultCorpusBot();

  it('answers with the sentence that answers, inside the best excerpt', async () => {
    const answer = await shared.bot.ask('Who is the Libyan interior minister?');
    expect(answer.answer).toBe(
      'Russia sent at least eight warplanes to renegade commander Haftar, Libya’s Interior Minister Fathi Bashagha has said.',
    );
    expect(answer.excerpts[0]?.keySentence).toBe(answer.answer);
    expect(answer.excerpts[0]?.text).toContain(answer.answer ?? '');
  });

  it('marks the key sentence of a multi-sentence excerpt', async () => {
    const answer = await shared.bot.ask('What did the Turkish sources call the planes?');
    const excerpt = answer.excerpts[0];
    expect(excerpt?.text).toMatch(/^"Turkish support for \(the GNA\)/);
    expect(excerpt?.keySentence).toBe('Turkish sources also described the planes as "unidentified".');
  });

  it('finds text phrased differently: synonyms, metonyms, demonyms', async () => {
    // "aid" is in no passage: its synonyms "backed" and "support" are.
    expect((await shared.bot.ask('Which countries aid Haftar?')).answer).toMatch(
      /backed by Egypt|providing air support to the Libyan commander/,
    );
    expect((await shared.bot.ask('Is Moscow negotiating a truce with Ankara?')).answer).toContain(
      'ceasefire agreement',
    );
    expect(
      (await shared.bot.ask('What arms did Russia give Haftar?')).excerpts.some((e) => e.text.includes('warplanes')),
    ).toBe(true);
  });

  it('says the corpus has no answer rather than returning the least bad passage', async () => {
    for (const question of ['What is the capital of Australia?', 'Who backs the rebels in Idlib?', 'price of coffee']) {
      const answer = await shared.bot.ask(question);
      expect(answer).toMatchObject({ answer: null, excerpts: [] });
    }
  });

  it('refuses a question whose names stand in the corpus but whose subject does not', async () => {
    // "France" is in no seed passage; "capital" is, and names never match by meaning.
    for (const question of ['What is the capital of France?', 'How do I bake sourdough bread?']) {
      expect(await shared.bot.ask(question)).toMatchObject({ answer: null, excerpts: [] });
    }
  });

  it('offers the corpus spelling of a misspelt name', async () => {
    const answer = await shared.bot.ask('Who backs Hafter?');
    expect(answer).toMatchObject({ answer: null, didYouMean: 'Haftar' });
    expect((await shared.bot.ask('Who backs Haftar?')).didYouMean).toBeUndefined();
  });

  it('reads a question verb as a verb: "who armed" is not the adjective of "armed forces"', async () => {
    const answer = await shared.bot.ask('Who armed Haftar?');
    expect(answer.answer ?? '').not.toContain('armed forces');
    expect(answer.excerpts[0]?.text ?? '').not.toContain('armed forces');
  });

  it('shows at most a few excerpts per document', async () => {
    const answer = await shared.bot.ask('Haftar Turkey Libya Russia', { k: 6 });
    // Both articles match every word: six are asked for, two a document are shown.
    const perDocument = ['000_bd4eabd2b5bc6d71.txt', '004_579dbf7128379b0f.txt'].map(
      (file) => answer.excerpts.filter((e) => e.file === file).length,
    );
    expect(perDocument).toEqual([2, 2]);
  });
});

describe('ask on an empty corpus', () => {
  it('answers null without failing', async () => {
    const corpus = makeTempCorpus();
    onTestFinished(corpus.cleanup);
    const bot = await openKeywordBot(corpus);
    onTestFinished(() => bot.close());
    expect(await bot.ask('Who backs Haftar?')).toMatchObject({ answer: null, excerpts: [] });
  });
});

describe('a refusal says what comes closest', () => {
  it('shows the nearest passage, cited, when one comes near the bar, and nothing when none does', async () => {
    const corpus = makeTempCorpus({
      'convoy.txt':
        'Published: 2024-05-02\n\nAid convoy reaches border town\n\nThe aid convoy reached the border town of Adre on Monday after a week on the road.\n',
    });
    onTestFinished(corpus.cleanup);
    const bot = await openKeywordBot(corpus);
    onTestFinished(() => bot.close());
    const near = await bot.ask('Did the aid convoy reach Adre with medicine and fuel?');
    expect(near.answer).toBeNull();
    expect(near.closest).toMatchObject({ file: 'convoy.txt', paragraph: expect.any(Number) });
    expect(near.closest?.text).toContain('Adre');
    const far = await bot.ask('How do I bake sourdough bread?');
    expect(far.answer).toBeNull();
    expect(far.closest).toBeNull();
  });
});

describe('a quantity question needs a figure in its answer', () => {
  it('answers "how many" with the passage that states a count, and refuses when none does', async () => {
    const corpus = makeTempCorpus({
      'drones.txt':
        'Published: 2024-05-02\n\nDrones strike the port\n\nRebel drones struck the port of Hodeidah on Monday, officials said.\n\n' +
        'The officials blamed the rebels for the drone strikes on the port.\n',
      'toll.txt':
        'Published: 2024-05-03\n\nToll of the port strikes\n\nThe strikes on the port of Hodeidah killed twelve dockworkers, medics said.\n',
    });
    onTestFinished(corpus.cleanup);
    const bot = await openKeywordBot(corpus);
    onTestFinished(() => bot.close());
    const killed = await bot.ask('How many people did the strikes on the port of Hodeidah kill?');
    expect(killed.answer).toContain('twelve dockworkers');
    // The drones passages match "drones struck the port" but state no count of drones.
    const drones = await bot.ask('How many drones struck the port of Hodeidah?');
    expect(drones.answer).toBeNull();
    expect(drones.excerpts).toEqual([]);
    // Without a quantity asked, the same passages answer.
    expect((await bot.ask('Did rebel drones strike the port of Hodeidah?')).answer).toContain('drone');
  });
});

describe('a participle the question puts before its noun', () => {
  it('matches the same participle after the noun: "the trapped villagers" are "villagers trapped in"', async () => {
    const corpus = makeTempCorpus({
      'flood.txt':
        'Published: 2024-05-02\n\nFloods cut off the valley\n\n' +
        'Helicopters rescued dozens of villagers trapped in flooded hamlets, the army said.\n\n' +
        'Rescued villagers from the valley said the flood had closed the markets.\n',
    });
    onTestFinished(corpus.cleanup);
    const bot = await openKeywordBot(corpus);
    onTestFinished(() => bot.close());
    const answer = await bot.ask('How were the trapped villagers rescued?');
    expect(answer.answer).toContain('Helicopters');
  });
});
