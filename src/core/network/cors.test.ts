import { describe, expect, it } from 'vitest';
import { exchange, headers } from '../../../test/helpers/exchange';
import type { Exchange, PreflightExchange } from '../types';
import { corsReasonName, diagnoseCors, pageOriginOf, type CorsFinding } from './cors';

const PAGE = 'https://app.test';
const API = 'https://api.test/v1/orders';

/** A cross-origin request that failed with no response, as Chrome records it. */
function failed(extra: Partial<Exchange> = {}): Exchange {
  return exchange({
    url: API,
    method: 'PUT',
    status: 0,
    error: 'net::ERR_FAILED',
    requestHeaders: headers({ Origin: PAGE }),
    responseHeaders: [],
    ...extra,
  });
}

function preflight(
  status: number,
  response: Record<string, string>,
  request: Record<string, string> = { 'Access-Control-Request-Method': 'PUT' },
): PreflightExchange {
  return {
    status,
    requestHeaders: headers({ Origin: PAGE, ...request }),
    responseHeaders: headers(response),
  };
}

const ALLOW = { 'Access-Control-Allow-Origin': PAGE, 'Access-Control-Allow-Methods': 'PUT' };

describe('pageOriginOf', () => {
  it('takes the Origin header, trimmed, else the origin of the referrer', () => {
    expect(pageOriginOf(headers({ Origin: ` ${PAGE} ` }))).toBe(PAGE);
    expect(pageOriginOf(headers({ Origin: ' ', Referer: `${PAGE}/cart?x=1` }))).toBe(PAGE);
    expect(pageOriginOf(headers({ Referer: `${PAGE}/cart` }))).toBe(PAGE);
    expect(pageOriginOf(headers({ Referer: 'not a url' }))).toBeNull();
    expect(pageOriginOf(headers({ Referer: 'data:text/plain,x' }))).toBeNull();
    expect(pageOriginOf([])).toBeNull();
  });
});

describe('diagnoseCors: the preflight', () => {
  const withPreflight = (p: PreflightExchange) => diagnoseCors(failed({ preflight: p }), true);

  it('must succeed with 2xx', () => {
    for (const status of [199, 300, 404])
      expect(withPreflight(preflight(status, ALLOW))?.problem, String(status)).toBe(
        'preflight-status',
      );
    for (const status of [200, 299])
      expect(withPreflight(preflight(status, ALLOW))?.problem, String(status)).toBe('unproven');
  });

  it('must allow the origin, by name or *, spaces aside', () => {
    expect(withPreflight(preflight(204, { 'Access-Control-Allow-Methods': 'PUT' }))).toMatchObject({
      problem: 'missing-allow-origin',
      stage: 'preflight',
      allowOrigin: null,
      preflightStatus: 204,
    });
    expect(
      withPreflight(preflight(204, { ...ALLOW, 'Access-Control-Allow-Origin': 'https://x.test' })),
    ).toMatchObject({ problem: 'origin-mismatch', allowOrigin: 'https://x.test' });
    for (const allow of [` ${PAGE} `, ' * '])
      expect(
        withPreflight(preflight(204, { ...ALLOW, 'Access-Control-Allow-Origin': allow }))?.problem,
      ).toBe('unproven');
  });

  it('must list a method that is not simple, in any case, or *', () => {
    const origin = { 'Access-Control-Allow-Origin': PAGE };
    expect(withPreflight(preflight(204, origin))).toMatchObject({
      problem: 'method-not-allowed',
      missing: 'PUT',
    });
    const ask = (method: string) => ({ 'Access-Control-Request-Method': method });
    expect(withPreflight(preflight(204, origin, ask('delete')))?.missing).toBe('DELETE');
    for (const allowed of [' get, put ', '*'])
      expect(
        withPreflight(preflight(204, { ...origin, 'Access-Control-Allow-Methods': allowed }))
          ?.problem,
      ).toBe('unproven');
    for (const simple of ['GET', 'POST', 'head'])
      expect(withPreflight(preflight(204, origin, ask(simple)))?.problem, simple).toBe('unproven');
  });

  it('must list every header asked for; it names those it did not', () => {
    const ask = {
      'Access-Control-Request-Method': 'PUT',
      'Access-Control-Request-Headers': 'content-type, x-api-key , ,x-trace',
    };
    expect(
      withPreflight(
        preflight(204, { ...ALLOW, 'Access-Control-Allow-Headers': 'Content-Type' }, ask),
      ),
    ).toMatchObject({ problem: 'headers-not-allowed', missing: 'x-api-key, x-trace' });
    for (const allowed of ['content-type,X-API-KEY,x-trace', '*'])
      expect(
        withPreflight(preflight(204, { ...ALLOW, 'Access-Control-Allow-Headers': allowed }, ask))
          ?.problem,
      ).toBe('unproven');
  });
});

