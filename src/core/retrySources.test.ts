import { describe, expect, it } from 'vitest';
import { exchange, headers } from '../../test/helpers/exchange';
import { decode } from './decode';
import type { ErrorFormat } from './formats/format';
import { formatById } from './formats/index';
import { rateLimitOf } from './http/rateLimit';
import { createPackSet } from './pack/packSet';
import { resolveRetry } from './retry';
import { WAIT_RETRY_AFTER } from './retryRules';
import type { Exchange } from './types';

// Issue 11: afterSeconds comes from, in order, Retry-After, the body's RetryInfo delay, the
// reset of an exhausted RateLimit policy, the reset of an exhausted X-RateLimit.

const START = Date.parse('2026-06-23T10:00:00Z');
const RETRY_AFTER = { 'Retry-After': '5' };
const RATELIMIT = { RateLimit: '"default";r=0;t=30' };
const X_RATELIMIT = {
  'X-RateLimit-Remaining': '0',
  'X-RateLimit-Reset': String(START / 1000 + 60),
};

function retryFor(record: Record<string, string>, bodySeconds?: number) {
  const ex = exchange({ status: 429, responseHeaders: headers(record), body: '' });
  const rateLimit = rateLimitOf(ex.responseHeaders, ex.startedAt);
  const r = resolveRetry(WAIT_RETRY_AFTER, ex, null, rateLimit, bodySeconds);
  return [r.afterSeconds, r.afterSource];
}

describe('the source order of afterSeconds', () => {
  it('Retry-After first, over every other source (draft 11 §7: it MUST take precedence)', () => {
    expect(retryFor({ ...RETRY_AFTER, ...RATELIMIT, ...X_RATELIMIT }, 13)).toEqual([
      5,
      'retry-after',
    ]);
  });

  it('then the body’s RetryInfo delay', () => {
    expect(retryFor({ ...RATELIMIT, ...X_RATELIMIT }, 13)).toEqual([13, 'retry-info']);
    expect(retryFor({}, 1.5)).toEqual([1.5, 'retry-info']);
  });

  it('then an exhausted RateLimit policy’s reset, of any draft', () => {
    expect(retryFor({ ...RATELIMIT, ...X_RATELIMIT })).toEqual([30, 'ratelimit']);
    expect(retryFor({ RateLimit: 'limit=10, remaining=0, reset=12' })).toEqual([12, 'ratelimit']);
    expect(retryFor({ 'RateLimit-Remaining': '0', 'RateLimit-Reset': '8' })).toEqual([
      8,
      'ratelimit',
    ]);
  });

  it('then an exhausted X-RateLimit reset, an epoch against the response Date', () => {
    expect(retryFor(X_RATELIMIT)).toEqual([60, 'x-ratelimit-reset']);
    expect(
      retryFor({
        Date: 'Tue, 23 Jun 2026 10:00:50 GMT',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': String(START / 1000 + 60),
      }),
    ).toEqual([10, 'x-ratelimit-reset']);
    expect(retryFor({ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '45' })).toEqual([
      45,
      'x-ratelimit-reset',
    ]);
  });

  it('takes no quota reset while quota remains', () => {
    expect(retryFor({ RateLimit: '"default";r=1;t=30' })).toEqual([null, null]);
    expect(retryFor({ 'X-RateLimit-Remaining': '3', 'X-RateLimit-Reset': '45' })).toEqual([
      null,
      null,
    ]);
  });

  it('skips a malformed RateLimit for the next source', () => {
    expect(retryFor({ RateLimit: '"default";r=0;t=soon', ...X_RATELIMIT })).toEqual([
      60,
      'x-ratelimit-reset',
    ]);
  });

  it('skips a Retry-After that is no HTTP-date for the next source', () => {
    // Date.parse read "soon 1" as 2001: a wait of 0 s that hid the exhausted policy's 30 s.
    expect(retryFor({ 'Retry-After': 'soon 1', ...RATELIMIT })).toEqual([30, 'ratelimit']);
  });

  it('reads an exhausted X-RateLimit reset against the start time when Date is invalid', () => {
    // "x 1" was read as 2001, so a reset 60 s away became a wait of 24 years.
    expect(retryFor({ Date: 'x 1', ...X_RATELIMIT })).toEqual([60, 'x-ratelimit-reset']);
  });

  it('ignores a body delay that is no number of seconds', () => {
    expect(retryFor(RATELIMIT, Number.NaN)).toEqual([30, 'ratelimit']);
    expect(retryFor(RATELIMIT, -1)).toEqual([30, 'ratelimit']);
  });
});

describe('the stated delays through decode()', () => {
  const okFlag = { ok: false, error: { code: 'provider_error', message: 'm', details: null } };

  it('a documented minimum still wins over a shorter stated delay', () => {
    const retry = (record: Record<string, string>) =>
      decode(exchange({ status: 502, responseHeaders: headers(record), json: okFlag }))?.retry;
    expect(retry({ RateLimit: '"d";r=0;t=2' })).toMatchObject({
      afterSeconds: 10,
      afterSource: 'documented',
    });
    expect(retry({ RateLimit: '"d";r=0;t=20' })).toMatchObject({
      afterSeconds: 20,
      afterSource: 'ratelimit',
    });
  });

  it('an advice that allows no retry takes no delay', () => {
    const r = decode(
      exchange({ status: 403, responseHeaders: headers({ ...RATELIMIT, ...X_RATELIMIT }) }),
    )?.retry;
    expect(r).toMatchObject({ advice: 'no', afterSeconds: null, afterSource: null });
  });

  it('an unrecognized body takes the exhausted quota of its headers', () => {
    const d = decode(exchange({ status: 429, responseHeaders: headers(X_RATELIMIT), body: 'x' }));
    expect(d?.retry).toMatchObject({ afterSeconds: 60, afterSource: 'x-ratelimit-reset' });
    expect(d?.rateLimit).toMatchObject({ remaining: 0, resetKind: 'epoch' });
  });

  it('reads retryDelaySeconds from the envelope error a format returns (contract 1)', () => {
    // A hand-made format standing in for google-rpc's RetryInfo, which another branch adds.
    const base = formatById('ok-flag') as ErrorFormat;
    const withDelay: ErrorFormat = {
      ...base,
      id: 'retry-info-test',
      origin: 'user',
      recognize(body, context) {
        const envelope = base.recognize(body, context);
        if (envelope === null) return null;
        return {
          ...envelope,
          errors: envelope.errors.map((e) => ({ ...e, retryDelaySeconds: 13 })),
        };
      },
    };
    const ex: Exchange = exchange({
      status: 503,
      json: okFlag,
      responseHeaders: headers(RATELIMIT),
    });
    const d = decode(ex, { packs: createPackSet([withDelay]) });
    expect(d?.format).toBe('retry-info-test');
    expect(d?.retry).toMatchObject({ afterSeconds: 13, afterSource: 'retry-info' });
    expect(decode(ex)?.retry).toMatchObject({ afterSeconds: 30, afterSource: 'ratelimit' });
  });
});
