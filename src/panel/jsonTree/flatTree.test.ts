import { describe, expect, it } from 'vitest';
import { ancestorsOf, flatten, KIND, type FlatTree } from './flatTree';
import {
  collapseAll,
  expandAll,
  initialExpansion,
  revealed,
  rowOf,
  toggled,
  visibleRows,
} from './treeRows';

function tree(value: unknown, max?: number): FlatTree {
  const t = flatten(value, max);
  if (t === null) throw new Error('too large');
  return t;
}

/** `[1, [[…[0]…]]]` nested `depth` levels, built as text so no recursion makes it either. */
function deepArray(depth: number): unknown {
  return JSON.parse('['.repeat(depth) + '0' + ']'.repeat(depth));
}

describe('flatten', () => {
  it('lists nodes in document order, with each subtree as one range', () => {
    const t = tree({ a: 1, b: { c: 'x', d: [true, null] }, e: 2 });
    expect(t.keys).toEqual([null, 'a', 'b', 'c', 'd', 0, 1, 'e']);
    expect(Array.from(t.parent)).toEqual([-1, 0, 0, 2, 2, 4, 4, 0]);
    expect(Array.from(t.end)).toEqual([8, 2, 7, 4, 7, 6, 7, 8]);
    expect(Array.from(t.depth)).toEqual([0, 1, 1, 2, 2, 3, 3, 1]);
    expect(Array.from(t.childCount)).toEqual([3, 0, 2, 0, 2, 0, 0, 0]);
    expect(Array.from(t.kind)).toEqual([
      KIND.object,
      KIND.number,
      KIND.object,
      KIND.string,
      KIND.array,
      KIND.boolean,
      KIND.null,
      KIND.number,
    ]);
    expect(t.values[3]).toBe('x');
    expect(ancestorsOf(t, 5)).toEqual([4, 2, 0]);
  });

  it('keeps "__proto__" and "constructor" as plain members', () => {
    const t = tree(JSON.parse('{"__proto__":{"polluted":1},"constructor":"c"}'));
    expect(t.keys).toEqual([null, '__proto__', 'polluted', 'constructor']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('walks 100,000 levels of nesting without recursion', () => {
    const t = tree(deepArray(100_000));
    expect(t.size).toBe(100_001);
    expect(t.depth[100_000]).toBe(100_000);
    expect(t.end[0]).toBe(100_001);
  });

  it('gives up past the node limit rather than build a huge tree', () => {
    expect(flatten(new Array(1000).fill(0), 500)).toBeNull();
    expect(flatten(new Array(499).fill(0), 500)?.size).toBe(500);
  });
});

describe('visible rows', () => {
  const t = tree({ a: { b: { c: 1 } }, d: [1, 2, 3] });
  // nodes: 0 root, 1 a, 2 b, 3 c, 4 d, 5..7 items

  it('shows the members of open containers only, without a row for the root', () => {
    expect(Array.from(visibleRows(t, collapseAll(t)))).toEqual([1, 4]);
    expect(Array.from(visibleRows(t, expandAll(t)))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const aOpen = toggled(collapseAll(t), 1);
    expect(Array.from(visibleRows(t, aOpen))).toEqual([1, 2, 4]);
    expect(Array.from(visibleRows(t, toggled(aOpen, 1)))).toEqual([1, 4]);
  });

  it('opens the path to a node, and finds its row', () => {
    const open = revealed(t, collapseAll(t), 3);
    const rows = visibleRows(t, open);
    expect(Array.from(rows)).toEqual([1, 2, 3, 4]);
    expect(rowOf(rows, 3)).toBe(2);
    expect(rowOf(rows, 6)).toBe(-1);
    expect(revealed(t, open, 3)).toBe(open); // nothing to open: the same array
  });

  it('opens a small body whole, and a large one two levels deep plus the marked paths', () => {
    expect(initialExpansion(t, []).every((b) => b === 1)).toBe(true);
    const big = tree({ a: { b: { c: { d: 1 } } }, list: new Array(300).fill({ x: { y: 1 } }) });
    const open = initialExpansion(big, [4]); // d
    expect(Array.from(visibleRows(big, open)).slice(0, 4)).toEqual([1, 2, 3, 4]);
    const firstItem = 6;
    expect(big.keys[firstItem]).toBe(0);
    expect(open[firstItem]).toBe(0);
  });

  it('lists a million rows of an expanded body in one pass', () => {
    const wide = tree(new Array(999_999).fill(1));
    const started = performance.now();
    expect(visibleRows(wide, expandAll(wide)).length).toBe(999_999);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
