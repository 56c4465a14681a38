import { bodyText } from '../json/body';
import type { Exchange, Header } from '../types';
import { authScheme, isSecretHeader, isSecretName } from './secretNames';

/**
 * Redaction for text that leaves the panel (support reports, cURL commands, exported HAR
 * files): every secret value becomes a visible placeholder. The names judged secret are those of
 * secretNames.ts, the same policy that masks headers on screen. Nothing here throws, and every
 * pass is linear in its input, whatever a hostile body holds.
 */
export const REDACTED = '[REDACTED]';

/** The value of one header, redacted: `Bearer [REDACTED]` keeps the scheme word. */
export function redactHeaderValue(name: string, value: string): string {
  if (!isSecretHeader(name)) return redactBodyText(value);
  if (value.trim() === '') return value;
  const scheme = authScheme(name, value);
  return scheme === null ? REDACTED : `${scheme} ${REDACTED}`;
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

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
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

// ---------------------------------------------------------------------------------------------
// JSON `"key": value` pairs, found by a linear scan of string tokens (no parse, so the text keeps
// its formatting, and a truncated or broken body is still handled).

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const MAX_NESTED_JSON = 3;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The index of the quote closing the string opened at `open`; when there is none before a line
 * break or the end, `-(stop + 1)` where `stop` is that line break's index or the text length.
 */
function scanString(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return i;
    if (c === NEWLINE) return -(i + 1);
    if (c === BACKSLASH) i++;
  }
  return -(text.length + 1);
}

/** Where the JSON value starting at `start` ends (exclusive); `start` for values kept as sent. */
function valueEnd(text: string, start: number): number {
  const c = text.charCodeAt(start);
  if (c === QUOTE) {
    const close = scanString(text, start);
    return close >= 0 ? close + 1 : -close - 1;
  }
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
    let i = start + 1;
    while (i < text.length && /[0-9.eE+-]/.test(text[i] ?? '')) i++;
    return i;
  }
  if (c === 0x7b || c === 0x5b) return containerEnd(text, start);
  return start; // true, false, null, or not JSON at all
}

/** The end (exclusive) of the object or array opened at `open`; the text's end if unclosed. */
function containerEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const close = scanString(text, i);
      if (close < 0 && -close - 1 >= text.length) return text.length;
      i = close >= 0 ? close : -close - 1;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

function jsonString(token: string): string | null {
  try {
    const value: unknown = JSON.parse(token);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

function redactJsonPairs(text: string, depth: number): string {
  let out = '';
  let last = 0;
  let i = text.indexOf('"');
  while (i >= 0) {
    const close = scanString(text, i);
    if (close < 0) {
      const stop = -close - 1;
      if (stop >= text.length) break;
      i = text.indexOf('"', stop + 1);
      continue;
    }
    const token = text.slice(i, close + 1);
    const afterKey = skipSpaces(text, close + 1);
    if (text.charCodeAt(afterKey) === 0x3a) {
      const key = jsonString(token) ?? token.slice(1, -1);
      if (isSecretName(key)) {
        const start = skipSpaces(text, afterKey + 1);
        const end = valueEnd(text, start);
        if (end > start) {
          out += `${text.slice(last, start)}"${REDACTED}"`;
          last = end;
          i = text.indexOf('"', end);
          continue;
        }
      }
    } else if (depth < MAX_NESTED_JSON && token.includes('\\"')) {
      // JSON serialized inside a JSON string: `"data": "{\"token\": \"…\"}"`.
      const inner = jsonString(token);
      if (inner !== null) {
        const redacted = redactJsonPairs(inner, depth + 1);
        if (redacted !== inner) {
          out += text.slice(last, i) + JSON.stringify(redacted);
          last = close + 1;
        }
      }
    }
    i = text.indexOf('"', close + 1);
  }
  return last === 0 ? text : out + text.slice(last);
}

// ---------------------------------------------------------------------------------------------
// `Name: value` lines and `name=value` pairs.

const HEADER_LINE = /^([ \t]*)([A-Za-z][A-Za-z0-9_-]{0,100})([ \t]*:[ \t]*)([^\r\n]*)$/gm;

function redactHeaderLines(text: string): string {
  if (!text.includes(':')) return text;
  return text.replace(
    HEADER_LINE,
    (line, indent: string, name: string, sep: string, value: string) =>
      isSecretHeader(name) && value.trim() !== ''
        ? `${indent}${name}${sep}${redactHeaderValue(name, value)}`
        : line,
  );
}

const MAX_NAME = 128;

function isNameChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x5f || // _
    c === 0x2e || // .
    c === 0x2d || // -
    c === 0x25 || // % (encoded names)
    c === 0x5b || // [ (user[password]=)
    c === 0x5d
  );
}