describe('diagnoseCors: the response', () => {
  it('judges a response that arrived by its own Access-Control-Allow-Origin', () => {
    const arrived = (allow: Record<string, string>) =>
      diagnoseCors(
        failed({ status: 500, responseHeaders: headers({ 'X-A': '1', ...allow }) }),
        true,
      );
    expect(arrived({})).toMatchObject({
      problem: 'missing-allow-origin',
      stage: 'response',
      allowOrigin: null,
      preflightStatus: null,
      missing: null,
    });
    expect(arrived({ 'Access-Control-Allow-Origin': 'https://x.test' })?.problem).toBe(
      'origin-mismatch',
    );
    expect(arrived({ 'Access-Control-Allow-Origin': PAGE })).toBeNull();
  });

  it('calls a failure with nothing to read unproven, only when it needed CORS', () => {
    expect(diagnoseCors(failed(), true)).toEqual({
      problem: 'unproven',
      stage: 'response',
      origin: PAGE,
      target: 'https://api.test',
      method: 'PUT',
      allowOrigin: null,
      preflightStatus: null,
      missing: null,
    });
    expect(diagnoseCors(failed(), false)).toBeNull();
    // A status without headers is no response to judge.
    expect(diagnoseCors(failed({ status: 500 }), true)?.problem).toBe('unproven');
    // Headers without a status neither.
    expect(diagnoseCors(failed({ responseHeaders: headers({ 'X-A': '1' }) }), true)?.problem).toBe(
      'unproven',
    );
    const referrerOnly = failed({ requestHeaders: headers({ Referer: `${PAGE}/` }) });
    expect(diagnoseCors(referrerOnly, true)).toBeNull();
    expect(diagnoseCors({ ...referrerOnly, preflight: preflight(204, ALLOW) }, true)?.problem).toBe(
      'unproven',
    );
  });

  it('finds nothing for same-origin requests, unknown origins or targets, and no-cors modes', () => {
    expect(diagnoseCors(failed({ url: `${PAGE}/api` }), true)).toBeNull();
    expect(diagnoseCors(failed({ requestHeaders: [] }), true)).toBeNull();
    expect(diagnoseCors(failed({ url: 'not a url' }), true)).toBeNull();
    const mode = (value: string) =>
      diagnoseCors(
        failed({ requestHeaders: headers({ Origin: PAGE, 'Sec-Fetch-Mode': value }) }),
        true,
      );
    expect(mode('no-cors')).toBeNull();
    expect(mode(' CORS ')?.problem).toBe('unproven');
  });

  it('reads the page origin from the preflight when the request lost its headers', () => {
    const bare = failed({ requestHeaders: [], preflight: preflight(500, ALLOW) });
    expect(diagnoseCors(bare, true)).toMatchObject({ problem: 'preflight-status', origin: PAGE });
  });
});

describe('corsReasonName', () => {
  it("gives Firefox's name of each refusal, and none for an unproven one", () => {
    const names: [CorsFinding['problem'], string | null][] = [
      ['preflight-status', 'CORSPreflightDidNotSucceed'],
      ['missing-allow-origin', 'CORSMissingAllowOrigin'],
      ['origin-mismatch', 'CORSAllowOriginNotMatchingOrigin'],
      ['method-not-allowed', 'CORSMethodNotFound'],
      ['headers-not-allowed', 'CORSMissingAllowHeaderFromPreflight'],
      ['unproven', null],
    ];
    const finding = diagnoseCors(failed(), true);
    if (finding === null) throw new Error('no finding');
    for (const [problem, name] of names) expect(corsReasonName({ ...finding, problem })).toBe(name);
  });
});
