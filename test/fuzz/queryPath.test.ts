import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusCitationChecker } from '../support/citationChecker.ts';
import { useDefaultCorpusBot } from '../support/keywordBot.ts';

/** Text a user could type, hazards included: operators, quotes, SQL, emoji, RTL, zero-width, control. */
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc
    .array(
      fc.constantFrom(
        'Haftar',
        'haftar*',
        '"',
        "'",
        'AND',
        'OR',
        'NOT',
        'NEAR(',
        ')',
        '^',
        '{',
        '}',
        ':',
        '-',
        '+',
        '; DROP TABLE passages; --',
        '@everyone',
        '<@123456789012345678>',
        '```',
        '**',
        '🇱🇾',
        '\u202e',
        '\u200b',
        '\u0000',
        '\u0007',
        'حفتر',
        'Çavuşoğlu',
        'backed',
        '?',
      ),
      { maxLength: 20 },
    )
    .map((parts) => parts.join(' ')),
);

describe('query path under generated input', () => {
  const shared = useDefaultCorpusBot();

  it('ask, who-backs and summary never throw, and every excerpt stands at its cited lines', async () => {
    const cited = corpusCitationChecker(shared.corpus.corpusDir);
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const answer = await shared.bot.ask(text);
        expect(answer.answer === null || answer.excerpts.length > 0).toBe(true);
        for (const excerpt of answer.excerpts) expect(await cited(excerpt)).toBe(true);
        const backers = await shared.bot.whoBacks(text);
        for (const evidence of backers.backers.flatMap((b) => b.evidence)) expect(await cited(evidence)).toBe(true);
        const summary = await shared.bot.summary({ topic: text });
        for (const citation of summary.points.flatMap((p) => p.citations)) expect(await cited(citation)).toBe(true);
      }),
      { numRuns: 300, seed: 20261121 },
    );
  });

  it('a 10,000-character question is answered or refused, not an error', async () => {
    await expect(shared.bot.ask('Who backs Haftar? '.repeat(560))).resolves.toHaveProperty('question');
  });
});
