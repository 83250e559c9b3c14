import { defineConfig } from 'vitest/config';

/** Long runs (kill loops, load): `npm run test:stress`, also run by .ci/run. */
export default defineConfig({
  test: {
    include: ['test/stress/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
