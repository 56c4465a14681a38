import { describe, expect, it } from 'vitest';
import type { JsonType } from './packTypes';
import { hasType, jsonEquals, onlyKeys } from './jsonValues';

const OBJ = {};
const ARR: unknown[] = [];
const SAMPLES: readonly unknown[] = ['s', '', 1.5, 3, true, false, OBJ, ARR, null, undefined];

describe('hasType', () => {
  it.each<[JsonType, readonly unknown[]]>([
    ['string', ['s', '']],
    ['number', [1.5, 3]],
    ['integer', [3]],
    ['boolean', [true, false]],
    ['object', [OBJ]],
    ['array', [ARR]],
    ['null', [null]],
  ])('%s holds exactly its own values', (type, members) => {
    for (const value of SAMPLES) expect(hasType(value, type)).toBe(members.includes(value));
  });
});

describe('jsonEquals', () => {
  it.each<[string, unknown, unknown, boolean]>([
    ['same primitive', 1, 1, true],
    ['different primitive', 1, 2, false],
    ['string vs number', '1', 1, false],
    ['null expected, object actual', {}, null, false],
    ['object expected, null actual', null, {}, false],
    ['object expected, string actual', 'x', {}, false],
    ['equal arrays', [1, [2, { a: 3 }]], [1, [2, { a: 3 }]], true],
    ['array order matters', [1, 2], [2, 1], false],
    ['array shorter', [1], [1, 2], false],
    ['array longer', [1, 2, 3], [1, 2], false],
    ['object actual, array expected', { 0: 1 }, [1], false],
    ['array actual, object expected', [1], { 0: 1 }, false],
    ['equal objects, any key order', { a: 1, b: { c: [2] } }, { b: { c: [2] }, a: 1 }, true],
    ['differing member', { a: 1, b: 2 }, { a: 1, b: 3 }, false],
    ['deep differing member', { a: { b: 1 } }, { a: { b: 2 } }, false],
    ['extra actual member', { a: 1, b: 2 }, { a: 1 }, false],
    ['missing actual member', { a: 1 }, { a: 1, b: 2 }, false],
    ['same count, other key', { a: 1, c: 2 }, { a: 1, b: 2 }, false],
    ['empty objects', {}, {}, true],
    ['empty vs non-empty', {}, { a: 1 }, false],
  ])('%s', (_name, actual, expected, equal) => {
    expect(jsonEquals(actual, expected)).toBe(equal);
  });

  it('counts own keys only, not inherited ones', () => {
    const actual = Object.create({ inherited: 1 }) as Record<string, unknown>;
    actual['a'] = 1;
    expect(jsonEquals(actual, { a: 1 })).toBe(true);
    expect(jsonEquals(actual, { a: 1, inherited: 1 })).toBe(false);
  });

  it('does not read a member the expected value only inherits', () => {
    expect(jsonEquals(JSON.parse('{"toString":1}'), {})).toBe(false);
  });

  it('stops comparing past its depth limit', () => {
    const nest = (depth: number): unknown => (depth === 0 ? { x: 1 } : { a: nest(depth - 1) });
    expect(jsonEquals(nest(64), nest(64))).toBe(true);
    expect(jsonEquals(nest(65), nest(65))).toBe(false);
  });
});

describe('listing the keys of a body once', () => {
  /** An object that counts how often its keys are listed (for…in and Object.keys alike). */
  function counted(keys: number): { value: object; listings: () => number } {
    let listings = 0;
    const target = Object.fromEntries(Array.from({ length: keys }, (_, i) => [`k${i}`, i]));
    const value = new Proxy(target, {
      ownKeys(t) {
        listings++;
        return Reflect.ownKeys(t);
      },
    });
    return { value, listings: () => listings };
  }

  it('lists a body once however many conditions compare it (a hostile pack took 76 s)', () => {
    const body = counted(1000);
    for (let i = 0; i < 100; i++) expect(jsonEquals(body.value, {})).toBe(false);
    for (let i = 0; i < 100; i++) expect(onlyKeys(body.value, new Set(['k0']))).toBe(false);
    expect(body.listings()).toBe(1);
  });

  it('still compares and tests keys exactly', () => {
    expect(jsonEquals({ a: 1, b: [2] }, { b: [2], a: 1 })).toBe(true);
    expect(jsonEquals({ a: 1, b: [2] }, { a: 1, c: [2] })).toBe(false);
    expect(onlyKeys({ a: 1, b: 2 }, new Set(['a', 'b', 'c']))).toBe(true);
    expect(onlyKeys({ a: 1, d: 2 }, new Set(['a', 'b', 'c']))).toBe(false);
    expect(onlyKeys({ a: 1, b: 2, c: 3 }, new Set(['a', 'b']))).toBe(false);
    expect(onlyKeys({}, new Set())).toBe(true);
  });
});
