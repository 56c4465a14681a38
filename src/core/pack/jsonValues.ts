import { isObject } from '../json/guards';
import type { JsonType } from './packTypes';

/** Whether a value has a JSON type as a pack names it. `number` is any number, as typeof says. */
export function hasType(value: unknown, type: JsonType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number';
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'null':
      return value === null;
  }
}

// A hostile body can nest deeply; a pack's own value is small, so comparing stops at its depth.
const MAX_DEPTH = 64;

// Own keys of the objects conditions have listed, until the objects go. V8 lists every key of an
// object when for…in starts, so an early exit saved nothing: a pack whose conditions compared an
// 80,000-key body with a hundred `{}` took 2 s, and wrapped fifty times, 76 s (fuzz audit).
const KEYS = new WeakMap<object, readonly string[]>();

/** An object's own enumerable keys, listed once per object however many conditions ask. */
export function ownKeys(value: object): readonly string[] {
  let keys = KEYS.get(value);
  if (keys === undefined) KEYS.set(value, (keys = Object.keys(value)));
  return keys;
}

/** Deep equality of JSON values, own keys only; `expected` comes from a validated pack. */
export function jsonEquals(actual: unknown, expected: unknown, depth = 0): boolean {
  if (actual === expected) return true;
  if (depth > MAX_DEPTH || typeof expected !== 'object' || expected === null) return false;
  if (typeof actual !== 'object' || actual === null) return false;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false;
    return expected.every((item, i) => jsonEquals((actual as unknown[])[i], item, depth + 1));
  }
  if (Array.isArray(actual) || !isObject(expected) || !isObject(actual)) return false;
  const keys = ownKeys(actual);
  if (keys.length !== Object.keys(expected).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(expected, key)) return false;
    if (!jsonEquals(actual[key], expected[key], depth + 1)) return false;
  }
  return true;
}

/** Whether every own key of `value` is in `allowed` (a pack's `keysIn`). */
export function onlyKeys(value: object, allowed: ReadonlySet<string>): boolean {
  const keys = ownKeys(value);
  // More keys than names allowed: one of them is not allowed, without looking.
  if (keys.length > allowed.size) return false;
  for (const key of keys) if (!allowed.has(key)) return false;
  return true;
}
