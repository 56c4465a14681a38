import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exchange } from '../../test/helpers/exchange';
import { decode } from './decode';
import { propertyRuns } from '../../test/helpers/propertyRuns';

/** Response bodies are hostile: every case must come back as a clear result, never a throw. */
describe('hostile bodies fall back to the HTTP status', () => {
  const cases: Record<string, string> = {
    truncated: '{"ok":false,"error":{"code":"provider_',
    html: '<!doctype html><html><body><script>alert(1)</script>Bad Gateway</body></html>',
    plainText: 'Service Unavailable',
    whitespace: '   \n\t ',
    nullLiteral: 'null',
    numberLiteral: '42',
    stringLiteral: '"error"',
    // Not `"error":"provider_error"`: since issue 11 that is Slack's envelope, not a wrong type.
    wrongTypes: '{"ok":false,"error":["provider_error"]}',
    arrayOfJunk: '[1,"a",null,{"jsonrpc":"1.0"}]',
    nanNumbers: '{"error":{"code":1e999,"message":"x"}}',
  };

  it.each(Object.entries(cases))('%s', (_name, body) => {
    const d = decode(exchange({ status: 503, body }));
    expect(d?.status).toBe(503);
    expect(d?.title.en).toBe('Service unavailable');
  });

  it('a recognized envelope with a wrong-typed code has no code and says so', () => {
    const d = decode(exchange({ status: 503, body: '{"ok":false,"error":{"code":{"x":1}}}' }));
    expect(d).toMatchObject({ format: 'ok-flag', code: null, known: false });
    expect(d?.notes[0]?.en).toContain('carries no code');
  });

  it('an empty body says so', () => {
    const d = decode(exchange({ status: 503, body: '' }));
    expect(d).toMatchObject({ format: 'http', code: null });
    expect(d?.notes[0]?.en).toContain('empty');
  });

  it('does not pollute prototypes through __proto__ keys', () => {
    const body =
      '{"__proto__":{"polluted":1},"ok":false,"error":{"__proto__":{"code":"provider_error"},"code":"constructor"}}';
    const d = decode(exchange({ status: 502, body }));
    expect(d?.known).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('survives a 100,000-level-deep body', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(decode(exchange({ status: 500, body: deep }))?.format).toBe('http');
    const deepObj = '{"error":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    expect(decode(exchange({ status: 500, body: deepObj }))?.format).toBe('http');
  });

  it('survives a deep body inside a real envelope', () => {
    const details = '['.repeat(50_000) + ']'.repeat(50_000);
    const body = `{"ok":false,"error":{"code":"invalid_request","details":${details}}}`;
    expect(decode(exchange({ status: 400, body }))?.code).toBe('invalid_request');
  });

  it('declines a 10 MB body without parsing it', () => {
    const big =
      '{"ok":false,"error":{"code":"provider_error","details":"' + 'x'.repeat(10_000_000) + '"}}';
    const d = decode(exchange({ status: 502, body: big }));
    expect(d?.format).toBe('http');
    expect(d?.notes[0]?.en).toContain('too large');
  });

  it('rejects a large 2xx success without an error key', () => {
    const big = JSON.stringify({ items: Array.from({ length: 50_000 }, (_, i) => ({ i })) });
    expect(decode(exchange({ status: 200, body: big }))).toBeNull();
  });
});

describe('decode never throws (property-based)', () => {
  const envelopeKeys = [
    'ok',
    'success',
    'error',
    'jsonrpc',
    'state',
    'meta',
    'code',
    'message',
    'details',
    'data',
    'errors',
    '__proto__',
    'constructor',
    'result',
  ];
  const key = fc.oneof(fc.constantFrom(...envelopeKeys), fc.string());
  const json = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constant(null),
      fc.boolean(),
      fc.double(),
      fc.integer({ min: -33000, max: 7000 }),
      fc.string(),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(key, tie('value'), { maxKeys: 5 }),
    ),
  })).value;
  const body = fc.oneof(
    json.map((v) => JSON.stringify(v) ?? ''),
    json.map((v) => (JSON.stringify(v) ?? '').slice(0, -1)),
    fc.string(),
    fc.string().map((s) => '\uFEFF' + s),
  );

  it('for 10,000 generated bodies under any status, method and encoding', () => {
    fc.assert(
      fc.property(
        body,
        fc.integer({ min: 100, max: 599 }),
        fc.constantFrom('GET', 'POST', 'PUT'),
        fc.constantFrom('plain' as const, 'base64' as const),
        (text, status, method, bodyEncoding) => {
          const result = decode(exchange({ status, method, body: text, bodyEncoding }));
          if (status >= 400) expect(result?.status).toBe(status);
        },
      ),
      { numRuns: propertyRuns(10_000) },
    );
  });
});
