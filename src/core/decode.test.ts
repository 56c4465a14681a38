import { describe, expect, it } from 'vitest';
import { exchange, headers } from '../../test/helpers/exchange';
import { decode } from './decode';

const jsonHeaders = headers({ 'Content-Type': 'application/json' });

describe('which exchanges count as errors', () => {
  it('treats every status >= 400 as an error', () => {
    expect(decode(exchange({ status: 400, body: '' }))?.format).toBe('http');
    expect(decode(exchange({ status: 599, body: null }))?.status).toBe(599);
  });

  it('treats documented error envelopes under HTTP 200 as errors', () => {
    const rpc = { jsonrpc: '2.0', error: { code: -32601, message: 'Method not found' }, id: 1 };
    expect(decode(exchange({ status: 200, json: rpc }))?.format).toBe('jsonrpc');
    const okFalse = {
      ok: false,
      error: { code: 'invalid_request', message: 'Bad', details: null },
    };
    expect(decode(exchange({ status: 200, json: okFalse }))?.format).toBe('ok-flag');
    const successFalse = { success: false, data: null, error: { code: 'INVALID_REQUEST' } };
    expect(decode(exchange({ status: 200, json: successFalse }))?.format).toBe('success-flag');
  });

  it('notes that a 2xx carried an error envelope', () => {
    const rpc = { jsonrpc: '2.0', error: { code: -32601, message: 'x' }, id: 1 };
    const d = decode(exchange({ status: 200, json: rpc }));
    expect(d?.notes.map((n) => n.en).join(' ')).toContain('HTTP 200 reports success');
  });

  it('does not flag successes', () => {
    expect(
      decode(exchange({ status: 200, json: { jsonrpc: '2.0', result: 7, id: 1 } })),
    ).toBeNull();
    expect(decode(exchange({ status: 200, json: { ok: true, data: {} } }))).toBeNull();
    expect(decode(exchange({ status: 200, json: { success: true, data: {} } }))).toBeNull();
    expect(decode(exchange({ status: 204, body: '' }))).toBeNull();
    expect(decode(exchange({ status: 200, body: '<html>error</html>' }))).toBeNull();
    expect(decode(exchange({ status: 302, body: null }))).toBeNull();
  });

  it('does not flag a 201 Created with Location, even with an error-looking body', () => {
    const created = exchange({
      status: 201,
      responseHeaders: headers({ Location: '/v1/users/7' }),
      json: { ok: false, error: { code: 'x' } },
    });
    expect(decode(created)).toBeNull();
  });

  it('flags a 201 without Location whose body is an ok:false envelope', () => {
    // Seed 004's 201 "must be paired with a Location header": only that is its success.
    const created = exchange({
      status: 201,
      json: { ok: false, error: { code: 'invalid_request' } },
    });
    expect(decode(created)).toMatchObject({ format: 'ok-flag', code: 'invalid_request' });
    const withLocation = { ...created, responseHeaders: headers({ Location: '/v1/users/7' }) };
    expect(decode(withLocation)).toBeNull();
  });

  it('does not treat bare numeric-code or state-meta envelopes under 2xx as errors', () => {
    expect(
      decode(exchange({ status: 200, json: { error: { code: 1001, message: 'x' } } })),
    ).toBeNull();
  });

  it('ignores a successful JSON-RPC batch and flags a batch holding errors', () => {
    const ok = [
      { jsonrpc: '2.0', result: 1, id: 1 },
      { jsonrpc: '2.0', result: 2, id: 2 },
    ];
    expect(decode(exchange({ status: 200, json: ok }))).toBeNull();
    const mixed = [
      { jsonrpc: '2.0', result: 1, id: 1 },
      { jsonrpc: '2.0', error: { code: -32602, message: 'Invalid params' }, id: 2 },
      { jsonrpc: '2.0', error: { code: -32003, message: 'Resource not found' }, id: 3 },
    ];
    const d = decode(exchange({ status: 200, json: mixed }));
    expect(d?.code).toBe(-32602);
    expect(d?.batch.map((b) => b.code)).toEqual([-32602, -32003]);
  });
});

