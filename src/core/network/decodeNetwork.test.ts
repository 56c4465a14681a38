import { describe, expect, it } from 'vitest';
import { exchange, headers } from '../../../test/helpers/exchange';
import { decode } from '../decode';
import type { Exchange } from '../types';

const PAGE = 'http://127.0.0.1:5174';
const API = 'http://localhost:5174/api/orders';

/** A request that never got an HTTP response, as Chrome's HAR records it. */
function failed(error: string | null, extra: Partial<Exchange> = {}): Exchange {
  return exchange({
    url: API,
    status: 0,
    error,
    requestHeaders: headers({ Referer: `${PAGE}/` }),
    responseHeaders: [],
    mimeType: 'x-unknown',
    ...extra,
  });
}

describe('decode: failures below HTTP are `network` errors', () => {
  it.each([
    ['net::ERR_CONNECTION_REFUSED', 'Connection refused', 'backoff'],
    ['net::ERR_NAME_NOT_RESOLVED', 'Host name not resolved', 'no'],
    ['net::ERR_TIMED_OUT', 'Timed out', 'backoff'],
    ['net::ERR_BLOCKED_BY_CLIENT', 'Blocked by the browser', 'no'],
    ['net::ERR_CERT_AUTHORITY_INVALID', 'Certificate rejected', 'no'],
    ['NS_ERROR_CONNECTION_REFUSED', 'Connection refused', 'backoff'],
    ['NS_ERROR_UNKNOWN_HOST', 'Host name not resolved', 'no'],
    ['SEC_ERROR_UNKNOWN_ISSUER', 'Certificate rejected', 'no'],
  ])('%s: the error name is the code, with a meaning and action', (name, title, advice) => {
    const d = decode(failed(name));
    expect(d).toMatchObject({ format: 'network', code: name, known: true, status: 0 });
    expect(d?.title.en).toBe(title);
    expect(d?.retry.advice).toBe(advice);
    for (const lang of ['en', 'ru'] as const) {
      expect(d?.meaning[lang].length).toBeGreaterThan(20);
      expect(d?.action[lang].length).toBeGreaterThan(20);
    }
    expect(d?.title.ru).toMatch(/[а-яё]/i);
  });

  it('takes an entry with no URL (a broken HAR) for no failure at all', () => {
    expect(decode(failed(null, { url: '' }))).toBeNull();
    expect(decode(failed('net::ERR_FAILED', { url: 'chrome-extension://x/y' }))).toBeNull();
  });

  it('leaves out a request the page or a navigation cancelled', () => {
    expect(decode(failed('net::ERR_ABORTED'))).toBeNull();
    expect(decode(failed('NS_BINDING_ABORTED'))).toBeNull();
  });

  it('keeps an unknown error name as the code, marked undocumented', () => {
    const d = decode(failed('net::ERR_QUIC_PROTOCOL_ERROR'));
    expect(d).toMatchObject({ format: 'network', code: 'net::ERR_QUIC_PROTOCOL_ERROR' });
    expect(d?.known).toBe(false);
  });

  it('explains a status 0 without an error name (Firefox) as no response, with no code', () => {
    const d = decode(failed(null, { requestHeaders: headers({ Origin: PAGE }) }));
    expect(d).toMatchObject({ format: 'network', code: null, known: false });
    expect(d?.title.en).toBe('No response');
    expect(d?.httpMeaning.en).toMatch(/No HTTP status/);
  });

  it('does not call a refused cross-origin connection CORS', () => {
    const d = decode(failed('net::ERR_CONNECTION_REFUSED'));
    expect(d?.title.en).toBe('Connection refused');
    expect(d?.details).toBeNull();
  });
});

