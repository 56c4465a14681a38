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

  it('Retry-After below the documented 10 s does not shorten it', () => {
    for (const [status, json] of [
      [502, okFlag('provider_error')],
      [503, okFlag('something_new')],
      [500, okFlag('internal_error')],
    ] as const) {
      const r = retryOf({ status, responseHeaders: headers({ 'Retry-After': '2' }), json });
      expect(r).toMatchObject({ afterSeconds: 10, afterSource: 'documented' });
    }
    const equal = retryOf({
      status: 502,
      responseHeaders: headers({ 'Retry-After': '10' }),
      json: okFlag('provider_error'),
    });
    expect(equal).toMatchObject({ afterSeconds: 10, afterSource: 'retry-after' });
  });

  it('the purchase warning is a condition, for POST, PUT and PATCH', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'put']) {
      const r = retryOf({ status: 502, method, json: okFlag('provider_error') });
      expect(r.advice, method).toBe('check-first');
      expect(r.warning?.en).toBe(
        'If this was a purchase or renewal, do not repeat it blindly: check the state and the balance first.',
      );
      expect(r.warning?.ru).toBe(
        'Если это была покупка или продление, не повторяйте запрос «вслепую»: сначала проверьте состояние и баланс.',
      );
    }
    for (const method of ['GET', 'DELETE']) {
      const r = retryOf({ status: 502, method, json: okFlag('provider_error') });
      expect(r, method).toMatchObject({ advice: 'wait', warning: null });
    }
  });

  it('an after-auth error keeps no delay, even with Retry-After: waiting does not help', () => {
    const r = retryOf({
      status: 401,
      responseHeaders: headers({ 'Retry-After': '30' }),
      json: okFlag('invalid_token'),
    });
    expect(r).toMatchObject({ advice: 'after-auth', afterSeconds: null, afterSource: null });
  });
});

describe('a code rule overrides its status rule', () => {
  it('success-flag INTERNAL_ERROR at 500 is not retried, though 5xx backs off', () => {
    expect(retryOf({ status: 500, json: successFlag('INTERNAL_ERROR') }).advice).toBe('no');
    expect(retryOf({ status: 500, body: 'oops' }).advice).toBe('backoff');
  });

  it('state-meta quota_exceeded at 429 waits for Retry-After, as 429 does (seed 001)', () => {
    const meta = (code: string) => ({
      state: 1,
      message: 'm',
      result: null,
      error: { code },
      meta: {},
    });
    // Its row says only "raise the quota or reduce the load"; the 429 row, "yes, after
    // Retry-After". A 429's stated wait was dropped as "do not retry" (seed audit).
    const quota = retryOf({
      status: 429,
      json: meta('quota_exceeded'),
      responseHeaders: headers({ 'Retry-After': '3600' }),
    });
    expect(quota).toMatchObject({ advice: 'wait', afterSeconds: 3600, afterSource: 'retry-after' });
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
  const rpcError = (code: number) => ({ jsonrpc: '2.0', error: { code, message: 'm' }, id: 1 });

  it('-32005 lies in the server-error range: exponential backoff, no Retry-After needed', () => {
    const r = retryOf({ status: 200, json: rpcError(-32005) });
    expect(r).toMatchObject({
      advice: 'backoff',
      schedule: { kind: 'exponential' },
      afterSeconds: null,
      documented: true,
    });
    const withHeader = retryOf({
      status: 200,
      responseHeaders: headers({ 'Retry-After': '12' }),
      json: rpcError(-32005),
    });
    expect(withHeader).toMatchObject({ afterSeconds: 12, afterSource: 'retry-after' });
  });

  it('gives the exponential schedule without a base: the seed names no formula', () => {
    expect(retryOf({ status: 200, json: rpcError(-32603) }).schedule).toEqual({
      kind: 'exponential',
    });
  });

  const rpc = (code: number) => ({ jsonrpc: '2.0', error: { code, message: 'm' }, id: 1 });
  it.each([
    [-32700, 'no'],
    [-32600, 'no'],
    [-32601, 'no'],
    [-32602, 'no'],
    [-32603, 'backoff'],
    [-32001, 'no'],
    [-32002, 'after-auth'],
    [-32005, 'backoff'],
  ] as const)('%i → %s', (code, advice) => {
    expect(retryOf({ status: 200, json: rpc(code) }).advice).toBe(advice);
  });
});

describe('numeric-code (seed 004)', () => {
  it('500 has no documented rule: backoff from the status alone, no schedule, marked', () => {
    const d = decode(exchange({ status: 500, json: { error: { code: 9999, message: 'm' } } }));
    expect(d?.format).toBe('numeric-code');
    expect(d?.retry).toMatchObject({ advice: 'backoff', schedule: null, documented: false });
    expect(d?.action.en).toContain('The documentation gives no retry rule for 500');
    expect(d?.action.ru).toContain('Документация не даёт правила повтора для 500');
    expect(d?.action.en).not.toMatch(/report it|persists/i);
    expect(d?.action.ru).not.toMatch(/сообщите/i);
  });

  it('the 400 and 429 rules are documented; 401, 403, 404 and 405 give none', () => {
    const nc = (status: number, code: number) =>
      retryOf({ status, json: { error: { code, message: 'm' } } });
    expect(nc(400, 1001).documented).toBe(true);
    expect(nc(429, 6001).documented).toBe(true);
    for (const [status, code] of [
      [401, 2002],
      [403, 3001],
      [404, 4001],
      [405, 5001],
    ] as const) {
      expect(nc(status, code).documented, String(code)).toBe(false);
    }
  });

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
