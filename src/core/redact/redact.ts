import { bodyText } from '../json/body';
import type { Exchange, Header } from '../types';
import { REDACTED } from './placeholder';
import { redactAssignments, redactHeaderLines } from './redactAssignments';
import { safeDecode, secretHeaderValue } from './redactValue';
import { redactJsonPairs } from './redactJsonPairs';
import { redactLinePairs } from './redactLinePairs';
import { redactMultipart } from './redactMultipart';
import { redactTokens } from './redactTokens';
import { isSecretHeader, isSecretParam } from './secretNames';
import { parserInput, redactUserinfoInText, splitUrl, trimUrl, withoutBreaks } from './urlParts';

/**
 * Redaction for text that leaves the panel (support reports, cURL commands, exported HAR
 * files): every secret value becomes a visible placeholder. The names judged secret are those of
 * secretNames.ts, the same policy that masks headers on screen. Nothing here throws, and every
 * pass is linear in its input, whatever a hostile body holds.
 */
export { REDACTED } from './placeholder';

/** The value of one header, redacted: `Bearer [REDACTED]` keeps the scheme word. */
export function redactHeaderValue(name: string, value: string): string {
  if (isSecretHeader(name)) return secretHeaderValue(name, value);
  // Location, Referer, Content-Location: a URL, read as a URL parser reads it.
  if (ABSOLUTE_URL.test(parserInput(value))) return redactBodyText(redactUrl(value));
  // Link (RFC 8288): `<target>; rel=next`, each target a URL too.
  const targets = value.includes('<')
    ? value.replace(LINK_TARGET, (_, target: string) => `<${redactUrl(target)}>`)
    : value;
  return redactBodyText(targets);
}

// Special schemes need no slash: a parser reads `https:u:pw@h` with a password. Others need
// two (`redis://`), so that `password:/x` is not taken for a URL.
const ABSOLUTE_URL = /^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|(?:https?|wss?|ftp|file):)/i;
const LINK_TARGET = /<([^<>]*)>/g;

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

// Percent-encoded text inside a value is decoded and redacted this many levels deep.
const MAX_DEPTH = 3;

/**
 * `a=1&token=x` → `a=1&token=[REDACTED]`; other values lose the secrets they carry, even
 * percent-encoded (`?redirect=https%3A%2F%2Fu%3Apw%40h`, URL-encoded JSON).
 */
export function redactQuery(query: string, depth = 0): string {
  return query
    .split('&')
    .map((part) => {
      const eq = part.indexOf('=');
      if (eq < 0) return redactTokens(part);
      const name = part.slice(0, eq);
      const value = part.slice(eq + 1);
      if (value === '') return part;
      if (isSecretParam(withoutBreaks(safeDecode(name)))) {
        return value === REDACTED ? part : `${name}=${REDACTED}`;
      }
      // Both readings: a JWT seen raw must not spare the password that only decoding shows.
      // A `+` is a space once decoded: `Bearer+abc` holds a token.
      let out = redactBodyText(value, depth + 1);
      if (depth < MAX_DEPTH && (out.includes('%') || out.includes('+'))) {
        const decoded = safeDecode(out);
        const redacted = redactBodyText(decoded, depth + 1);
        if (redacted !== decoded) out = encodeURIComponent(redacted);
      }
      return out === value ? part : `${name}=${out}`;
    })
    .join('&');
}

const SCHEME_HEAD = /^[A-Za-z][A-Za-z0-9+.\t\n\r-]{0,40}:/;
const isSlashOrBreak = (c: string) =>
  c === '/' || c === '\\' || c === '\t' || c === '\n' || c === '\r';
const endsAuthority = (c: string) => c === '/' || c === '\\' || c === '?' || c === '#';

/**
 * The URL with the tabs and line breaks of its scheme and authority dropped, as a parser reads
 * them. Those of the path, query and fragment stay: names are read without them
 * (`acc<TAB>ess_token=`), and in a text they may end the URL (`…/x\npwd: y`).
 */
function withoutBreaksInAuthority(url: string): string {
  const scheme = SCHEME_HEAD.exec(url);
  if (scheme === null) return url;
  let end = scheme[0].length;
  while (end < url.length && isSlashOrBreak(url[end] ?? '')) end++;
  while (end < url.length && !endsAuthority(url[end] ?? '')) end++;
  const head = url.slice(0, end);
  return /[\t\n\r]/.test(head) ? withoutBreaks(head) + url.slice(end) : url;
}

/**
 * A URL with secret query and fragment parameters (`access_token`, `api_key`, OAuth `code`…),
 * user-info, path parameters (`;jsessionid=`) and JWTs replaced by `[REDACTED]`. The URL is read
 * as a URL parser reads it: outer spaces and inner tabs or line breaks dropped, `\` as `/` and
 * any number of slashes in `https:` URLs. A URL that does not parse is still redacted; one with
 * nothing secret comes back as it was.
 */
