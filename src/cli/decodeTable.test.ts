import { describe, expect, it } from 'vitest';
import { har, sampleHar as text } from '../../test/helpers/cliHar';
import { decodeHar } from './decodeCommand';
import { summaryLine, toTable } from './decodeTable';

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
