import { describe, expect, it } from 'vitest';
import { MASK, isSensitiveHeader, maskHeaders } from './maskHeaders';

const one = (name: string, value: string) => maskHeaders([{ name, value }])[0]?.value;

describe('maskHeaders', () => {
  it('keeps the scheme word of Authorization and hides the credentials', () => {
    expect(one('Authorization', 'Bearer eyJhbGciOi.secret.sig')).toBe('Bearer ••••');
    expect(one('proxy-authorization', 'Basic dXNlcjpwYXNz')).toBe('Basic ••••');
  });

  it('hides an Authorization value that has no scheme word entirely', () => {
    expect(one('Authorization', 'sk_live_abcdef')).toBe(MASK);
    expect(one('Authorization', '12345 abc')).toBe(MASK);
  });

  it('hides cookies whole', () => {
    expect(one('Cookie', 'sid=abc; theme=dark')).toBe(MASK);
    expect(one('set-cookie', 'sid=abc; HttpOnly')).toBe(MASK);
  });

  it('hides any header whose name mentions a secret, whatever its case', () => {
    for (const name of [
      'X-Api-Key',
      'X-CSRF-Token',
      'x-client-secret',
      'X-Password',
      'X-Signature',
      'X-Session-Id',
    ]) {
      expect(one(name, 'Bearer abc def'), name).toBe(MASK);
    }
  });

  it('leaves other headers, and empty values, as they are', () => {
    const headers = [
      { name: 'Content-Type', value: 'application/json' },
      { name: 'X-Request-Id', value: 'req-1' },
      { name: 'Cookie', value: '' },
      { name: 'Authorization', value: '  ' },
    ];
    expect(maskHeaders(headers)).toEqual(headers);
  });

  it('does not change its input', () => {
    const headers = [{ name: 'Authorization', value: 'Bearer abc' }];
    maskHeaders(headers);
    expect(headers[0]?.value).toBe('Bearer abc');
  });

  it('judges names alone', () => {
    expect(isSensitiveHeader(' Authorization ')).toBe(true);
    expect(isSensitiveHeader('Keep-Alive')).toBe(false);
    expect(isSensitiveHeader('Retry-After')).toBe(false);
  });
});