export function redactUrl(url: string, depth = 0): string {
  try {
    const input = withoutBreaksInAuthority(trimUrl(url));
    const { head, rest, special } = splitUrl(input);
    const hashAt = rest.indexOf('#');
    const beforeHash = hashAt < 0 ? rest : rest.slice(0, hashAt);
    const qAt = beforeHash.indexOf('?');
    const path = qAt < 0 ? beforeHash : beforeHash.slice(0, qAt);
    // Path parameters (`;jsessionid=…`) end at a slash; values elsewhere may contain one.
    let out =
      head +
      redactTokens(
        path
          .split(special ? /([\\/])/ : /(\/)/)
          .map((segment) => redactAssignments(segment))
          .join(''),
      );
    if (qAt >= 0) out += `?${redactQuery(beforeHash.slice(qAt + 1), depth)}`;
    if (hashAt >= 0) out += `#${redactQuery(rest.slice(hashAt + 1), depth)}`;
    return out === input ? url : out;
  } catch {
    return REDACTED; // never reached; if it were, hide everything rather than leak
  }
}

// A form body (`a=1&code=x`): no white space, every `&`-separated part a name=value pair, no
// name with a quote, brace or backslash: compact JSON holding a `=` (`{"value":"YQ=="}`) is none.
const FORM_BODY = /^[^\s=&"{}\\]+=[^\s&]*(?:&[^\s=&"{}\\]+=[^\s&]*)*$/;

/**
 * Whether a text is one absolute URL and nothing else. A tab or line break inside may as well
 * end the URL and start other text (`…/x\npwd: …`): such a text is left to the free-text rules,
 * which join a name that a break splits.
 */
function isUrl(text: string): boolean {
  const input = trimUrl(text);
  return ABSOLUTE_URL.test(input) && !/\s/.test(input);
}

/**
 * A text that is one URL (`{"callback": "https://…"}`, a form field's value), maybe
 * percent-encoded once more, redacted as a URL parser reads it; null when it is no URL. Free-text
 * rules would end a parameter at a tab inside its name, or at `)` or `'` inside its value.
 */
function redactWholeUrl(text: string, depth: number): string | null {
  if (depth >= MAX_DEPTH) return null;
  if (isUrl(text)) return redactUrl(text, depth);
  if (depth + 1 >= MAX_DEPTH || !/^\s*[A-Za-z][A-Za-z0-9+.-]*%3A/i.test(text)) return null;
  const decoded = safeDecode(text);
  if (!isUrl(decoded)) return null;
  const redacted = redactUrl(decoded, depth + 1);
  return redacted === decoded ? text : encodeURIComponent(redacted);
}

/**
 * A JSON string that may hold a URL, unescaped: read as a URL, or, when a tab or line break
 * splits it (`"https://h/?acc\tess_token=…"`), as text, where such names are joined again.
 */
function redactJsonString(value: string, depth: number): string {
  const url = redactWholeUrl(value, depth);
  if (url !== null) return url;
  return depth < MAX_DEPTH && /[\t\n\r]/.test(value) ? redactBodyText(value, depth + 1) : value;
}

/**
 * Free text (a body, a server message) with its secrets replaced:
 * - JSON values of keys with a secret name (`"password": "…"`, `"access_token": …`), whole
 *   objects and arrays included, also inside JSON that is itself a string of an outer JSON;
 * - `Name: value` lines with a secret header name (`Authorization: …`, `X-Api-Key: …`);
 * - `name=value` pairs with a secret name (form bodies, query strings inside text), to the end
 *   of the line in a text/plain form body;
 * - `Bearer <token>` and `Basic <base64>` credentials, and JWTs anywhere.
 * A value cut by truncation is redacted to the end of the text.
 */
export function redactBodyText(text: string, depth = 0): string {
  if (text === '') return text;
  try {
    // Only a whole body is a form; a value inside one is judged by the passes below.
    // A URL alone is read whole, as its parser reads it.
    const url = redactWholeUrl(text, depth);
    if (url !== null) return url;
    let out = depth === 0 && FORM_BODY.test(text) ? redactQuery(text, depth) : text;
    out = redactJsonPairs(
      out,
      0,
      (value) => redactJsonString(value, depth),
      (value) => redactPlainText(value, depth),
    );
    return redactPlainText(out, depth);
  } catch {
    return REDACTED; // a bug of ours must not leak the text it failed on
  }
}

/** The passes that read text as it stands: a body, or a JSON string's decoded content. */
function redactPlainText(text: string, depth: number): string {
  let out = redactMultipart(redactLinePairs(text));
  out = redactHeaderLines(out);
  // Tokens first: `token: Bearer x` then keeps its scheme word, like a header does.
  out = redactTokens(out);
  out = redactAssignments(out, depth < MAX_DEPTH ? (v) => redactBodyText(v, depth + 1) : null);
  return redactUserinfoInText(out);
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
