/**
 * The fast-check run count of a property test. Under mutation testing a property test runs
 * once for every mutant it covers, so `PROPERTY_RUNS_SCALE` (vitest.stryker.config.ts) lowers
 * it there; `npm test` leaves the variable unset and always runs `runs`.
 */
export function propertyRuns(runs: number): number {
  const scale = Number(process.env['PROPERTY_RUNS_SCALE'] ?? '1');
  if (!Number.isFinite(scale) || scale <= 0 || scale >= 1) return runs;
  return Math.min(runs, Math.max(25, Math.round(runs * scale)));
}
