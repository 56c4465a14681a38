import { describe, expect, it } from 'vitest';
import { exchange } from '../../../test/helpers/exchange';
import { toCapturedError } from '../capture/capturedError';
import { decode } from '../decode';
import { buildHar, harEntryOf, utf8Length } from './exportHar';

describe('utf8Length counts what TextEncoder writes', () => {
  it('at every width boundary, for pairs and for lone surrogates', () => {
    const samples = [
      '',
      'a\u007f',
      '\u0080',
      '\u07ff',
      '\u0800',
      '\uffff',
      '😀',
      '\ud800\udc00',
      '\udbff\udfff',
      '\ud7ff\udc00',
      '\ud800',
      'x\udbff',
      '\udbffx',
      '\ud800\ud800\udc00',
      '\udc00\ud800',
      '\ud800\ue000',
      '\ud800\udbff',
    ];
    for (const text of samples) {
      const escaped = JSON.stringify(text);
      expect(utf8Length(text), escaped).toBe(new TextEncoder().encode(text).length);
    }
  });
});

describe('harEntryOf writes what capture did not keep as unknown', () => {
  const ex = exchange({ status: 500, url: 'https://api.example.com/v1/x' });
  const decoded = decode(ex);
  if (decoded === null) throw new Error('not an error');
  const error = toCapturedError(1, ex, '{}', decoded, { bodyLimit: 1000 });

  it('leaves protocol, cookies and sizes unknown, and writes no postData without a body', () => {
    const entry = harEntryOf(error);
    expect(entry.request).toEqual({
      method: 'GET',
      url: 'https://api.example.com/v1/x',
      httpVersion: '',
      headers: [],
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: 0,
    });
    expect(entry.response).toEqual({
      status: 500,
      statusText: '',
      httpVersion: '',
      headers: [{ name: 'Content-Type', value: 'application/json' }],
      cookies: [],
      content: { size: 2, mimeType: 'application/json', text: '{}' },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
    });
  });

  it('writes a request body with its size in bytes and its type, or none', () => {
    const withBody = { ...error, requestBody: 'é=1' };
    expect(harEntryOf(withBody).request).toMatchObject({
      bodySize: 4,
      postData: { mimeType: '', text: 'é=1' },
    });
    const typed = {
      ...withBody,
      requestHeaders: [{ name: 'CONTENT-TYPE', value: 'application/x-www-form-urlencoded' }],
    };
    expect(harEntryOf(typed).request.postData?.mimeType).toBe('application/x-www-form-urlencoded');
  });

  it('writes a document with no pages', () => {
    expect(buildHar([error], { version: '1.0.0', redact: null }).log.pages).toEqual([]);
  });
});
