import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Processes the tests start (the CLI, npm start) would otherwise build the GloVe tables in the
    // repository's model cache on first use: tests that want word vectors make a small table.
    env: { WORD_VECTORS: 'false' },
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/leakedProcesses.ts'],
    // Kill loops and load runs: `npm run test:stress`.
    exclude: ['test/stress/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
