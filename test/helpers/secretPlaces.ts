import fc from 'fast-check';
import type { Header } from '../../src/core/types';
import {
  anySecret,
  b64url,
  base64,
  bearerToken,
  hex,
  jwt,
  password,
  prefixedKey,
  textPassword,
  token,
} from './secretValues';

/**
 * Places where a request or response can carry a secret, each as an arbitrary of what it
 * writes (a URL, a header, a JSON value, a line of text) and the secrets it put there.
 */

export interface Placed<T> {
  readonly value: T;
  readonly secrets: readonly string[];
}

const placed = <T>(value: T, ...secrets: string[]): Placed<T> => ({ value, secrets });

/** Joins placed parts; `join` builds the whole from their values. */
export function all<T, R>(parts: readonly Placed<T>[], join: (values: T[]) => R): Placed<R> {
  return { value: join(parts.map((p) => p.value)), secrets: parts.flatMap((p) => p.secrets) };
}

// ---------------------------------------------------------------------------------------------
// Filler: names and values that are no secret.

export const word = fc.constantFrom('orders', 'user', 'items', 'page', 'blue', 'cart', 'region');
export const fillerValue = fc.tuple(word, fc.nat(999)).map(([w, n]) => `${w}${n}`);

const sentence = fc.constantFrom(
  'Request failed.',
  'Check your credentials and try again',
  'Invalid Bearer token.',
  'Не передан Bearer token.',
  'Пароль неверен',
  'see https://docs.example.com/errors#auth',
  'user bob, id 42',
  'Token expired at 2026-06-23T10:00:00Z',
);

// ---------------------------------------------------------------------------------------------
// Names that carry a credential (issue 9 and real HARs), in the spelling each place uses.

export const SECRET_PARAM_NAMES = [
  'access_token',
  'api_key',
  'apikey',
  'key',
  'id_token_hint',
  'refresh_token',
  'client_secret',
  'code',
  'X-Amz-Credential',
  'X-Amz-Signature',
  'X-Amz-Security-Token',
  'sig',
  'SID',
  'sessionid',
  'password',
  'pass',
  'pwd',
  'auth',
  'otp',
  'pin',
  'jwt',
  'private_token',
] as const;

export const SECRET_KEYS = [
  'password',
  'passwd',
  'pass',
  'secret',
  'client_secret',
  'apiKey',
  'api_key',
  'accessToken',
  'refresh_token',
  'id_token',
  'sessionId',
  'sid',
  'pin',
  'otp',
  'totp',
  'credentials',
  'privateKey',
  'signature',
  'jwt',
  '__clerk_db_jwt',
  'authorization',
  'auth',
  'cookie',
  'passphrase',
  'passcode',
  'clientCert',
] as const;

export const SECRET_HEADERS = [
  'X-Api-Key',
  'Api-Key',
  'X-Auth-Token',
  'X-Authentication',
  'X-Credentials',
  'X-Pass',
  'X-OTP',
  'X-Passphrase',
  'X-Client-Cert',
  'X-CSRF-Token',
  'X-Amz-Security-Token',
  'X-Goog-Api-Key',
  'Ocp-Apim-Subscription-Key',
  'X-Session-Id',
  'X-Hub-Signature-256',
  'Private-Token',
  'X-Client-Secret',
] as const;

const COOKIE_NAMES = [
  'sid',
  'SID',
  'session',
  'connect.sid',
  'JSESSIONID',
  '__clerk_db_jwt',
  '__Secure-next-auth.session-token',
  'csrftoken',
  'theme',
] as const;

/** A name as HTTP/1.1 (as written), HTTP/2 (lower case) or a shouting client sends it. */
const anyCase = (name: string) => fc.constantFrom(name, name.toLowerCase(), name.toUpperCase());

// ---------------------------------------------------------------------------------------------
// Free text: server messages, text bodies, notes inside JSON.

const assignment = fc
  .tuple(
    fc.constantFrom('password', 'Password', 'passwd', 'pwd', 'secret', 'api_key', 'token', 'pin'),
    fc.constantFrom(' = ', ': ', '=', ':'),
    textPassword,
  )
  .map(([name, sep, s]) => placed(`${name}${sep}${s}`, s));

