import { describe, expect, it } from 'vitest';
import { headers } from '../../../test/helpers/exchange';
import { exhaustedQuotaWait, rateLimitOf } from './rateLimit';

const START = Date.parse('2026-06-23T10:00:00Z');
const START_S = START / 1000;
const of = (record: Record<string, string>) => rateLimitOf(headers(record), START);

describe('rateLimitOf: the policy closest to exhaustion sums the state up', () => {
  it('keeps the first policy when it has the least remaining', () => {
    const state = of({ RateLimit: '"a";r=0;t=10, "b";r=5;t=1' });
    expect(state).toMatchObject({ remaining: 0, resetAt: START_S + 10 });
  });

  it('takes a later policy with less remaining', () => {
    const state = of({ RateLimit: '"a";r=5;t=10, "b";r=2;t=1' });
    expect(state).toMatchObject({ remaining: 2, resetAt: START_S + 1 });
  });

  it('on equal remaining, takes the longer wait, and the first of equal waits', () => {
    expect(of({ RateLimit: '"a";r=2;t=10, "b";r=2;t=1' })).toMatchObject({
      remaining: 2,
      resetAt: START_S + 10,
    });
    expect(of({ RateLimit: '"a";r=0;t=10, "b";r=0;t=60' })).toMatchObject({
      resetAt: START_S + 60,
    });
    const tie = of({
      'RateLimit-Policy': '"a";q=5;w=60,"b";q=7;w=60',
      RateLimit: '"a";r=0;t=10, "b";r=0;t=10',
    });
    expect(tie).toMatchObject({ limit: 5, remaining: 0 });
  });

  it('passes over a policy with no remaining count, and takes any count over none', () => {
    // RateLimit-Policy lists a and b; RateLimit gives the state of one of them only.
    const policy = '"a";q=5;w=60,"b";q=7;w=60';
    expect(of({ 'RateLimit-Policy': policy, RateLimit: '"a";r=3;t=10' })).toMatchObject({
      limit: 5,
      remaining: 3,
    });
    expect(of({ 'RateLimit-Policy': policy, RateLimit: '"b";r=3;t=10' })).toMatchObject({
      limit: 7,
      remaining: 3,
    });
  });
});

describe('rateLimitOf: Date and X-RateLimit-Resource', () => {
  it('takes the reset relative to the first Date field', () => {
    const state = rateLimitOf(
      [
        { name: 'Date', value: 'Tue, 23 Jun 2026 12:00:00 GMT' },
        { name: 'Date', value: 'Tue, 23 Jun 2026 13:00:00 GMT' },
        { name: 'RateLimit', value: '"d";r=0;t=10' },
      ],
      START,
    );
    expect(state?.resetAt).toBe(Date.parse('2026-06-23T12:00:10Z') / 1000);
  });

  it('names the X-RateLimit policy by its resource, trimmed and cut to 100 characters', () => {
    const named = (resource: string) =>
      of({ 'X-RateLimit-Limit': '60', 'X-RateLimit-Resource': resource })?.policies[0]?.name;
    expect(named('  core  ')).toBe('core');
    expect(named('r'.repeat(150))).toBe('r'.repeat(100));
    expect(named('   ')).toBeNull();
  });
});

describe('exhaustedQuotaWait', () => {
  it('waits for the longest reset of the exhausted IETF policies, the first of equal ones', () => {
    const longest = exhaustedQuotaWait(of({ RateLimit: '"a";r=0;t=60, "b";r=0;t=10' }));
    expect(longest).toMatchObject({ seconds: 60, source: 'ratelimit', policy: { name: 'a' } });
    const later = exhaustedQuotaWait(of({ RateLimit: '"a";r=0;t=10, "b";r=0;t=60' }));
    expect(later).toMatchObject({ seconds: 60, policy: { name: 'b' } });
    const tie = exhaustedQuotaWait(of({ RateLimit: '"a";r=0;t=10, "b";r=0;t=10' }));
    expect(tie).toMatchObject({ seconds: 10, policy: { name: 'a' } });
  });
});