// Where an unquoted value ends: space, a separator of query strings, cookies or lists, a quote
// or escape of the text around it.
const VALUE_STOPS = new Set(' \t\r\n&;,"\'<>\\)}#`'.split('').map((ch) => ch.charCodeAt(0)));

function unquotedValueEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && !VALUE_STOPS.has(text.charCodeAt(end))) end++;
  return end;
}

/** `password=hunter2`, `access_token=…&`, `session="…"` → the value becomes `[REDACTED]`. */
function redactAssignments(text: string): string {
  let out = '';
  let last = 0;
  let eq = text.indexOf('=');
  while (eq >= 0) {
    let next = eq + 1;
    let start = eq;
    while (start > last && eq - start < MAX_NAME && isNameChar(text.charCodeAt(start - 1))) start--;
    const name = text.slice(start, eq);
    if (name !== '' && isSecretName(safeDecode(name)) && !text.startsWith(REDACTED, eq + 1)) {
      const quote = text[eq + 1];
      let valueStart = eq + 1;
      let end: number;
      if (quote === '"' || quote === "'") {
        valueStart++;
        end = valueStart;
        while (end < text.length && text[end] !== quote && text[end] !== '\n') end++;
        if (text[end] !== quote) end = valueStart; // unclosed on its line: not a quoted value
      } else {
        end = unquotedValueEnd(text, valueStart);
      }
      if (end > valueStart) {
        out += text.slice(last, valueStart) + REDACTED;
        last = end;
      }
      next = Math.max(end, eq + 1);
    }
    eq = text.indexOf('=', next);
  }
  return last === 0 ? text : out + text.slice(last);
}

// ---------------------------------------------------------------------------------------------
// Credentials recognised by their shape: `Bearer …`, `Basic …`, JWTs.

// Words that follow "Bearer" in prose ("Не передан Bearer token."); no token is spelled so.
const PROSE_AFTER_BEARER = new Set([
  'token',
  'tokens',
  'auth',
  'authentication',
  'authorization',
  'header',
  'scheme',
  'realm',
  'scope',
  'required',
  'missing',
  'invalid',
  'expected',
  'credentials',
  'error',
  'is',
  'was',
  'must',
  'not',
  'or',
  'and',
  'the',
  'a',
  'an',
]);

const BEARER = /\b(Bearer)(\s+)([A-Za-z0-9._~+/-]+=*)/gi;
const BASIC = /\b(Basic)(\s+)([A-Za-z0-9+/]{8,}=*)/g;
const RUN = /[A-Za-z0-9_.-]{10,}/g;

/** Replaces the JWTs inside one run of `[A-Za-z0-9_.-]` characters. */
function redactJwtRun(run: string): string {
  if (!run.includes('eyJ')) return run;
  const parts = run.split('.');
  const out: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] ?? '';
    const at = part.indexOf('eyJ');
    const payload = parts[k + 1];
    if (at >= 0 && part.length > at + 3 && payload && k + 2 < parts.length) {
      out.push(`${part.slice(0, at)}${REDACTED}`);
      k += 2; // header, payload and signature (which may be empty) are one token
    } else {
      out.push(part);
    }
  }
  return out.join('.');
}

function redactTokens(text: string): string {
  let out = text;
  if (/bearer/i.test(out)) {
    out = out.replace(BEARER, (whole, word: string, space: string, token: string) =>
      PROSE_AFTER_BEARER.has(token.replace(/[.=]+$/, '').toLowerCase())
        ? whole
        : `${word}${space}${REDACTED}`,
    );
  }
  if (out.includes('Basic')) {
    out = out.replace(BASIC, (whole, word: string, space: string, token: string) =>
      /[A-Z0-9+/=]/.test(token.slice(1)) ? `${word}${space}${REDACTED}` : whole,
    );
  }
  if (out.includes('eyJ')) out = out.replace(RUN, redactJwtRun);
  return out;
}
