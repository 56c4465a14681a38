import type { DecodedError, DecodedItem, FieldError } from '../../core/types';
import { KIND, type FlatTree } from './flatTree';

/** What the decoder took from a node, as bits: a node can be both code and message. */
export const ROLE = { code: 1, message: 2, requestId: 4, fieldError: 8, retryHint: 16 } as const;
export type RoleName = keyof typeof ROLE;
export const ROLE_NAMES: readonly RoleName[] = [
  'code',
  'message',
  'requestId',
  'fieldError',
  'retryHint',
];

/** Member names a format reads each field from, best first; any other name is a fallback. */
const CODE_KEYS = new Set(['code', 'type', 'error_code', 'errorCode']);
const MESSAGE_KEYS = new Set(['message', 'detail', 'title', 'error', 'msg', 'description']);
const REQUEST_ID = /^(x[-_]?)?(request|trace|correlation)[-_]?id$/i;
/** Retry hints in a body: retryAfter, retry_after, retryDelay (google.rpc.RetryInfo), backoff… */
const RETRY_HINT = /^retry|backoff|^x[-_]?ratelimit[-_]?reset|^rate[-_]?limit[-_]?reset/i;

/**
 * The nodes the decoder read. A format states where it read each field (`pointers`, JSON
 * Pointers); a result without them (a body no format recognized, whose loose message the decoder
 * picked by member name) is searched by value, a value under a member name the formats use for
 * that field winning over the same value elsewhere. Retry hints are found by member name: the
 * decoder's own delays come from headers. Every walk here is one loop over the tree.
 */
export function decoderFields(tree: FlatTree, decoded: DecodedError): Uint8Array {
  const roles = new Uint8Array(tree.size);
  const items: readonly DecodedItem[] = decoded.batch.length > 0 ? decoded.batch : [decoded];
  const byValue = { codes: new Set<string>(), messages: new Set<string>() };
  for (const item of items) {
    const at = item.pointers;
    if (at === undefined) {
      if (item.code !== null) byValue.codes.add(String(item.code));
      if (item.message !== null) byValue.messages.add(item.message);
      markFieldErrors(tree, roles, item.fieldErrors, 0);
      continue;
    }
    if (item.code !== null) markAt(tree, roles, ROLE.code, at.code);
    if (item.message !== null) markAt(tree, roles, ROLE.message, at.message);
    const list = at.fieldErrors === undefined ? -1 : resolvePointer(tree, at.fieldErrors);
    if (list >= 0) markFieldErrors(tree, roles, item.fieldErrors, list);
  }
  markPreferred(tree, roles, ROLE.code, byValue.codes, (key) => CODE_KEYS.has(key));
  markPreferred(tree, roles, ROLE.message, byValue.messages, (key) => MESSAGE_KEYS.has(key));
  const id = decoded.requestId;
  if (decoded.pointers !== undefined) {
    // A format that read no request id in the body got it from a header: nothing to mark.
    if (id !== null) markAt(tree, roles, ROLE.requestId, decoded.pointers.requestId);
  } else if (id !== null) {
    markPreferred(tree, roles, ROLE.requestId, new Set([id]), (key) => REQUEST_ID.test(key));
  }
  for (let i = 1; i < tree.size; i++) {
    const key = tree.keys[i];
    if (typeof key === 'string' && RETRY_HINT.test(key))
      roles[i] = (roles[i] ?? 0) | ROLE.retryHint;
  }
  return roles;
}

/** The node an RFC 6901 pointer names, or -1. */
export function resolvePointer(tree: FlatTree, pointer: string): number {
  if (pointer === '') return 0;
  if (!pointer.startsWith('/')) return -1;
  let node = 0;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    const array = tree.kind[node] === KIND.array;
    const end = tree.end[node] ?? node;
    let found = -1;
    for (let c = node + 1; c < end; c = tree.end[c] ?? end) {
      const key = tree.keys[c];
      if (array ? String(key) === segment : key === segment) {
        found = c;
        break;
      }
    }
    if (found < 0) return -1;
    node = found;
  }
  return node;
}

function markAt(tree: FlatTree, roles: Uint8Array, role: number, pointer: string | undefined) {
  const node = pointer === undefined ? -1 : resolvePointer(tree, pointer);
  if (node > 0) roles[node] = (roles[node] ?? 0) | role;
}

function primitiveText(tree: FlatTree, node: number): string | null {
  const kind = tree.kind[node];
  if (kind === KIND.string || kind === KIND.number) return String(tree.values[node]);
  return null;
}

/**
 * Marks the primitives holding one of `wanted` under a preferred member name; when none is
 * under such a name, every primitive holding it (the decoder read it somewhere).
 */
function markPreferred(
  tree: FlatTree,
  roles: Uint8Array,
  role: number,
  wanted: ReadonlySet<string>,
  preferred: (key: string) => boolean,
): void {
  if (wanted.size === 0) return;
  const anywhere: number[] = [];
  let marked = false;
  for (let i = 1; i < tree.size; i++) {
    const text = primitiveText(tree, i);
    if (text === null || !wanted.has(text)) continue;
    const key = tree.keys[i];
    if (typeof key === 'string' && preferred(key)) {
      roles[i] = (roles[i] ?? 0) | role;
      marked = true;
    } else if (!marked) {
      anywhere.push(i);
    }
  }
  if (!marked) for (const i of anywhere) roles[i] = (roles[i] ?? 0) | role;
}

/**
 * Field errors come as a map (`{ amount: ["required"] }`) or a list (`[{ field, message }]`):
 * under `root`, mark each message, and the member or list item that names its field.
 */
function markFieldErrors(
  tree: FlatTree,
  roles: Uint8Array,
  errors: readonly FieldError[],
  root: number,
): void {
  if (errors.length === 0) return;
  const names = new Set(errors.map((e) => e.field));
  const wanted = new Set(errors.flatMap((e) => e.messages));
  const itemChecked = new Map<number, boolean>(); // list item → names a field
  const end = tree.end[root] ?? tree.size;
  for (let i = root + 1; i < end; i++) {
    if (tree.kind[i] !== KIND.string || !wanted.has(String(tree.values[i]))) continue;
    const key = tree.keys[i];
    const parent = tree.parent[i] ?? -1;
    const parentKey = parent > 0 ? tree.keys[parent] : null;
    if (typeof key === 'string' && names.has(key)) {
      roles[i] = (roles[i] ?? 0) | ROLE.fieldError; // { amount: "required" }
    } else if (typeof parentKey === 'string' && names.has(parentKey)) {
      roles[parent] = (roles[parent] ?? 0) | ROLE.fieldError; // { amount: ["required"] }
      roles[i] = (roles[i] ?? 0) | ROLE.fieldError;
    } else if (parent > 0 && namesField(tree, parent, names, itemChecked)) {
      roles[parent] = (roles[parent] ?? 0) | ROLE.fieldError; // [{ field: "amount", … }]
      roles[i] = (roles[i] ?? 0) | ROLE.fieldError;
    }
  }
}

/** Whether an object has a string member naming a field; each object is scanned once. */
function namesField(
  tree: FlatTree,
  node: number,
  names: ReadonlySet<string>,
  checked: Map<number, boolean>,
): boolean {
  const known = checked.get(node);
  if (known !== undefined) return known;
  let found = false;
  if (tree.kind[node] === KIND.object) {
    const end = tree.end[node] ?? node;
    for (let c = node + 1; c < end; c = tree.end[c] ?? end) {
      if (tree.kind[c] === KIND.string && names.has(String(tree.values[c]))) found = true;
    }
  }
  checked.set(node, found);
  return found;
}
