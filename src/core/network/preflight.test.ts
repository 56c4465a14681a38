import { describe, expect, it } from 'vitest';
import { exchange, headers } from '../../../test/helpers/exchange';
import { PAGE, preflightAt, put, T, URL_ } from '../../../test/helpers/preflightExchanges';
import { decode } from '../decode';
import type { Exchange } from '../types';
import { EARLY_MS, foldPreflights, isPreflight, PAIR_WINDOW_MS } from './preflight';

const options = (at: number, status = 204, allow: Record<string, string> = {}): Exchange =>
  preflightAt(at, { status, allow });

describe('isPreflight', () => {
  it('is an OPTIONS with Access-Control-Request-Method, not any OPTIONS', () => {
    expect(isPreflight('options', options(0).requestHeaders)).toBe(true);
    expect(isPreflight('OPTIONS', [])).toBe(false);
    expect(isPreflight('GET', options(0).requestHeaders)).toBe(false);
  });
});

describe('foldPreflights', () => {
  it('folds a failed preflight into the request it guarded (Chrome records both)', () => {
    const { exchanges, foldedInto } = foldPreflights([options(0), put(5)]);
    expect([...foldedInto]).toEqual([[0, 1]]);
    expect(exchanges[1]?.preflight?.status).toBe(204);
    const d = decode(exchanges[1] as Exchange);
    expect(d?.meaning.en).toMatch(/preflight \(OPTIONS\) was answered without/);
  });

  it('pairs a request recorded a few ms before its preflight (Firefox)', () => {
    const { foldedInto } = foldPreflights([put(0), options(5)]);
    expect([...foldedInto]).toEqual([[1, 0]]);
  });

  it('makes a lone failed preflight the stand-in for the request Firefox never recorded', () => {
    const { exchanges, foldedInto } = foldPreflights([options(0, 404)]);
    expect(foldedInto.size).toBe(0);
    expect(exchanges[0]).toMatchObject({ method: 'PUT', status: 0, url: URL_ });
    const d = decode(exchanges[0] as Exchange);
    expect(d).toMatchObject({ format: 'network', code: 'CORSPreflightDidNotSucceed' });
    expect(d?.meaning.en).toContain('got HTTP 404');
  });

  it('folds away a passed preflight, and pairs repeated calls one to one in time order', () => {
    const pass = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'PUT' };
    const ok = { status: 200, error: null, responseHeaders: headers(pass) };
    const list = [options(0, 204, pass), put(2, ok), options(100, 204, pass), put(102, ok)];
    const { foldedInto } = foldPreflights(list);
    expect([...foldedInto].sort()).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(foldPreflights([options(0, 204, pass)]).foldedInto.get(0)).toBe(-1);
  });

  it('does not pair a request more than a minute after the preflight', () => {
    const { exchanges, foldedInto } = foldPreflights([options(0), put(61_000)]);
    expect(foldedInto.size).toBe(0);
    expect(exchanges[0]?.method).toBe('PUT'); // the stand-in
    expect(exchanges[1]?.preflight).toBeUndefined();
  });
});

describe('foldPreflights: order and bounds', () => {
  const at = (e: Exchange, ms: number): Exchange => ({ ...e, startedAt: T + ms });

  it('pairs by start time, whatever order the recording lists them in', () => {
    const { foldedInto } = foldPreflights([
      at(options(0), 500),
      at(options(0), 0),
      at(put(0), 600),
      at(put(0), 100),
    ]);
    expect(foldedInto.get(1)).toBe(3);
    expect(foldedInto.get(0)).toBe(2);
  });

  it('takes the earlier-listed of two requests that started together', () => {
    const { foldedInto } = foldPreflights([options(0), options(0), put(0), put(0)]);
    expect(foldedInto.get(0)).toBe(2);
    expect(foldedInto.get(1)).toBe(3);
  });

  it('skips requests that started too long before the preflight, and pairs at the bounds', () => {
    const skip = foldPreflights([put(-EARLY_MS - 1), options(0), put(100)]);
    expect(skip.foldedInto.get(1)).toBe(2);
    expect(foldPreflights([put(-EARLY_MS), options(0)]).foldedInto.get(1)).toBe(0);
    expect(foldPreflights([options(0), put(PAIR_WINDOW_MS)]).foldedInto.get(0)).toBe(1);
    const late = foldPreflights([options(0), put(PAIR_WINDOW_MS + 1)]);
    expect(late.foldedInto.has(0)).toBe(false);
    expect(late.exchanges[0]).toMatchObject({ method: 'PUT', status: 0, responseHeaders: [] });
  });

  it('reads the guarded method trimmed and in upper case', () => {
    const pre = exchange({
      ...options(0),
      requestHeaders: headers({ Origin: PAGE, 'Access-Control-Request-Method': ' put ' }),
    });
    expect(foldPreflights([pre, put(10)]).foldedInto.get(0)).toBe(1);
  });
});
