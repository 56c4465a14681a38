import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Kept apart from vite.config.ts so unit tests never run the extension build plugins.
export default defineConfig({
  define: { __BROWSER__: JSON.stringify('chrome') },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts', 'demo/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    testTimeout: 30_000,
    // Vitest runs cores − 1 workers: one on a two-core CI machine, which left a core idle while
    // each file's import and transform ran. The files are independent, so use every core.
    maxWorkers: availableParallelism(),
  },
});
