import { describe, expect, it, vi } from 'vitest';
import { exchange, headers } from '../../test/helpers/exchange';
import { decode } from './decode';
import type { ErrorFormat } from './formats/format';
import { compilePack } from './pack/compile';
import { createPackSet } from './pack/packSet';
import type { ErrorPack } from './pack/packTypes';

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

describe('the most specific format wins', () => {
  it('jsonrpc beats numeric-code on {error:{code:number}} with jsonrpc:"2.0"', () => {
    const body = { jsonrpc: '2.0', error: { code: -32601, message: 'Method not found' }, id: 1 };
    expect(decode(exchange({ status: 400, json: body }))?.format).toBe('jsonrpc');
  });

  it('ok-flag and success-flag beat state-meta and numeric-code', () => {
    const okBody = {
      ok: false,
      state: 1,
      meta: {},
      message: 'x',
      error: { code: 'provider_error' },
    };
    expect(decode(exchange({ status: 502, json: okBody }))?.format).toBe('ok-flag');
    const sBody = { success: false, state: 1, meta: { request_id: 'r' }, error: { code: 3001 } };
    expect(decode(exchange({ status: 403, json: sBody }))?.format).toBe('success-flag');
  });

  it('state-meta beats numeric-code when its markers are present', () => {
    const body = { state: 1, message: 'x', result: null, error: { code: 1001 }, meta: {} };
    expect(decode(exchange({ status: 400, json: body }))?.format).toBe('state-meta');
    expect(
      decode(exchange({ status: 400, json: { error: { code: 1001, message: 'x' } } }))?.format,
    ).toBe('numeric-code');
  });

  it("a pinned host's error without an envelope keeps the pinned format's status rules", () => {
    const page = (method: string) =>
      exchange({
        status: 503,
        method,
        mimeType: 'text/html',
        responseHeaders: headers({ 'Content-Type': 'text/html' }),
        body: '<html><h1>503 Service Unavailable</h1></html>',
      });
    const get = decode(page('GET'), { pin: 'ok-flag' });
    expect(get).toMatchObject({ format: 'http', code: null, known: false });
    expect(get?.title.en).toBe('Upstream or internal error');
    expect(get?.retry).toMatchObject({
      advice: 'wait',
      afterSeconds: 10,
      maxAttempts: 3,
      schedule: { kind: 'range', minSeconds: 10, maxSeconds: 30 },
      documented: true,
    });
    expect(get?.notes.map((n) => n.en)).toEqual([
      'Not recognized: the body is not JSON. Explained by the HTTP status alone.',
      "The host is pinned (ok:false envelope): the documentation's rules for this status apply.",
    ]);
    // The purchase check of the pinned format applies too.
    const post = decode(page('POST'), { pin: 'ok-flag' });
    expect(post?.retry.advice).toBe('check-first');
    expect(post?.retry.warning?.en).toMatch(/^If this was a purchase or renewal/);
    // Without the pin, or for a status the pinned document does not describe: HTTP alone.
    expect(decode(page('GET'))?.retry).toMatchObject({ advice: 'wait', maxAttempts: null });
    const notFound = decode({ ...page('GET'), status: 404 }, { pin: 'ok-flag' });
    expect(notFound?.title.en).toBe('Not found');
    expect(notFound?.notes).toHaveLength(1);
  });

  it('a pinned format is tried first', () => {
    const body = { state: 1, message: 'x', result: null, error: { code: 1001 }, meta: {} };
    expect(decode(exchange({ status: 400, json: body }))?.format).toBe('state-meta');
    expect(decode(exchange({ status: 400, json: body }), { pin: 'numeric-code' })?.format).toBe(
      'numeric-code',
    );
  });
});

