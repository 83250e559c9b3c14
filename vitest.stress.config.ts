import { defineConfig } from 'vitest/config';

/** Long runs (kill loops, load): `npm run test:stress`, also run by .ci/run. */
export default defineConfig({
  test: {
    // Processes the tests start (the CLI, npm start) would otherwise build the GloVe tables in the
    // repository's model cache on first use: tests that want word vectors make a small table.
    env: { WORD_VECTORS: 'false' },
    include: ['test/stress/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
