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
  const keys = Object.keys(expected);
  let count = 0;
  // for…in with an early exit: a hostile object may hold a million keys.
  for (const key in actual) {
    if (!Object.prototype.hasOwnProperty.call(actual, key)) continue;
    if (++count > keys.length || !Object.prototype.hasOwnProperty.call(expected, key)) return false;
    if (!jsonEquals(actual[key], expected[key], depth + 1)) return false;
  }
  return count === keys.length;
}
