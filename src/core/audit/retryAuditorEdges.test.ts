import { describe, expect, it } from 'vitest';
import type { RequestRecord, RequestTiming } from './requestRecord';
import { RetryAuditor } from './retryAuditor';

const HOST = 'shop.example';
const checkFirst = {
  retry: { advice: 'check-first', afterSeconds: null, maxAttempts: null },
} as const;
const noRetry = { retry: { advice: 'no', afterSeconds: null, maxAttempts: null } } as const;

function pay(
  id: number,
  startedAt: number,
  endedAt: number,
  decoded: RequestRecord['decoded'] = checkFirst,
): RequestRecord {
  return {
    id,
    method: 'POST',
    url: `https://${HOST}/pay`,
    bodyKey: '={"amount":5}',
    host: HOST,
    startedAt,
    endedAt,
    status: decoded === null ? 200 : 409,
    decoded,
  };
}

function check(startedAt: number, endedAt: number, url = `https://${HOST}/orders`): RequestTiming {
  return { method: 'GET', url, bodyKey: '', host: HOST, startedAt, endedAt };
}

const blind = [{ kind: 'blind-retry', retryOf: 1 }];

describe('blind-retry: a check must run wholly between the error and the retry', () => {
  it('counts a check that starts as the error ends and ends as the retry starts', () => {
    const auditor = new RetryAuditor();
    auditor.add(pay(1, 100, 110));
    auditor.observe(check(110, 150));
    expect(auditor.add(pay(2, 150, 160))).toEqual([]);
  });

  it('does not count another attempt of the same call as a check', () => {
    const auditor = new RetryAuditor();
    auditor.add(pay(1, 100, 110));
    auditor.observe({
      ...check(120, 130),
      method: 'POST',
      url: `https://${HOST}/pay`,
      bodyKey: '={"amount":5}',
    });
    expect(auditor.add(pay(2, 150, 160))).toEqual(blind);
  });

  it('finds no check on a host it has seen nothing of', () => {
    const auditor = new RetryAuditor();
    auditor.add(pay(1, 100, 110));
    expect(auditor.add(pay(2, 150, 160))).toEqual(blind);
  });

  it('remembers exactly requestsPerHost requests of a host', () => {
    const limits = { maxKeys: 10, answersPerKey: 4, maxHosts: 4, requestsPerHost: 1 };
    const kept = new RetryAuditor(limits);
    kept.add(pay(1, 100, 110));
    kept.observe(check(120, 130));
    expect(kept.add(pay(2, 150, 160))).toEqual([]);

    const dropped = new RetryAuditor(limits);
    dropped.add(pay(1, 100, 110));
    dropped.observe(check(120, 130));
    dropped.observe(check(0, 5, `https://${HOST}/earlier`)); // pushes the check out
    expect(dropped.add(pay(2, 150, 160))).toEqual(blind);
  });
});

describe('a retry that starts the moment its error ended', () => {
  it('is a retry', () => {
    const auditor = new RetryAuditor();
    auditor.add(pay(1, 100, 110, noRetry));
    expect(auditor.add(pay(2, 110, 120, noRetry))).toEqual([
      { kind: 'retried-non-retryable', retryOf: 1 },
    ]);
  });
});
