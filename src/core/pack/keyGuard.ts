import type { Condition } from './packTypes';
import { parsePointer } from './pointer';

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * A top-level key that an object body must own for all of `conditions` to hold, or `undefined`
 * when none is certain. A condition on a pointer below the root fails whenever the first token
 * is absent, unless it accepts an absent value (`exists: false`, `not`, `anyOf`…: skipped here).
 */
export function requiredKey(conditions: readonly Condition[]): string | undefined {
  for (const c of conditions) {
    // The same precedence as compileCondition: only a plain test of a body pointer counts.
    const combined = c.anyOf ?? c.allOf ?? c.not ?? c.of ?? c.mediaType ?? c.header;
    if (combined !== undefined || c.path === undefined) continue;
    const rejectsAbsent =
      c.exists !== undefined
        ? c.exists
        : c.equals !== undefined ||
          c.type !== undefined ||
          c.oneOf !== undefined ||
          c.between !== undefined ||
          c.keysIn !== undefined ||
          c.contains !== undefined;
    const first = parsePointer(c.path)?.[0];
    if (rejectsAbsent && first !== undefined) return first;
  }
  return undefined;
}

/**
 * Compiled once per pack: a cheap test that rejects an object body neither the success nor the
 * match conditions could hold for, from the keys they need (`/jsonrpc` for JSON-RPC), so that
 * a body is not walked through every pack's conditions. `null` when the pack needs no key.
 */
/**
 * The top-level keys of which an object body must own at least one for the success or the
 * match conditions to hold; `undefined` when no key is certain.
 */
export function neededKeys(
  success: readonly Condition[] | undefined,
  match: readonly Condition[],
): readonly string[] | undefined {
  const matchKey = requiredKey(match);
  if (matchKey === undefined) return undefined;
  if (success === undefined) return [matchKey];
  const successKey = requiredKey(success);
  if (successKey === undefined) return undefined;
  return successKey === matchKey ? [matchKey] : [matchKey, successKey];
}

export function compileKeyGuard(
  success: readonly Condition[] | undefined,
  match: readonly Condition[],
): ((body: object) => boolean) | null {
  const matchKey = requiredKey(match);
  if (matchKey === undefined) return null;
  if (success === undefined) return (body) => hasOwn.call(body, matchKey);
  const successKey = requiredKey(success);
  if (successKey === undefined) return null;
  if (successKey === matchKey) return (body) => hasOwn.call(body, matchKey);
  return (body) => hasOwn.call(body, matchKey) || hasOwn.call(body, successKey);
}
