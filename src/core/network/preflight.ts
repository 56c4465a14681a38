import { headerValue } from '../http/headers';
import type { Exchange, Header, PreflightExchange } from '../types';
import { diagnoseCors } from './cors';

/** A CORS preflight: an OPTIONS request that carries Access-Control-Request-Method. */
export function isPreflight(method: string, requestHeaders: readonly Header[]): boolean {
  return (
    method.toUpperCase() === 'OPTIONS' &&
    headerValue(requestHeaders, 'access-control-request-method') !== null
  );
}

/** The method the preflight asked permission for, upper case. */
export function guardedMethod(preflight: Pick<Exchange, 'requestHeaders'>): string {
  return (headerValue(preflight.requestHeaders, 'access-control-request-method') ?? '')
    .trim()
    .toUpperCase();
}

export function preflightOf(exchange: Exchange): PreflightExchange {
  return {
    status: exchange.status,
    requestHeaders: exchange.requestHeaders,
    responseHeaders: exchange.responseHeaders,
  };
}

/**
 * The request a failed preflight stood for, when the browser recorded no request of its own
 * (Firefox never sends it, and lists only the OPTIONS): the guarded method and URL, no status.
 */
export function guardedStandIn(preflight: Exchange): Exchange {
  return {
    ...preflight,
    method: guardedMethod(preflight) || preflight.method,
    status: 0,
    responseHeaders: [],
    body: null,
    error: null,
    preflight: preflightOf(preflight),
  };
}

/** Whether the preflight kept its request from being sent. */
export function preflightFailed(preflight: Exchange): boolean {
  return diagnoseCors(guardedStandIn(preflight), false) !== null;
}

// A request starts after its preflight, or a little before it in Firefox's records; a preflight
// whose request starts later than the window was never followed by one.
export const EARLY_MS = 1000;
export const PAIR_WINDOW_MS = 60_000;

export interface FoldedExchanges {
  /** The same list; a guarded request carries its preflight, a lone failed one is its stand-in. */
  readonly exchanges: readonly Exchange[];
  /** Index of each preflight folded away → the index of the request it guarded, or -1. */
  readonly foldedInto: ReadonlyMap<number, number>;
}

/**
 * Folds each CORS preflight of a recording into the request it guarded, so that it is no row
 * (or retry) of its own. A failed preflight whose request was never recorded becomes a
 * stand-in for that request at its own index; a passed one with no request is simply folded.
 * Each request takes the first preflight before it: linear, for HARs of 100,000 entries.
 */
export function foldPreflights(exchanges: readonly Exchange[]): FoldedExchanges {
  const out = [...exchanges];
  const foldedInto = new Map<number, number>();
  const byCall = new Map<string, { readonly list: number[]; next: number }>();
  const preflights: number[] = [];
  exchanges.forEach((e, i) => {
    if (isPreflight(e.method, e.requestHeaders)) return void preflights.push(i);
    const key = `${e.method} ${e.url}`;
    const calls = byCall.get(key);
    if (calls === undefined) byCall.set(key, { list: [i], next: 0 });
    else calls.list.push(i);
  });
  const startOf = (i: number) => (exchanges[i] as Exchange).startedAt;
  for (const calls of byCall.values()) calls.list.sort((a, b) => startOf(a) - startOf(b) || a - b);
  preflights.sort((a, b) => startOf(a) - startOf(b) || a - b);
  for (const i of preflights) {
    const pre = exchanges[i] as Exchange;
    const calls = byCall.get(`${guardedMethod(pre)} ${pre.url}`);
    // Requests that started too long before this preflight belong to none after it either.
    while (calls !== undefined && calls.next < calls.list.length) {
      if (startOf(calls.list[calls.next] as number) >= pre.startedAt - EARLY_MS) break;
      calls.next++;
    }
    const j = calls?.list[calls.next];
    if (calls !== undefined && j !== undefined && startOf(j) - pre.startedAt <= PAIR_WINDOW_MS) {
      calls.next++;
      foldedInto.set(i, j);
      out[j] = { ...(out[j] as Exchange), preflight: preflightOf(pre) };
    } else if (preflightFailed(pre)) {
      out[i] = guardedStandIn(pre);
    } else {
      foldedInto.set(i, -1);
    }
  }
  return { exchanges: out, foldedInto };
}
