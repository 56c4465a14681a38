import { KIND, type FlatTree } from './flatTree';

/**
 * Every node's searchable text (member name and primitive value), lower-cased once, joined by
 * separators no query can hold. Built on first use; each search is then one scan of it.
 */
export interface FindIndex {
  readonly haystack: string;
  /** Where each node's text starts in `haystack`; one extra entry marks the end. */
  readonly starts: Int32Array;
}

const NODE_SEP = '\u0000';
const KEY_SEP = '\u0001';
/** Longer queries are cut: a search stays linear in the body whatever is typed. */
export const MAX_QUERY = 200;

function valueText(tree: FlatTree, node: number): string {
  const kind = tree.kind[node];
  if (kind === KIND.object || kind === KIND.array) return '';
  return String(tree.values[node]);
}

export function buildFindIndex(tree: FlatTree): FindIndex {
  const parts: string[] = [];
  const starts = new Int32Array(tree.size + 1);
  let at = 0;
  for (let i = 0; i < tree.size; i++) {
    starts[i] = at;
    const key = tree.keys[i];
    // Array indexes are positions, not text the user would look for.
    const name = typeof key === 'string' ? key : '';
    const text = (name + KEY_SEP + valueText(tree, i)).toLowerCase() + NODE_SEP;
    parts.push(text);
    at += text.length;
  }
  starts[tree.size] = at;
  return { haystack: parts.join(''), starts };
}

/** Lower-cased and cut to MAX_QUERY, without the separators; '' finds nothing. */
export function normalizeQuery(query: string): string {
  return query.replaceAll(NODE_SEP, '').replaceAll(KEY_SEP, '').slice(0, MAX_QUERY).toLowerCase();
}

/**
 * The nodes whose member name or value holds `query`, case-insensitively, in document order.
 * After a hit the scan jumps to the next node, so each node is reported once and the whole
 * search is one pass over the haystack.
 */
export function findNodes(index: FindIndex, query: string): number[] {
  const q = normalizeQuery(query);
  if (q === '') return [];
  const { haystack, starts } = index;
  const found: number[] = [];
  let node = 0;
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(q, from);
    if (at < 0) break;
    while ((starts[node + 1] ?? Infinity) <= at) node++;
    if (node > 0) found.push(node); // the root is no row: its text is empty anyway
    from = starts[node + 1] ?? haystack.length;
  }
  return found;
}
