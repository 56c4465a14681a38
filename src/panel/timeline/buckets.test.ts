import { describe, expect, it } from 'vitest';
import { RETRY_ADVICES, type RetryAdvice } from '../../core/types';
import { barsOf, brushRange, bucketIndex, bucketize, type Timed } from './buckets';

const T0 = Date.parse('2026-06-23T10:00:00Z');

function at(ms: number, advice: RetryAdvice = 'no'): Timed {
  return { startedAt: T0 + ms, decoded: { retry: { advice } } } as Timed;
}

const adviceCounts = (counts: readonly number[]) =>
  Object.fromEntries(RETRY_ADVICES.map((a, i) => [a, counts[i]]).filter(([, n]) => n !== 0));

describe('bucketize', () => {
  it('is null without errors', () => {
    expect(bucketize([], 10)).toBeNull();
  });

  it('spreads the span into equal buckets, the last one ending at the last error', () => {
    const b = bucketize([at(0), at(999), at(500), at(1000)], 4);
    expect(b?.from).toBe(T0);
    expect(b?.to).toBe(T0 + 1000);
    expect(b?.buckets.map((x) => [x.from - T0, x.to - T0, x.total])).toEqual([
      [0, 250, 1],
      [250, 500, 0],
      [500, 750, 1],
      [750, 1000, 2],
    ]);
    expect(b?.max).toBe(2);
  });

  it('counts each bucket by retry advice', () => {
    const b = bucketize([at(0, 'wait'), at(1, 'wait'), at(2, 'backoff'), at(100, 'no')], 2);
    expect(adviceCounts(b?.buckets[0]?.counts ?? [])).toEqual({ wait: 2, backoff: 1 });
    expect(adviceCounts(b?.buckets[1]?.counts ?? [])).toEqual({ no: 1 });
  });

  it('puts errors that all started at once in the first bucket', () => {
    const b = bucketize([at(5), at(5), at(5)], 3);
    expect(b?.buckets.map((x) => x.total)).toEqual([3, 0, 0]);
  });

  it('treats a fractional or zero count as at least one bucket', () => {
    expect(bucketize([at(0), at(10)], 0)?.buckets).toHaveLength(1);
    expect(bucketize([at(0), at(10)], 2.7)?.buckets).toHaveLength(2);
  });

  it('handles the 5,000-error buffer in one pass', () => {
    const errors = Array.from({ length: 5000 }, (_, i) => at(i * 13, RETRY_ADVICES[i % 5]));
    const b = bucketize(errors, 300);
    expect(b?.buckets.reduce((sum, x) => sum + x.total, 0)).toBe(5000);
  });
});

describe('bucketIndex', () => {
  it('clamps outside the span and returns 0 for an empty span', () => {
    expect(bucketIndex(-5, 0, 100, 10)).toBe(0);
    expect(bucketIndex(100, 0, 100, 10)).toBe(9);
    expect(bucketIndex(500, 0, 100, 10)).toBe(9);
    expect(bucketIndex(7, 7, 7, 10)).toBe(0);
  });
});

describe('brushRange', () => {
  const errors = [at(0), at(90), at(260), at(400), at(610), at(1000)];
  const b = bucketize(errors, 10);
  if (b === null) throw new Error('no buckets');

  it('spans the first to the last error in the bars picked, in either drag order', () => {
    expect(brushRange(errors, b, 2, 4)).toEqual({ from: T0 + 260, to: T0 + 400 });
    expect(brushRange(errors, b, 4, 2)).toEqual({ from: T0 + 260, to: T0 + 400 });
  });

  it('is null over empty bars', () => {
    expect(brushRange(errors, b, 7, 8)).toBeNull();
  });

  it('keeps exactly the errors drawn in the bars picked', () => {
    const range = brushRange(errors, b, 0, 6);
    const kept = errors.filter(
      (e) => range && e.startedAt >= range.from && e.startedAt <= range.to,
    );
    expect(kept.map((e) => e.startedAt - T0)).toEqual([0, 90, 260, 400, 610]);
  });
});

describe('barsOf', () => {
  const b = bucketize([at(0), at(1000)], 10);
  if (b === null) throw new Error('no buckets');

  it('finds the bars a range covers, for drawing it', () => {
    expect(barsOf(b, { from: T0 + 260, to: T0 + 400 })).toEqual({ first: 2, last: 4 });
  });

  it('is null for a range outside the span', () => {
    expect(barsOf(b, { from: T0 + 2000, to: T0 + 3000 })).toBeNull();
  });
});
