import { headerValue } from '../http/headers';
import type { Exchange, Header, PreflightExchange } from '../types';

/** Why the browser refused a cross-origin response, as far as the recorded headers tell. */
export type CorsProblem =
  | 'preflight-status'
  | 'missing-allow-origin'
  | 'origin-mismatch'
  | 'method-not-allowed'
  | 'headers-not-allowed'
  /** Cross-origin and failed with no HTTP answer to read: most likely CORS, but unproven. */
  | 'unproven';

export interface CorsFinding {
  readonly problem: CorsProblem;
  /** Where the refusal happened: the OPTIONS preflight or the response itself. */
  readonly stage: 'preflight' | 'response';
  /** The page's origin, which the server did not allow. */
  readonly origin: string;
  /** The server's origin. */
  readonly target: string;
  /** The method the page sent (or the preflight asked for). */
  readonly method: string;
  /** Access-Control-Allow-Origin as sent, `null` when absent. */
  readonly allowOrigin: string | null;
  /** HTTP status of the preflight, when there was one. */
  readonly preflightStatus: number | null;
  /** What the preflight asked for that it did not get (a method or header names). */
  readonly missing: string | null;
}

const SIMPLE_METHODS = new Set(['GET', 'HEAD', 'POST']);

function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.origin === 'null' ? null : u.origin;
  } catch {
    return null;
  }
}

/**
 * The page's origin: the `Origin` header, else the referrer's origin. Chrome records only
 * provisional headers for a request that never left (no Origin), but keeps the Referer.
 */
export function pageOriginOf(requestHeaders: readonly Header[]): string | null {
  const origin = headerValue(requestHeaders, 'origin');
  if (origin !== null && origin.trim() !== '') return origin.trim();
  const referer = headerValue(requestHeaders, 'referer');
  return referer === null ? null : originOf(referer);
}

/**
 * Whether the browser ran CORS checks on this request. `Sec-Fetch-Mode` says so where it is
 * sent (secure and local targets). Without it, an `Origin` on any method but POST means CORS
 * (a form POST navigation sends one too), and so does a failure the browser reported.
 */
function corsMode(exchange: Exchange, failed: boolean): boolean {
  const mode = headerValue(exchange.requestHeaders, 'sec-fetch-mode');
  if (mode !== null) return mode.trim().toLowerCase() === 'cors';
  return failed || exchange.method !== 'POST';
}

function listed(list: string | null, wanted: string): boolean {
  if (list === null) return false;
  const items = list.split(',').map((s) => s.trim().toLowerCase());
  return items.includes('*') || items.includes(wanted.toLowerCase());
}

function allowsOrigin(allow: string | null, origin: string): boolean {
  return allow !== null && (allow.trim() === '*' || allow.trim() === origin);
}

/** What a failed preflight lacked; `null` when it let the request through. */
function preflightProblem(
  preflight: PreflightExchange,
  origin: string,
): Pick<CorsFinding, 'problem' | 'allowOrigin' | 'missing'> | null {
  const allowOrigin = headerValue(preflight.responseHeaders, 'access-control-allow-origin');
  if (preflight.status < 200 || preflight.status > 299) {
    return { problem: 'preflight-status', allowOrigin, missing: null };
  }
  if (!allowsOrigin(allowOrigin, origin)) {
    return {
      problem: allowOrigin === null ? 'missing-allow-origin' : 'origin-mismatch',
      allowOrigin,
      missing: null,
    };
  }
  const method = (
    headerValue(preflight.requestHeaders, 'access-control-request-method') ?? ''
  ).toUpperCase();
  const allowMethods = headerValue(preflight.responseHeaders, 'access-control-allow-methods');
  if (method !== '' && !SIMPLE_METHODS.has(method) && !listed(allowMethods, method)) {
    return { problem: 'method-not-allowed', allowOrigin, missing: method };
  }
  const asked = headerValue(preflight.requestHeaders, 'access-control-request-headers');
  const allowHeaders = headerValue(preflight.responseHeaders, 'access-control-allow-headers');
  const notAllowed = (asked ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter((h) => h !== '' && !listed(allowHeaders, h));
  if (notAllowed.length > 0) {
    return { problem: 'headers-not-allowed', allowOrigin, missing: notAllowed.join(', ') };
  }
  return null;
}

/**
 * Explains a CORS refusal from the recorded headers; `null` when the exchange is same-origin,
 * not a CORS request, or its headers show nothing wrong. `failed` says the browser reported
 * the request as failed: then a cross-origin request with nothing to read is `unproven`.
 */
export function diagnoseCors(exchange: Exchange, failed: boolean): CorsFinding | null {
  const target = originOf(exchange.url);
  const preflight = exchange.preflight ?? null;
  const headers = preflight?.requestHeaders ?? exchange.requestHeaders;
  const origin = pageOriginOf(exchange.requestHeaders) ?? pageOriginOf(headers);
  if (target === null || origin === null || origin === target) return null;
  if (!corsMode(exchange, failed)) return null;
  const base = {
    origin,
    target,
    method: exchange.method,
    preflightStatus: preflight?.status ?? null,
  };
  if (preflight !== null) {
    const problem = preflightProblem(preflight, origin);
    if (problem !== null) return { ...base, ...problem, stage: 'preflight' };
  }
  // A response arrived: its own Access-Control-Allow-Origin decides.
  if (exchange.status > 0 && exchange.responseHeaders.length > 0) {
    const allowOrigin = headerValue(exchange.responseHeaders, 'access-control-allow-origin');
    if (!allowsOrigin(allowOrigin, origin)) {
      const problem = allowOrigin === null ? 'missing-allow-origin' : 'origin-mismatch';
      return { ...base, problem, stage: 'response', allowOrigin, missing: null };
    }
    return null;
  }
  if (!failed) return null;
  // Only a request that needed CORS at all can have been refused by it.
  return headerValue(exchange.requestHeaders, 'origin') !== null || preflight !== null
    ? { ...base, problem: 'unproven', stage: 'response', allowOrigin: null, missing: null }
    : null;
}

/** Firefox's names for these refusals (MDN "Reason: …"), used when the browser gave none. */
export function corsReasonName(finding: CorsFinding): string | null {
  switch (finding.problem) {
    case 'preflight-status':
      return 'CORSPreflightDidNotSucceed';
    case 'missing-allow-origin':
      return 'CORSMissingAllowOrigin';
    case 'origin-mismatch':
      return 'CORSAllowOriginNotMatchingOrigin';
    case 'method-not-allowed':
      return 'CORSMethodNotFound';
    case 'headers-not-allowed':
      return 'CORSMissingAllowHeaderFromPreflight';
    case 'unproven':
      return null;
  }
}
