import { describe, expect, it } from 'vitest';
import { decodeHar, summaryLine, toJson, toTable } from './decodeCommand';

function har(entries: { url: string; status: number; body: string; method?: string }[]): string {
  return JSON.stringify({
    log: {
      entries: entries.map((e) => ({
        startedDateTime: '2026-06-23T10:00:00.000Z',
        request: { method: e.method ?? 'GET', url: e.url, headers: [] },
        response: {
          status: e.status,
          headers: [],
          content: { mimeType: 'application/json', text: e.body },
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
    ]);
    expect(Object.keys(doc)).toEqual(['errors']);
  });
});

describe('toTable', () => {
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
