import type { Exchange } from '../../src/core/types';
import { exchange, headers } from './exchange';

/** A page on one origin calling an API on another: the CORS setting of the preflight tests. */
export const PAGE = 'http://127.0.0.1:5174';
export const URL_ = 'http://localhost:5174/api/orders';
export const T = Date.parse('2026-06-23T10:00:00Z');

/** The preflight of a PUT from PAGE, `at` ms after T. */
export function preflightAt(
  at: number,
  {
    status = 204,
    allow = {},
    method = 'PUT',
  }: {
    status?: number;
    allow?: Record<string, string>;
    /** Access-Control-Request-Method, as the browser sent it. */
    method?: string;
  } = {},
): Exchange {
  return exchange({
    url: URL_,
    method: 'OPTIONS',
    status,
    startedAt: T + at,
    requestHeaders: headers({ Origin: PAGE, 'Access-Control-Request-Method': method }),
    responseHeaders: headers(allow),
  });
}

/** The PUT a preflight guarded, failed below HTTP as Chromium records a CORS refusal. */
export function put(at: number, extra: Partial<Exchange> = {}): Exchange {
  return exchange({
    url: URL_,
    method: 'PUT',
    status: 0,
    error: 'net::ERR_FAILED',
    startedAt: T + at,
    requestHeaders: headers({ Referer: `${PAGE}/` }),
    responseHeaders: [],
    ...extra,
  });
}
