import { describe, expect, it } from 'vitest';
import { headers } from '../../../test/helpers/exchange';
import { policy } from '../../../test/helpers/rateLimit';
import { rateLimitOf } from './rateLimit';

// The examples come from the drafts themselves, cited by URL and section:
const DRAFT_11 = 'https://www.ietf.org/archive/id/draft-ietf-httpapi-ratelimit-headers-11.html';
const DRAFT_07 = 'https://www.ietf.org/archive/id/draft-ietf-httpapi-ratelimit-headers-07.html';
const DRAFT_06 = 'https://www.ietf.org/archive/id/draft-ietf-httpapi-ratelimit-headers-06.html';

const START = Date.parse('2026-06-23T10:00:00Z');
const START_S = START / 1000;

const of = (record: Record<string, string>) => rateLimitOf(headers(record), START);
const policies = (record: Record<string, string>) => of(record)?.policies ?? [];

describe(`RateLimit-Policy, draft 11 §3.2 (${DRAFT_11})`, () => {
  it('"default";q=100;w=10', () => {
    expect(policies({ 'RateLimit-Policy': '"default";q=100;w=10' })).toEqual([
      policy({ name: 'default', quota: 100, windowSeconds: 10 }),
    ]);
  });

  it('several policies in one field, in the server order (§3, §3.2)', () => {
    expect(policies({ 'RateLimit-Policy': '"burst";q=100;w=60,"daily";q=1000;w=86400' })).toEqual([
      policy({ name: 'burst', quota: 100, windowSeconds: 60 }),
      policy({ name: 'daily', quota: 1000, windowSeconds: 86400 }),
    ]);
    expect(
      policies({ 'RateLimit-Policy': '"permin";q=50;w=60,"perhr";q=1000;w=3600' }).map((p) => [
        p.name,
        p.quota,
        p.windowSeconds,
      ]),
    ).toEqual([
      ['permin', 50, 60],
      ['perhr', 1000, 3600],
    ]);
  });

  it('a partition key, and a quota unit (§3.1.2, §3.1.4)', () => {
    const bytes = policies({
      'RateLimit-Policy': '"peruser";q=65535;qu="content-bytes";w=10;pk=:sdfjLJUOUH==:',
    });
    expect(bytes).toEqual([
      policy({
        name: 'peruser',
        quota: 65535,
        unit: 'content-bytes',
        windowSeconds: 10,
        partitionKey: 'sdfjLJUOUA==',
      }),
    ]);
  });

  it('other parameters are comments (§3.1)', () => {
    expect(policies({ 'RateLimit-Policy': '"default";q=10;w=1;acme-burst=1000' })).toEqual([
      policy({ name: 'default', quota: 10, windowSeconds: 1 }),
    ]);
  });
});

describe(`RateLimit, draft 11 §4.2 (${DRAFT_11})`, () => {
  it('"default";r=50;t=30: 50 units left, for 30 seconds', () => {
    const state = of({ RateLimit: '"default";r=50;t=30' });
    expect(state?.policies).toEqual([policy({ name: 'default', remaining: 50, resetSeconds: 30 })]);
    expect(state).toMatchObject({
      limit: null,
      remaining: 50,
      resetAt: START_S + 30,
      resetKind: 'delay',
    });
  });

  it('a partition key and no time window', () => {
    expect(policies({ RateLimit: '"default";r=999;pk=:dHJpYWwxMjEzMjM=:' })).toEqual([
      policy({ name: 'default', remaining: 999, partitionKey: 'dHJpYWwxMjEzMjM=' }),
    ]);
  });

  it('joins each service limit to its policy by name (§8.5)', () => {
    const state = of({
      'RateLimit-Policy': '"somepolicy";q=10000;w=1000',
      RateLimit: '"somepolicy";r=10000;t=10',
    });
    expect(state?.policies).toEqual([
      policy({
        name: 'somepolicy',
        quota: 10000,
        windowSeconds: 1000,
        remaining: 10000,
        resetSeconds: 10,
      }),
    ]);
    expect(state).toMatchObject({ limit: 10000, remaining: 10000 });
  });

  it('sums up by the policy closest to exhaustion, and lists every one', () => {
    const state = of({
      'RateLimit-Policy': '"burst";q=100;w=60,"daily";q=1000;w=86400',
      RateLimit: '"burst";r=40;t=20, "daily";r=0;t=3600',
    });
    expect(state?.policies.map((p) => [p.name, p.remaining, p.resetSeconds])).toEqual([
      ['burst', 40, 20],
      ['daily', 0, 3600],
    ]);
    expect(state).toMatchObject({ limit: 1000, remaining: 0, resetAt: START_S + 3600 });
  });

  it('reads a list split over several fields as one (§4, RFC 9651 §4.2)', () => {
    const split = rateLimitOf(
      [
        { name: 'RateLimit', value: '"burst";r=40;t=20' },
        { name: 'ratelimit', value: '"daily";r=0;t=3600' },
      ],
      START,
    );
    expect(split?.policies.map((p) => p.name)).toEqual(['burst', 'daily']);
  });

  it('takes the reset relative to the response Date, not the capture time', () => {
    const state = of({ Date: 'Tue, 23 Jun 2026 12:00:00 GMT', RateLimit: '"d";r=0;t=10' });
    expect(state?.resetAt).toBe(Date.parse('2026-06-23T12:00:10Z') / 1000);
  });
});

