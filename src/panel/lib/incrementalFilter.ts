/**
 * Filters a list that mostly grows at the end and loses items at the front (a capped buffer):
 * after the first full pass, each new version costs only its new items, so a burst of batches
 * does not re-filter 5,000 rows every 50 ms. The result always equals `items.filter(keep)`.
 */
export function incrementalFilter<T>(
  keep: (item: T) => boolean,
): (items: readonly T[]) => readonly T[] {
  let source: readonly T[] = [];
  let result: readonly T[] = [];

  const full = (items: readonly T[]) => {
    source = items;
    result = items.filter(keep);
    return result;
  };

  return (items) => {
    if (items === source) return result;
    const prevLast = source[source.length - 1];
    if (prevLast === undefined || items.length === 0) return full(items);
    // Where the old last item sits now tells how many were dropped at the front.
    let at = items.length - 1;
    while (at >= 0 && items[at] !== prevLast) at--;
    const dropped = source.length - 1 - at;
    if (at < 0 || dropped < 0 || items[0] !== source[dropped]) return full(items);

    // Both lists are in order, so the dropped ones lead the old result.
    const droppedSet = dropped > 0 ? new Set(source.slice(0, dropped)) : null;
    let first = 0;
    while (droppedSet !== null && first < result.length && droppedSet.has(result[first] as T)) {
      first++;
    }
    const added = items.slice(at + 1).filter(keep);
    source = items;
    result = first === 0 && added.length === 0 ? result : result.slice(first).concat(added);
    return result;
  };
}
