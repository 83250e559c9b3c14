import { onTestFinished } from 'vitest';
import { copyDefaultCorpus } from './tempCorpus.ts';

/**
 * The default corpus copied for the running test and removed when it finishes. Cleanups a test
 * registers later (onTestFinished) run first, so a store or bot opened on it is closed before.
 */
export function defaultCorpusForTest(): ReturnType<typeof copyDefaultCorpus> {
  const corpus = copyDefaultCorpus();
  onTestFinished(corpus.cleanup);
  return corpus;
}
