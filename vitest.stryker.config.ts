import { defineConfig } from 'vitest/config';

// Mutation testing (`npm run mutate`) of src/core: only the tests that run the core in this
// process. Tests that spawn the CLI run the unmutated code in a child process, and panel tests
// add minutes without reaching core lines that other tests do not.
export default defineConfig({
  define: { __BROWSER__: JSON.stringify('chrome') },
  test: {
    include: ['src/core/**/*.test.ts', 'src/cli/**/*.test.ts', 'test/*.test.ts'],
    exclude: ['test/cli*.test.ts', 'node_modules/**', 'dist/**'],
    environment: 'node',
    testTimeout: 60_000,
    // Instrumented code is slower: timing guards (test/helpers/timing.ts) get more room. A
    // property test runs once per mutant it covers, so each runs fewer cases here
    // (test/helpers/propertyRuns.ts: 5 %, at least 25); `npm test` keeps the full counts.
    env: {
      TIME_BUDGET_SCALE: '10',
      PROPERTY_RUNS_SCALE: '0.05',
      SECRETS_PROPERTY_RUNS: '200',
      GRPC_WEB_PROPERTY_RUNS: '50',
    },
  },
});
