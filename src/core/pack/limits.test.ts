import { describe, expect, it } from 'vitest';
import { checkLimits, MAX_PACK_DEPTH, MAX_PACK_NODES } from './limits';

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value };
  return value;
};

describe('checkLimits', () => {
  it('accepts small values of any kind', () => {
    for (const value of [null, 1, 'x', true, {}, [], { a: [1, { b: null }] }]) {
      expect(checkLimits(value)).toBeNull();
    }
  });

  it('accepts nesting up to the limit and refuses one level more', () => {
    expect(MAX_PACK_DEPTH).toBe(32);
    expect(checkLimits(nested(MAX_PACK_DEPTH))).toBeNull();
    expect(checkLimits(nested(MAX_PACK_DEPTH + 1))).toEqual({
      pointer: '',
      message: 'is nested more than 32 levels deep',
    });
  });

  it('looks at every child, not only the last one', () => {
    expect(checkLimits([nested(MAX_PACK_DEPTH), 1, 2])).not.toBeNull();
    expect(checkLimits({ deep: nested(MAX_PACK_DEPTH), b: 1 })).not.toBeNull();
  });

  it('counts the values, including the root, against the node limit', () => {
    expect(MAX_PACK_NODES).toBe(400_000);
    expect(checkLimits(new Array(MAX_PACK_NODES - 1).fill(0))).toBeNull();
    expect(checkLimits(new Array(MAX_PACK_NODES).fill(0))).toEqual({
      pointer: '',
      message: 'has more than 400000 values',
    });
  });
});
