import { lowerHeaderValue } from '../http/headers';
import { isObject } from '../json/guards';
import type { Header } from '../types';
import { hasType, jsonEquals, onlyKeys } from './jsonValues';
import { mediaTypeOf } from './mediaType';
import type { Condition } from './packTypes';
import { pointerReader } from './pointer';
import { GENERATED_CONDITIONS } from '../packs/conditions.generated';
import { conditionsKey } from './codegen/keys';

/** What a condition may test besides the body. */
export interface MatchContext {
  /** The response MIME type as sent, parameters included; "" when unknown. */
  readonly mimeType?: string;
  readonly headers?: readonly Header[];
  readonly status?: number;
}

export type Test = (body: unknown, context: MatchContext | undefined) => boolean;

/**
 * All of a list must hold; an empty list always holds. Compiled once, when a pack loads: a list a
 * built-in pack states runs as generated code (packs/conditions.generated.ts), found by its JSON;
 * any other list, a user pack's, is interpreted.
 */
export function compileConditions(conditions: readonly Condition[]): Test {
  return GENERATED_CONDITIONS.get(conditionsKey(conditions)) ?? interpretConditions(conditions);
}

/** The interpreter: closures over the conditions, the meaning generated code must keep. */
export function interpretConditions(conditions: readonly Condition[]): Test {
  const tests = conditions.map(compileCondition);
  if (tests.length === 1) return tests[0] as Test;
  return (body, context) => {
    for (const test of tests) if (!test(body, context)) return false;
    return true;
  };
}

function compileCondition(c: Condition): Test {
  if (c.anyOf !== undefined) {
    const tests = c.anyOf.map(compileCondition);
    return (body, context) => {
      for (const test of tests) if (test(body, context)) return true;
      return false;
    };
  }
  if (c.allOf !== undefined) return interpretConditions(c.allOf);
  if (c.not !== undefined) {
    const test = compileCondition(c.not);
    return (body, context) => !test(body, context);
  }
  if (c.of !== undefined) {
    const tests = c.of.map(compileCondition);
    const needed = c.atLeast ?? 1;
    return (body, context) => {
      let held = 0;
      for (const test of tests) if (test(body, context) && ++held >= needed) return true;
      return false;
    };
  }
  if (c.mediaType !== undefined) {
    const wanted = c.mediaType.toLowerCase();
    return (_body, context) => mediaTypeOf(context?.mimeType ?? '') === wanted;
  }
  if (c.httpStatus !== undefined) {
    const statuses = c.httpStatus;
    return (_body, context) => context?.status !== undefined && statuses.includes(context.status);
  }
  const check = valueTest(c);
  if (c.header !== undefined) {
    const name = c.header.toLowerCase();
    return (_body, context) => check(lowerHeaderValue(context?.headers ?? [], name) ?? undefined);
  }
  const read = pointerReader(c.path ?? '');
  return (body) => check(read(body));
}

/** The test of one value (`undefined` when absent); a validated pack gives exactly one. */
function valueTest(c: Condition): (value: unknown) => boolean {
  if (c.exists !== undefined) {
    const exists = c.exists;
    return (value) => (value !== undefined) === exists;
  }
  if (c.equals !== undefined) {
    const expected = c.equals;
    if (typeof expected !== 'object' || expected === null) return (value) => value === expected;
    return (value) => jsonEquals(value, expected);
  }
  if (c.type !== undefined) {
    const type = c.type;
    return (value) => hasType(value, type);
  }
  if (c.oneOf !== undefined) {
    const values = c.oneOf;
    return (value) => value !== undefined && values.some((v) => jsonEquals(value, v));
  }
  if (c.between !== undefined) {
    const [min, max] = c.between;
    return (value) => typeof value === 'number' && value >= min && value <= max;
  }
  if (c.keysIn !== undefined) {
    const allowed = new Set(c.keysIn);
    return (value) => isObject(value) && onlyKeys(value, allowed);
  }
  if (c.contains !== undefined) {
    const text = c.contains;
    return (value) => typeof value === 'string' && value.includes(text);
  }
  return () => false;
}
