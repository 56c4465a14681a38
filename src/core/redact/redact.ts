import { bodyText } from '../json/body';
import type { Exchange, Header } from '../types';
import { REDACTED } from './placeholder';
import { redactAssignments, redactHeaderLines } from './redactAssignments';
import { safeDecode, secretHeaderValue } from './redactValue';
import { redactJsonPairs } from './redactJsonPairs';
import { redactTokens } from './redactTokens';
import { isSecretHeader, isSecretName } from './secretNames';

/**
 * Redaction for text that leaves the panel (support reports, cURL commands, exported HAR
 * files): every secret value becomes a visible placeholder. The names judged secret are those of
 * secretNames.ts, the same policy that masks headers on screen. Nothing here throws, and every
 * pass is linear in its input, whatever a hostile body holds.
 */
export { REDACTED } from './placeholder';

/** The value of one header, redacted: `Bearer [REDACTED]` keeps the scheme word. */
export function redactHeaderValue(name: string, value: string): string {
  return isSecretHeader(name) ? secretHeaderValue(name, value) : redactBodyText(value);
}

/**
 * Headers (or any `{name, value}` list: HAR `queryString`, `postData.params`) with the values of
 * secret names replaced, and tokens found inside other values (a Referer's `?access_token=`)
 * replaced too. Extra properties of each item are kept.
 */
export function redactHeaders<H extends Header>(headers: readonly H[]): H[] {
  return headers.map((h) => {
    const value = redactHeaderValue(h.name, h.value);
    return value === h.value ? h : { ...h, value };
  });
}

/** HAR `cookies` lists: every value is a secret. */
export function redactCookieValues<C extends { readonly value: string }>(
  cookies: readonly C[],
): C[] {
  return cookies.map((c) => (c.value === '' ? c : { ...c, value: REDACTED }));
}

/** `a=1&token=x` → `a=1&token=[REDACTED]`; other values lose tokens they carry, even encoded. */
function redactQuery(query: string): string {
  return query
    .split('&')
    .map((part) => {
      const eq = part.indexOf('=');
      if (eq < 0) return redactTokens(part);
      const name = part.slice(0, eq);
      const value = part.slice(eq + 1);
      if (value === '') return part;
      if (isSecretName(safeDecode(name))) return `${name}=${REDACTED}`;
      const raw = redactBodyText(value);
      if (raw !== value) return `${name}=${raw}`;
      const decoded = safeDecode(value);
      const redacted = redactBodyText(decoded);
      if (redacted !== decoded) return `${name}=${encodeURIComponent(redacted)}`;
      return part;
    })
    .join('&');
}

const SCHEME_AND_AUTHORITY = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/?#]*)/;

/** `https://user:pw@host` → `https://user:[REDACTED]@host`; a lone user name may be a token. */
function redactUserinfo(base: string): string {
  const m = SCHEME_AND_AUTHORITY.exec(base);
  if (m === null) return base;
  const [whole, scheme = '', authority = ''] = m;
  const at = authority.lastIndexOf('@');
  if (at <= 0) return base;
  const userinfo = authority.slice(0, at);
  const colon = userinfo.indexOf(':');
  const user = colon < 0 ? REDACTED : `${userinfo.slice(0, colon)}:${REDACTED}`;
  return `${scheme}${user}${authority.slice(at)}${base.slice(whole.length)}`;
}

/**
 * A URL with secret query and fragment parameters (`access_token`, `api_key`, `session_id`…),
 * user-info passwords, path parameters (`;jsessionid=`) and JWTs replaced by `[REDACTED]`.
 * Works on the text: a URL that does not parse is still redacted, and nothing is re-encoded.
 */
export function redactUrl(url: string): string {
  try {
    const hashAt = url.indexOf('#');
    const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
    const qAt = beforeHash.indexOf('?');
    const base = qAt < 0 ? beforeHash : beforeHash.slice(0, qAt);
    // Path parameters (`;jsessionid=…`) end at a slash; values elsewhere may contain one.
    let out = redactTokens(redactUserinfo(base).split('/').map(redactAssignments).join('/'));
    if (qAt >= 0) out += `?${redactQuery(beforeHash.slice(qAt + 1))}`;
    if (hashAt >= 0) out += `#${redactQuery(url.slice(hashAt + 1))}`;
    return out;
  } catch {
    return REDACTED; // never reached; if it were, hide everything rather than leak
  }
}

/**
 * Free text (a body, a server message) with its secrets replaced:
 * - JSON values of keys with a secret name (`"password": "…"`, `"access_token": …`), whole
 *   objects and arrays included, also inside JSON that is itself a string of an outer JSON;
 * - `Name: value` lines with a secret header name (`Authorization: …`, `X-Api-Key: …`);
 * - `name=value` pairs with a secret name (form bodies, query strings inside text);
 * - `Bearer <token>` and `Basic <base64>` credentials, and JWTs anywhere.
 * A value cut by truncation is redacted to the end of the text.
 */
export function redactBodyText(text: string): string {
  if (text === '') return text;
  try {
    let out = redactJsonPairs(text, 0);
    out = redactHeaderLines(out);
    out = redactAssignments(out);
    return redactTokens(out);
  } catch {
    return REDACTED; // a bug of ours must not leak the text it failed on
  }
}

/**
 * An exchange fit to leave the machine: URL, request and response headers, the response body
 * (plain, or base64 that holds UTF-8 text), and a `requestBody` string when the object carries
 * one, all redacted. Other fields are copied as they are.
 */
export function redactExchange(exchange: Exchange): Exchange {
  const body = redactBody(exchange);
  const requestBody = (exchange as { requestBody?: unknown }).requestBody;
  return {
    ...exchange,
    url: redactUrl(exchange.url),
    requestHeaders: redactHeaders(exchange.requestHeaders),
    responseHeaders: redactHeaders(exchange.responseHeaders),
    body,
    // A base64 body that had to change is given back as redacted plain text.
    ...(body !== exchange.body ? { bodyEncoding: 'plain' as const } : {}),
    ...(typeof requestBody === 'string' ? { requestBody: redactBodyText(requestBody) } : {}),
  };
}

function redactBody(exchange: Exchange): string | null {
  if (exchange.body === null || exchange.body === undefined) return null;
  if (exchange.bodyEncoding !== 'base64') return redactBodyText(exchange.body);
  const text = bodyText(exchange);
  // Binary (not UTF-8) content stays as it came: there is no text to search.
  if (text === null || text.includes('\uFFFD')) return exchange.body;
  const redacted = redactBodyText(text);
  return redacted === text ? exchange.body : redacted;
}
