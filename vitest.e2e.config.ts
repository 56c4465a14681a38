import { defineConfig } from 'vitest/config';

// Real browsers: one file at a time (two cores), generous timeouts, no retries hiding flakes.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