describe('decode: CORS refusals name the origin and Access-Control-Allow-Origin', () => {
  const corsRequest = headers({ Origin: PAGE, 'Sec-Fetch-Mode': 'cors', Referer: `${PAGE}/` });

  it("explains Chrome's HTTP 200 + net::ERR_FAILED with no Access-Control-Allow-Origin", () => {
    const d = decode(
      exchange({
        url: API,
        status: 200,
        error: 'net::ERR_FAILED',
        requestHeaders: corsRequest,
        responseHeaders: headers({ 'Content-Type': 'application/json' }),
        mimeType: 'x-unknown',
      }),
    );
    expect(d).toMatchObject({ format: 'network', code: 'net::ERR_FAILED', status: 200 });
    expect(d?.title.en).toBe('Blocked by CORS');
    expect(d?.meaning.en).toContain(PAGE);
    expect(d?.meaning.en).toContain('without Access-Control-Allow-Origin');
    expect(d?.action.en).toContain(`Access-Control-Allow-Origin: ${PAGE}`);
    expect(d?.meaning.ru).toContain(PAGE);
    expect(d?.retry.advice).toBe('no');
  });

  it('infers the refusal Firefox records as a plain 200, naming it as Firefox does', () => {
    const d = decode(
      exchange({
        url: API,
        status: 200,
        requestHeaders: corsRequest,
        responseHeaders: headers({ 'Access-Control-Allow-Origin': 'https://app.example.com' }),
        json: { x: 1 },
      }),
    );
    expect(d).toMatchObject({ format: 'network', code: 'CORSAllowOriginNotMatchingOrigin' });
    expect(d?.meaning.en).toContain('"https://app.example.com", which is not');
  });

  it('lets through an allowed origin, a same-origin request and a no-cors one', () => {
    const ok = { url: API, status: 200, json: { ok: true } };
    for (const allow of ['*', PAGE]) {
      const responseHeaders = headers({ 'Access-Control-Allow-Origin': allow });
      expect(decode(exchange({ ...ok, requestHeaders: corsRequest, responseHeaders }))).toBeNull();
    }
    const same = headers({ Origin: 'http://localhost:5174', 'Sec-Fetch-Mode': 'cors' });
    expect(decode(exchange({ ...ok, requestHeaders: same }))).toBeNull();
    const noCors = headers({ Origin: PAGE, 'Sec-Fetch-Mode': 'no-cors' });
    expect(decode(exchange({ ...ok, requestHeaders: noCors }))).toBeNull();
    // A form POST navigation sends Origin too; without Sec-Fetch-Mode it is no CORS evidence.
    const form = headers({ Origin: PAGE });
    expect(decode(exchange({ ...ok, method: 'POST', requestHeaders: form }))).toBeNull();
  });

  it('checks a preflighted request against its preflight', () => {
    const preflight = {
      status: 204,
      requestHeaders: headers({
        Origin: PAGE,
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'content-type,x-custom',
      }),
      responseHeaders: [] as { name: string; value: string }[],
    };
    const put = (responseHeaders: Record<string, string>, status = 204) =>
      decode(
        failed('net::ERR_FAILED', {
          method: 'PUT',
          preflight: { ...preflight, status, responseHeaders: headers(responseHeaders) },
        }),
      );
    const missing = put({});
    expect(missing?.title.en).toBe('Blocked by CORS');
    expect(missing?.meaning.en).toMatch(/preflight \(OPTIONS\) was answered without/);
    expect(missing?.action.en).toContain('on the OPTIONS preflight and on the request itself');
    expect(missing?.notes.map((n) => n.en)).toEqual([
      'Its CORS preflight (OPTIONS, HTTP 204) is folded into this row.',
    ]);
    expect(put({}, 404)?.meaning.en).toContain('got HTTP 404');
    const allowPage = { 'Access-Control-Allow-Origin': PAGE };
    expect(put({ ...allowPage, 'Access-Control-Allow-Methods': 'GET, POST' })?.meaning.en).toMatch(
      /Access-Control-Allow-Methods does not list PUT/,
    );
    const methodsOk = { ...allowPage, 'Access-Control-Allow-Methods': 'PUT' };
    expect(
      put({ ...methodsOk, 'Access-Control-Allow-Headers': 'content-type' })?.meaning.en,
    ).toMatch(/Access-Control-Allow-Headers does not list x-custom/);
    // A passed preflight and ERR_FAILED: most likely CORS on the response, said as such.
    const passed = put({ ...methodsOk, 'Access-Control-Allow-Headers': '*' });
    expect(passed?.meaning.en).toMatch(/browsers report a CORS refusal this way/);
  });
});
