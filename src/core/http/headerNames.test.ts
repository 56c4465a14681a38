import { describe, expect, it } from 'vitest';
import { isHeaderName } from './headers';

describe('isHeaderName compares ASCII case-insensitively, in place', () => {
  it('folds every capital letter, Z included', () => {
    expect(isHeaderName('Z', 'z')).toBe(true);
    expect(isHeaderName('A', 'a')).toBe(true);
    expect(isHeaderName('X-RateLimit-Reset', 'x-ratelimit-reset')).toBe(true);
  });

  it('does not take characters 0x20 apart outside the capitals for the same letter', () => {
    // '\r' + 0x20 is '-', '[' + 0x20 is '{', '@' + 0x20 is '`': none is a case pair.
    expect(isHeaderName('x\rid', 'x-id')).toBe(false);
    expect(isHeaderName('[', '{')).toBe(false);
    expect(isHeaderName('@', '`')).toBe(false);
    expect(isHeaderName('date', 'dave')).toBe(false);
  });

  it('leaves characters past ASCII to toLowerCase(): the Kelvin sign is k', () => {
    expect(isHeaderName('\u212a', 'k')).toBe(true);
    expect(isHeaderName('\u00e9', 'e')).toBe(false);
  });
});
