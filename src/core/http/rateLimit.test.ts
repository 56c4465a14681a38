import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headers } from '../../../test/helpers/exchange';
import { policy } from '../../../test/helpers/rateLimit';
import { exhaustedQuotaWait, rateLimitOf, resetKindOf } from './rateLimit';
import { propertyRuns } from '../../../test/helpers/propertyRuns';

const START = Date.parse('2026-06-23T10:00:00Z');
const START_S = START / 1000;

const of = (record: Record<string, string>) => rateLimitOf(headers(record), START);

describe('X-RateLimit-*', () => {
  it('takes the first header of each name, valid or not, in any case', () => {
    expect(
      rateLimitOf(
        [
          { name: 'X-RATELIMIT-LIMIT', value: ' 50 ' },
          { name: 'x-ratelimit-limit', value: '70' },
          { name: 'X-RateLimit-Reset', value: 'soon' },
          { name: 'x-ratelimit-reset', value: '1782208830' },
          { name: 'X-RateLimit-Remaining', value: '3' },
        ],
        START,
      ),
    ).toMatchObject({ limit: 50, remaining: 3, resetAt: null, resetKind: null });
    expect(of({ 'x-ratelimit-reset': 'soon' })).toBeNull();
    expect(of({ 'Content-Type': 'application/json' })).toBeNull();
  });

  it('reads an epoch Reset (GitHub) as a Unix time, against the response Date', () => {
    const state = of({
      Date: 'Tue, 23 Jun 2026 10:00:00 GMT',
      'X-RateLimit-Limit': '60',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': String(START_S + 600),
      'X-RateLimit-Resource': 'core',
    });
    expect(state).toEqual({
      limit: 60,
      remaining: 0,
      resetAt: START_S + 600,
      resetKind: 'epoch',
      policies: [
        policy({ source: 'x-ratelimit', name: 'core', quota: 60, remaining: 0, resetSeconds: 600 }),
      ],
    });
  });

  it('reads a small Reset as a delay from the response', () => {
    const state = of({ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '42' });
    expect(state).toMatchObject({ resetAt: START_S + 42, resetKind: 'delay' });
    expect(state?.policies[0]?.resetSeconds).toBe(42);
  });

  it('a past epoch is no negative wait, and a fraction is kept (Discord)', () => {
    expect(of({ 'X-RateLimit-Reset': String(START_S - 5) })?.policies[0]?.resetSeconds).toBe(0);
    expect(of({ 'X-RateLimit-Reset': `${START_S + 1}.25` })).toMatchObject({
      resetAt: START_S + 1.25,
      resetKind: 'epoch',
    });
  });

  it('without any time (no Date, a HAR entry without one) places no reset in time', () => {
    const epoch = rateLimitOf(
      headers({ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '1782208830' }),
      0,
    );
    expect(epoch).toMatchObject({ resetAt: 1782208830, resetKind: 'epoch' });
    expect(epoch?.policies[0]?.resetSeconds).toBeNull();
    const delay = rateLimitOf(headers({ 'X-RateLimit-Reset': '30' }), 0);
    expect(delay).toMatchObject({ resetAt: null, resetKind: 'delay' });
    expect(delay?.policies[0]?.resetSeconds).toBe(30);
    expect(rateLimitOf(headers({ RateLimit: '"d";r=0;t=30' }), 0)?.resetAt).toBeNull();
    // The response's own Date still serves.
    const dated = rateLimitOf(
      headers({ Date: 'Tue, 23 Jun 2026 10:00:00 GMT', 'X-RateLimit-Reset': String(START_S + 9) }),
      0,
    );
    expect(dated?.policies[0]?.resetSeconds).toBe(9);
  });

  it('is null without any of the headers and ignores non-numbers', () => {
    expect(rateLimitOf([], START)).toBeNull();
    expect(of({ 'X-RateLimit-Limit': 'lots' })).toBeNull();
    expect(of({ 'X-RateLimit-Remaining': '3' })).toMatchObject({
      limit: null,
      remaining: 3,
      resetAt: null,
    });
  });

  it('stays the summary beside IETF fields, listed after them', () => {
    const state = of({
      RateLimit: '"default";r=5;t=30',
      'X-RateLimit-Limit': '100',
      'X-RateLimit-Remaining': '50',
    });
    expect(state).toMatchObject({ limit: 100, remaining: 50 });
    expect(state?.policies.map((p) => p.source)).toEqual(['ratelimit', 'x-ratelimit']);
  });
});

