/**
 * A fingerprint of what decode() returns for every corpus body, as is and varied (other
 * statuses, headers, pins, base64), so a speed-up can be shown to change no result: the same
 * digest before and after, byte for byte.
 */
import { createHash } from 'node:crypto';
import { decode } from '../src/core/index';
import type { Exchange, Header } from '../src/core/types';
import type { Sample } from './corpus';

/**
 * The digest at 57aab0a, before issue 13's speed work and the error packs; a format change
 * moves it on purpose. Keys are sorted first: the packs build the same results in another
 * key order, which no output of the decoder shows (`--json` fixes its own order). Issue 11
 * moved it by adding `rateLimit.resetKind` and `rateLimit.policies`: with those two keys left
 * out, the digest is still 57aab0a's dcf8aa32b48e090b… (checked when they were added).
 */
export const DIGEST_BEFORE_SPEED_WORK =
  '80460767bde6a84b4038d0d41ec13bf5f9581168d56dbdbdf386001e1539d598';

/**
 * The pins the digest rotates through: the formats at 57aab0a, in their order then. A new
 * format must leave the old results as they were, so it does not join the rotation.
 */
const PINS = [
  'jsonrpc',
  'ok-flag',
  'success-flag',
  'state-meta',
  'numeric-code',
  'problem-json',
  'graphql',
] as const;

const STATUSES = [200, 201, 204, 400, 401, 404, 405, 409, 422, 429, 500, 502, 503, 0, 302];

const HEADER_SETS: readonly (readonly Header[])[] = [
  [],
  [{ name: 'retry-after', value: '120' }],
  [
    { name: 'Date', value: 'Tue, 23 Jun 2026 10:00:00 GMT' },
    { name: 'Retry-After', value: 'Tue, 23 Jun 2026 10:01:30 GMT' },
  ],
  [
    { name: 'X-RATELIMIT-LIMIT', value: ' 50 ' },
    { name: 'x-ratelimit-reset', value: 'soon' },
    { name: 'X-Request-Id', value: 'req-1' },
    { name: 'x-request-id', value: 'req-2' },
  ],
  [
    { name: 'Allow', value: 'GET, HEAD' },
    { name: 'Location', value: '/api/items/1' },
  ],
  [{ name: 'Content-Type', value: 'application/problem+json' }],
];

function variant(exchange: Exchange, i: number): Exchange {
  const body = exchange.body ?? '';
  const base64 = i % 7 === 3 && body.length < 4000;
  return {
    ...exchange,
    status: STATUSES[i % STATUSES.length] ?? 400,
    method: i % 2 === 0 ? 'POST' : 'get',
    responseHeaders: [...exchange.responseHeaders, ...(HEADER_SETS[i % HEADER_SETS.length] ?? [])],
    requestHeaders: i % 11 === 5 ? [{ name: 'Origin', value: 'https://app.example' }] : [],
    mimeType: i % 5 === 1 ? '' : exchange.mimeType,
    ...(base64 ? { body: Buffer.from(body).toString('base64'), bodyEncoding: 'base64' } : {}),
  };
}

/** JSON with every object's keys sorted: a result is its values, whatever order built it. */
function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
    ) ?? 'undefined'
  );
}

export function decodeDigest(corpus: readonly Sample[]): string {
  const hash = createHash('sha256');
  const pins = [undefined, ...PINS];
  corpus.forEach(({ exchange }, i) => {
    const pin = pins[i % pins.length];
    const options = pin === undefined ? {} : { pin };
    hash.update(canonical(decode(exchange)));
    hash.update(canonical(decode(exchange, options)));
    hash.update(canonical(decode(variant(exchange, i), options)));
    hash.update('\n');
  });
  return hash.digest('hex');
}
