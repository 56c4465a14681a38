import { describe, expect, it } from 'vitest';
import { exchange, headers } from '../../../test/helpers/exchange';
import type { Exchange } from '../types';
import { decodeNetwork, isTransportFailure } from './decodeNetwork';

const PAGE = 'https://app.test';
const API = 'https://api.test/v1/orders';

function failed(error: string | null, extra: Partial<Exchange> = {}): Exchange {
  return exchange({
    url: API,
    method: 'PUT',
    status: 0,
    error,
    requestHeaders: headers({ Origin: PAGE }),
    responseHeaders: [],
    ...extra,
  });
}

describe('isTransportFailure', () => {
  it('is a named error or a missing status', () => {
    expect(isTransportFailure(0, null)).toBe(true);
    expect(isTransportFailure(0, '')).toBe(true);
    expect(isTransportFailure(200, 'net::ERR_FAILED')).toBe(true);
    expect(isTransportFailure(200, undefined)).toBe(false);
    expect(isTransportFailure(500, '')).toBe(false);
  });
});

describe('decodeNetwork: the fields of a network error', () => {
  it('says a request got no status, in both languages', () => {
    const d = decodeNetwork(failed('net::ERR_CONNECTION_REFUSED', { requestHeaders: [] }));
    expect(d).toMatchObject({
      format: 'network',
      code: 'net::ERR_CONNECTION_REFUSED',
      known: true,
      message: null,
      details: null,
      fieldErrors: [],
      status: 0,
      httpMeaning: {
        en: 'No HTTP status: the request failed before a response arrived.',
        ru: 'HTTP-статуса нет: запрос не выполнен до получения ответа.',
      },
      requestId: null,
      rateLimit: null,
      notes: [],
      batch: [],
    });
  });

  it('says a status arrived that the page never saw', () => {
    const d = decodeNetwork(failed('net::ERR_BLOCKED_BY_RESPONSE', { status: 200 }));
    expect(d?.httpMeaning).toEqual({
      en: 'HTTP 200 arrived, but the browser did not hand the response to the page.',
      ru: 'Пришёл HTTP 200, но браузер не отдал ответ странице.',
    });
  });

  it('looks for CORS only behind an unnamed, generic or CORS failure', () => {
    // No name and no response: nothing says the browser refused it.
    expect(decodeNetwork(failed(''))?.details).toBeNull();
    expect(decodeNetwork(failed('net::ERR_FAILED'))?.details).toMatchObject({
      problem: 'unproven',
    });
    expect(decodeNetwork(failed('CORSMissingAllowOrigin'))?.details).toMatchObject({
      problem: 'unproven',
    });
    const refused = decodeNetwork(failed('net::ERR_CONNECTION_REFUSED'));
    expect(refused?.details).toBeNull();
    expect(refused?.title.en).toBe('Connection refused');
  });

  it('names a CORS refusal Firefox recorded as HTTP 200 by its reason, as known', () => {
    const d = decodeNetwork(
      exchange({ url: API, status: 200, requestHeaders: headers({ Origin: PAGE }), error: null }),
    );
    expect(d).toMatchObject({ format: 'network', code: 'CORSMissingAllowOrigin', known: true });
    const unnamed = decodeNetwork(failed(''));
    expect(unnamed).toMatchObject({ code: null, known: false });
  });

  it('finds a refused preflight on a request that carries no Origin of its own', () => {
    const d = decodeNetwork(
      exchange({
        url: API,
        method: 'PUT',
        status: 200,
        requestHeaders: [],
        error: null,
        preflight: {
          status: 403,
          requestHeaders: headers({ Origin: PAGE, 'Access-Control-Request-Method': 'PUT' }),
          responseHeaders: [],
        },
      }),
    );
    expect(d).toMatchObject({
      code: 'CORSPreflightDidNotSucceed',
      details: { stage: 'preflight' },
    });
    expect(d?.notes).toHaveLength(1);
  });

  it('reads only http(s) and ws(s) URLs from the start', () => {
    expect(decodeNetwork(failed('net::ERR_FAILED', { url: 'ws://api.test/live' }))).not.toBeNull();
    expect(decodeNetwork(failed('net::ERR_FAILED', { url: 'WSS://api.test/live' }))).not.toBeNull();
    expect(decodeNetwork(failed('net::ERR_FAILED', { url: 'ftp://api.test/f' }))).toBeNull();
    expect(
      decodeNetwork(failed('net::ERR_FAILED', { url: 'chrome-extension://x/https://api.test/' })),
    ).toBeNull();
  });
});
