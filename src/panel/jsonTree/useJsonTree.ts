import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DecodedError } from '../../core/types';
import { useVirtualWindow, type VirtualWindow } from '../hooks/useVirtualWindow';
import { decoderFields } from './decoderFields';
import { isContainer, type FlatTree } from './flatTree';
import { buildFindIndex, findNodes, type FindIndex } from './treeFind';
import {
  collapseAll,
  expandAll,
  initialExpansion,
  revealed,
  rowOf,
  toggled,
  visibleRows,
  type Expansion,
} from './treeRows';

export interface FindState {
  readonly query: string;
  readonly matches: readonly number[];
  /** Index into `matches` of the match on show. */
  readonly current: number;
}

export interface JsonTreeModel {
  readonly tree: FlatTree;
  /** ROLE bits per node: what the decoder read there. */
  readonly roles: Uint8Array;
  readonly open: Expansion;
  readonly rows: Int32Array;
  readonly view: VirtualWindow;
  readonly selected: number | null;
  readonly find: FindState;
  readonly matchSet: ReadonlySet<number>;
  toggle(node: number): void;
  expandAll(): void;
  collapseAll(): void;
  /** Opens the path to `node`, selects it and scrolls it into view. */
  show(node: number): void;
  select(node: number): void;
  search(query: string): void;
  step(delta: 1 | -1): void;
  onKey(key: string): boolean;
}

function marked(roles: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < roles.length; i++) if (roles[i] !== 0) out.push(i);
  return out;
}

const NO_FIND: FindState = { query: '', matches: [], current: 0 };

/** The state of one tree view: open containers, selection, find, and the window of rows. */
export function useJsonTree(tree: FlatTree, decoded: DecodedError): JsonTreeModel {
  const roles = useMemo(() => decoderFields(tree, decoded), [tree, decoded]);
  const [open, setOpen] = useState(() => initialExpansion(tree, marked(roles)));
  const rows = useMemo(() => visibleRows(tree, open), [tree, open]);
  const view = useVirtualWindow(rows.length, { follow: false });
  const [selected, setSelected] = useState<number | null>(null);
  const [find, setFind] = useState<FindState>(NO_FIND);
  // Built on the first search only: most bodies are never searched.
  const [index, setIndex] = useState<FindIndex | null>(null);
  const matchSet = useMemo(() => new Set(find.matches), [find.matches]);
  // A node to scroll to once the rows that hold it are rendered.
  const pending = useRef<number | null>(null);

  const { reveal } = view;
  useLayoutEffect(() => {
    const node = pending.current;
    if (node === null) return;
    pending.current = null;
    const row = rowOf(rows, node);
    if (row >= 0) reveal(row);
  });

  const toggle = useCallback((node: number) => setOpen((o) => toggled(o, node)), []);

  const show = (node: number) => {
    setOpen((o) => revealed(tree, o, node));
    setSelected(node);
    pending.current = node;
  };

  const search = (query: string) => {
    const idx = index ?? buildFindIndex(tree);
    if (index === null) setIndex(idx);
    const matches = findNodes(idx, query);
    setFind({ query, matches, current: 0 });
    if (matches[0] !== undefined) show(matches[0]);
  };

  const step = (delta: 1 | -1) => {
    const n = find.matches.length;
    if (n === 0) return;
    const current = (find.current + delta + n) % n;
    setFind({ ...find, current });
    show(find.matches[current] ?? 0);
  };

  /** Tree keys, as in DevTools' tree outlines; true when the key was used. */
  const onKey = (key: string): boolean => {
    const at = selected === null ? -1 : rowOf(rows, selected);
    const node = selected ?? -1;
    const moveTo = (row: number) => {
      const target = rows[Math.max(0, Math.min(rows.length - 1, row))];
      if (target !== undefined) show(target);
    };
    switch (key) {
      case 'ArrowDown':
        moveTo(at + 1);
        return true;
      case 'ArrowUp':
        moveTo(at < 0 ? 0 : at - 1);
        return true;
      case 'Home':
        moveTo(0);
        return true;
      case 'End':
        moveTo(rows.length - 1);
        return true;
      case 'ArrowRight':
        if (node > 0 && isContainer(tree, node)) {
          if (open[node] !== 1) setOpen((o) => toggled(o, node));
          else if ((tree.childCount[node] ?? 0) > 0) show(node + 1);
        }
        return node > 0;
      case 'ArrowLeft':
        if (node > 0 && isContainer(tree, node) && open[node] === 1) {
          setOpen((o) => toggled(o, node));
        } else if ((tree.parent[node] ?? 0) > 0) {
          show(tree.parent[node] ?? 0);
        }
        return node > 0;
      default:
        return false;
    }
  };

  return {
    tree,
    roles,
    open,
    rows,
    view,
    selected,
    find,
    matchSet,
    toggle,
    expandAll: () => setOpen(expandAll(tree)),
    collapseAll: () => setOpen(collapseAll(tree)),
    show,
    select: setSelected,
    search,
    step,
    onKey,
  };
}
