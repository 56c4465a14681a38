import { describe, expect, it } from 'vitest';
import { interpretConditions, type MatchContext } from './conditions';
import type { Condition } from './packTypes';

const holds = (conditions: Condition[], body: unknown, context?: MatchContext) =>
  interpretConditions(conditions)(body, context);

describe('interpretConditions, value tests', () => {
  it.each<[Condition, unknown, boolean]>([
    [{ path: '/v', equals: 'x' }, 'x', true],
    [{ path: '/v', equals: 'x' }, 'y', false],
    [{ path: '/v', equals: null }, null, true],
    [{ path: '/v', equals: null }, undefined, false],
    [{ path: '/v', equals: 1 }, 1, true],
    [{ path: '/v', equals: { a: [1] } }, { a: [1] }, true],
    [{ path: '/v', equals: { a: [1] } }, { a: [2] }, false],
    [{ path: '/v', equals: [1, 2] }, [1, 2], true],
    [{ path: '/v', oneOf: [null, 'x'] }, undefined, false],
    [{ path: '/v', oneOf: [null, 'x'] }, null, true],
    [{ path: '/v', oneOf: [{ a: 1 }] }, { a: 1 }, true],
    [{ path: '/v', oneOf: [{ a: 1 }] }, { a: 2 }, false],
    [{ path: '/v', between: [400, 499] }, 400, true],
    [{ path: '/v', between: [400, 499] }, 499, true],
    [{ path: '/v', between: [400, 499] }, 399, false],
    [{ path: '/v', between: [400, 499] }, 500, false],
    [{ path: '/v', between: [400, 499] }, '450', false],
    [{ path: '/v', contains: 'rate' }, 'rate limited', true],
    [{ path: '/v', contains: 'rate' }, 'quota', false],
    [{ path: '/v', contains: 'rate' }, ['rate'], false],
    [{ path: '/v' }, 'x', false],
  ])('%j on %j: %s', (condition, value, expected) => {
    expect(holds([condition], value === undefined ? {} : { v: value })).toBe(expected);
  });
});

describe('interpretConditions, the response', () => {
  it.each<[Condition, MatchContext | undefined, boolean]>([
    [{ httpStatus: [429] }, { status: 429 }, true],
    [{ httpStatus: [429] }, { status: 500 }, false],
    [{ httpStatus: [429] }, {}, false],
    [{ httpStatus: [429] }, undefined, false],
    [{ header: 'X-Err', exists: true }, { headers: [{ name: 'x-err', value: 'a' }] }, true],
    [{ header: 'X-Err', exists: true }, {}, false],
    [{ header: 'X-Err', exists: false }, undefined, true],
    [{ mediaType: 'Application/Problem+JSON' }, { mimeType: 'application/problem+json' }, true],
    [{ mediaType: 'application/json' }, {}, false],
  ])('%j with %j: %s', (condition, context, expected) => {
    expect(holds([condition], {}, context)).toBe(expected);
  });

  it('needs every condition of a list, and one of a single', () => {
    const two: Condition[] = [
      { path: '/a', exists: true },
      { path: '/b', exists: true },
    ];
    expect(holds(two, { a: 1, b: 1 })).toBe(true);
    expect(holds(two, { a: 1 })).toBe(false);
    expect(holds(two, { b: 1 })).toBe(false);
    expect(holds([], {})).toBe(true);
  });
});
