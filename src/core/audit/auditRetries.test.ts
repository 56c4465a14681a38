import { describe, expect, it } from 'vitest';
import type { RetryAdvice } from '../types';
import { auditRetries } from './auditRetries';
import { bodyKeyOf, type RequestRecord, type RetryFacts } from './requestRecord';
import { RETRY_WINDOW_MS } from './retryAuditor';

const T0 = Date.parse('2026-06-23T10:00:00Z');
const S = 1000;

interface Spec {
  id: number;
  /** Start, in ms after T0. */
  at: number;
  /** Duration of the exchange. */
  took?: number;
  method?: string;
  url?: string;
  body?: string | null;
  status?: number;
  /** Advice of an error response; omitted for a success. */
  advice?: RetryAdvice;
  afterSeconds?: number | null;
  maxAttempts?: number | null;
}

function rec(spec: Spec): RequestRecord {
  const url = spec.url ?? 'https://api.example.com/v1/orders?page=1';
  const retry: RetryFacts | null =
    spec.advice === undefined
      ? null
      : {
          advice: spec.advice,
          afterSeconds: spec.afterSeconds ?? null,
          maxAttempts: spec.maxAttempts ?? null,
        };
  return {
    id: spec.id,
    method: spec.method ?? 'GET',
    url,
    bodyKey: bodyKeyOf(spec.body),
    host: new URL(url).host,
    startedAt: T0 + spec.at,
    endedAt: T0 + spec.at + (spec.took ?? 100),
    status: spec.status ?? (retry === null ? 200 : 500),
    decoded: retry === null ? null : { retry },
  };
}

/** record id → "kind@retryOf" list, for compact expectations. */
function audit(...specs: Spec[]): Record<number, string[]> {
  const out: Record<number, string[]> = {};
  for (const [id, violations] of auditRetries(specs.map(rec))) {
    out[id] = violations.map((v) => `${v.kind}@${v.retryOf}`);
  }
  return out;
}

const noRetry = { advice: 'no', status: 400 } as const;

describe('retried-non-retryable', () => {
  it('flags a repeat of an error advised not to be retried', () => {
    expect(audit({ id: 1, at: 0, ...noRetry }, { id: 2, at: 5 * S, ...noRetry })).toEqual({
      2: ['retried-non-retryable@1'],
    });
  });

  it('flags a successful repeat too, and then the chain is over', () => {
    expect(
      audit({ id: 1, at: 0, ...noRetry }, { id: 2, at: S }, { id: 3, at: 2 * S, ...noRetry }),
    ).toEqual({ 2: ['retried-non-retryable@1'] });
  });

  it('ignores after-auth, wait and backoff advice', () => {
    for (const advice of ['after-auth', 'wait', 'backoff'] as const) {
      expect(audit({ id: 1, at: 0, advice }, { id: 2, at: S, advice })).toEqual({});
    }
  });
});

describe('what a retry is', () => {
  it('needs the same method, URL with its query, and body', () => {
    const first = { id: 1, at: 0, ...noRetry, method: 'POST', body: '{"a":1}' };
    expect(audit(first, { ...first, id: 2, at: S, body: '{"a":2}' })).toEqual({});
    expect(audit(first, { ...first, id: 2, at: S, method: 'PUT' })).toEqual({});
    expect(
      audit(first, { ...first, id: 2, at: S, url: 'https://api.example.com/v1/orders?page=2' }),
    ).toEqual({});
    expect(audit(first, { ...first, id: 2, at: S })).toEqual({ 2: ['retried-non-retryable@1'] });
  });

  it('tells long bodies apart by length and hash', () => {
    const long = 'x'.repeat(5000);
    const first = { id: 1, at: 0, ...noRetry, method: 'POST', body: long };
    expect(audit(first, { ...first, id: 2, at: S, body: `${long.slice(1)}y` })).toEqual({});
    expect(audit(first, { ...first, id: 2, at: S })).toEqual({ 2: ['retried-non-retryable@1'] });
  });

  it('counts within 10 minutes of the error response end, inclusive', () => {
    const first = { id: 1, at: 0, took: 100, ...noRetry };
    expect(audit(first, { id: 2, at: 100 + RETRY_WINDOW_MS, ...noRetry })).toEqual({
      2: ['retried-non-retryable@1'],
    });
    expect(audit(first, { id: 2, at: 101 + RETRY_WINDOW_MS, ...noRetry })).toEqual({});
  });

  it('is not a request sent while the error was still in flight', () => {
    expect(audit({ id: 1, at: 0, took: 1000, ...noRetry }, { id: 2, at: 500, ...noRetry })).toEqual(
      {},
    );
  });

  it('retries the latest error before it, and audits records in the order they ended', () => {
    // Given out of order: #3 is listed first but ended last.
    expect(
      audit(
        { id: 3, at: 2 * S, ...noRetry },
        { id: 1, at: 0, ...noRetry },
        { id: 2, at: S, ...noRetry },
      ),
    ).toEqual({ 2: ['retried-non-retryable@1'], 3: ['retried-non-retryable@2'] });
  });

  it('never crosses into another page load', () => {
    const [a, b] = [rec({ id: 1, at: 0, ...noRetry }), rec({ id: 2, at: S, ...noRetry })];
    const found = (x: RequestRecord, y: RequestRecord) => [...auditRetries([x, y]).keys()];
    expect(found({ ...a, page: 'page_1' }, { ...b, page: 'page_2' })).toEqual([]);
    expect(found({ ...a, page: 'page_1' }, { ...b, page: 'page_1' })).toEqual([2]);
  });

  it('is left alone by requests of other calls in between', () => {
    expect(
      audit(
        { id: 1, at: 0, ...noRetry },
        { id: 2, at: S, url: 'https://api.example.com/v1/other' },
        { id: 3, at: 2 * S, ...noRetry },
      ),
    ).toEqual({ 3: ['retried-non-retryable@1'] });
  });
});

