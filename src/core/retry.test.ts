import { describe, expect, it } from 'vitest';
import { exchange, headers } from '../../test/helpers/exchange';
import { decode } from './decode';

function retryOf(...args: Parameters<typeof exchange>) {
  const d = decode(exchange(...args));
  if (!d) throw new Error('expected an error');
  return d.retry;
}

const okFlag = (code: string) => ({ ok: false, error: { code, message: code, details: null } });
const successFlag = (code: string) => ({ success: false, data: null, error: { code }, meta: {} });

describe('ok-flag retry rules (seed 000)', () => {
  it('provider_error: retry after 10–30 s, at most 3 attempts', () => {
    const r = retryOf({ status: 502, json: okFlag('provider_error') });
    expect(r).toMatchObject({
      advice: 'wait',
      afterSeconds: 10,
      afterSource: 'documented',
      maxAttempts: 3,
    });
    expect(r.schedule).toEqual({ kind: 'range', minSeconds: 10, maxSeconds: 30 });
  });

  it('5xx without a documented code gets the same 10–30 s, 3 attempts', () => {
    const r = retryOf({ status: 503, json: okFlag('something_new') });
    expect(r).toMatchObject({ advice: 'wait', afterSeconds: 10, maxAttempts: 3 });
  });

  it('400 is not retried, even when Retry-After is sent', () => {
    const r = retryOf({
      status: 400,
      responseHeaders: headers({ 'Retry-After': '5' }),
      json: okFlag('invalid_request'),
    });
    expect(r).toMatchObject({ advice: 'no', afterSeconds: null });
  });

  it('401 means fix or reset the token', () => {
    expect(retryOf({ status: 401, json: okFlag('invalid_token') }).advice).toBe('after-auth');
  });

  it('a retryable error on a POST (purchase) becomes check-first, with the warning', () => {
    const r = retryOf({ status: 502, method: 'POST', json: okFlag('provider_error') });
    expect(r.advice).toBe('check-first');
    expect(r.afterSeconds).toBe(10);
    expect(r.warning?.en).toMatch(/balance/);
    expect(r.warning?.ru).toMatch(/баланс/);
  });

  it('a non-retryable error on a POST stays as documented', () => {
    const r = retryOf({ status: 400, method: 'POST', json: okFlag('insufficient_funds') });
    expect(r).toMatchObject({ advice: 'no', warning: null });
  });

  it('Retry-After overrides the documented delay', () => {
    const r = retryOf({
      status: 502,
      responseHeaders: headers({ 'Retry-After': '60' }),
      json: okFlag('provider_error'),
    });
    expect(r).toMatchObject({ afterSeconds: 60, afterSource: 'retry-after', maxAttempts: 3 });
  });
});

describe('a code rule overrides its status rule', () => {
  it('success-flag INTERNAL_ERROR at 500 is not retried, though 5xx backs off', () => {
    expect(retryOf({ status: 500, json: successFlag('INTERNAL_ERROR') }).advice).toBe('no');
    expect(retryOf({ status: 500, body: 'oops' }).advice).toBe('backoff');
  });

  it('state-meta quota_exceeded at 429 is not a wait, though 429 is', () => {
    const meta = (code: string) => ({
      state: 1,
      message: 'm',
      result: null,
      error: { code },
      meta: {},
    });
    expect(retryOf({ status: 429, json: meta('quota_exceeded') }).advice).toBe('no');
    expect(retryOf({ status: 429, json: meta('rate_limit_exceeded') }).advice).toBe('wait');
  });
});

describe('success-flag retry guidance (seed 002)', () => {
  it('RATE_LIMIT_EXCEEDED waits for Retry-After', () => {
    const r = retryOf({
      status: 429,
      responseHeaders: headers({ 'Retry-After': '30' }),
      json: successFlag('RATE_LIMIT_EXCEEDED'),
    });
    expect(r).toMatchObject({ advice: 'wait', afterSeconds: 30, afterSource: 'retry-after' });
  });

  it('Retry-After as an HTTP-date counts from the response Date header', () => {
    const r = retryOf({
      status: 429,
      responseHeaders: headers({
        Date: 'Wed, 01 Jul 2026 08:00:00 GMT',
        'Retry-After': 'Wed, 01 Jul 2026 08:02:00 GMT',
      }),
      json: successFlag('RATE_LIMIT_EXCEEDED'),
    });
    expect(r.afterSeconds).toBe(120);
  });

  it('BACKEND_ERROR and BACKEND_TIMEOUT back off exponentially (2^attempt)', () => {
    for (const [code, status] of [
      ['BACKEND_ERROR', 502],
      ['BACKEND_TIMEOUT', 504],
    ] as const) {
      const r = retryOf({ status, json: successFlag(code) });
      expect(r.advice).toBe('backoff');
      expect(r.schedule).toEqual({ kind: 'exponential', base: 2 });
    }
  });

  it('AUTH_EXPIRED_TOKEN refreshes then retries; the do-not-retry list is not retried', () => {
    expect(retryOf({ status: 401, json: successFlag('AUTH_EXPIRED_TOKEN') }).advice).toBe(
      'after-auth',
    );
    for (const [code, status] of [
      ['AUTH_INVALID_KEY', 401],
      ['INSUFFICIENT_BALANCE', 402],
      ['INVALID_REQUEST', 400],
      ['SESSION_NOT_FOUND', 404],
    ] as const) {
      expect(retryOf({ status, json: successFlag(code) }).advice).toBe('no');
    }
  });
});

describe('state-meta status rules (seed 001)', () => {
  const unknownCode = { state: 1, message: 'm', result: null, error: { code: 'zzz' }, meta: {} };
  it.each([
    [400, 'no'],
    [401, 'after-auth'],
    [403, 'no'],
    [404, 'no'],
    [409, 'check-first'],
    [422, 'no'],
    [429, 'wait'],
    [500, 'backoff'],
    [503, 'backoff'],
  ] as const)('HTTP %i → %s', (status, advice) => {
    expect(retryOf({ status, json: unknownCode }).advice).toBe(advice);
  });
});

describe('jsonrpc retry rules (seed 003)', () => {
  const rpc = (code: number) => ({ jsonrpc: '2.0', error: { code, message: 'm' }, id: 1 });
  it.each([
    [-32700, 'no'],
    [-32600, 'no'],
    [-32601, 'no'],
    [-32602, 'no'],
    [-32603, 'backoff'],
    [-32001, 'no'],
    [-32002, 'after-auth'],
    [-32005, 'wait'],
  ] as const)('%i → %s', (code, advice) => {
    expect(retryOf({ status: 200, json: rpc(code) }).advice).toBe(advice);
  });
});

describe('numeric-code (seed 004)', () => {
  it('6001 waits for Retry-After; 2002 refreshes the token; 1001 is not retried', () => {
    const nc = (code: number) => ({ error: { code, message: 'm' } });
    const r = retryOf({
      status: 429,
      responseHeaders: headers({ 'Retry-After': '7' }),
      json: nc(6001),
    });
    expect(r).toMatchObject({ advice: 'wait', afterSeconds: 7 });
    expect(retryOf({ status: 401, json: nc(2002) }).advice).toBe('after-auth');
    expect(retryOf({ status: 400, json: nc(1001) }).advice).toBe('no');
  });
});
