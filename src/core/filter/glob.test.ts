import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestTime, budget } from '../../../test/helpers/timing';
import { globContains, globMatcher } from './glob';
import { propertyRuns } from '../../../test/helpers/propertyRuns';

/** The old, backtracking definition: the reference for what a glob means. */
function reference(pattern: string, text: string, anchored: boolean): boolean {
  const body = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(anchored ? `^${body}$` : body, 'is').test(text);
}

describe('globMatcher and globContains', () => {
  it('mean what the regular expression meant, on every small case', () => {
    const chars = fc.constantFrom('a', 'b', 'A', '*', '.', '-', '\n');
    const str = (max: number) => fc.array(chars, { maxLength: max }).map((c) => c.join(''));
    fc.assert(
      fc.property(str(6), str(10), (pattern, text) => {
        expect(globMatcher(pattern)(text)).toBe(reference(pattern, text, true));
        expect(globContains(pattern)(text)).toBe(reference(pattern, text, false));
      }),
      { numRuns: propertyRuns(3000) },
    );
  });

  it('mean the same with parts longer than 64 characters, found by KMP', () => {
    // Repetitive parts (`abab…abb`) have long borders: a wrong failure function or search step
    // misses a match or finds one that is not there.
    const unit = fc.constantFrom('a', 'b', 'ab', 'aab', 'abb');
    const longPart = fc
      .array(unit, { minLength: 30, maxLength: 45 })
      .map((u) => u.join(''))
      .filter((p) => p.length > 64);
    fc.assert(
      fc.property(
        fc.array(longPart, { minLength: 1, maxLength: 2 }),
        fc.array(fc.oneof(unit, fc.constant('A')), { maxLength: 12 }),
        fc.array(fc.oneof(unit, fc.constant('A')), { maxLength: 12 }),
        fc.boolean(),
        (parts, before, after, cut) => {
          const pattern = parts.join('*');
          // A text that holds the parts (maybe with one character dropped), amid noise.
          const inside = parts.join(before.join('')).slice(cut ? 1 : 0);
          for (const text of [inside, before.join('') + inside + after.join('')]) {
            expect(globMatcher(pattern)(text)).toBe(reference(pattern, text, true));
            expect(globContains(pattern)(text)).toBe(reference(pattern, text, false));
            expect(globContains(`*${pattern}*`)(text)).toBe(reference(pattern, text, false));
          }
        },
      ),
      { numRuns: propertyRuns(1000) },
    );
    const part = 'ab'.repeat(40) + 'b';
    expect(globContains(part)('ab'.repeat(45) + 'b')).toBe(true);
    expect(globContains(part)('ab'.repeat(45) + 'a')).toBe(false);
    expect(globMatcher(`${part}*${part}`)(`${part}x${part}`)).toBe(true);
  });

  it('matches whole values, with stars anywhere, case-insensitively unless told', () => {
    expect(globMatcher('RATE_*')('rate_limit_exceeded')).toBe(true);
    expect(globMatcher('*_LIMIT_*')('RATE_LIMIT_EXCEEDED')).toBe(true);
    expect(globMatcher('a*a')('a')).toBe(false);
    expect(globMatcher('ab*ba')('aba')).toBe(false);
    expect(globMatcher('ab*ba')('abba')).toBe(true);
    expect(globMatcher('x')('X')).toBe(true);
    expect(globMatcher('x', true)('X')).toBe(false);
    expect(globMatcher('A*', true)('a')).toBe(false);
    expect(globContains('v1/*/orders')('https://h/v1/42/orders?x')).toBe(true);
    expect(globContains('V1', true)('/v1/')).toBe(false);
  });

  it('finishes in well under 100 ms on 100 KB patterns and texts built to backtrack', () => {
    const n = 100_000;
    const text = 'a'.repeat(n);
    const cases: [string, string][] = [
      ['*a'.repeat(n / 4) + '*b', text],
      ['*' + 'a'.repeat(n / 2) + 'b*', text],
      ['*aaaaaaaaab*', text],
      ['*' + 'ab'.repeat(n / 4) + '*', 'ab'.repeat(n / 2 - 1) + 'b'],
    ];
    for (const [pattern, value] of cases) {
      const m = globMatcher(pattern);
      const c = globContains(pattern);
      expect(bestTime(() => m(value) || c(value))).toBeLessThan(budget(100));
    }
  });
});
