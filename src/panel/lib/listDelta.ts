/**
 * How a list that mostly grows at the end and loses items at the front (a capped buffer) changed
 * since an older version: `dropped` items gone from the front, and the items from `addedFrom` on
 * are new. `null` when it is not such a change (a clear, a replaced row, a new filter): start over.
 */
export function listDelta<T>(
  before: readonly T[],
  after: readonly T[],
): { readonly dropped: number; readonly addedFrom: number } | null {
  const prevLast = before[before.length - 1];
  if (prevLast === undefined || after.length === 0) return null;
  // Where the old last item sits now tells how many were dropped at the front.
  let at = after.length - 1;
  while (at >= 0 && after[at] !== prevLast) at--;
  const dropped = before.length - 1 - at;
  if (at < 0 || dropped < 0 || after[0] !== before[dropped]) return null;
  return { dropped, addedFrom: at + 1 };
}
