import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { harEntries } from '../core/har/parseHar';
import { importHarEntry } from '../core/har/importHar';
import { escapeJsonControls } from '../core/text/controlChars';
import { decodeHar, jsonChunks, summaryLine, toJson, toTable } from './decodeCommand';

interface Entry {
  url: string;
  status: number;
  body: string;
  method?: string;
  mimeType?: string;
  resourceType?: string;
  headers?: Record<string, string>;
  /** Seconds after 10:00:00. */
  at?: number;
}

function har(entries: Entry[]): string {
  return JSON.stringify({
    log: {
      entries: entries.map((e) => ({
        startedDateTime: new Date(Date.parse('2026-06-23T10:00:00.000Z') + (e.at ?? 0) * 1000),
        time: 100,
        ...(e.resourceType === undefined ? {} : { _resourceType: e.resourceType }),
        request: { method: e.method ?? 'GET', url: e.url, headers: [] },
        response: {
          status: e.status,
          headers: Object.entries(e.headers ?? {}).map(([name, value]) => ({ name, value })),
          content: { mimeType: e.mimeType ?? 'application/json', text: e.body },
        },
      })),
    },
  });
}

const batch = JSON.stringify([
  { jsonrpc: '2.0', error: { code: -32601, message: 'Method not found' }, id: 1 },
  { jsonrpc: '2.0', error: { code: -32602, message: 'Invalid params' }, id: 2 },
  { jsonrpc: '2.0', result: 1, id: 3 },
]);

const text = har([
  { url: 'https://a.example.com/ok', status: 200, body: '{"ok":true,"data":{}}' },
  { url: 'https://a.example.com/rpc', status: 200, body: batch, method: 'post' },
  { url: 'http://127.0.0.1:8080/x', status: 404, body: '' },
]);

describe('decodeHar', () => {
  it('keeps only the errors, with their index in log.entries', () => {
    const report = decodeHar(text, { lang: 'en', hosts: [] });
    expect(report.entries).toBe(3);
    expect(report.matched).toBe(3);
    expect(report.rows.map((r) => [r.entry, r.method, r.format, r.code])).toEqual([
      [1, 'POST', 'jsonrpc', -32601],
      [2, 'GET', 'http', null],
    ]);
    expect(report.rows[0]?.batchSize).toBe(2);
  });

  it('filters hosts before decoding and counts what matched', () => {
    const report = decodeHar(text, { lang: 'en', hosts: ['127.0.0.1'] });
    expect(report.matched).toBe(1);
    expect(report.rows.map((r) => r.entry)).toEqual([2]);
  });

  it('gives titles in the chosen language', () => {
    const [en] = decodeHar(text, { lang: 'en', hosts: [] }).rows;
    const [ru] = decodeHar(text, { lang: 'ru', hosts: [] }).rows;
    expect(en?.title).toBe('Method not found');
    expect(ru?.title).toMatch(/[а-я]/i);
  });
});

describe('decodeHar: seed rules end to end', () => {
  it('audits a retry against the documented minimum, not a shorter Retry-After', () => {
    const provider = '{"ok":false,"error":{"code":"provider_error","message":"x"}}';
    const report = decodeHar(
      har([
        {
          url: 'https://p.example.com/x',
          status: 502,
          body: provider,
          headers: { 'Retry-After': '2' },
        },
        { url: 'https://p.example.com/x', status: 200, body: '{"ok":true,"data":{}}', at: 3 },
      ]),
      { lang: 'en', hosts: [] },
    );
    expect(report.rows[0]?.retry).toMatchObject({ advice: 'wait', afterSeconds: 10 });
    expect(report.rows.find((r) => r.entry === 1)?.violations).toEqual([
      { kind: 'retried-too-early', retryOf: 0 },
    ]);
  });
});

describe('one candidate rule for the CLI, live capture and HAR import', () => {
  const page = har([
    { url: 'https://a.example.com/logo.png', status: 404, body: '', resourceType: 'image' },
    { url: 'https://a.example.com/app.css', status: 404, body: '', resourceType: 'stylesheet' },
    { url: 'https://a.example.com/app.js', status: 404, body: '', resourceType: 'script' },
    { url: 'https://a.example.com/font.woff2', status: 404, body: '', resourceType: 'font' },
    { url: 'https://a.example.com/api', status: 404, body: '{}', resourceType: 'fetch' },
    { url: 'https://a.example.com/rpc', status: 200, body: batch, mimeType: 'text/html' },
    { url: 'https://a.example.com/rpc', status: 200, body: batch, resourceType: 'xhr' },
  ]);

  it('skips page resources and non-JSON 2xx, as the panel does', () => {
    const report = decodeHar(page, { lang: 'en', hosts: [] });
    expect(report.rows.map((r) => r.entry)).toEqual([4, 6]);
  });

  it('lists exactly the entries the panel import lists, on every fixture', () => {
    const fixtures = ['sample', 'import', 'retries', 'secrets', 'ambiguous'].map((name) =>
      readFileSync(new URL(`../../test/fixtures/${name}.har`, import.meta.url), 'utf8'),
    );
    for (const text of [page, ...fixtures]) {
      const cli = decodeHar(text, { lang: 'en', hosts: [] })
        .rows.filter((r) => r.format !== null)
        .map((r) => r.url + ' ' + r.status);
      const entries = harEntries(text);
      const imported = entries
        .map((e, i) => importHarEntry(e, -1 - i, { bodyLimit: 1e6, pins: {}, firstId: -1 }))
        .filter((e) => e !== null)
        .map((e) => e.url + ' ' + e.status);
      expect(cli).toEqual(imported);
    }
  });
});