describe(`RateLimit, draft 07 §3 (${DRAFT_07})`, () => {
  it('limit=100, remaining=50, reset=5 with its policy 100;w=10 (§3.5)', () => {
    const state = of({
      'RateLimit-Policy': '100;w=10',
      RateLimit: 'limit=100, remaining=50, reset=5',
    });
    expect(state?.policies).toEqual([
      policy({
        source: 'ratelimit-draft07',
        quota: 100,
        windowSeconds: 10,
        remaining: 50,
        resetSeconds: 5,
      }),
    ]);
    expect(state).toMatchObject({ limit: 100, remaining: 50, resetAt: START_S + 5 });
  });

  it('several quota policies: the expiring limit takes its own window (§3.5)', () => {
    const state = of({
      'RateLimit-Policy': '10;w=1, 50;w=60, 1000;w=3600, 5000;w=86400',
      RateLimit: 'limit=50, remaining=0, reset=7',
    });
    expect(state?.policies.map((p) => [p.quota, p.windowSeconds, p.remaining])).toEqual([
      [50, 60, 0],
      [10, 1, null],
      [1000, 3600, null],
      [5000, 86400, null],
    ]);
  });

  it('a 301 with no quota left (§4) and parameters ignored (§3.1)', () => {
    expect(policies({ RateLimit: 'limit=10, remaining=0, reset=10' })).toEqual([
      policy({ source: 'ratelimit-draft07', quota: 10, remaining: 0, resetSeconds: 10 }),
    ]);
    expect(policies({ RateLimit: 'limit=10;a=1, reset=7' })).toEqual([
      policy({ source: 'ratelimit-draft07', quota: 10, resetSeconds: 7 }),
    ]);
  });
});

describe(`RateLimit-Limit, -Remaining, -Reset, draft 06 and before (${DRAFT_06})`, () => {
  it('reads the three fields, Reset being a delay', () => {
    const state = of({
      'RateLimit-Limit': '10',
      'RateLimit-Remaining': '1',
      'RateLimit-Reset': '7',
    });
    expect(state?.policies).toEqual([
      policy({ source: 'ratelimit-draft06', quota: 10, remaining: 1, resetSeconds: 7 }),
    ]);
    expect(state).toMatchObject({ limit: 10, remaining: 1, resetAt: START_S + 7 });
  });

  it('with RateLimit-Policy: 100;w=10, and drafts ≤04 limit lists', () => {
    expect(
      policies({
        'RateLimit-Policy': '100;w=10',
        'RateLimit-Limit': '100',
        'RateLimit-Reset': '50',
      }),
    ).toEqual([
      policy({ source: 'ratelimit-draft06', quota: 100, windowSeconds: 10, resetSeconds: 50 }),
    ]);
    expect(policies({ 'RateLimit-Limit': '10, 10;w=1, 50;w=60' })[0]?.quota).toBe(10);
  });
});

describe('malformed values are ignored (draft 11 §7, draft 07 §5)', () => {
  it.each([
    ['no "r"', { RateLimit: '"default";t=30' }],
    ['a negative "r"', { RateLimit: '"default";r=-1;t=30' }],
    ['a Decimal "t"', { RateLimit: '"default";r=1;t=2.5' }],
    ['a String "t"', { RateLimit: '"default";r=1;t="30"' }],
    ['a Token name', { RateLimit: 'default;r=1' }],
    ['not a structured field', { RateLimit: '"default";r=1;t=' }],
    ['draft 07 without "reset"', { RateLimit: 'limit=100, remaining=50' }],
    ['draft 07 without "limit"', { RateLimit: 'remaining=50, reset=5' }],
    ['no "q"', { 'RateLimit-Policy': '"default";w=10' }],
    ['a zero window', { 'RateLimit-Policy': '"default";q=10;w=0' }],
    ['a quota unit that is no String', { 'RateLimit-Policy': '"default";q=10;qu=requests' }],
    ['a partition key that is no Byte Sequence', { 'RateLimit-Policy': '"d";q=10;pk="abc"' }],
    ['a draft ≤06 Reset of two values', { 'RateLimit-Reset': '5, 6' }],
    ['a draft ≤06 Limit that is no number', { 'RateLimit-Limit': 'lots' }],
  ])('%s', (_what, record) => {
    expect(of(record)).toBeNull();
  });

  it('one malformed member spoils its field, not the other fields', () => {
    const state = of({
      'RateLimit-Policy': '"a";q=10;w=60, "b";w=60',
      RateLimit: '"a";r=0;t=5',
    });
    expect(state?.policies).toEqual([policy({ name: 'a', remaining: 0, resetSeconds: 5 })]);
  });
});
