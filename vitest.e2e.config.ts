import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real browsers: one file at a time (two cores), generous timeouts, no retries hiding flakes.
export default defineConfig({
  // The examples import the library as its users do, by its package name.
  resolve: {
    alias: {
      'api-error-decoder': fileURLToPath(new URL('./src/lib/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['test/e2e/**/*.e2e.test.ts', 'examples/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