describe('resetKindOf: an epoch or a delay, by magnitude against the response time', () => {
  const now = Date.parse('2026-06-23T10:00:00Z') / 1000;
  it.each([
    [1782208830, 'epoch'],
    [now - 3600, 'epoch'],
    [now / 2 + 1, 'epoch'],
    [now / 2, 'delay'],
    [86400 * 365, 'delay'],
    [60, 'delay'],
    [0, 'delay'],
  ] as const)('%d is a %s', (value, kind) => {
    expect(resetKindOf(value, now)).toBe(kind);
  });

  it('without a time, an epoch is past 10^9 s', () => {
    expect(resetKindOf(1_000_000_001, null)).toBe('epoch');
    expect(resetKindOf(1_000_000_000, null)).toBe('delay');
  });
});

describe('exhaustedQuotaWait', () => {
  it('is the longest reset of the exhausted IETF policies, X-RateLimit only without one', () => {
    const state = of({
      RateLimit: '"a";r=0;t=20, "b";r=0;t=50, "c";r=5;t=90',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': '300',
    });
    expect(exhaustedQuotaWait(state)).toMatchObject({ seconds: 50, source: 'ratelimit' });
    const onlyX = of({ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '300' });
    expect(exhaustedQuotaWait(onlyX)).toMatchObject({ seconds: 300, source: 'x-ratelimit-reset' });
  });

  it('is null while quota remains, or with no reset', () => {
    expect(exhaustedQuotaWait(of({ RateLimit: '"a";r=1;t=20' }))).toBeNull();
    expect(exhaustedQuotaWait(of({ RateLimit: '"a";r=0' }))).toBeNull();
    expect(exhaustedQuotaWait(of({ 'X-RateLimit-Remaining': '0' }))).toBeNull();
    expect(exhaustedQuotaWait(null)).toBeNull();
  });
});

describe('hostile rate-limit headers', () => {
  it('keeps the first 100 policies of a field of 50,000 members', () => {
    // Joined by a search per member, this took 19 s (past the test timeout); now ~0.5 s.
    const value = Array.from({ length: 50_000 }, (_, i) => `"p${i}";r=1;t=2`).join(',');
    const state = rateLimitOf([{ name: 'RateLimit', value }], START);
    expect(state?.policies).toHaveLength(100);
    expect(state?.policies[99]?.name).toBe('p99');
  });

  const NAMES = [
    'RateLimit',
    'RateLimit-Policy',
    'RateLimit-Limit',
    'RateLimit-Remaining',
    'RateLimit-Reset',
    'X-RateLimit-Limit',
    'X-RateLimit-Remaining',
    'X-RateLimit-Reset',
    'Date',
  ];
  // Pieces of real values, so that random mixes often come close to parsing.
  const PIECES = [
    '"d"',
    ';r=',
    ';t=',
    ';q=',
    ';w=',
    ';pk=:',
    ':',
    ',',
    '=',
    '0',
    '9',
    '-',
    '.5',
    'limit',
    ' ',
  ];
  const value = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }).map((p) => p.join('')),
  );

  it('never throws, and every policy it keeps holds whole non-negative numbers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: fc.constantFrom(...NAMES), value }), { maxLength: 6 }),
        fc.integer({ min: 0, max: 4e12 }),
        (list, startedAt) => {
          const state = rateLimitOf(list, startedAt);
          for (const p of state?.policies ?? []) {
            for (const n of [p.quota, p.remaining, p.windowSeconds]) {
              if (n !== null) expect(Number.isInteger(n) && n >= 0).toBe(true);
            }
            if (p.resetSeconds !== null) expect(p.resetSeconds).toBeGreaterThanOrEqual(0);
          }
          const wait = exhaustedQuotaWait(state);
          if (wait !== null) expect(wait.policy.remaining).toBe(0);
        },
      ),
      { numRuns: propertyRuns(2000) },
    );
  });
});