describe('jsonChunks', () => {
  it('writes the document in pieces of about a megabyte that join to one JSON text', () => {
    // 3,000 errors with a 500-character message: ~2.5 MB of output.
    const many = har(
      Array.from({ length: 3000 }, (_, i) => ({
        url: `https://api.example.com/v1/items/${i}`,
        status: 404,
        body: JSON.stringify({ message: `m\u009b${'x'.repeat(500)}` }),
      })),
    );
    const chunks = [...jsonChunks(decodeHar(many, { lang: 'en', hosts: [] }))];
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeLessThan(1.1 * 2 ** 20);
    const text = chunks.join('');
    expect(text.endsWith(']}\n')).toBe(true);
    // The pieces are JSON.stringify's: their writer escapes C1 controls, in one pass.
    expect(text).toContain('\u009b');
    expect(toJson(decodeHar(many, { lang: 'en', hosts: [] }))).toBe(escapeJsonControls(text));
    const doc = JSON.parse(escapeJsonControls(text)) as {
      errors: { entry: number; message: string }[];
    };
    expect(doc.errors.map((e) => e.entry)).toEqual(Array.from({ length: 3000 }, (_, i) => i));
    expect(doc.errors[7]?.message.startsWith('m\u009bx')).toBe(true);
  });

  it('writes an empty list as one piece', () => {
    const none = har([{ url: 'https://api.example.com/ok', status: 200, body: '{}' }]);
    expect([...jsonChunks(decodeHar(none, { lang: 'en', hosts: [] }))]).toEqual([
      '{"errors":[]}\n',
    ]);
  });
});

describe('toJson', () => {
  it('prints the documented fields in a fixed order, without internal ones', () => {
    const doc = JSON.parse(toJson(decodeHar(text, { lang: 'en', hosts: [] }))) as {
      errors: Record<string, unknown>[];
    };
    expect(Object.keys(doc.errors[0] ?? {})).toEqual([
      'entry',
      'url',
      'method',
      'status',
      'format',
      'code',
      'known',
      'title',
      'retry',
      'requestId',
      'violations',
      'message',
      'meaning',
      'action',
      'rateLimit',
      'fieldErrors',
      'notes',
    ]);
    expect(Object.keys(doc)).toEqual(['errors']);
  });

  it('adds the keys of issue 11 at the end of their objects', () => {
    const limitedHar = har([
      {
        url: 'https://a.example.com/v1/items',
        status: 429,
        body: '',
        headers: { 'RateLimit-Policy': '"hour";q=100;w=3600', RateLimit: '"hour";r=0;t=30' },
      },
    ]);
    const doc = JSON.parse(toJson(decodeHar(limitedHar, { lang: 'en', hosts: [] }))) as {
      errors: { retry: object | null; rateLimit: { policies: object[] } | null }[];
    };
    const limited = doc.errors[0];
    expect(limited?.retry).toMatchObject({ afterSeconds: 30, afterSource: 'ratelimit' });
    expect(Object.keys(limited?.retry ?? {})).toEqual([
      'advice',
      'afterSeconds',
      'maxAttempts',
      'schedule',
      'documented',
      'warning',
      'afterSource',
    ]);
    expect(Object.keys(limited?.rateLimit ?? {})).toEqual([
      'limit',
      'remaining',
      'resetAt',
      'resetKind',
      'policies',
    ]);
    expect(Object.keys(limited?.rateLimit?.policies[0] ?? {})).toEqual([
      'source',
      'name',
      'quota',
      'unit',
      'windowSeconds',
      'remaining',
      'resetSeconds',
      'partitionKey',
    ]);
  });
});

