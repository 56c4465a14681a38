import { listDelta } from './listDelta';

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
    const delta = listDelta(source, items);
    if (delta === null) return full(items);
    const { dropped, addedFrom } = delta;

    // Both lists are in order, so the dropped ones lead the old result.
    const droppedSet = dropped > 0 ? new Set(source.slice(0, dropped)) : null;
    let first = 0;
    while (droppedSet !== null && first < result.length && droppedSet.has(result[first] as T)) {
      first++;
    }
    const added = items.slice(addedFrom).filter(keep);
    source = items;
    result = first === 0 && added.length === 0 ? result : result.slice(first).concat(added);
    return result;
  };
}
