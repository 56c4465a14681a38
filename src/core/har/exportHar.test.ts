import { describe, expect, it } from 'vitest';
import { exchange, headers } from '../../../test/helpers/exchange';
import { toCapturedError, type CapturedError } from '../capture/capturedError';
import { decode } from '../decode';
import type { Exchange } from '../types';
import { buildHar, harFileName, utf8Length, type HarDocument } from './exportHar';
import { decodeHarEntries } from './importHar';
import { harEntries } from './parseHar';

function captured(
  id: number,
  overrides: Partial<Exchange> & { json?: unknown },
  extra: { requestBody?: string; respondedAt?: number; bodyLimit?: number } = {},
): CapturedError {
  const ex = exchange(overrides);
  const decoded = decode(ex);
  if (decoded === null) throw new Error('not an error');
  return toCapturedError(id, ex, ex.body ?? '', decoded, {
    bodyLimit: extra.bodyLimit ?? 256 * 1024,
    respondedAt: extra.respondedAt ?? ex.startedAt + 25,
    requestBody: extra.requestBody ?? null,
  });
}

const T0 = Date.parse('2026-06-23T10:00:00Z');
const ERRORS: CapturedError[] = [
  captured(
    2,
    {
      url: 'https://api.example.com/v1/rpc?api_key=abc123&page=2',
      method: 'POST',
      status: 200,
      startedAt: T0 + 1000,
      requestHeaders: headers({
        Authorization: 'Bearer s3cr3t',
        'Content-Type': 'application/json',
      }),
      responseHeaders: headers({ 'Content-Type': 'application/json', 'Set-Cookie': 'sid=42' }),
      json: { jsonrpc: '2.0', error: { code: -32601, message: 'Метод не найден' }, id: 1 },
    },
    { requestBody: '{"jsonrpc":"2.0","method":"nope","id":1}' },
  ),
  captured(1, {
    status: 502,
    startedAt: T0,
    json: { ok: false, error: { code: 'provider_error', message: 'x', details: null } },
  }),
];

const isString = (v: unknown) => typeof v === 'string';
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const isPairs = (v: unknown) =>
  Array.isArray(v) &&
  v.every((p: { name?: unknown; value?: unknown }) => isString(p.name) && isString(p.value));

/** The HAR 1.2 spec's required fields and their types, entry by entry. */
function har12Problems(doc: HarDocument): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  const { log } = doc;
  need(log.version === '1.2', 'log.version');
  need(isString(log.creator.name) && isString(log.creator.version), 'log.creator');
  need(Array.isArray(log.entries), 'log.entries');
  log.entries.forEach((e, i) => {
    const at = (f: string) => `entries[${i}].${f}`;
    need(
      isString(e.startedDateTime) && !Number.isNaN(Date.parse(e.startedDateTime)),
      at('startedDateTime'),
    );
    need(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(e.startedDateTime),
      at('iso'),
    );
    need(isNumber(e.time) && e.time >= 0, at('time'));
    const q = e.request;
    need(isString(q.method) && isString(q.url) && isString(q.httpVersion), at('request'));
    need(isPairs(q.headers) && isPairs(q.queryString) && Array.isArray(q.cookies), at('request.*'));
    need(isNumber(q.headersSize) && isNumber(q.bodySize), at('request sizes'));
    if (q.postData) need(isString(q.postData.mimeType), at('request.postData.mimeType'));
    const r = e.response;
    need(isNumber(r.status) && isString(r.statusText) && isString(r.httpVersion), at('response'));
    need(isPairs(r.headers) && Array.isArray(r.cookies), at('response.*'));
    need(isNumber(r.content.size) && isString(r.content.mimeType), at('response.content'));
    need(isString(r.redirectURL), at('response.redirectURL'));
    need(isNumber(r.headersSize) && isNumber(r.bodySize), at('response sizes'));
    need(typeof e.cache === 'object' && e.cache !== null, at('cache'));
    const t = e.timings;
    need(
      [t.send, t.wait, t.receive].every((n) => isNumber(n) && n >= -1),
      at('timings'),
    );
  });
  return problems;
}

