/**
 * The item with `id` in a list ordered by id, as the capture list is (ids are handed out in
 * arrival order): a binary search, so an open details pane does not walk 100,000 rows on each
 * store write. A list out of order (rows from elsewhere) is still searched, in full.
 */
export function findById<T extends { readonly id: number }>(
  items: readonly T[],
  id: number,
): T | null {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = (items[mid] as T).id;
    if (at === id) return items[mid] as T;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return items.find((e) => e.id === id) ?? null;
}
