// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RETRY_ADVICES } from '../../core/types';
import { bucketSteps, bucketize, type Timed } from './buckets';
import { SYNC_LIMIT, useBuckets } from './useBuckets';

const T0 = Date.parse('2026-06-23T10:00:00Z');
const list = (n: number, shift = 0): Timed[] =>
  Array.from(
    { length: n },
    (_, i) =>
      ({
        startedAt: T0 + ((i * 7919) % n) + shift,
        decoded: { retry: { advice: RETRY_ADVICES[i % RETRY_ADVICES.length] } },
      }) as Timed,
  );

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('bucketSteps', () => {
  it('yields every stepSize errors and ends with what bucketize gives', () => {
    const errors = list(1000);
    const steps = bucketSteps(errors, 30, 100);
    let yields = 0;
    let next = steps.next();
    for (; next.done !== true; next = steps.next()) yields++;
    expect(yields).toBe(20); // two passes of ten steps
    expect(next.value).toEqual(bucketize(errors, 30));
  });
});

describe('useBuckets', () => {
  it('counts a short list during render', () => {
    const errors = list(500);
    const { result } = renderHook(() => useBuckets(errors, 50, 0));
    expect(result.current).toEqual(bucketize(errors, 50));
  });

  it('counts a long list between tasks, not in the render, and recounts a newer one', async () => {
    const first = list(SYNC_LIMIT + 1);
    const { result, rerender } = renderHook(({ errors }) => useBuckets(errors, 50, 0), {
      initialProps: { errors: first },
    });
    expect(result.current).toBeNull();
    await act(() => vi.runAllTimersAsync());
    expect(result.current).toEqual(bucketize(first, 50));

    const second = [...first, ...list(5000, 60_000)];
    rerender({ errors: second });
    // The previous count stays on screen while the new one runs.
    expect(result.current).toEqual(bucketize(first, 50));
    await act(() => vi.runAllTimersAsync());
    expect(result.current).toEqual(bucketize(second, 50));
  });

  it('never shows a count from before a clear', async () => {
    const errors = list(SYNC_LIMIT + 1);
    const { result, rerender } = renderHook(({ epoch }) => useBuckets(errors, 50, epoch), {
      initialProps: { epoch: 0 },
    });
    await act(() => vi.runAllTimersAsync());
    expect(result.current).not.toBeNull();
    rerender({ epoch: 1 });
    expect(result.current).toBeNull();
  });
});
