import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../../test/helpers/propertyRuns';
import { exchange } from '../../../test/helpers/exchange';
import { decode } from '../decode';
import type { DecodedError } from '../types';
import { cut, displayHost, toCapturedError, URL_LIMIT, withoutDetails } from './capturedError';

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
    // The path is cut from the whole URL's path, not read from the cut URL.
    expect(e.path).toHaveLength(URL_LIMIT);
    expect(e.path.startsWith('/q?data=aaa')).toBe(true);
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

describe('cut', () => {
  it('returns a text within the limit untouched, even one ending in half a pair', () => {
    expect(cut('abc', 3)).toBe('abc');
    expect(cut('ab\uD83D', 3)).toBe('ab\uD83D');
  });

  it('steps back only when the cut itself would split a pair', () => {
    expect(cut('😀abc', 4)).toBe('😀ab');
    expect(cut('abc😀', 4)).toBe('abc');
  });
});

describe('displayHost: the host as typed in domain:', () => {
  it("drops the scheme's default port and keeps any other", () => {
    expect(displayHost('https://api.example.com/x')).toBe('api.example.com');
    expect(displayHost('http://api.example.com/x')).toBe('api.example.com');
    expect(displayHost('https://h.test:443/')).toBe('h.test');
    expect(displayHost('http://h.test:80/')).toBe('h.test');
    expect(displayHost('http://h.test:443/')).toBe('h.test:443');
    expect(displayHost('https://h.test:80/')).toBe('h.test:80');
  });

  it('brackets an IPv6 address, and gives nothing for what is not a URL', () => {
    expect(displayHost('http://[::1]:8080/')).toBe('[::1]:8080');
    expect(displayHost('https://[2001:db8::1]/')).toBe('[2001:db8::1]');
    expect(displayHost('not a url')).toBe('');
  });

  it('shows what a parse of each whole URL showed, for any scheme, port and path', () => {
    // The definition before the per-origin cache: every URL parsed again for its scheme.
    const byFullParse = (url: string) => {
      const u = new URL(url);
      const port = u.port || (u.protocol === 'https:' ? '443' : u.protocol === 'http:' ? '80' : '');
      const omitted = u.protocol === 'https:' ? '443' : '80';
      const host = u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
      const shown = host.includes(':') ? `[${host}]` : host;
      return port && port !== omitted ? `${shown}:${port}` : shown;
    };
    const url = fc
      .tuple(
        fc.constantFrom('http', 'https', 'HTTPS', 'ws', 'wss', 'ftp', 'custom+x'),
        fc.constantFrom(
          'api.example.com',
          'API.Example.com',
          '[::1]',
          '127.0.0.1',
          'user:pw@h.test',
        ),
        fc.constantFrom('', ':80', ':443', ':8080', ':21'),
        fc.constantFrom('', '/', '/a?b=1', '/x#y', '?q'),
      )
      .map((parts) => `${parts[0]}://${parts[1]}${parts[2]}${parts[3]}`);
    fc.assert(
      fc.property(url, (u) => {
        expect(displayHost(u)).toBe(byFullParse(u));
      }),
      { numRuns: propertyRuns(500) },
    );
  });
});

describe('withoutDetails: drops the parsed body subtrees no view shows', () => {
  const base = decode(exchange({ status: 400, json: { error: { code: 'x', message: 'm' } } }));
  if (base === null) throw new Error('not an error');
  const item = (details: unknown): DecodedError => ({ ...base, details, batch: [] });

  it('returns the same object when there is nothing to drop', () => {
    const plain = { ...base, details: null, batch: [item(null)] };
    expect(withoutDetails(plain)).toBe(plain);
  });

  it('drops top-level details and keeps the batch as it is', () => {
    const batch = [item(null)];
    const out = withoutDetails({ ...base, details: { deep: [1] }, batch });
    expect(out.details).toBeNull();
    expect(out.batch).toBe(batch);
    expect(out.code).toBe(base.code);
  });

  it('drops the details of every batch item when one has them', () => {
    const out = withoutDetails({
      ...base,
      details: null,
      batch: [item(null), item({ a: 1 }), item(null)],
    });
    expect(out.batch).toHaveLength(3);
    expect(out.batch.map((b) => b.details)).toEqual([null, null, null]);
    expect(out.batch[1]?.code).toBe(base.code);
  });
});

describe('toCapturedError keeps the rest as given', () => {
  const ex = exchange({ status: 500 });
  const decoded = decode(ex);
  if (decoded === null) throw new Error('not an error');

  it('cuts a response body only past the limit', () => {
    const at = toCapturedError(1, ex, 'x'.repeat(10), decoded, { bodyLimit: 10 });
    expect(at.body).toHaveLength(10);
    expect(at.bodyTruncated).toBe(false);
    const past = toCapturedError(1, ex, 'x'.repeat(11), decoded, { bodyLimit: 10 });
    expect(past.body).toHaveLength(10);
    expect(past.bodySize).toBe(11);
    expect(past.bodyTruncated).toBe(true);
    const req = toCapturedError(1, ex, '', decoded, { bodyLimit: 10, requestBody: 'y'.repeat(10) });
    expect(req.requestBodyTruncated).toBe(false);
  });

  it('defaults the options to a live, page-made request with nothing missing', () => {
    const e = toCapturedError(7, { ...ex, mimeType: undefined }, '', decoded, { bodyLimit: 10 });
    expect(e).toMatchObject({
      id: 7,
      mimeType: '',
      bodyDropped: false,
      imported: false,
      gap: null,
      byExtension: false,
      initiator: null,
      requestBody: null,
      requestBodySize: 0,
      requestBodyTruncated: false,
      respondedAt: ex.startedAt,
    });
  });

  it('keeps what the options say', () => {
    const initiator = { url: 'https://app.test/a.js', line: 3, column: 1, app: true };
    const e = toCapturedError(7, ex, '', decoded, {
      bodyLimit: 10,
      imported: true,
      gap: 'evicted',
      byExtension: true,
      initiator,
      respondedAt: ex.startedAt + 5,
    });
    expect(e).toMatchObject({
      mimeType: 'application/json',
      imported: true,
      gap: 'evicted',
      byExtension: true,
      initiator,
      respondedAt: ex.startedAt + 5,
    });
  });
});
