/**
 * A parsed JSON body as flat arrays in pre-order: node 0 is the root, and a node's subtree is
 * the range [i, end[i]). Built and walked with loops, never recursion, so a body nested 100,000
 * levels deep cannot overflow the stack; views over it (visible rows, find, paths) are linear.
 */

export const KIND = { object: 0, array: 1, string: 2, number: 3, boolean: 4, null: 5 } as const;
export type Kind = (typeof KIND)[keyof typeof KIND];

export type Primitive = string | number | boolean | null;

export interface FlatTree {
  readonly size: number;
  /** -1 for the root. */
  readonly parent: Int32Array;
  /** One past the node's last descendant. */
  readonly end: Int32Array;
  readonly depth: Int32Array;
  readonly childCount: Int32Array;
  readonly kind: Uint8Array;
  /** The member name, the array index, or null for the root. */
  readonly keys: readonly (string | number | null)[];
  /** The value of a primitive node; null for containers (see `kind`). */
  readonly values: readonly Primitive[];
}

/** Bodies with more nodes than this stay in the text view: a 4 MB body holds fewer. */
export const MAX_TREE_NODES = 1_000_000;

export function isContainer(tree: FlatTree, node: number): boolean {
  const kind = tree.kind[node];
  return kind === KIND.object || kind === KIND.array;
}

function kindOf(value: unknown): Kind {
  if (value === null) return KIND.null;
  if (Array.isArray(value)) return KIND.array;
  switch (typeof value) {
    case 'object':
      return KIND.object;
    case 'string':
      return KIND.string;
    case 'number':
      return KIND.number;
    case 'boolean':
      return KIND.boolean;
    default:
      return KIND.null; // JSON.parse yields nothing else
  }
}

/**
 * Flattens a value from JSON.parse; `null` past `maxNodes`. Own keys only, read as data: a
 * "__proto__" member is a plain key here, as JSON.parse made it.
 */
export function flatten(root: unknown, maxNodes = MAX_TREE_NODES): FlatTree | null {
  const keys: (string | number | null)[] = [];
  const values: Primitive[] = [];
  const kinds: Kind[] = [];
  const parents: number[] = [];
  const depths: number[] = [];
  const counts: number[] = [];
  // The pending nodes, last first: children are pushed in reverse so they pop in order.
  const stackValue: unknown[] = [root];
  const stackKey: (string | number | null)[] = [null];
  const stackParent: number[] = [-1];
  while (stackValue.length > 0) {
    if (keys.length >= maxNodes) return null;
    const value = stackValue.pop();
    const key = stackKey.pop() ?? null;
    const parent = stackParent.pop() ?? -1;
    const node = keys.length;
    const kind = kindOf(value);
    keys.push(key);
    kinds.push(kind);
    parents.push(parent);
    depths.push(parent < 0 ? 0 : (depths[parent] ?? 0) + 1);
    values.push(kind === KIND.object || kind === KIND.array ? null : (value as Primitive));
    if (kind === KIND.array) {
      const items = value as readonly unknown[];
      counts.push(items.length);
      for (let i = items.length - 1; i >= 0; i--) {
        stackValue.push(items[i]);
        stackKey.push(i);
        stackParent.push(node);
      }
    } else if (kind === KIND.object) {
      const obj = value as Readonly<Record<string, unknown>>;
      const names = Object.keys(obj);
      counts.push(names.length);
      for (let i = names.length - 1; i >= 0; i--) {
        const name = names[i] as string;
        stackValue.push(obj[name]);
        stackKey.push(name);
        stackParent.push(node);
      }
    } else {
      counts.push(0);
    }
  }
  return freeze(keys, values, kinds, parents, depths, counts);
}

function freeze(
  keys: (string | number | null)[],
  values: Primitive[],
  kinds: Kind[],
  parents: number[],
  depths: number[],
  counts: number[],
): FlatTree {
  const size = keys.length;
  const parent = Int32Array.from(parents);
  // Subtree sizes from the leaves up: in pre-order every child comes after its parent.
  const subtree = new Int32Array(size).fill(1);
  for (let i = size - 1; i > 0; i--) {
    const p = parent[i] ?? -1;
    if (p >= 0) subtree[p] = (subtree[p] ?? 0) + (subtree[i] ?? 0);
  }
  const end = new Int32Array(size);
  for (let i = 0; i < size; i++) end[i] = i + (subtree[i] ?? 1);
  return {
    size,
    parent,
    end,
    depth: Int32Array.from(depths),
    childCount: Int32Array.from(counts),
    kind: Uint8Array.from(kinds),
    keys,
    values,
  };
}

/** The node's ancestors, nearest first, the root last. */
export function ancestorsOf(tree: FlatTree, node: number): number[] {
  const out: number[] = [];
  for (let p = tree.parent[node] ?? -1; p >= 0; p = tree.parent[p] ?? -1) out.push(p);
  return out;
}