const credentialText = fc.oneof(
  assignment,
  bearerToken.chain((t) => fc.constantFrom(`Bearer ${t}`, `bearer ${t}`).map((v) => placed(v, t))),
  bearerToken.map((t) => placed(`Authorization: Bearer ${t}`, t)),
  prefixedKey.map((k) => placed(`Authorization: ${k}`, k)),
  token.map((t) => placed(`X-Api-Key: ${t}`, t)),
  base64.chain((b) => fc.constantFrom(`Basic ${b}`, `basic ${b}`).map((v) => placed(v, b))),
  jwt.map((j) => placed(j, j)),
  b64url().chain((p) =>
    fc
      .constantFrom(
        `https://user:${p}@db.example/x`,
        `postgres://admin:${p}@db.internal:5432/app`,
        `redis://:${p}@cache.internal:6379`,
      )
      .map((v) => placed(v, p)),
  ),
  token.map((t) => placed(`https://h.example/cb?access_token=${t}&x=1`, t)),
);

export const freeText: fc.Arbitrary<Placed<string>> = fc
  .tuple(
    fc.array(
      fc.oneof(
        sentence.map((s) => placed(s)),
        credentialText,
      ),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
    fc.constantFrom(' ', '. ', '\n', '; ', ', '),
  )
  .map(([parts, sep]) => all(parts, (v) => v.join(sep)));

// ---------------------------------------------------------------------------------------------
// URLs: user-info, query, fragment and path parameters, written as browsers send them or as
// an imported HAR may hold them (backslashes, missing slashes, tabs and line breaks inside).

const URL_STARTS = [
  'https://',
  'http://',
  'HTTPS://',
  'https:\\\\',
  'https:/',
  'https:',
  'https:\\/',
  ' https://',
];

const userinfo = fc.oneof(
  password.map((p) => placed(`user:${encodeURIComponent(p)}@`, p)),
  fc.oneof(b64url(), hex, prefixedKey).map((t) => placed(`${t}@`, t)),
);

/** Puts a tab, CR or LF inside a name, which a URL parser drops. */
const withBreak = (name: string) =>
  fc
    .tuple(
      fc.integer({ min: 1, max: Math.max(1, name.length - 1) }),
      fc.constantFrom('\t', '\n', '\r'),
    )
    .map(([at, ch]) => name.slice(0, at) + ch + name.slice(at));

const paramName = fc
  .constantFrom(...SECRET_PARAM_NAMES)
  .chain((name) =>
    fc.oneof(
      fc.constant(name),
      fc.constant(
        name.replace(/_/g, '%5F').replace(/^./, (c) => `%${c.charCodeAt(0).toString(16)}`),
      ),
      withBreak(name),
    ),
  );

const secretParam = fc.oneof(
  fc.tuple(paramName, anySecret).map(([n, s]) => placed(`${n}=${encodeURIComponent(s)}`, s)),
  password.map((p) =>
    placed(`redirect=${encodeURIComponent(`https://u:${encodeURIComponent(p)}@h.example/`)}`, p),
  ),
  token.map((t) => placed(`next=${encodeURIComponent(`/cb?token=${t}&x=1`)}`, t)),
  jwt.chain((j) => fc.constantFrom('assertion', 'state').map((n) => placed(`${n}=${j}`, j))),
);

const query = fc.array(
  fc.oneof(
    secretParam,
    fc.tuple(word, fillerValue).map(([n, v]) => placed(`${n}=${v}`)),
  ),
  {
    maxLength: 3,
  },
);

export const url: fc.Arbitrary<Placed<string>> = fc
  .tuple(
    fc.constantFrom(...URL_STARTS),
    fc.option(userinfo, { nil: null }),
    fc.constantFrom('api.example.com', 'h.example:8443', 'localhost:3000'),
    fc.array(word, { minLength: 1, maxLength: 3 }),
    fc.option(
      hex.map((h) => placed(`;jsessionid=${h}`, h)),
      { nil: null },
    ),
    query,
    fc.option(
      fc
        .tuple(fc.constantFrom('access_token', 'id_token', 'code'), token)
        .map(([n, t]) => placed(`#${n}=${t}&token_type=bearer`, t)),
      { nil: null },
    ),
  )
  .map(([start, info, host, path, pathParam, params, fragment]) => {
    const q = all(params, (v) => (v.length > 0 ? `?${v.join('&')}` : ''));
    const parts = [info, pathParam, q, fragment].filter((p) => p !== null);
    const value =
      start +
      (info?.value ?? '') +
      `${host}/${path.join('/')}` +
      (pathParam?.value ?? '') +
      q.value +
      (fragment?.value ?? '');
    return { value, secrets: parts.flatMap((p) => p.secrets) };
  });

// ---------------------------------------------------------------------------------------------
// Headers.

const authorization = fc.oneof(
  bearerToken.chain((t) => fc.constantFrom(`Bearer ${t}`, `bearer ${t}`).map((v) => placed(v, t))),
  base64.map((b) => placed(`Basic ${b}`, b)),
  b64url().map((t) => placed(`Token ${t}`, t)),
  prefixedKey.map((k) => placed(k, k)), // no scheme word
  hex.map((h) => placed(`Digest username="bob", realm="api", response="${h}"`, h)),
  fc
    .tuple(prefixedKey, hex)
    .map(([k, h]) =>
      placed(
        `AWS4-HMAC-SHA256 Credential=${k}/20260623/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=${h}`,
        k,
        h,
      ),
    ),
);

// express-session signs its cookie as `s:<id>.<signature>`, percent-encoded.
const cookieValue = fc.oneof(
  fc.oneof(b64url(), hex, jwt).map((v) => placed(v, v)),
  fc.tuple(b64url(), b64url()).map(([id, sig]) => placed(`s%3A${id}.${sig}`, id, sig)),
);

const cookieHeader = fc
  .array(fc.tuple(fc.constantFrom(...COOKIE_NAMES), cookieValue), { minLength: 1, maxLength: 3 })
  .map((pairs) =>
    placed(
      pairs.map(([n, v]) => `${n}=${v.value}`).join('; '),
      ...pairs.flatMap(([, v]) => v.secrets),
    ),
  );

const header = (name: fc.Arbitrary<string>, value: fc.Arbitrary<Placed<string>>) =>
  fc
    .tuple(name, value)
    .map(([n, v]): Placed<Header> => placed({ name: n, value: v.value }, ...v.secrets));

export const requestHeader: fc.Arbitrary<Placed<Header>> = fc.oneof(
  header(anyCase('Authorization'), authorization),
  header(anyCase('Proxy-Authorization'), authorization),
  header(anyCase('Cookie'), cookieHeader),
  header(
    fc.constantFrom(...SECRET_HEADERS).chain(anyCase),
    anySecret.map((s) => placed(s, s)),
  ),
  header(fc.constant('Referer'), url),
  header(
    fc.constantFrom('X-Original-URL', 'X-Forwarded-Uri'),
    fc
      .tuple(fc.constantFrom('token', 'code', 'api_key'), token)
      .map(([n, t]) => placed(`/cb?${n}=${t}`, t)),
  ),
  header(
    fc.constantFrom('Accept', 'X-Request-Id'),
    fillerValue.map((v) => placed(v)),
  ),
);

export const responseHeader: fc.Arbitrary<Placed<Header>> = fc.oneof(
  header(
    anyCase('Set-Cookie'),
    fc
      .tuple(fc.constantFrom(...COOKIE_NAMES), cookieValue)
      .map(([n, v]) => placed(`${n}=${v.value}; Path=/; HttpOnly; Secure`, ...v.secrets)),
  ),
  header(fc.constantFrom('Location', 'Content-Location'), url),
  header(
    fc.constant('Location'),
    fc
      .tuple(token, fc.constantFrom('/cb?code=', '/cb#access_token='))
      .map(([t, at]) => placed(`${at}${t}&state=xyz`, t)),
  ),
  header(
    fc.constant('Link'),
    url.map((u) => placed(`<${u.value.trim()}>; rel="next"`, ...u.secrets)),
  ),
  header(
    fc.constant('WWW-Authenticate'),
    fc.constant(placed('Bearer realm="api", error="invalid_token"')),
  ),
);
