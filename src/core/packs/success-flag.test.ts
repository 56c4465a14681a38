import { describe, it, expect } from 'vitest';
import { builtin } from '../../../test/helpers/builtin';

const successFlagFormat = builtin('success-flag');

// Seed 002's own example, verbatim.
const SEED_EXAMPLE = `{
  "success": false,
  "data": null,
  "error": {
    "code": "INSUFFICIENT_BALANCE",
    "message": "Insufficient balance. Current balance: 50.00; required: 100.00",
    "details": {
      "current_balance": 50.00,
      "required_amount": 100.00
    }
  },
  "meta": {
    "request_id": "req_xxxx"
  }
}`;

const recognize = (body: unknown) => successFlagFormat.recognize(body);

describe('successFlagFormat.recognize', () => {
  it('reads the seed example', () => {
    expect(recognize(JSON.parse(SEED_EXAMPLE))).toEqual({
      requestId: 'req_xxxx',
      errors: [
        {
          code: 'INSUFFICIENT_BALANCE',
          message: 'Insufficient balance. Current balance: 50.00; required: 100.00',
          details: { current_balance: 50, required_amount: 100 },
          fieldErrors: [],
          pointers: {
            code: '/error/code',
            message: '/error/message',
            requestId: '/meta/request_id',
          },
        },
      ],
    });
  });

  it('treats success: true as the success shape', () => {
    const body = { success: true, data: { id: 1 }, error: null, meta: { request_id: 'req_1' } };
    expect(recognize(body)).toEqual({ errors: [], requestId: 'req_1' });
    expect(recognize({ success: true })).toEqual({ errors: [], requestId: null });
  });

  it('requires a boolean success flag and an error object', () => {
    expect(recognize({ success: 'false', error: { code: 'INVALID_REQUEST' } })).toBeNull();
    expect(recognize({ success: 0, error: { code: 'INVALID_REQUEST' } })).toBeNull();
    expect(recognize({ error: { code: 'INVALID_REQUEST' } })).toBeNull();
    expect(recognize({ success: false, error: 'INVALID_REQUEST' })).toBeNull();
    expect(recognize({ success: false, error: null })).toBeNull();
    expect(recognize({ success: false, error: [] })).toBeNull();
  });

  it('survives wrong types', () => {
    for (const body of [null, [], 'text', 42, false]) expect(recognize(body)).toBeNull();
    const envelope = recognize({
      success: false,
      error: { code: { nested: 1 }, message: ['x'] },
      meta: { request_id: 123 },
    });
    expect(envelope).toEqual({
      requestId: null,
      errors: [
        {
          code: null,
          message: null,
          details: null,
          fieldErrors: [],
          pointers: { code: '/error/code', message: '/error/message' },
        },
      ],
    });
    expect(recognize({ success: false, error: {}, meta: 'req' })?.requestId).toBeNull();
  });

  it('never reads through __proto__', () => {
    expect(
      recognize(JSON.parse('{"__proto__":{"success":false,"error":{"code":"X"}}}')),
    ).toBeNull();
    const envelope = recognize(
      JSON.parse('{"success":false,"error":{"__proto__":{"code":"AUTH_INVALID_KEY"}}}'),
    );
    expect(envelope?.errors[0]?.code).toBeNull();
  });
});

describe('successFlagFormat catalogs', () => {
  it('does not match prototype keys', () => {
    for (const key of ['constructor', '__proto__', 'toString', 'valueOf']) {
      expect(successFlagFormat.catalog.get(key)).toBeUndefined();
      expect(successFlagFormat.statuses.get(key)).toBeUndefined();
    }
  });

  it('keeps the two 429 codes apart: wait on the rate limit, not on the session limit', () => {
    expect(successFlagFormat.catalog.get('RATE_LIMIT_EXCEEDED')?.retry.advice).toBe('wait');
    expect(successFlagFormat.catalog.get('SESSION_LIMIT_REACHED')?.retry.advice).toBe('no');
  });

  it('backs off exponentially (2^attempt) on backend failures', () => {
    for (const code of ['BACKEND_ERROR', 'BACKEND_TIMEOUT']) {
      expect(successFlagFormat.catalog.get(code)?.retry.schedule).toEqual({
        kind: 'exponential',
        base: 2,
      });
    }
  });

  it('has a status entry for every status its codes use', () => {
    for (const entry of successFlagFormat.catalog.values()) {
      expect(successFlagFormat.statuses.get(String(entry.status))).toBeDefined();
    }
  });
});