describe('undocumented codes and statuses', () => {
  it('explains an undocumented code by its format status table and says so', () => {
    const d = decode(
      exchange({
        status: 409,
        json: { state: 1, message: 'm', error: { code: 'weird' }, meta: {} },
      }),
    );
    expect(d).toMatchObject({ format: 'state-meta', code: 'weird', known: false });
    expect(d?.retry.advice).toBe('check-first');
    expect(d?.notes.some((n) => n.en.includes('undocumented'))).toBe(true);
    expect(d?.notes.some((n) => n.ru.includes('не описан'))).toBe(true);
  });

  it('knows JSON-RPC -32099..-32000, a range seed 003 documents, by the range text', () => {
    const rpc = (code: number | string) =>
      decode(exchange({ status: 200, json: { jsonrpc: '2.0', error: { code }, id: 1 } }));
    for (const code of [-32000, -32050, -32099, '-32050']) {
      const d = rpc(code);
      expect(d, String(code)).toMatchObject({ code, known: true });
      expect(d?.title.en).toBe('Server error (implementation-defined)');
      expect(d?.retry).toMatchObject({ advice: 'backoff', schedule: { kind: 'exponential' } });
      expect(d?.notes.map((n) => n.en).join(' ')).not.toContain('undocumented');
    }
    // The seed's own custom codes in the range keep their entries.
    expect(rpc(-32001)?.title.en).toBe('Validation error');
    expect(rpc(-32006)?.title.en).toBe('Command execution error');
  });

  it("explains the JSON-RPC specification's wider reserved range, as undocumented", () => {
    const rpc = (code: number | string) =>
      decode(exchange({ status: 200, json: { jsonrpc: '2.0', error: { code }, id: 1 } }));
    for (const code of [-32100, -32768, -32650]) {
      const d = rpc(code);
      expect(d, String(code)).toMatchObject({
        known: false,
        title: { en: 'Reserved JSON-RPC code' },
      });
      expect(d?.notes.map((n) => n.en).join(' ')).toContain(`${code} is undocumented`);
    }
    for (const code of [-32769, -31999, 0, 404, -32050.5, 'abc', '', '-32050x']) {
      expect(rpc(code)?.title.en, String(code)).toBe('Undocumented error');
    }
  });

  it('explains an undocumented code under a 2xx by its format, never as a success', () => {
    const cases = [
      { ok: false, error: { code: 'brand_new', message: 'x' } },
      { ok: false, error: { message: 'no code at all' } },
      { success: false, data: null, error: { code: 'BRAND_NEW' }, meta: {} },
      { jsonrpc: '2.0', error: { code: 42, message: 'x' }, id: 1 },
      { errors: [{ message: 'x', extensions: { code: 'BRAND_NEW' } }] },
    ];
    for (const json of cases) {
      const d = decode(exchange({ status: 200, json }));
      expect(d?.known, JSON.stringify(json)).toBe(false);
      expect(d?.title.en).toBe('Undocumented error');
      expect(d?.title.ru).toBe('Ошибка, не описанная в документации');
      for (const text of [d?.title, d?.meaning, d?.action]) {
        expect(text?.en).not.toMatch(/success status|reports success/i);
        expect(text?.ru).not.toMatch(/успешн|об успехе/i);
        expect(text?.en).not.toMatch(/fix the request/i);
      }
      expect(d?.retry).toMatchObject({ advice: 'check-first', documented: false });
    }
    const ok = decode(exchange({ status: 200, json: cases[0] }));
    expect(ok?.meaning.en).toContain('(ok: false)');
    expect(ok?.action.en).toContain('error.message');
  });

  it('names the format in the language of the note, never English inside Russian', () => {
    const d = decode(exchange({ status: 400, json: { ok: false, error: { message: 'x' } } }));
    expect(d?.notes[0]).toEqual({
      en: 'The error carries no code (ok:false envelope).',
      ru: 'В ошибке нет кода (формат с полем ok).',
    });
    const meta = { state: 1, message: 'm', result: null, error: { code: 'zzz' }, meta: {} };
    expect(decode(exchange({ status: 400, json: meta }))?.notes[0]?.ru).toBe(
      'Код zzz не описан в документации (формат с полями state и meta).',
    );
  });

  it('never takes prototype keys for catalog entries', () => {
    for (const code of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const d = decode(exchange({ status: 400, json: { ok: false, error: { code } } }));
      expect(d?.known).toBe(false);
    }
  });

  it('claims no status pairing for seeds 000 and 001, whose code tables have none', () => {
    const meta = {
      state: 1,
      message: 'm',
      result: null,
      error: { code: 'validation_error' },
      meta: {},
    };
    const ok = { ok: false, error: { code: 'invalid_token', message: 'm' } };
    for (const [status, json] of [
      [400, meta],
      [403, ok],
    ] as const) {
      const d = decode(exchange({ status, json }));
      expect(d?.known).toBe(true);
      expect(d?.notes).toEqual([]);
    }
  });

  it('notes a code that arrives with another status than documented', () => {
    const d = decode(
      exchange({ status: 400, json: { success: false, error: { code: 'RATE_LIMIT_EXCEEDED' } } }),
    );
    expect(d?.known).toBe(true);
    expect(d?.notes.some((n) => n.en.includes('HTTP 429'))).toBe(true);
  });
});