describe('toJson: what the panel explains', () => {
  const text = har([
    {
      url: 'https://a.example.com/v1/rates',
      status: 422,
      body: JSON.stringify({
        state: 1,
        message: 'Validation failed',
        result: null,
        error: { code: 'validation_error', details: { amount: ['The amount field is required.'] } },
        meta: { request_id: 'req_1' },
      }),
      headers: { 'X-RateLimit-Limit': '60', 'X-RateLimit-Remaining': '0' },
    },
    {
      url: 'https://a.example.com/v1/sessions',
      status: 504,
      body: JSON.stringify({ success: false, data: null, error: { code: 'BACKEND_TIMEOUT' } }),
    },
    {
      url: 'https://a.example.com/v1/buy',
      method: 'POST',
      status: 502,
      body: JSON.stringify({ ok: false, error: { code: 'gone_fishing' } }),
    },
  ]);
  const errors = (lang: 'en' | 'ru') =>
    (
      JSON.parse(toJson(decodeHar(text, { lang, hosts: [] }))) as {
        errors: Record<string, unknown>[];
      }
    ).errors;

  it('adds message, meaning, action, schedule, rate limit, field errors and notes', () => {
    const [meta, backend, buy] = errors('en');
    expect(meta).toMatchObject({
      message: 'Validation failed',
      meaning: 'Some fields of the request failed validation.',
      action: 'Fix the fields listed in error.details; do not retry as is.',
      rateLimit: { limit: 60, remaining: 0, resetAt: null },
      fieldErrors: [{ field: 'amount', messages: ['The amount field is required.'] }],
      notes: [],
    });
    expect(backend?.['retry']).toEqual({
      advice: 'backoff',
      afterSeconds: null,
      maxAttempts: null,
      schedule: { kind: 'exponential', base: 2 },
      documented: true,
      warning: null,
      afterSource: null,
    });
    expect(buy?.['notes']).toEqual([
      'Code gone_fishing is undocumented: the documentation (ok:false envelope) does not list it.',
    ]);
    expect(buy?.['retry']).toMatchObject({
      advice: 'check-first',
      afterSeconds: 10,
      maxAttempts: 3,
      warning:
        'If this was a purchase or renewal, do not repeat it blindly: check the state and the balance first.',
    });
  });

  it('gives the texts in --lang', () => {
    const [meta, , buy] = errors('ru');
    expect(meta?.['meaning']).toBe('Некоторые поля запроса не прошли проверку.');
    expect(buy?.['notes']).toEqual([
      'Код gone_fishing не описан в документации (формат с полем ok).',
    ]);
    expect((buy?.['retry'] as { warning: string }).warning).toMatch(/^Если это была покупка/);
  });
});

describe('toTable', () => {
  it('keeps the HAR entry index first and adds the retry advice in a few words', () => {
    const text = har([
      { url: 'https://a.example.com/ok', status: 200, body: '{"ok":true,"data":{}}' },
      {
        url: 'https://a.example.com/limited',
        status: 429,
        body: JSON.stringify({ success: false, error: { code: 'RATE_LIMIT_EXCEEDED' } }),
        headers: { 'Retry-After': '20' },
      },
      {
        url: 'https://a.example.com/p',
        status: 502,
        body: JSON.stringify({ ok: false, error: { code: 'provider_error' } }),
      },
      {
        url: 'https://a.example.com/q',
        status: 400,
        body: '{"ok":false,"error":{"code":"invalid_request"}}',
      },
      {
        url: 'https://a.example.com/auth',
        status: 401,
        body: '{"ok":false,"error":{"code":"invalid_token"}}',
      },
      {
        url: 'https://a.example.com/buy',
        method: 'POST',
        status: 502,
        body: '{"ok":false,"error":{}}',
      },
      {
        url: 'https://a.example.com/crash',
        status: 500,
        body: '<html>oops</html>',
        mimeType: 'text/html',
      },
    ]);
    const lines = toTable(decodeHar(text, { lang: 'en', hosts: [] }), false).split('\n');
    const header = lines[0] ?? '';
    expect(header.startsWith('#  METHOD')).toBe(true);
    expect(header.indexOf('RETRY')).toBeGreaterThan(header.indexOf('CODE'));
    const cell = (entry: number) => {
      const line = lines.find((l) => l.startsWith(`${entry} `)) ?? '';
      return line.slice(header.indexOf('RETRY'), header.indexOf('MEANING')).trim();
    };
    expect(cell(1)).toBe('wait 20 s');
    expect(cell(2)).toBe('wait 10 s ×3');
    expect(cell(3)).toBe('no');
    expect(cell(4)).toBe('after auth');
    expect(cell(5)).toBe('check first 10 s ×3');
    expect(cell(6)).toBe('backoff*');
    expect(lines).toContain('* not a documented rule: the documentation gives none for this error');
  });

  it('marks a batch with the count of its other errors', () => {
    const table = toTable(decodeHar(text, { lang: 'en', hosts: [] }), false);
    expect(table).toContain('-32601 (+1)');
    expect(table.trimEnd().split('\n').at(-1)).toBe('2 errors in 3 entries');
  });

  it('prints only the summary when there is no error', () => {
    const report = { rows: [], entries: 1, matched: 0, invalid: [] };
    expect(toTable(report, true)).toBe('0 errors in 1 entry (0 matching --host)\n');
  });
});

describe('summaryLine', () => {
  it('uses the singular for one', () => {
    const report = decodeHar(har([{ url: 'https://x/', status: 500, body: '' }]), {
      lang: 'en',
      hosts: [],
    });
    expect(summaryLine(report, false)).toBe('1 error in 1 entry');
  });
});
