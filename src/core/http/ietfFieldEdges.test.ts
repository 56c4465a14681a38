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

// RFC 9651 §3.3: Integer and Decimal are two types. The parser gives a number for both, so
// `30.0` passed for the Integer 30 (audit): the drafts want Integers, and a field that breaks
// that is malformed and ignored (draft 11 §7).
describe('a Decimal where an Integer is due', () => {
  it('ignores a draft 11 field that gives one for q, w, r or t', () => {
    expect(rows({ RateLimit: '"d";r=0;t=30.0' })).toBeNull();
    expect(rows({ RateLimit: '"d";r=0.0;t=30' })).toBeNull();
    expect(rows({ 'RateLimit-Policy': '"d";q=100.0;w=60' })).toBeNull();
    expect(rows({ 'RateLimit-Policy': '"d";q=100;w=60.0' })).toBeNull();
    expect(rows({ RateLimit: '"d";r=0;t=30' })).toEqual([['d', null, 0, 30]]);
  });

  it('keeps a field whose Decimal is in a parameter it does not define, or in a String', () => {
    expect(rows({ RateLimit: '"d";r=0;t=30;x=1.5' })).toEqual([['d', null, 0, 30]]);
    expect(rows({ RateLimit: '"t=1.5 1.5";r=0;t=30' })).toEqual([['t=1.5 1.5', null, 0, 30]]);
  });

  it('ignores draft 07 and draft 06 fields that give one', () => {
    expect(rows({ RateLimit: 'limit=100, remaining=0, reset=30.0' })).toBeNull();
    expect(rows({ 'RateLimit-Reset': '30.0' })).toBeNull();
    expect(rows({ 'RateLimit-Limit': '100.0', 'RateLimit-Reset': '30' })).toEqual([
      [null, null, null, 30],
    ]);
  });
});

describe('draft 07 RateLimit-Policy', () => {
  it('keeps a window of 0 s: draft 07 §2.3 asks only for a non-negative Integer', () => {
    const policy = rateLimitOf(
      headers({ 'RateLimit-Policy': '100;w=0', RateLimit: 'limit=100, remaining=0, reset=30' }),
      0,
    )?.policies[0];
    expect([policy?.quota, policy?.windowSeconds, policy?.resetSeconds]).toEqual([100, 0, 30]);
  });
});
