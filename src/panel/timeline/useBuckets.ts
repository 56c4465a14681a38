import { useEffect, useMemo, useRef, useState } from 'react';
import { bucketSteps, bucketize, type Buckets, type Timed } from './buckets';

/** Up to this many errors the strip is counted during render (a few ms at most). */
export const SYNC_LIMIT = 20_000;
/** Errors counted per task beyond it: a step stays well under a frame even on a busy machine. */
const STEP = 4_000;

interface Counted {
  readonly of: readonly Timed[];
  readonly count: number;
  /** The list generation (a clear starts a new one): an older count is never shown. */
  readonly epoch: number;
  readonly buckets: Buckets | null;
}

/**
 * The strip's buckets. A long list (a storm, a day of traffic) is counted in steps between
 * tasks instead of in one render pass, which took 100–500 ms at 100,000 errors under load. The
 * strip shows the previous count meanwhile, and a list that changed during a count is counted
 * again when it ends (a count is not restarted by each batch, so the strip keeps up in a storm).
 */
export function useBuckets(errors: readonly Timed[], count: number, epoch: number): Buckets | null {
  const long = errors.length > SYNC_LIMIT;
  const sync = useMemo(() => (long ? null : bucketize(errors, count)), [long, errors, count]);
  const [counted, setCounted] = useState<Counted | null>(null);
  const latest = useRef({ errors, count, epoch });
  useEffect(() => {
    latest.current = { errors, count, epoch };
  });
  const wanted = long && (counted === null || counted.of !== errors || counted.count !== count);

  useEffect(() => {
    if (!wanted) return;
    const { errors: list, count: bars, epoch: at } = latest.current;
    const steps = bucketSteps(list, bars, STEP);
    let timer: ReturnType<typeof setTimeout> | null = null;
    const step = () => {
      const next = steps.next();
      if (next.done === true) setCounted({ of: list, count: bars, epoch: at, buckets: next.value });
      else timer = setTimeout(step, 0);
    };
    timer = setTimeout(step, 0);
    return () => {
      if (timer !== null) clearTimeout(timer);
    };
  }, [wanted, counted]);

  if (!long) return sync;
  return counted !== null && counted.epoch === epoch ? counted.buckets : null;
}
