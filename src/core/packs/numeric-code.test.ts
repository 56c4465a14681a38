import { describe, it, expect } from 'vitest';
import { builtin } from '../../../test/helpers/builtin';

const numericCodeFormat = builtin('numeric-code');

// Seed 004's own example body (served with HTTP 405 and "Allow: GET, PUT").
const SEED_EXAMPLE = `{
  "error": {
    "code": 1008,
    "message": "Method not supported by this resource"
  }
}`;

const recognize = (body: unknown) => numericCodeFormat.recognize(body);

describe('numericCodeFormat.recognize', () => {
  it('reads the seed example', () => {
    expect(recognize(JSON.parse(SEED_EXAMPLE))).toEqual({
      requestId: null,
      errors: [
        {
          code: 1008,
          message: 'Method not supported by this resource',
          details: null,
          fieldErrors: [],
          pointers: { code: '/error/code', message: '/error/message' },
        },
      ],
    });
  });

  it('leaves 1008, which the code list omits, undocumented', () => {
    expect(numericCodeFormat.catalog.get('1008')).toBeUndefined();
    expect(numericCodeFormat.catalog.get('5001')?.status).toBe(405);
  });

  it('accepts a code quoted as a string of digits, as sent', () => {
    const envelope = recognize({ error: { code: '2002', message: 'Access token expired' } });
    expect(envelope?.errors[0]?.code).toBe('2002');
    expect(numericCodeFormat.catalog.get(String(envelope?.errors[0]?.code))?.retry.advice).toBe(
      'after-auth',
    );
  });

  it('has no success shape', () => {
    expect(recognize({ id: 1, name: 'x' })).toBeNull();
    expect(recognize({ error: null })).toBeNull();
  });

  it('does not claim JSON-RPC bodies', () => {
    expect(recognize({ jsonrpc: '2.0', error: { code: -32600, message: 'x' } })).toBeNull();
    expect(recognize({ jsonrpc: null, error: { code: 1001 } })).toBeNull();
  });

  it('rejects codes that are not numbers', () => {
    for (const code of [
      'validation_error',
      '10a',
      '',
      ' 1001',
      '1e3',
      { n: 1001 },
      [1001],
      null,
      true,
      Infinity,
      NaN,
    ]) {
      expect(recognize({ error: { code, message: 'x' } })).toBeNull();
    }
    expect(recognize({ error: { message: 'x' } })).toBeNull();
  });

  it('survives wrong types', () => {
    for (const body of [null, [], 'text', 42]) expect(recognize(body)).toBeNull();
    expect(recognize({ error: 'Method not supported' })).toBeNull();
    expect(recognize({ error: [1001] })).toBeNull();
    expect(recognize({ error: { code: 1001, message: { text: 'x' } } })?.errors[0]?.message).toBe(
      null,
    );
  });

  it('never reads through __proto__', () => {
    expect(recognize(JSON.parse('{"__proto__":{"error":{"code":1001}}}'))).toBeNull();
    expect(recognize(JSON.parse('{"error":{"__proto__":{"code":1001}}}'))).toBeNull();
  });
});

describe('numericCodeFormat catalogs', () => {
  it('does not match prototype keys', () => {
    for (const key of ['constructor', '__proto__', 'toString']) {
      expect(numericCodeFormat.catalog.get(key)).toBeUndefined();
      expect(numericCodeFormat.statuses.get(key)).toBeUndefined();
    }
  });

  it('states the documented retry rules', () => {
    const advice = (code: string) => numericCodeFormat.catalog.get(code)?.retry.advice;
    expect(advice('1006')).toBe('no');
    expect(advice('2002')).toBe('after-auth');
    expect(advice('5001')).toBe('no');
    expect(advice('6001')).toBe('wait');
    expect(numericCodeFormat.catalog.get('5001')?.action.en).toContain('Allow');
    expect(numericCodeFormat.statuses.get('500')?.retry.advice).toBe('backoff');
  });
});
