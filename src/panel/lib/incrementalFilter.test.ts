import { describe, expect, it, vi } from 'vitest';
import { incrementalFilter } from './incrementalFilter';

type Item = { readonly n: number };
const items = (from: number, to: number): Item[] =>
  Array.from({ length: to - from }, (_, i) => ({ n: from + i }));
const even = (x: Item) => x.n % 2 === 0;

describe('incrementalFilter', () => {
  it('equals a plain filter through appends and front drops', () => {
    const filter = incrementalFilter(even);
    let list: readonly Item[] = items(0, 10);
    expect(filter(list)).toEqual(list.filter(even));
    list = list.concat(items(10, 13));
    expect(filter(list)).toEqual(list.filter(even));
    list = list.slice(5).concat(items(13, 20)); // a capped buffer overflowed
    expect(filter(list)).toEqual(list.filter(even));
    list = list.slice(0, 3); // not an append: a full pass
    expect(filter(list)).toEqual(list.filter(even));
    expect(filter([])).toEqual([]);
  });

  it('tests only the new items after an append', () => {
    const keep = vi.fn(even);
    const filter = incrementalFilter(keep);
    const first = items(0, 100);
    filter(first);
    keep.mockClear();
    filter(first.slice(10).concat(items(100, 103)));
    expect(keep).toHaveBeenCalledTimes(3);
  });

  it('returns the same array for the same input', () => {
    const filter = incrementalFilter(even);
    const list = items(0, 5);
    expect(filter(list)).toBe(filter(list));
  });
});
