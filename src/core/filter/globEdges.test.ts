import { describe, expect, it } from 'vitest';
import { globContains, globMatcher } from './glob';

describe('glob parts past the indexOf length (KMP)', () => {
  it('finds a part whose match starts inside a partial match', () => {
    // 64 × a then b: after 64 a's the next a must fall back to 63 matched, not to 0.
    const part = 'a'.repeat(64) + 'b';
    expect(globContains(part)('a'.repeat(65) + 'b')).toBe(true);
    expect(globContains(part)('x' + 'a'.repeat(63) + 'b' + 'a'.repeat(64) + 'b')).toBe(true);
    expect(globMatcher(`*${part}*`)('a'.repeat(100) + 'b')).toBe(true);
  });

  it('falls back through nested borders while building the failure table', () => {
    // Found by search: a table that falls back to 0 instead of the next border misses it.
    const part = 'ababaabababababababababaababababababaabababababbababababaababaaba';
    const text =
      'ababaabababababababababaababababababaabababaabababababababababaababababababaabababababbababababaababaabaaab';
    expect(text.indexOf(part)).toBe(39);
    expect(globContains(part)(text)).toBe(true);
  });
});

describe('globMatcher: middle parts', () => {
  it('does not let a middle part overlap the tail', () => {
    expect(globMatcher('x*ab*b')('xab')).toBe(false);
    expect(globMatcher('x*ab*b')('xabb')).toBe(true);
  });
});

describe('case folding', () => {
  it('folds to lower case, as the filter box does: ß is not ss', () => {
    expect(globContains('ss')('straße')).toBe(false);
    expect(globMatcher('STRASSE')('straße')).toBe(false);
    expect(globContains('SS')('PASS')).toBe(true);
  });
});
