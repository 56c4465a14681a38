import { describe, expect, it } from 'vitest';
import { exchange } from '../../../test/helpers/exchange';
import { decode } from '../decode';
import { toCapturedError, URL_LIMIT } from './capturedError';

function capture(url: string, requestBody: string | null, bodyLimit = 1000) {
  const ex = exchange({ url, status: 500 });
  const decoded = decode(ex);
  if (decoded === null) throw new Error('not an error');
  return toCapturedError(1, ex, '', decoded, { bodyLimit, requestBody });
}

describe('toCapturedError bounds what it keeps', () => {
  it('cuts a request body at the body limit and says how long it was', () => {
    const e = capture('https://api.example.com/upload', 'x'.repeat(1024 * 1024));
    expect(e.requestBody).toHaveLength(1000);
    expect(e.requestBodySize).toBe(1024 * 1024);
    expect(e.requestBodyTruncated).toBe(true);
    const small = capture('https://api.example.com/upload', '{"a":1}');
    expect(small.requestBody).toBe('{"a":1}');
    expect(small.requestBodyTruncated).toBe(false);
  });

  it('cuts a huge URL but keeps its host', () => {
    const url = `https://api.example.com:8443/q?data=${'a'.repeat(2 * URL_LIMIT)}`;
    const e = capture(url, null);
    expect(e.url).toHaveLength(URL_LIMIT);
    expect(e.path.length).toBeLessThanOrEqual(URL_LIMIT);
    expect(e.urlSize).toBe(url.length);
    expect(e.urlTruncated).toBe(true);
    expect(e.host).toBe('api.example.com:8443');
    expect(capture('https://api.example.com/a', null).urlTruncated).toBe(false);
  });

  it('never cuts inside a surrogate pair', () => {
    const e = capture('https://api.example.com/', 'a'.repeat(999) + '😀', 1000);
    expect(e.requestBody).toBe('a'.repeat(999));
  });
});
