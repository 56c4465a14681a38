import { describe, it, expect } from 'vitest';
import { builtin } from '../../../test/helpers/builtin';

const stateMetaFormat = builtin('state-meta');

// Seed 001's own example, verbatim.
const SEED_EXAMPLE = `{
  "state": 1,
  "message": "Validation failed",
  "result": null,
  "error": {
    "code": "validation_error",
    "details": {
      "amount": ["The amount field is required."]
    }
  },
  "meta": {
    "request_id": "req_01J...",
    "timestamp": "2026-06-23T10:00:00+00:00"
  }
}`;

const recognize = (body: unknown) => stateMetaFormat.recognize(body);

describe('stateMetaFormat.recognize', () => {
  it('reads the seed example: code, message, details, field errors and request id', () => {
    const envelope = recognize(JSON.parse(SEED_EXAMPLE));
    expect(envelope).toEqual({
      requestId: 'req_01J...',
      errors: [
        {
          code: 'validation_error',
          message: 'Validation failed',
          details: { amount: ['The amount field is required.'] },
          fieldErrors: [{ field: 'amount', messages: ['The amount field is required.'] }],
          pointers: {
            code: '/error/code',
            message: '/message',
            fieldErrors: '/error/details',
            requestId: '/meta/request_id',
          },
        },
      ],
    });
  });

  it('treats error: null with state or meta as the success shape', () => {
    const body = { state: 0, message: 'OK', result: {}, error: null, meta: { request_id: 'r1' } };
    expect(recognize(body)).toEqual({ errors: [], requestId: 'r1' });
    expect(recognize({ error: null, state: 0 })).toEqual({ errors: [], requestId: null });
    expect(recognize({ error: null, result: {} })).toBeNull();
  });

  it('falls back to error.message when there is no top-level message', () => {
    const body = { state: 1, meta: {}, error: { code: 'invalid_token', message: 'bad token' } };
    expect(recognize(body)?.errors[0]?.message).toBe('bad token');
  });

  it('needs at least two of state, meta, result, message', () => {
    expect(recognize({ error: { code: 'invalid_token', message: 'x' } })).toBeNull();
    expect(recognize({ error: { code: 1008, message: 'x' } })).toBeNull();
    expect(recognize({ meta: {}, error: { code: 'invalid_token' } })).toBeNull();
    expect(recognize({ meta: {}, message: 'm', error: { code: 'invalid_token' } })).not.toBeNull();
  });

  it('does not claim the success:false envelope of seed 002', () => {
    const body = {
      success: false,
      data: null,
      error: { code: 'INSUFFICIENT_BALANCE', message: 'm', details: {} },
      meta: { request_id: 'req_xxxx' },
    };
    expect(recognize(body)).toBeNull();
  });

  it('survives wrong types', () => {
    for (const body of [null, [], 'text', 42, true]) expect(recognize(body)).toBeNull();
    expect(recognize({ state: 1, message: 'm', error: 'validation_error' })).toBeNull();
    expect(recognize({ state: 1, message: 'm', error: ['validation_error'] })).toBeNull();
    expect(recognize({ state: 1, message: 'm', error: { details: {} } })).toBeNull();

    const odd = recognize({
      state: 1,
      message: 42,
      error: { code: { nested: true }, details: 'not a map' },
      meta: { request_id: 7 },
    });
    expect(odd).toEqual({
      requestId: null,
      errors: [
        {
          code: null,
          message: null,
          details: 'not a map',
          fieldErrors: [],
          // Where the format looked, though the values had the wrong types; no request id read.
          pointers: {
            code: '/error/code',
            message: '/error/message',
            fieldErrors: '/error/details',
          },
        },
      ],
    });
  });

  it('never reads through __proto__', () => {
    expect(
      recognize(JSON.parse('{"__proto__":{"error":{"code":"x"}},"state":1,"meta":{}}')),
    ).toBeNull();
    expect(
      recognize(
        JSON.parse('{"state":1,"message":"m","error":{"__proto__":{"code":"invalid_token"}}}'),
      ),
    ).toBeNull();
    const envelope = recognize(
      JSON.parse('{"state":1,"message":"m","error":{"code":"x","details":{"__proto__":["bad"]}}}'),
    );
    expect(envelope?.errors[0]?.fieldErrors).toEqual([{ field: '__proto__', messages: ['bad'] }]);
  });
});

describe('stateMetaFormat catalogs', () => {
  it('does not match prototype keys', () => {
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(stateMetaFormat.catalog.get(key)).toBeUndefined();
      expect(stateMetaFormat.statuses.get(key)).toBeUndefined();
    }
  });

  it('states the documented retry rules', () => {
    const advice = (code: string) => stateMetaFormat.catalog.get(code)?.retry.advice;
    expect(advice('signature_replay')).toBe('after-auth');
    expect(advice('idempotency_conflict')).toBe('no');
    expect(advice('rate_limit_exceeded')).toBe('wait');
    expect(advice('quota_exceeded')).toBe('wait');
    expect(stateMetaFormat.statuses.get('409')?.retry.advice).toBe('check-first');
    expect(stateMetaFormat.statuses.get('5xx')?.retry.advice).toBe('backoff');
  });

  it('tells what to hand to support, without the token', () => {
    const action = stateMetaFormat.statuses.get('5xx')?.action;
    for (const fact of [
      'X-Request-Id',
      'endpoint',
      'error.code',
      'API key name',
      'never the token',
    ]) {
      expect(action?.en).toContain(fact);
    }
    expect(action?.ru).toContain('не сам токен');
  });
});
