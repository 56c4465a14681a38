import { describe, expect, it } from 'vitest';
import { headers } from '../../../test/helpers/exchange';
import { rateLimitOf } from './rateLimit';

const rows = (record: Record<string, string>) =>
  rateLimitOf(headers(record), 0)?.policies.map((p) => [
    p.name,
    p.quota,
    p.remaining,
    p.resetSeconds,
  ]) ?? null;

describe('draft 06 fields, each alone', () => {
  it('keeps a state that gives only the remaining count, or only the reset', () => {
    expect(rows({ 'RateLimit-Remaining': '3' })).toEqual([[null, null, 3, null]]);
    expect(rows({ 'RateLimit-Reset': '7' })).toEqual([[null, null, null, 7]]);
  });

  it('refuses a list where one Integer is due, except in RateLimit-Limit', () => {
    expect(
      rows({
        'RateLimit-Limit': '10, 10;w=1',
        'RateLimit-Remaining': '5, 6',
        'RateLimit-Reset': '7',
      }),
    ).toEqual([[null, 10, null, 7]]);
  });
});

describe('draft 07 Dictionary', () => {
  it('drops the state when remaining is there but not a whole non-negative number', () => {
    expect(rows({ RateLimit: 'limit=10, remaining=-1, reset=7' })).toBeNull();
    expect(rows({ RateLimit: 'limit=10, reset=7' })).toEqual([[null, 10, null, 7]]);
  });
});

describe('draft 08 on: states joined to policies by name', () => {
  it('joins a state to the first policy of its name only', () => {
    expect(
      rows({ 'RateLimit-Policy': '"a";q=5;w=60,"a";q=7;w=60', RateLimit: '"a";r=1;t=2' }),
    ).toEqual([
      ['a', 5, 1, 2],
      ['a', 7, null, null],
    ]);
  });
});
