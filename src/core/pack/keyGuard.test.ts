import { describe, expect, it } from 'vitest';
import { compileKeyGuard } from './keyGuard';
import { compileEnvelope } from './readEnvelope';
import { pointerReader } from './pointer';
import type { Condition } from './packTypes';

const guard = (success: Condition[] | undefined, match: Condition[]) =>
  compileKeyGuard(success, match);

describe('compileKeyGuard', () => {
  it('rejects an object body without the key the match conditions need', () => {
    const test = guard(undefined, [{ path: '/error/code', type: 'number' }]);
    expect(test?.({ error: {} })).toBe(true);
    expect(test?.({ fault: {} })).toBe(false);
  });

  it('lets through a body with only the success key, when success and match need different keys', () => {
    const test = guard([{ path: '/result', exists: true }], [{ path: '/error', type: 'object' }]);
    expect(test?.({ result: 1 })).toBe(true);
    expect(test?.({ error: {} })).toBe(true);
    expect(test?.({ id: 1 })).toBe(false);
  });

  it('counts own keys only: an inherited "constructor" is no key', () => {
    const test = guard(undefined, [{ path: '/constructor', exists: true }]);
    expect(test?.({})).toBe(false);
    expect(test?.(JSON.parse('{"constructor": 1}') as object)).toBe(true);
  });

  it('makes no guard from conditions that hold for an absent key', () => {
    const absentOk: Condition[][] = [
      [{ path: '/jsonrpc', exists: false }],
      [{ path: '/x', exists: false, equals: 1 }], // exists is tested first, as compileCondition does
      [{ not: { path: '/error', type: 'object' } }],
      [
        {
          anyOf: [
            { path: '/a', exists: true },
            { path: '/b', exists: true },
          ],
        },
      ],
      [{ header: 'X-Error', exists: true }],
      [{ mediaType: 'application/problem+json' }],
      [{ path: '', keysIn: ['data'] }],
    ];
    for (const match of absentOk) expect(guard(undefined, match)).toBeNull();
    expect(
      guard([{ path: '/ok', exists: false }], [{ path: '/error', type: 'object' }]),
    ).toBeNull();
  });

  it('keeps the success shape of a pack whose success key differs from its match key', () => {
    const read = compileEnvelope(
      {
        success: [{ path: '/data', type: 'object' }],
        match: [{ path: '/fault', type: 'object' }],
        code: '/fault/reason',
      },
      [],
    );
    expect(read({ data: {} }, undefined)).toEqual({ errors: [], requestId: null });
    expect(read({ fault: { reason: 'BOOM' } }, undefined)?.errors[0]?.code).toBe('BOOM');
    expect(read({ other: 1 }, undefined)).toBeNull();
  });
});

describe('pointerReader', () => {
  it('reads own properties only, "__proto__" and "constructor" included', () => {
    expect(pointerReader('/constructor')({})).toBeUndefined();
    expect(pointerReader('/toString')({ a: 1 })).toBeUndefined();
    expect(pointerReader('/__proto__')({})).toBeUndefined();
    expect(pointerReader('/__proto__')(JSON.parse('{"__proto__": 5}'))).toBe(5);
    expect(pointerReader('/a/constructor')({ a: { constructor: 'c' } })).toBe('c');
    expect(pointerReader('/a/b/c')({ a: { b: { c: null } } })).toBeNull();
  });
});

describe('compileKeyGuard, test by test', () => {
  it.each<Condition>([
    { path: '/k', equals: 1 },
    { path: '/k', type: 'string' },
    { path: '/k', oneOf: [1, 2] },
    { path: '/k', between: [1, 2] },
    { path: '/k', keysIn: ['a'] },
    { path: '/k', contains: 'x' },
    { path: '/k/deeper', exists: true },
  ])('needs key "k" for %j', (condition) => {
    const test = guard(undefined, [condition]);
    expect(test?.({ k: 1 })).toBe(true);
    expect(test?.({ j: 1 })).toBe(false);
  });

  // compileCondition runs a combination or a context test before a path: the path is ignored.
  it.each<Condition>([
    { anyOf: [{ path: '/a', exists: true }], path: '/k', exists: true },
    { allOf: [{ path: '/a', exists: false }], path: '/k', exists: true },
    { not: { path: '/a', exists: true }, path: '/k', exists: true },
    { atLeast: 1, of: [{ path: '/a', exists: true }], path: '/k', exists: true },
    { mediaType: 'application/json', path: '/k', exists: true },
    { header: 'x-k', path: '/k', exists: true },
    { equals: 1 },
    { path: 'k', exists: true },
    { path: '/k' },
  ])('needs no key for %j', (condition) => {
    expect(guard(undefined, [condition])).toBeNull();
  });

  it('looks past a condition on the root for a later one that needs a key', () => {
    const test = guard(undefined, [
      { path: '', keysIn: ['error'] },
      { path: '/error', type: 'object' },
    ]);
    expect(test?.({ error: {} })).toBe(true);
    expect(test?.({})).toBe(false);
  });
});
