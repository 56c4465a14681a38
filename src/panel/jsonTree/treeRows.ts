import { ancestorsOf, isContainer, type FlatTree } from './flatTree';

/** Which containers are open: one byte per node, so "expand all" is one fill. */
export type Expansion = Uint8Array;

/**
 * The rows on show: every node under open containers, in document order. The root is not a row
 * (it is always open), as in DevTools' Preview tab. One pass: a closed container skips its range.
 */
export function visibleRows(tree: FlatTree, open: Expansion): Int32Array {
  const rows = new Int32Array(Math.max(0, tree.size - 1));
  let n = 0;
  let i = 1;
  while (i < tree.size) {
    rows[n++] = i;
    i = isContainer(tree, i) && open[i] !== 1 ? (tree.end[i] ?? tree.size) : i + 1;
  }
  return rows.subarray(0, n);
}

/** Small bodies open whole; larger ones show their top level, as DevTools does. */
const OPEN_WHOLE_BELOW = 200;

/** The first view: small bodies whole, else the top two levels plus the paths to `reveal`. */
export function initialExpansion(tree: FlatTree, reveal: Iterable<number>): Expansion {
  const open = new Uint8Array(tree.size);
  if (tree.size <= OPEN_WHOLE_BELOW) return open.fill(1);
  open[0] = 1;
  for (let i = 1; i < tree.size; i++) if ((tree.depth[i] ?? 0) === 1) open[i] = 1;
  for (const node of reveal) for (const a of ancestorsOf(tree, node)) open[a] = 1;
  return open;
}

export function expandAll(tree: FlatTree): Expansion {
  return new Uint8Array(tree.size).fill(1);
}

export function collapseAll(tree: FlatTree): Expansion {
  const open = new Uint8Array(tree.size);
  open[0] = 1;
  return open;
}

export function toggled(open: Expansion, node: number): Expansion {
  const next = open.slice();
  next[node] = next[node] === 1 ? 0 : 1;
  return next;
}

/** Opens every ancestor of `node`; the same array when all were open already. */
export function revealed(tree: FlatTree, open: Expansion, node: number): Expansion {
  const closed = ancestorsOf(tree, node).filter((a) => open[a] !== 1);
  if (closed.length === 0) return open;
  const next = open.slice();
  for (const a of closed) next[a] = 1;
  return next;
}

/** The row index of `node` among `rows` (sorted by node), or -1 when it is hidden. */
export function rowOf(rows: Int32Array, node: number): number {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = rows[mid] ?? 0;
    if (at === node) return mid;
    if (at < node) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
