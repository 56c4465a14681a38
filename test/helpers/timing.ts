/**
 * Time budgets for the few tests that guard against quadratic or exponential blow-ups. Under
 * mutation testing the code is instrumented and runs several times slower, so the budget grows
 * by `TIME_BUDGET_SCALE` there (vitest.stryker.config.ts); a blow-up still overshoots by far.
 */
export function budget(ms: number): number {
  const scale = Number(process.env['TIME_BUDGET_SCALE'] ?? '1');
  return Number.isFinite(scale) && scale > 0 ? ms * scale : ms;
}

/** The fastest of `runs` timings of `fn`, in ms: the machine's noise only ever adds time. */
export function bestTime(fn: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