describe('the http fallback', () => {
  it('explains an HTML error page by its status and says it is not recognized', () => {
    const d = decode(
      exchange({
        status: 502,
        responseHeaders: headers({ 'Content-Type': 'text/html' }),
        body: '<html><h1>502</h1></html>',
      }),
    );
    expect(d).toMatchObject({ format: 'http', code: null, known: false, status: 502 });
    expect(d?.title.en).toBe('Bad gateway');
    expect(d?.notes[0]?.en).toContain('Not recognized');
    expect(d?.httpMeaning.en).toContain('HTTP 502');
  });

  it('keeps a loose message from unrecognized JSON', () => {
    const d = decode(exchange({ status: 500, json: { message: 'boom' } }));
    expect(d).toMatchObject({ format: 'http', message: 'boom' });
  });

  it('takes the request id from X-Request-Id when the body has none', () => {
    const d = decode(
      exchange({ status: 500, responseHeaders: headers({ 'x-request-id': 'abc' }), body: 'x' }),
    );
    expect(d?.requestId).toBe('abc');
  });

  it('says "unavailable", never "empty", for a body the browser did not give', () => {
    const gone = decode(exchange({ status: 400, body: null }));
    expect(gone?.notes[0]?.en).toContain('the body is unavailable');
    expect(gone?.notes[0]?.ru).toContain('недоступно');
    const empty = decode(exchange({ status: 400, body: '' }));
    expect(empty?.notes[0]?.en).toContain('the body is empty');
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

describe('formats that cannot decide a 2xx body', () => {
  const pack: ErrorPack = {
    id: 'bare',
    name: 'Bare',
    version: '1',
    errorOn2xx: false,
    envelope: { match: [{ path: '/error', type: 'object' }], code: '/error/code' },
  };
  const spied = (compiled: ErrorFormat) => {
    const asked = vi.fn(compiled.recognize);
    return { format: { ...compiled, recognize: asked }, asked };
  };
  const body = { json: { error: { code: 'E1' } } };

  it('passes a silent format over under 2xx, and still asks it under 4xx', () => {
    const { format, asked } = spied(compilePack(pack, 'user'));
    expect(format.silentOn2xx).toBe(true);
    const packs = createPackSet([format], []);
    expect(decode(exchange({ status: 200, ...body }), { packs })).toBeNull();
    expect(asked).not.toHaveBeenCalled();
    expect(decode(exchange({ status: 400, ...body }), { packs })?.code).toBe('E1');
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it('still asks a format with a success shape under 2xx: that shape ends the search', () => {
    const withSuccess = {
      ...pack,
      envelope: { ...pack.envelope, success: [{ path: '/ok', equals: true }] },
    };
    const success = spied(compilePack({ ...withSuccess, id: 'success' }, 'user'));
    const later = spied(compilePack({ ...pack, id: 'later', errorOn2xx: true }, 'user'));
    const packs = createPackSet([success.format, { ...later.format, specificity: 1 }], []);
    const ok = { json: { ok: true, error: { code: 'E1' } } };
    expect(decode(exchange({ status: 200, ...ok }), { packs })).toBeNull();
    expect(success.asked).toHaveBeenCalledTimes(1);
    expect(later.asked).not.toHaveBeenCalled();
    expect(decode(exchange({ status: 200, ...body }), { packs })?.format).toBe('later');
  });
});
