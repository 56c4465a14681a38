// @ts-check
/**
 * Mutation testing of the pure core: `npm run mutate` (not part of `npm test`).
 * Incremental: results of unchanged code and tests are reused from the committed
 * `stryker-incremental.json`, so a run after a small change takes minutes, not hours.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  // The generated conditions and readers are the emitters' output (src/core/pack/codegen,
  // mutated itself): a test holds them byte for byte to what the emitters write and others run
  // them against the interpreter and the compiled readers. Stryker's instrumented copy fails
  // the first in the dry run, so no mutant of them (2,078 in the conditions) could be judged.
  mutate: [
    'src/core/**/*.ts',
    '!src/core/**/*.test.ts',
    '!src/core/packs/conditions.generated.ts',
    '!src/core/packs/readers.generated.ts',
  ],
  coverageAnalysis: 'perTest',
  // Two cores, shared: more workers only add contention.
  concurrency: 2,
  incremental: true,
  incrementalFile: 'stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },
  // Module-level data (the catalogs' texts) makes ~1,900 static mutants, each a full reload of
  // every test: about 16 hours on two shared cores. Ignored; seed-coverage tests hold catalogs.
  ignoreStatic: true,
  timeoutMS: 20_000,
  // Stryker prepends `// @ts-nocheck` to every sandbox source file for runners that type-check.
  // Vitest does not, and the generated-conditions test compares conditions.generated.ts on
  // disk with the generator's output, which the added line makes fail in the dry run.
  disableTypeChecks: false,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
