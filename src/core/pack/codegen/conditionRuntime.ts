/**
 * The small tests that generated conditions (src/core/packs/conditions.generated.ts) call: each
 * is one direct call that V8 inlines, where the interpreter's closures were calls it could not.
 * Their meaning is conditions.ts's, test for test; generatedConditions.test.ts holds that.
 */
import { lowerHeaderValue } from '../../http/headers';
import { isObject } from '../../json/guards';
import { jsonEquals } from '../jsonValues';
import type { MatchContext } from '../conditions';
import { mediaTypeOf } from '../mediaType';

const NO_HEADERS: readonly never[] = [];

/** A response header's value, `undefined` when absent: what a `header` condition tests. */
export function headerValue(context: MatchContext | undefined, lower: string): string | undefined {
  return lowerHeaderValue(context?.headers ?? NO_HEADERS, lower) ?? undefined;
}

export function mediaTypeIs(context: MatchContext | undefined, wanted: string): boolean {
  return mediaTypeOf(context?.mimeType ?? '') === wanted;
}

export function statusIn(
  context: MatchContext | undefined,
  statuses: ReadonlySet<number>,
): boolean {
  return context?.status !== undefined && statuses.has(context.status);
}

export function between(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && value >= min && value <= max;
}

export function contains(value: unknown, text: string): boolean {
  return typeof value === 'string' && value.includes(text);
}

export function keysIn(value: unknown, allowed: ReadonlySet<string>): boolean {
  if (!isObject(value)) return false;
  for (const key in value) if (!allowed.has(key)) return false;
  return true;
}

export { isObject };

/** `oneOf` with an object or array among its values: compared as JSON, as conditions.ts does. */
export function oneOfDeep(value: unknown, values: readonly unknown[]): boolean {
  return value !== undefined && values.some((v) => jsonEquals(value, v));
}

const hasOwn = Object.prototype.hasOwnProperty;

/** A member named like one of Object.prototype's ("constructor"): read only if the body owns it. */
export function ownMember(at: object, name: string): unknown {
  const value = (at as Record<string, unknown>)[name];
  return value !== undefined && hasOwn.call(at, name) ? value : undefined;
}

export { jsonEquals };
