import { describe, expect, it } from 'vitest';
import { RETRY_ADVICES } from '../../core/types';
import { bucketize, type Timed } from './buckets';
import { bucketizeSorted, startIndex } from './startIndex';

const T0 = Date.parse('2026-06-23T10:00:00Z');

/** A small deterministic generator, so a failure repeats. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

function error(startedAt: number, advice = 0): Timed {
  return { startedAt, decoded: { retry: { advice: RETRY_ADVICES[advice] } } } as Timed;
}

describe('startIndex + bucketizeSorted', () => {
  it('is null without errors', () => {
    expect(bucketizeSorted(startIndex()([]), 10)).toBeNull();
  });

  it('draws the same bars as bucketize as a capped list grows, out of order, with ties', () => {
    const next = random(7);
    const index = startIndex();
    let list: Timed[] = [];
    let clock = 0;
    for (let step = 0; step < 40; step++) {
      // Arrivals mostly in start order, some late (a slow request), some at the same ms.
      const batch = Array.from({ length: 1 + Math.floor(next() * 40) }, () => {
        clock += Math.floor(next() * 5);
        const late = next() < 0.2 ? Math.floor(next() * 200) : 0;
        return error(T0 + clock - late, Math.floor(next() * RETRY_ADVICES.length));
      });
      const cap = 500;
      list = list.concat(batch);
      if (list.length > cap) list = list.slice(list.length - cap);
      for (const bars of [1, 7, 300]) {
        expect(bucketizeSorted(index(list), bars)).toEqual(bucketize(list, bars));
      }
    }
  });

  it('starts over when the list is not an extension of the last one (a clear)', () => {
    const index = startIndex();
    const a = [error(T0), error(T0 + 10, 1)];
    expect(bucketizeSorted(index(a), 4)).toEqual(bucketize(a, 4));
    const b = [error(T0 + 500, 2), error(T0 + 600, 3), error(T0 + 900, 2)];
    expect(bucketizeSorted(index(b), 4)).toEqual(bucketize(b, 4));
  });

  it('reads only the new rows of a longer list, not all of them', () => {
    let reads = 0;
    const counted = (t: number): Timed => {
      const e = error(t);
      return Object.defineProperty(e, 'startedAt', {
        get: () => {
          reads++;
          return t;
        },
      });
    };
    const first = Array.from({ length: 10_000 }, (_, i) => counted(T0 + i));
    const index = startIndex();
    index(first);
    reads = 0;
    const longer = first.concat([counted(T0 + 10_000), counted(T0 + 10_001)]);
    const b = bucketizeSorted(index(longer), 300);
    expect(reads).toBe(2);
    expect(b?.buckets.reduce((sum, x) => sum + x.total, 0)).toBe(10_002);
  });
});
