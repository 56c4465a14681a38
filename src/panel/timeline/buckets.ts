import type { CapturedError } from '../../core/capture/capturedError';
import { RETRY_ADVICES, type RetryAdvice } from '../../core/types';

export type Timed = Pick<CapturedError, 'startedAt' | 'decoded'>;

/** One bar of the strip: errors that started in `[from, to)` (the last bar includes `to`). */
export interface Bucket {
  readonly from: number;
  readonly to: number;
  readonly total: number;
  /** Errors per retry advice, in RETRY_ADVICES order. */
  readonly counts: readonly number[];
}

export interface Buckets {
  /** The first and last start time: the span the strip covers. */
  readonly from: number;
  readonly to: number;
  readonly buckets: readonly Bucket[];
  /** The tallest bar's total, the strip's vertical scale. */
  readonly max: number;
}

export const ADVICE_INDEX: ReadonlyMap<RetryAdvice, number> = new Map(
  RETRY_ADVICES.map((advice, i) => [advice, i]),
);

/** The bucket a start time falls in: start-inclusive, and the span's end goes to the last one. */
export function bucketIndex(t: number, from: number, to: number, count: number): number {
  if (to <= from) return 0;
  const i = Math.floor(((t - from) / (to - from)) * count);
  return Math.min(count - 1, Math.max(0, i));
}

/**
 * Errors → `count` equal time buckets over their span, each split by retry advice. One pass to
 * find the span and one to count: O(n) for the 5,000 rows the buffer holds. `null` when empty.
 */
export function bucketize(errors: readonly Timed[], count: number): Buckets | null {
  if (errors.length === 0) return null;
  const n = Math.max(1, Math.floor(count));
  let from = Infinity;
  let to = -Infinity;
  for (const e of errors) {
    if (e.startedAt < from) from = e.startedAt;
    if (e.startedAt > to) to = e.startedAt;
  }
  const counts = Array.from({ length: n }, () => new Array<number>(RETRY_ADVICES.length).fill(0));
  const totals = new Array<number>(n).fill(0);
  for (const e of errors) {
    const i = bucketIndex(e.startedAt, from, to, n);
    const a = ADVICE_INDEX.get(e.decoded.retry.advice) ?? 0;
    (counts[i] as number[])[a] = ((counts[i] as number[])[a] ?? 0) + 1;
    totals[i] = (totals[i] ?? 0) + 1;
  }
  const width = (to - from) / n;
  const buckets = counts.map((c, i) => ({
    from: from + i * width,
    to: i === n - 1 ? to : from + (i + 1) * width,
    total: totals[i] ?? 0,
    counts: c,
  }));
  return { from, to, buckets, max: Math.max(...totals) };
}

export interface Span {
  readonly from: number;
  readonly to: number;
}

/**
 * The time range of bars `first..last` (either order): from the earliest to the latest start
 * time in them, so an inclusive range filter keeps exactly the errors drawn there, whatever the
 * rounding at bucket edges. `null` when those bars are empty.
 */
export function brushRange(
  errors: readonly Timed[],
  b: Buckets,
  first: number,
  last: number,
): Span | null {
  const n = b.buckets.length;
  const lo = Math.min(first, last);
  const hi = Math.max(first, last);
  let from = Infinity;
  let to = -Infinity;
  for (const e of errors) {
    const i = bucketIndex(e.startedAt, b.from, b.to, n);
    if (i < lo || i > hi) continue;
    if (e.startedAt < from) from = e.startedAt;
    if (e.startedAt > to) to = e.startedAt;
  }
  return from > to ? null : { from, to };
}

/** The bars a range covers, to draw the brushed area; `null` when it misses the span entirely. */
export function barsOf(b: Buckets, range: Span): { first: number; last: number } | null {
  if (range.to < b.from || range.from > b.to) return null;
  const n = b.buckets.length;
  return {
    first: bucketIndex(range.from, b.from, b.to, n),
    last: bucketIndex(range.to, b.from, b.to, n),
  };
}
