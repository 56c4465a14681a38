import { RETRY_ADVICES } from '../../core/types';
import { listDelta } from '../lib/listDelta';
import { ADVICE_INDEX, bucketIndex, type Buckets, type Timed } from './buckets';

/** The start times of a list's errors, sorted, one array per retry advice (RETRY_ADVICES order). */
export type StartIndex = readonly (readonly number[])[];

/** The first position in `sorted` whose value `v` has `pred(v)` true (`pred` flips once). */
function firstWhere(sorted: readonly number[], pred: (v: number) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(sorted[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function insert(sorted: number[], t: number): void {
  // Errors arrive almost in start order: nearly every one goes at the end.
  if (sorted.length === 0 || (sorted[sorted.length - 1] as number) <= t) sorted.push(t);
  else
    sorted.splice(
      firstWhere(sorted, (v) => v > t),
      0,
      t,
    );
}

/** Removes one occurrence of each of `times` (a multiset) in one pass. */
function removeAll(sorted: number[], times: readonly number[]): number[] {
  if (times.length === 0) return sorted;
  const owed = new Map<number, number>();
  for (const t of times) owed.set(t, (owed.get(t) ?? 0) + 1);
  return sorted.filter((t) => {
    const n = owed.get(t) ?? 0;
    if (n === 0) return true;
    owed.set(t, n - 1);
    return false;
  });
}

const adviceOf = (e: Timed) => ADVICE_INDEX.get(e.decoded.retry.advice) ?? 0;

/**
 * Keeps the start times of a list that grows at the end and loses items at the front (the
 * capped buffer) sorted per advice: each new version of the list costs its new and dropped rows
 * (a binary insert each, one pass to drop), not a walk over 100,000 errors per render.
 */
export function startIndex(): (errors: readonly Timed[]) => StartIndex {
  let source: readonly Timed[] = [];
  let sorted: number[][] = RETRY_ADVICES.map(() => []);

  const full = (errors: readonly Timed[]) => {
    sorted = RETRY_ADVICES.map(() => []);
    for (const e of errors) sorted[adviceOf(e)]?.push(e.startedAt);
    for (const list of sorted) list.sort((a, b) => a - b);
  };

  return (errors) => {
    if (errors === source) return sorted;
    const delta = listDelta(source, errors);
    if (delta === null) {
      full(errors);
    } else {
      const gone: number[][] = RETRY_ADVICES.map(() => []);
      for (let i = 0; i < delta.dropped; i++) {
        const e = source[i] as Timed;
        gone[adviceOf(e)]?.push(e.startedAt);
      }
      sorted = sorted.map((list, a) => removeAll(list, gone[a] ?? []));
      for (let i = delta.addedFrom; i < errors.length; i++) {
        const e = errors[i] as Timed;
        const list = sorted[adviceOf(e)];
        if (list !== undefined) insert(list, e.startedAt);
      }
    }
    source = errors;
    return sorted;
  };
}

/**
 * What `bucketize` makes of the same errors, from their sorted start times: each bucket's count
 * per advice is found by binary search with the same `bucketIndex`, so every error lands in the
 * same bar as there, in O(bars × advices × log n).
 */
export function bucketizeSorted(index: StartIndex, count: number): Buckets | null {
  let from = Infinity;
  let to = -Infinity;
  for (const list of index) {
    if (list.length === 0) continue;
    from = Math.min(from, list[0] as number);
    to = Math.max(to, list[list.length - 1] as number);
  }
  if (from > to) return null;
  const n = Math.max(1, Math.floor(count));
  // ends[a][i]: how many errors of advice `a` fall in bars 0..i.
  const ends = index.map((list) =>
    Array.from({ length: n }, (_, i) =>
      i === n - 1 ? list.length : firstWhere(list, (t) => bucketIndex(t, from, to, n) > i),
    ),
  );
  const width = (to - from) / n;
  const totals: number[] = [];
  const buckets = Array.from({ length: n }, (_, i) => {
    const counts = ends.map((e) => (e[i] as number) - (i === 0 ? 0 : (e[i - 1] as number)));
    const total = counts.reduce((sum, c) => sum + c, 0);
    totals.push(total);
    return { from: from + i * width, to: i === n - 1 ? to : from + (i + 1) * width, total, counts };
  });
  return { from, to, buckets, max: Math.max(...totals) };
}
