import { describe, expect, it } from 'vitest';
import { exchangeFromHarEntry, HarError, parseHar } from './parseHar';

const har = (entries: unknown) => JSON.stringify({ log: { version: '1.2', entries } });

describe('parseHar', () => {
  it('maps an entry to an exchange', () => {
    const [x] = parseHar(
      har([
        {
          startedDateTime: '2026-06-23T10:00:00.000Z',
          request: {
            method: 'post',
            url: 'https://a.example/x',
            headers: [{ name: 'A', value: '1' }],
          },
          response: {
            status: 429,
            headers: [{ name: 'Retry-After', value: '3' }],
            content: { mimeType: 'application/json', text: 'e30=', encoding: 'base64' },
          },
        },
      ]),
    );
    expect(x).toMatchObject({
      method: 'POST',
      url: 'https://a.example/x',
      status: 429,
      body: 'e30=',
      bodyEncoding: 'base64',
      startedAt: Date.parse('2026-06-23T10:00:00.000Z'),
    });
    expect(x?.responseHeaders).toEqual([{ name: 'Retry-After', value: '3' }]);
  });

  it('turns wrong types into empty values', () => {
    const [x] = parseHar(
      har([{ request: 5, response: { status: '500', headers: 'x', content: null } }]),
    );
    expect(x).toMatchObject({ url: '', method: 'GET', status: 0, body: null, responseHeaders: [] });
  });

  it('throws HarError for non-JSON and non-HAR text', () => {
    expect(() => parseHar('nope')).toThrow(HarError);
    expect(() => parseHar('{"foo":1}')).toThrow(/not a HAR/);
  });
});

describe('exchangeFromHarEntry with needsHeaders', () => {
  const entry = {
    request: {
      method: 'options',
      url: 'https://a.example/x',
      headers: [{ name: 'A', value: '1' }],
    },
    response: {
      status: 204,
      _error: 'net::ERR_FAILED',
      headers: [{ name: 'B', value: '2' }],
      content: { mimeType: 'text/html' },
    },
  };

  it('asks with the status, MIME type, upper-case method and error, before copying', () => {
    const asked: unknown[] = [];
    const x = exchangeFromHarEntry(entry, (...facts) => {
      asked.push(facts);
      return true;
    });
    expect(asked).toEqual([[204, 'text/html', 'OPTIONS', 'net::ERR_FAILED']]);
    expect(x.requestHeaders).toEqual([{ name: 'A', value: '1' }]);
    expect(x.responseHeaders).toEqual([{ name: 'B', value: '2' }]);
  });

  it('copies no header of an entry it turns down, and keeps the rest', () => {
    const x = exchangeFromHarEntry(entry, () => false);
    expect(x.requestHeaders).toEqual([]);
    expect(x.responseHeaders).toEqual([]);
    expect(x).toEqual({ ...exchangeFromHarEntry(entry), requestHeaders: [], responseHeaders: [] });
  });
});
