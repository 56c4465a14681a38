/**
 * Realistic response bodies for every documented envelope (shapes from /work/shared/seeds),
 * padded with `details`/`data` arrays to any size, for the decoder and CLI benchmarks.
 */
import type { Exchange, Header } from '../src/core/types';

/** error: an error envelope; html: an HTML error page; lean: 2xx with no `"error` text at all;
 *  errorNull: 2xx success envelopes that carry `"error": null` and so need a full parse. */
export type Group = 'error' | 'html' | 'lean' | 'errorNull';

export interface Shape {
  readonly label: string;
  readonly group: Group;
  readonly status: number;
  readonly method: string;
  readonly url: string;
  readonly headers?: readonly Header[];
  readonly mimeType?: string;
  /** The body with `n` padding items; `seed` varies ids so no two bodies are identical. */
  body(n: number, seed: number): string;
}

const json = (value: unknown): string => JSON.stringify(value);
const range = <T>(n: number, item: (i: number) => T): T[] =>
  Array.from({ length: n }, (_, i) => item(i));
const id = (seed: number, i: number): string => (seed * 7919 + i).toString(36).padStart(6, '0');

const RATE_LIMIT_HEADERS: Header[] = [
  { name: 'Retry-After', value: '30' },
  { name: 'X-RateLimit-Limit', value: '100' },
  { name: 'X-RateLimit-Remaining', value: '0' },
  { name: 'X-RateLimit-Reset', value: '1782208830' },
];

export const SHAPES: readonly Shape[] = [
  {
    label: 'ok-flag 502',
    group: 'error',
    status: 502,
    method: 'GET',
    url: 'https://proxy.example.com/api/v1/proxies?country=de',
    body: (n, seed) =>
      json({
        ok: false,
        error: {
          code: 'provider_error',
          message: 'Upstream provider timeout',
          details: range(n, (i) => ({
            proxy_id: `px_${id(seed, i)}`,
            country: 'de',
            provider: 'prov-3',
            reason: 'upstream timeout after 30s',
            attempt: (i % 3) + 1,
          })),
        },
      }),
  },
  {
    label: 'state-meta 422',
    group: 'error',
    status: 422,
    method: 'POST',
    url: 'http://127.0.0.1:8080/api/v1/exchanges',
    body: (n, seed) =>
      json({
        state: 1,
        message: 'Validation failed',
        result: null,
        error: {
          code: 'validation_error',
          details: Object.fromEntries(
            range(n, (i) => [`items.${i}.amount`, ['The amount field is required.']]),
          ),
        },
        meta: { request_id: `req_${id(seed, 0)}`, timestamp: '2026-06-23T10:00:00+00:00' },
      }),
  },
  {
    label: 'success-flag 429',
    group: 'error',
    status: 429,
    method: 'GET',
    url: 'https://api.example.com/v2/sessions',
    headers: RATE_LIMIT_HEADERS,
    body: (n, seed) =>
      json({
        success: false,
        data: null,
        error: {
          code: 'RATE_LIMIT_EXCEEDED',
          message: 'Too many requests',
          details: {
            limit: 100,
            window: '1m',
            recent_requests: range(n, (i) => ({
              session_id: `ses_${id(seed, i)}`,
              path: '/v2/sessions',
              at: 1782208770 + i,
            })),
          },
        },
        meta: { request_id: `req_${id(seed, 1)}` },
      }),
  },
  {
    label: 'jsonrpc 200',
    group: 'error',
    status: 200,
    method: 'POST',
    url: 'https://rpc.example.com/rpc',
    body: (n, seed) =>
      json({
        jsonrpc: '2.0',
        error: {
          code: -32001,
          message: 'Validation error',
          data: {
            errors: range(n, (i) => ({
              field: `params.items[${i}].name`,
              message: 'Это поле обязательно',
            })),
          },
        },
        id: seed,
      }),
  },
  {
    label: 'jsonrpc batch',
    group: 'error',
    status: 200,
    method: 'POST',
    url: 'https://rpc.example.com/rpc',
    body: (n, seed) =>
      json([
        { jsonrpc: '2.0', error: { code: -32602, message: 'Invalid params' }, id: seed },
        ...range(n, (i) =>
          i % 10 === 9
            ? { jsonrpc: '2.0', error: { code: -32003, message: 'Resource not found' }, id: i }
            : {
                jsonrpc: '2.0',
                result: { account: `acc_${id(seed, i)}`, balance: '50.00' },
                id: i,
              },
        ),
      ]),
  },
  {
    label: 'numeric-code 400',
    group: 'error',
    status: 400,
    method: 'POST',
    url: 'https://shop.example.org/api/users',
    body: (n) =>
      json({
        error: {
          code: 1001,
          message: 'Incorrect data',
          fields: range(n, (i) => ({
            field: `users[${i}].email`,
            message: 'Invalid email format',
          })),
        },
      }),
  },
  {
    label: 'HTML 502 page',
    group: 'html',
    status: 502,
    method: 'GET',
    url: 'https://shop.example.org/checkout',
    mimeType: 'text/html',
    body: (n, seed) =>
      `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>` +
      `<center><h1>502 Bad Gateway</h1></center><hr><ul>` +
      range(
        n,
        (i) => `<li>upstream 10.0.${seed % 256}.${i % 256}:8080: connect() failed</li>`,
      ).join('') +
      `</ul><center>nginx</center></body></html>`,
  },
  {
    label: 'ok:true data',
    group: 'lean',
    status: 200,
    method: 'GET',
    url: 'https://proxy.example.com/api/v1/proxies',
    body: (n, seed) =>
      json({
        ok: true,
        data: {
          proxies: range(n, (i) => ({
            id: `px_${id(seed, i)}`,
            host: `10.1.${i % 256}.${seed % 256}`,
            port: 8000 + (i % 1000),
            country: 'de',
            expires_at: '2026-07-01T00:00:00Z',
          })),
        },
      }),
  },
  {
    label: 'jsonrpc result',
    group: 'lean',
    status: 200,
    method: 'POST',
    url: 'https://rpc.example.com/rpc',
    body: (n, seed) =>
      json({
        jsonrpc: '2.0',
        result: { items: range(n, (i) => ({ id: id(seed, i), name: `item ${i}`, price: i * 3 })) },
        id: seed,
      }),
  },
  {
    label: 'REST list',
    group: 'lean',
    status: 200,
    method: 'GET',
    url: 'https://shop.example.org/api/users',
    body: (n, seed) =>
      json({
        data: range(n, (i) => ({
          id: id(seed, i),
          email: `user${i}@example.org`,
          name: 'Иван Петров',
          created_at: '2026-06-23T10:00:00Z',
        })),
        total: n,
      }),
  },
  {
    label: 'state:0 error:null',
    group: 'errorNull',
    status: 200,
    method: 'GET',
    url: 'http://127.0.0.1:8080/api/v1/rates',
    body: (n, seed) =>
      json({
        state: 0,
        message: 'OK',
        result: { rates: range(n, (i) => ({ pair: `USD/C${i % 100}`, rate: 1 + i / 1000 })) },
        error: null,
        meta: { request_id: `req_${id(seed, 2)}`, timestamp: '2026-06-23T10:00:00+00:00' },
      }),
  },
  {
    label: 'success:true error:null',
    group: 'errorNull',
    status: 200,
    method: 'GET',
    url: 'https://api.example.com/v2/sessions',
    body: (n, seed) =>
      json({
        success: true,
        data: { sessions: range(n, (i) => ({ session_id: `ses_${id(seed, i)}`, product: 'p1' })) },
        error: null,
        meta: { request_id: `req_${id(seed, 3)}` },
      }),
  },
];