describe('buildHar', () => {
  it('writes a structurally valid HAR 1.2 document, oldest entry first', () => {
    const doc = buildHar(ERRORS, { version: '1.2.3' });
    expect(har12Problems(doc)).toEqual([]);
    expect(doc.log.creator).toEqual({ name: 'API Error Decoder', version: '1.2.3' });
    expect(doc.log.entries.map((e) => e.startedDateTime)).toEqual([
      '2026-06-23T10:00:00.000Z',
      '2026-06-23T10:00:01.000Z',
    ]);
    const rpc = doc.log.entries[1];
    expect(rpc?.time).toBe(25);
    expect(rpc?.timings).toEqual({ send: 0, wait: 25, receive: 0 });
    expect(rpc?.request.postData).toEqual({
      mimeType: 'application/json',
      text: '{"jsonrpc":"2.0","method":"nope","id":1}',
    });
    expect(rpc?.response.content.size).toBe(utf8Length(ERRORS[0]?.body ?? ''));
  });

  it('hides secrets by default: in headers, the URL and both bodies', () => {
    const withBodies = captured(
      3,
      {
        status: 401,
        startedAt: T0 + 2000,
        json: { ok: false, error: { code: 'invalid_token', message: 'x', details: null } },
        body: '{"ok":false,"error":{"code":"invalid_token"},"access_token":"t0k3n"}',
      },
      { requestBody: '{"login":"ann","password":"hunter2"}' },
    );
    const doc = buildHar([...ERRORS, withBodies], { version: '1' });
    const text = JSON.stringify(doc);
    for (const secret of ['s3cr3t', 'abc123', 'sid=42', 't0k3n', 'hunter2']) {
      expect(text, secret).not.toContain(secret);
    }
    const rpc = doc.log.entries[1];
    expect(rpc?.request.headers).toContainEqual({
      name: 'Authorization',
      value: 'Bearer [REDACTED]',
    });
    expect(rpc?.request.queryString).toEqual([
      { name: 'api_key', value: '[REDACTED]' },
      { name: 'page', value: '2' },
    ]);
    // What is not secret stays readable, so the file still explains the error.
    expect(doc.log.entries[2]?.request.postData?.text).toContain('"login":"ann"');
    expect(doc.log.entries[2]?.response.content.text).toContain('invalid_token');
  });

  it('writes everything as captured when redaction is off', () => {
    const text = JSON.stringify(buildHar(ERRORS, { version: '1', redact: null }));
    expect(text).toContain('Bearer s3cr3t');
    expect(text).toContain('api_key=abc123');
  });

  it('round-trips: an exported HAR imports to the same errors', () => {
    const text = JSON.stringify(buildHar(ERRORS, { version: '1', redact: null }));
    const back = [
      ...decodeHarEntries(harEntries(text), { bodyLimit: 256 * 1024, pins: {}, firstId: -1 }),
    ].flatMap((s) => s.errors);
    const key = (e: CapturedError) => ({
      url: e.url,
      method: e.method,
      status: e.status,
      startedAt: e.startedAt,
      respondedAt: e.respondedAt,
      body: e.body,
      requestBody: e.requestBody,
      requestHeaders: e.requestHeaders,
      responseHeaders: e.responseHeaders,
      decoded: e.decoded,
    });
    expect(back.map(key)).toEqual([...ERRORS].reverse().map(key));
    expect(back.every((e) => e.imported)).toBe(true);
  });

  it('says when a body was truncated by the store', () => {
    const big = captured(3, { status: 500, body: 'x'.repeat(100) }, { bodyLimit: 10 });
    const [entry] = buildHar([big], { version: '1' }).log.entries;
    expect(entry?.response.content).toMatchObject({ size: 100, text: 'x'.repeat(10) });
    expect(entry?.response.content.comment).toMatch(/10 of 100/);
  });
});

describe('utf8Length and harFileName', () => {
  it('counts UTF-8 bytes, surrogate pairs included', () => {
    for (const s of ['', 'abc', 'é', 'Метод', '€', '😀', 'a😀b', '\ud800x']) {
      expect(utf8Length(s), s).toBe(new TextEncoder().encode(s).length);
    }
  });

  it('names the file by the local time, safe on every file system', () => {
    expect(harFileName(new Date(2026, 5, 23, 9, 5, 7))).toBe('api-errors-2026-06-23T09-05-07.har');
  });
});
