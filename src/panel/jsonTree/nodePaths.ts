import { ancestorsOf, KIND, type FlatTree } from './flatTree';

/** The keys from the root down to `node`. */
function keysTo(tree: FlatTree, node: number): (string | number)[] {
  const chain = [node, ...ancestorsOf(tree, node)].reverse();
  const out: (string | number)[] = [];
  for (const n of chain) {
    const key = tree.keys[n];
    if (key !== null && key !== undefined) out.push(key);
  }
  return out;
}

/** RFC 6901 JSON Pointer: "" for the root, "~" and "/" escaped as "~0" and "~1". */
export function pointerOf(tree: FlatTree, node: number): string {
  return keysTo(tree, node)
    .map((k) => '/' + String(k).replaceAll('~', '~0').replaceAll('/', '~1'))
    .join('');
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A JavaScript property path, as DevTools' "Copy property path": `error.details["a b"][0]`. */
export function propertyPathOf(tree: FlatTree, node: number): string {
  let out = '';
  for (const key of keysTo(tree, node)) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (IDENTIFIER.test(key) && key !== '__proto__') out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** Past this depth a copied value is written without indentation, which would grow quadratically. */
const INDENT_DEPTH_LIMIT = 64;

function primitiveJson(tree: FlatTree, node: number): string {
  const value = tree.values[node] ?? null;
  // JSON.parse never yields NaN or Infinity; stringify of a finite number is its JSON text.
  return JSON.stringify(value);
}

/**
 * The JSON text of a node's subtree, written by one loop over its range (no recursion, so any
 * depth works): indented by two spaces unless it is deeper than INDENT_DEPTH_LIMIT.
 */
export function subtreeJson(tree: FlatTree, node: number): string {
  const end = tree.end[node] ?? node + 1;
  const base = tree.depth[node] ?? 0;
  let deepest = 0;
  for (let i = node; i < end; i++) deepest = Math.max(deepest, (tree.depth[i] ?? 0) - base);
  const pretty = deepest <= INDENT_DEPTH_LIMIT;
  const newline = (level: number) => (pretty ? '\n' + '  '.repeat(level) : '');
  const parts: string[] = [];
  const open: number[] = []; // containers written but not yet closed
  const close = () => {
    const c = open.pop() as number;
    const empty = (tree.childCount[c] ?? 0) === 0;
    const level = (tree.depth[c] ?? 0) - base;
    const bracket = tree.kind[c] === KIND.array ? ']' : '}';
    parts.push(empty ? bracket : newline(level) + bracket);
  };
  for (let i = node; i < end; i++) {
    while (open.length > 0 && (tree.end[open[open.length - 1] as number] ?? 0) <= i) close();
    const level = (tree.depth[i] ?? 0) - base;
    if (i !== node) {
      const p = tree.parent[i] ?? -1;
      if (i !== p + 1) parts.push(',');
      parts.push(newline(level));
      if (tree.kind[p] === KIND.object)
        parts.push(JSON.stringify(tree.keys[i]) + (pretty ? ': ' : ':'));
    }
    const kind = tree.kind[i];
    if (kind === KIND.object || kind === KIND.array) {
      parts.push(kind === KIND.array ? '[' : '{');
      open.push(i);
    } else {
      parts.push(primitiveJson(tree, i));
    }
  }
  while (open.length > 0) close();
  return parts.join('');
}

/** What "Copy value" copies: a string as itself, anything else as JSON text. */
export function copyableValue(tree: FlatTree, node: number): string {
  const value = tree.values[node];
  return tree.kind[node] === KIND.string ? String(value) : subtreeJson(tree, node);
}
