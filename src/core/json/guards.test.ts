import { describe, expect, it } from 'vitest';
import { codeOrNull, isObject, own, stringOrNull } from './guards';

describe('JSON guards', () => {
  it('isObject takes plain objects only', () => {
    expect(isObject({})).toBe(true);
    expect(isObject(Object.create(null))).toBe(true);
    for (const v of [null, [], 'x', 1, undefined, true]) expect(isObject(v), String(v)).toBe(false);
  });

  it('own reads own properties, never the prototype', () => {
    const parsed = JSON.parse('{"__proto__":{"polluted":1},"code":"x"}') as Record<string, unknown>;
    expect(own(parsed, 'code')).toBe('x');
    expect(own(parsed, '__proto__')).toEqual({ polluted: 1 });
    expect(own({}, 'constructor')).toBeUndefined();
    expect(own({}, 'toString')).toBeUndefined();
    expect(own({ a: null }, 'a')).toBeNull();
  });

  it('stringOrNull keeps strings only', () => {
    expect(stringOrNull('')).toBe('');
    expect(stringOrNull('m')).toBe('m');
    expect(stringOrNull(1)).toBeNull();
    expect(stringOrNull(null)).toBeNull();
  });

  it('codeOrNull keeps strings and finite numbers', () => {
    expect(codeOrNull('E1')).toBe('E1');
    expect(codeOrNull(-32600)).toBe(-32600);
    expect(codeOrNull(0)).toBe(0);
    for (const v of [NaN, Infinity, -Infinity, null, true, {}, []])
      expect(codeOrNull(v), String(v)).toBeNull();
  });
});