describe('retried-too-early', () => {
  const wait = { advice: 'wait', afterSeconds: 20, status: 429 } as const;

  it('allows a retry exactly afterSeconds after the error response ended', () => {
    expect(audit({ id: 1, at: 0, took: 100, ...wait }, { id: 2, at: 100 + 20 * S })).toEqual({});
  });

  it('flags a retry 1 ms earlier, even a successful one', () => {
    expect(audit({ id: 1, at: 0, took: 100, ...wait }, { id: 2, at: 99 + 20 * S })).toEqual({
      2: ['retried-too-early@1'],
    });
  });

  it('judges each retry against the error it retried', () => {
    expect(
      audit(
        { id: 1, at: 0, ...wait },
        { id: 2, at: 21 * S, ...wait },
        { id: 3, at: 22 * S, ...wait },
      ),
    ).toEqual({ 3: ['retried-too-early@2'] });
  });

  it('says nothing when the error gave no delay', () => {
    expect(audit({ id: 1, at: 0, advice: 'wait' }, { id: 2, at: 1 })).toEqual({});
  });
});

describe('too-many-attempts', () => {
  const gentle = { advice: 'wait', afterSeconds: 10, maxAttempts: 3, status: 502 } as const;
  const attempts = (n: number) =>
    Array.from({ length: n + 1 }, (_, i) => ({ id: i + 1, at: i * 11 * S, ...gentle }));

  it('allows exactly maxAttempts retries', () => {
    expect(audit(...attempts(3))).toEqual({});
  });

  it('flags the retry after maxAttempts, and every one after it', () => {
    expect(audit(...attempts(5))).toEqual({
      5: ['too-many-attempts@4'],
      6: ['too-many-attempts@5'],
    });
  });

  it('counts a successful last retry as an attempt', () => {
    expect(audit(...attempts(3), { id: 5, at: 44 * S })).toEqual({ 5: ['too-many-attempts@4'] });
  });

  it('starts again after a success', () => {
    const later = [4, 5, 6, 7].map((id, i) => ({ id, at: (40 + i * 11) * S, ...gentle }));
    expect(audit(...attempts(2), { id: 30, at: 33 * S }, ...later)).toEqual({});
  });

  it('starts again after the 10-minute window', () => {
    const late = { ...gentle, id: 9, at: 33 * S + 100 + RETRY_WINDOW_MS + 1 };
    expect(audit(...attempts(3), late, { ...gentle, id: 10, at: late.at + 11 * S })).toEqual({});
  });
});

describe('blind-retry', () => {
  const purchase = {
    method: 'POST',
    url: 'https://api.example.com/v1/purchase',
    body: '{"sku":"A-1"}',
    advice: 'check-first',
    status: 502,
  } as const;

  it('flags a POST or PATCH repeated after check-first with nothing in between', () => {
    expect(audit({ id: 1, at: 0, ...purchase }, { id: 2, at: 60 * S, ...purchase })).toEqual({
      2: ['blind-retry@1'],
    });
    const patch = { ...purchase, method: 'PATCH' } as const;
    expect(audit({ id: 1, at: 0, ...patch }, { id: 2, at: 60 * S, ...patch })).toEqual({
      2: ['blind-retry@1'],
    });
  });

  it('allows the retry after a request to the same host in between', () => {
    const check = { id: 2, at: 10 * S, url: 'https://api.example.com/v1/orders/1' };
    expect(audit({ id: 1, at: 0, ...purchase }, check, { id: 3, at: 60 * S, ...purchase })).toEqual(
      {},
    );
  });

  it('does not count a check on another host, before the error ended, or unanswered', () => {
    const elsewhere = { id: 2, at: 10 * S, url: 'https://other.example.com/v1/orders/1' };
    const before = { id: 2, at: 50, took: 10, url: 'https://api.example.com/v1/orders/1' };
    const unanswered = { id: 2, at: 59 * S, took: 2 * S, url: 'https://api.example.com/v1/x' };
    for (const check of [elsewhere, before, unanswered]) {
      expect(
        audit({ id: 1, at: 0, ...purchase }, check, { id: 3, at: 60 * S, ...purchase }),
      ).toEqual({ 3: ['blind-retry@1'] });
    }
  });

  it('flags a PUT too: a renewal may be one', () => {
    const put = { ...purchase, method: 'PUT' } as const;
    expect(audit({ id: 1, at: 0, ...put }, { id: 2, at: 60 * S, ...put })).toEqual({
      2: ['blind-retry@1'],
    });
  });

  it('leaves methods that cannot buy anything alone', () => {
    for (const method of ['GET', 'DELETE'] as const) {
      const call = { ...purchase, method } as const;
      expect(audit({ id: 1, at: 0, ...call }, { id: 2, at: 60 * S, ...call })).toEqual({});
    }
  });

  it('lists every rule one retry broke', () => {
    const gentle = { ...purchase, afterSeconds: 10, maxAttempts: 1 } as const;
    expect(
      audit(
        { id: 1, at: 0, ...gentle },
        { id: 2, at: 20 * S, ...gentle },
        { id: 3, at: 21 * S, ...gentle },
      ),
    ).toEqual({
      2: ['blind-retry@1'],
      3: ['retried-too-early@2', 'too-many-attempts@2', 'blind-retry@2'],
    });
  });
});
