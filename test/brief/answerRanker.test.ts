import { describe, expect, it } from 'vitest';
import { ANSWER_FEATURES, answerProbability, answerRankerFor } from '../../src/brief/answerRanker.ts';

describe('the fitted answer ranker', () => {
  it('is fitted per configuration and never applies to one it was not fitted for', () => {
    for (const entry of ['keyword + word vectors', 'glove-100d + word vectors']) {
      expect(answerRankerFor(entry)?.weights).toHaveLength(ANSWER_FEATURES.length);
    }
    // Keyword search with the curated synonyms, an uncalibrated model, a test model: search's order.
    for (const entry of ['keyword', 'default + word vectors', 'briefbot tiny bag-of-words test model + word vectors']) {
      expect(answerRankerFor(entry)).toBeNull();
    }
  });

  it('ranks a passage covering the question above one that covers less of it', () => {
    const ranker = answerRankerFor('keyword + word vectors')!;
    const features = (coverage: number) =>
      ANSWER_FEATURES.map((name) =>
        name.endsWith('overage') ? coverage : name === 'rankReciprocal' || name === 'keywordRelative' ? 1 : 0,
      );
    expect(answerProbability(ranker, features(0.9))).toBeGreaterThan(answerProbability(ranker, features(0.3)));
  });
});
