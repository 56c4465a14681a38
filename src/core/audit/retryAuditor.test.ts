import { describe, expect, it } from 'vitest';
import { bodyKeyOf, requestKey, type RequestRecord } from './requestRecord';
import { RetryAuditor } from './retryAuditor';

const noRetry = { retry: { advice: 'no', afterSeconds: null, maxAttempts: null } } as const;

function rec(id: number, at: number, url = 'https://a.example/x', error = true): RequestRecord {
  return {
    id,
    method: 'GET',
    url,
    bodyKey: '',
    host: new URL(url).host,
    startedAt: at,
    endedAt: at + 10,
    status: error ? 400 : 200,
    decoded: error ? noRetry : null,
  };
}

describe('RetryAuditor', () => {
  it('audits live: each request as it is added', () => {
    const auditor = new RetryAuditor();
    expect(auditor.add(rec(1, 0))).toEqual([]);
    expect(auditor.add(rec(2, 100))).toEqual([{ kind: 'retried-non-retryable', retryOf: 1 }]);
    auditor.clear();
    expect(auditor.add(rec(3, 200))).toEqual([]);
  });

  it('forgets the least recently seen calls beyond its limits', () => {
    const auditor = new RetryAuditor({
      maxKeys: 2,
      answersPerKey: 2,
      maxHosts: 1,
      requestsPerHost: 1,
    });
    auditor.add(rec(1, 0, 'https://a.example/1'));
    auditor.add(rec(2, 10, 'https://a.example/2'));
    auditor.add(rec(3, 20, 'https://a.example/3')); // evicts /1
    expect(auditor.add(rec(4, 30, 'https://a.example/1'))).toEqual([]);
    expect(auditor.add(rec(5, 40, 'https://a.example/3'))).toHaveLength(1);
  });

  it('keys requests by method, URL and body', () => {
    const key = (body: string | null) =>
      requestKey({ method: 'POST', url: 'https://a.example/x?q=1', bodyKey: bodyKeyOf(body) });
    expect(key(null)).toBe(key(null));
    expect(key('')).not.toBe(key(null));
    expect(key('{"a":1}')).not.toBe(key('{"a":2}'));
    expect(bodyKeyOf('y'.repeat(1000))).toMatch(/^#1000:[\s\S]{8}$/);
  });
});

describe('audit memory', () => {
  it('keys a call by a short hash, whatever the length of its URL and body', () => {
    const url = `https://a.example/x?q=${'u'.repeat(100_000)}`;
    const key = requestKey({ method: 'POST', url, bodyKey: bodyKeyOf('b'.repeat(100_000)) });
    expect(key.length).toBeLessThanOrEqual(24);
    expect(key).not.toContain('uuuu');
    const other = requestKey({
      method: 'POST',
      url: `${url}v`,
      bodyKey: bodyKeyOf('b'.repeat(100_000)),
    });
    expect(other).not.toBe(key);
    expect(requestKey({ method: 'PUT', url, bodyKey: '' })).not.toBe(
      requestKey({ method: 'POST', url, bodyKey: '' }),
    );
  });

  it('still tells a retry of a long URL from another call', () => {
    const auditor = new RetryAuditor();
    const url = `https://a.example/x?q=${'u'.repeat(50_000)}`;
    expect(auditor.add(rec(1, 0, url))).toEqual([]);
    expect(auditor.add(rec(2, 100, `${url}2`))).toEqual([]);
    expect(auditor.add(rec(3, 200, url))).toEqual([{ kind: 'retried-non-retryable', retryOf: 1 }]);
  });
});