/** The padding count that brings a shape's body closest to `chars` (never below its bare size). */
export function padFor(shape: Shape, chars: number): number {
  const bare = shape.body(0, 0).length;
  const perItem = (shape.body(16, 0).length - bare) / 16;
  return Math.max(0, Math.round((chars - bare) / perItem));
}

export function exchangeOf(
  shape: Shape,
  body: string,
  startedAt = Date.UTC(2026, 5, 23),
): Exchange {
  return {
    url: shape.url,
    method: shape.method,
    status: shape.status,
    requestHeaders: [],
    responseHeaders: [
      { name: 'Content-Type', value: shape.mimeType ?? 'application/json' },
      ...(shape.headers ?? []),
    ],
    body,
    bodyEncoding: 'plain',
    mimeType: shape.mimeType ?? 'application/json',
    startedAt,
  };
}

export interface Sample {
  readonly shape: Shape;
  readonly exchange: Exchange;
  /** UTF-8 size of the body. */
  readonly bytes: number;
}

/** 100 B … 1 MB, log-spaced. */
export const SIZES = [100, 316, 1_000, 3_162, 10_000, 31_623, 100_000, 316_228, 1_000_000];

/**
 * Every shape at every size; small sizes are repeated so that each (shape, size) bucket holds
 * about `bucketBytes`, as real traffic has many more small responses than huge ones.
 */
export function buildCorpus(bucketBytes = 256 * 1024, shapes: readonly Shape[] = SHAPES): Sample[] {
  const samples: Sample[] = [];
  for (const shape of shapes) {
    for (const size of SIZES) {
      const n = padFor(shape, size);
      const copies = Math.ceil(bucketBytes / size);
      for (let seed = 0; seed < copies; seed++) {
        const body = shape.body(n, seed);
        if (shape.group === 'lean' && body.includes('"error')) {
          throw new Error(`${shape.label}: a lean body must not contain "error`);
        }
        samples.push({ shape, exchange: exchangeOf(shape, body), bytes: Buffer.byteLength(body) });
      }
    }
  }
  return samples;
}
