import { describe, expect, it } from 'vitest';
import { exchange, headers } from '../../../test/helpers/exchange';
import { decode } from '../decode';
import { rateLimitOf } from '../http/rateLimit';
import { resolveRetry } from '../retry';
import { WAIT_RETRY_AFTER } from '../retryRules';
import type { Exchange, Retry } from '../types';
import { auditRetries } from './auditRetries';
import type { RequestRecord } from './requestRecord';

// Issue 11: the audit judges a retry by the same afterSeconds the decoder shows, whichever
// source gave it, so a retry before a RetryInfo delay or a GitHub reset is too early.

const T0 = Date.parse('2026-06-23T10:00:00Z');
const S = 1000;
const URL = 'https://api.github.com/repos/o/r/issues';

function record(id: number, at: number, retry: Retry | null): RequestRecord {
  return {
    id,
    method: 'GET',
    url: URL,
    bodyKey: '',
    host: 'api.github.com',
    startedAt: T0 + at,
    endedAt: T0 + at + 100,
    status: retry === null ? 200 : 429,
    decoded: retry === null ? null : { retry },
  };
}

/** The violations of a retry sent `after` ms after the error's response ended. */
function retryAfterMs(error: Retry, after: number): string[] {
  const found = auditRetries([record(1, 0, error), record(2, 100 + after, null)]);
  return (found.get(2) ?? []).map((v) => v.kind);
}

function decoded(ex: Exchange): Retry {
  const d = decode(ex);
  if (d === null) throw new Error('expected an error');
  return d.retry;
}

describe('retried-too-early with every source of the delay', () => {
  it('a GitHub epoch x-ratelimit-reset, 60 s after the response Date', () => {
    const retry = decoded(
      exchange({
        url: URL,
        status: 429,
        startedAt: T0,
        responseHeaders: headers({
          Date: 'Tue, 23 Jun 2026 10:00:00 GMT',
          'x-ratelimit-limit': '60',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '60',
          'x-ratelimit-reset': String(T0 / 1000 + 60),
          'x-ratelimit-resource': 'core',
        }),
        json: { message: 'API rate limit exceeded', documentation_url: 'https://docs.github.com' },
      }),
    );
    expect(retry).toMatchObject({ afterSeconds: 60, afterSource: 'x-ratelimit-reset' });
    expect(retryAfterMs(retry, 59 * S)).toEqual(['retried-too-early']);
    expect(retryAfterMs(retry, 60 * S)).toEqual([]);
  });

  it('a RetryInfo delay from the body', () => {
    const ex = exchange({ status: 429, startedAt: T0, body: '' });
    const rateLimit = rateLimitOf(ex.responseHeaders, ex.startedAt);
    const retry = resolveRetry(WAIT_RETRY_AFTER, ex, null, rateLimit, 13);
    expect(retryAfterMs(retry, 12 * S)).toEqual(['retried-too-early']);
    expect(retryAfterMs(retry, 13 * S)).toEqual([]);
  });

  it('an exhausted RateLimit policy', () => {
    const retry = decoded(
      exchange({
        status: 429,
        startedAt: T0,
        responseHeaders: headers({
          'RateLimit-Policy': '"hour";q=100;w=3600',
          RateLimit: '"hour";r=0;t=30',
        }),
        body: '',
      }),
    );
    expect(retryAfterMs(retry, 29 * S)).toEqual(['retried-too-early']);
    expect(retryAfterMs(retry, 30 * S)).toEqual([]);
  });
});

describe('a stated wait longer than the retry window', () => {
  const HOUR = { advice: 'wait', afterSeconds: 3600, maxAttempts: null } as const;
  const retry = { ...WAIT_RETRY_AFTER, advice: 'wait' } as const;

  it('flags a request 11 minutes after an error that asked for an hour (audit: none was)', () => {
    const hour = resolveRetry(
      retry,
      exchange({ status: 429, startedAt: T0, responseHeaders: headers({ 'Retry-After': '3600' }) }),
      null,
    );
    expect(hour).toMatchObject(HOUR);
    expect(retryAfterMs(hour, 11 * 60 * S)).toEqual(['retried-too-early']);
    expect(retryAfterMs(hour, 3599 * S)).toEqual(['retried-too-early']);
    expect(retryAfterMs(hour, 3600 * S)).toEqual([]);
  });
});
