import { describe, expect, it } from 'vitest';
import { exchangeFromHarEntry, harEntries, HarError, resourceTypeOf } from './parseHar';

const entry = (response: Record<string, unknown>, request: Record<string, unknown> = {}) => ({
  request: { method: 'GET', url: 'https://a.example/x', ...request },
  response,
});

describe('exchangeFromHarEntry: wrong types become empty values', () => {
  it('takes only a number as the status, and keeps one that is no HTTP status', () => {
    expect(exchangeFromHarEntry(entry({ status: 502 })).status).toBe(502);
    for (const status of ['502', null, undefined])
      expect(exchangeFromHarEntry(entry({ status })).status, String(status)).toBe(0);
    // 1e400 parses as Infinity. Made 0, it read as a request with no response; kept, the
    // decoder calls it an invalid entry.
    expect(exchangeFromHarEntry(JSON.parse('{"response":{"status":1e400}}')).status).toBe(Infinity);
  });

  it("takes Chrome's _error only as a non-empty string", () => {
    expect(exchangeFromHarEntry(entry({ status: 0, _error: 'net::ERR_FAILED' })).error).toBe(
      'net::ERR_FAILED',
    );
    for (const _error of ['', 7, null, undefined])
      expect(exchangeFromHarEntry(entry({ status: 0, _error })).error, String(_error)).toBeNull();
  });

  it('skips header items that are not objects, and empties wrong-typed names and values', () => {
    const x = exchangeFromHarEntry(
      entry({ status: 500, headers: [null, 'X: 1', { name: 'A', value: 2 }, { value: 'v' }] }),
    );
    expect(x.responseHeaders).toEqual([
      { name: 'A', value: '' },
      { name: '', value: 'v' },
    ]);
  });

  it('reads base64 only when the content says so', () => {
    const content = (encoding: unknown) =>
      exchangeFromHarEntry(entry({ status: 500, content: { text: 'e30=', encoding } }));
    expect(content('base64').bodyEncoding).toBe('base64');
    expect(content('BASE64').bodyEncoding).toBe('plain');
    expect(content(undefined).bodyEncoding).toBe('plain');
  });

  it('reads a resource type only as a string', () => {
    expect(resourceTypeOf({ _resourceType: 'fetch' })).toBe('fetch');
    expect(resourceTypeOf({ _resourceType: 3 })).toBeUndefined();
    expect(resourceTypeOf(null)).toBeUndefined();
  });
});

describe('harEntries', () => {
  it('reads a HAR after a byte-order mark', () => {
    expect(harEntries('\uFEFF{"log":{"entries":[1]}}')).toEqual([1]);
  });

  it('names why a file is not a HAR', () => {
    const failure = (text: string) => {
      try {
        harEntries(text);
      } catch (e) {
        return e;
      }
      return undefined;
    };
    const notJson = failure('{log');
    expect(notJson).toBeInstanceOf(HarError);
    expect(notJson).toMatchObject({ name: 'HarError', reason: 'not-json', message: 'not JSON' });
    expect(failure('{"log":{}}')).toMatchObject({ name: 'HarError', reason: 'not-har' });
  });
});
