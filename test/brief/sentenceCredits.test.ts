import { describe, expect, it } from 'vitest';
import { type CreditedTerm, creditSentences } from '../../src/brief/sentenceCredits.ts';
import { searchTerms } from '../../src/text/searchTerms.ts';

/** A question term as answerQuestion weighs it. */
function term(word: string, weight: number, reading: CreditedTerm['reading'] = null): CreditedTerm {
  const [stem] = searchTerms(word);
  if (stem === undefined) throw new Error(`${word} has no search term`);
  return { term: stem, weight, reading };
}

const sentences = (...texts: string[]) => texts.map((text) => ({ text }));
const noRelated = (terms: CreditedTerm[]) => terms.map(() => new Map<string, number>());

describe('creditSentences', () => {
  it('credits a term fully where a sentence uses the word as the question does', () => {
    const terms = [term('armed', 2, 'verb'), term('Haftar', 1)];
    const credits = creditSentences(
      sentences('The armed forces of Haftar paraded in Benghazi.', 'Russia armed Haftar with jets.'),
      terms,
      noRelated(terms),
    );
    expect(credits.best.index).toBe(1);
    expect(credits.best.score).toBe(3);
    expect(credits.credit).toEqual([1, 1]);
    expect(credits.misread).toBe(false);
  });

  it('says a term is misread when every sentence holding it reads it otherwise', () => {
    const terms = [term('armed', 2, 'verb'), term('Haftar', 1)];
    const credits = creditSentences(
      sentences('The armed forces of Haftar paraded in Benghazi.', 'Haftar spoke.'),
      terms,
      noRelated(terms),
    );
    expect(credits.credit).toEqual([0, 1]);
    expect(credits.misread).toBe(true);
    // Both score 1 (Haftar alone): the first one wins the tie.
    expect(credits.best).toEqual({ index: 0, score: 1 });
  });

  it('gives a missing term the weight of its closest other word', () => {
    const terms = [term('soldiers', 1), term('border', 1)];
    const related = [new Map([[searchTerms('troops')[0]!, 0.9]]), new Map<string, number>()];
    const credits = creditSentences(sentences('Troops massed on the border.', 'The border was quiet.'), terms, related);
    expect(credits.credit).toEqual([0.9, 1]);
    expect(credits.best).toEqual({ index: 0, score: 1.9 });
  });

  it('reads on past a sentence that reads the word otherwise to the one that reads it alike', () => {
    const terms = [term('leading', 3, 'verb'), term('talks', 1)];
    const credits = creditSentences(
      sentences('Leading negotiators left the talks.', 'The talks resumed.', 'Turkey is leading the talks in Moscow.'),
      terms,
      noRelated(terms),
    );
    expect(credits.best).toEqual({ index: 2, score: 4 });
    expect(credits.credit).toEqual([1, 1]);
    // Read otherwise in one sentence, alike in another: not misread.
    expect(credits.misread).toBe(false);
  });

  it('keeps the first of the sentences that score alike', () => {
    const terms = [term('leading', 3, 'verb'), term('talks', 1)];
    const credits = creditSentences(
      sentences('Turkey is leading the talks.', 'The talks resumed.', 'Egypt is leading the talks too.'),
      terms,
      noRelated(terms),
    );
    expect(credits.best).toEqual({ index: 0, score: 4 });
  });
});
