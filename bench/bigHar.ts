import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * A HAR shaped like one Chrome saves: many headers per entry, mostly successful JSON, some
 * static resources, and one error in ten across the documented formats. Written entry by
 * entry, so that a 100 MB file never sits in memory as one string here.
 */
const ERROR_BODIES: readonly [number, string][] = [
  [
    502,
    JSON.stringify({ ok: false, error: { code: 'provider_error', message: 'x', details: null } }),
  ],
  [
    422,
    JSON.stringify({
      state: 1,
      message: 'Validation failed',
      result: null,
      error: { code: 'validation_error', details: { amount: ['The amount field is required.'] } },
    }),
  ],
  [
    429,
    JSON.stringify({
      success: false,
      data: null,
      error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests', details: null },
    }),
  ],
  [200, JSON.stringify({ jsonrpc: '2.0', error: { code: -32601, message: 'nope' }, id: 1 })],
  [400, JSON.stringify({ error: { code: 1001, message: 'Incorrect data' } })],
  [500, '<!DOCTYPE html><html><body><h1>Internal Server Error</h1></body></html>'],
];

const header = (name: string, value: string) => ({ name, value });
const REQUEST_HEADERS = [
  header('Accept', 'application/json, text/plain, */*'),
  header('Accept-Encoding', 'gzip, deflate, br, zstd'),
  header('Accept-Language', 'en-US,en;q=0.9'),
  header(
    'Authorization',
    'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
  ),
  header('Cache-Control', 'no-cache'),
  header('Connection', 'keep-alive'),
  header('Host', 'api.example.com'),
  header('Origin', 'https://app.example.com'),
  header('Referer', 'https://app.example.com/dashboard'),
  header('Sec-Fetch-Dest', 'empty'),
  header('Sec-Fetch-Mode', 'cors'),
  header(
    'User-Agent',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/140.0 Safari/537.36',
  ),
];
const RESPONSE_HEADERS = [
  header('Content-Type', 'application/json; charset=utf-8'),
  header('Cache-Control', 'no-store'),
  header('Date', 'Tue, 23 Jun 2026 10:00:00 GMT'),
  header('Server', 'nginx'),
  header('Strict-Transport-Security', 'max-age=63072000'),
  header('Vary', 'Accept-Encoding, Origin'),
  header('X-Request-Id', 'req_01J5Z8K3ABCDEFGHJKMNPQRS'),
  header('Access-Control-Allow-Origin', 'https://app.example.com'),
];

function successBody(i: number): string {
  const items = Array.from({ length: 12 }, (_, k) => ({
    id: i * 100 + k,
    name: `Item ${i}-${k}`,
    price: ((i * 7 + k) % 1000) / 10,
    tags: ['alpha', 'beta', 'gamma'],
    updatedAt: '2026-06-23T10:00:00Z',
  }));
  return JSON.stringify({ ok: true, data: { items, page: i, next: `/v1/items?page=${i + 1}` } });
}

function entry(i: number, start: number) {
  const kind = i % 10;
  const isError = kind === 0;
  const isImage = kind === 5;
  const [status, text] = isError
    ? (ERROR_BODIES[(i / 10) % ERROR_BODIES.length] ?? [500, ''])
    : isImage
      ? [200, '']
      : [200, successBody(i)];
  const url = isImage
    ? `https://cdn.example.com/img/${i}.png`
    : `https://api.example.com/v1/items?page=${i}&sort=name`;
  return {
    _resourceType: isImage ? 'image' : 'fetch',
    _initiator: { type: 'script', stack: { callFrames: [] } },
    _priority: 'High',
    startedDateTime: new Date(start + i * 10).toISOString(),
    time: 42.5,
    request: {
      method: 'GET',
      url,
      httpVersion: 'http/2.0',
      headers: REQUEST_HEADERS,
      queryString: [
        { name: 'page', value: String(i) },
        { name: 'sort', value: 'name' },
      ],
      cookies: [],
      headersSize: -1,
      bodySize: 0,
    },
    response: {
      status,
      statusText: '',
      httpVersion: 'http/2.0',
      headers: RESPONSE_HEADERS,
      cookies: [],
      content: isImage
        ? { size: 1234, mimeType: 'image/png' }
        : { size: text.length, mimeType: 'application/json', text },
      redirectURL: '',
      headersSize: -1,
      bodySize: text.length,
      _transferSize: text.length + 300,
    },
    cache: {},
    timings: { blocked: 1, dns: -1, ssl: -1, connect: -1, send: 0.1, wait: 40, receive: 1.4 },
    serverIPAddress: '203.0.113.7',
    connection: '443',
  };
}

/** Writes a HAR of about `targetBytes` to `path`; resolves with its entry count and size. */
export async function writeBigHar(
  path: string,
  targetBytes: number,
): Promise<{ entries: number; bytes: number; errors: number }> {
  const out = createWriteStream(path);
  const start = Date.parse('2026-06-23T10:00:00Z');
  let bytes = 0;
  const write = async (chunk: string) => {
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  };
  await write(
    '{"log":{"version":"1.2","creator":{"name":"bench","version":"1"},"pages":[],"entries":[\n',
  );
  let i = 0;
  let errors = 0;
  while (bytes < targetBytes) {
    if (i % 10 === 0) errors++;
    await write((i === 0 ? '' : ',\n') + JSON.stringify(entry(i, start), null, 1));
    i++;
  }
  await write('\n]}}\n');
  out.end();
  await once(out, 'finish');
  return { entries: i, bytes, errors };
}