describe('recognizing the five documented envelopes (seed examples)', () => {
  it('ok-flag (seed 000)', () => {
    const d = decode(
      exchange({
        status: 400,
        json: {
          ok: false,
          error: { code: 'invalid_request', message: 'Bad request', details: null },
        },
      }),
    );
    expect(d).toMatchObject({
      format: 'ok-flag',
      code: 'invalid_request',
      known: true,
      message: 'Bad request',
    });
  });

  it('state-meta (seed 001) with validation details and meta.request_id', () => {
    const d = decode(
      exchange({
        status: 422,
        responseHeaders: headers({ 'X-Request-Id': 'from-header' }),
        json: {
          state: 1,
          message: 'Validation failed',
          result: null,
          error: {
            code: 'validation_error',
            details: { amount: ['The amount field is required.'] },
          },
          meta: { request_id: 'req_01J', timestamp: '2026-06-23T10:00:00+00:00' },
        },
      }),
    );
    expect(d).toMatchObject({ format: 'state-meta', code: 'validation_error', known: true });
    expect(d?.message).toBe('Validation failed');
    expect(d?.requestId).toBe('req_01J');
    expect(d?.fieldErrors).toEqual([
      { field: 'amount', messages: ['The amount field is required.'] },
    ]);
  });

  it('success-flag (seed 002) with details and rate-limit headers', () => {
    const d = decode(
      exchange({
        status: 402,
        responseHeaders: headers({
          'X-RateLimit-Limit': '60',
          'X-RateLimit-Remaining': '59',
          'X-RateLimit-Reset': '1782208860',
        }),
        json: {
          success: false,
          data: null,
          error: {
            code: 'INSUFFICIENT_BALANCE',
            message: 'Insufficient balance. Current balance: 50.00; required: 100.00',
            details: { current_balance: 50, required_amount: 100 },
          },
          meta: { request_id: 'req_xxxx' },
        },
      }),
    );
    expect(d).toMatchObject({ format: 'success-flag', code: 'INSUFFICIENT_BALANCE', known: true });
    expect(d?.details).toEqual({ current_balance: 50, required_amount: 100 });
    expect(d?.requestId).toBe('req_xxxx');
    // Seed 002: Reset is a Unix time; the exchange started 2026-06-23T10:00:00Z, 60 s before it.
    expect(d?.rateLimit).toEqual({
      limit: 60,
      remaining: 59,
      resetAt: 1782208860,
      resetKind: 'epoch',
      policies: [
        {
          source: 'x-ratelimit',
          name: null,
          quota: 60,
          unit: 'requests',
          windowSeconds: null,
          remaining: 59,
          resetSeconds: 60,
          partitionKey: null,
        },
      ],
    });
  });

  it('jsonrpc (seed 003) with grouped validation errors', () => {
    const d = decode(
      exchange({
        status: 200,
        json: {
          jsonrpc: '2.0',
          error: {
            code: -32001,
            message: 'Validation error',
            data: {
              errors: [
                { field: 'name', message: 'Это поле обязательно' },
                { field: 'age', message: 'Должно быть положительное целое число' },
                { field: 'name', message: 'Слишком коротко' },
              ],
            },
          },
          id: 1,
        },
      }),
    );
    expect(d).toMatchObject({ format: 'jsonrpc', code: -32001, known: true });
    expect(d?.fieldErrors).toEqual([
      { field: 'name', messages: ['Это поле обязательно', 'Слишком коротко'] },
      { field: 'age', messages: ['Должно быть положительное целое число'] },
    ]);
  });

  it('numeric-code (seed 004): the example code 1008 is in the example, not the code list', () => {
    const d = decode(
      exchange({
        status: 405,
        responseHeaders: headers({ Allow: 'GET, PUT' }),
        json: { error: { code: 1008, message: 'Method not supported by this resource' } },
      }),
    );
    expect(d).toMatchObject({ format: 'numeric-code', code: 1008, known: false });
    expect(d?.notes.map((n) => n.en)).toEqual([
      "Code 1008 appears in the documentation's example (numeric error code), not in its list of codes.",
      'Allowed methods: GET, PUT.',
    ]);
    expect(d?.notes[0]?.ru).toBe(
      'Код 1008 есть в примере из документации (числовой код ошибки), но не в её списке кодов.',
    );
    expect(d?.title.en).toMatch(/method/i);
  });
});

describe('body encodings', () => {
  const envelope = { ok: false, error: { code: 'invalid_request', message: 'Неверный запрос' } };

  it('decodes base64 bodies as UTF-8 bytes', () => {
    const b64 = Buffer.from(JSON.stringify(envelope), 'utf8').toString('base64');
    const d = decode(
      exchange({ status: 400, body: b64, bodyEncoding: 'base64', responseHeaders: jsonHeaders }),
    );
    expect(d?.message).toBe('Неверный запрос');
  });

  it('strips a byte-order mark', () => {
    const d = decode(exchange({ status: 400, body: '\uFEFF' + JSON.stringify(envelope) }));
    expect(d?.code).toBe('invalid_request');
  });

  it('falls back to http on invalid base64', () => {
    expect(decode(exchange({ status: 400, body: '%%%', bodyEncoding: 'base64' }))?.format).toBe(
      'http',
    );
  });
});
