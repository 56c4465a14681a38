import type { Condition } from '../packTypes';

/** The key a pack's claim is looked up by: its success and match lists' JSON. */
export function claimKey(
  success: readonly Condition[] | undefined,
  match: readonly Condition[],
): string {
  return JSON.stringify({ success, match });
}

/** The key a list is looked up by at run time: its JSON, as the pack states it. */
export function conditionsKey(conditions: readonly Condition[]): string {
  return JSON.stringify(conditions);
}
