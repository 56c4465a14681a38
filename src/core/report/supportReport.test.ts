import { describe, expect, it } from 'vitest';
import { exchange, headers } from '../../../test/helpers/exchange';
import { decode } from '../decode';
import type { Exchange } from '../types';
import { codeSpan, supportReport } from './supportReport';

function input(ex: Exchange) {
  const decoded = decode(ex);
  if (decoded === null) throw new Error('not an error');
  return { ...ex, decoded };
}

const stateMeta = exchange({
  url: 'https://api.example.com/v1/exchanges?api_key=SECRET1&page=2',
  method: 'POST',
  status: 401,
  startedAt: Date.parse('2026-06-23T10:00:00Z'),
  requestHeaders: headers({ Authorization: 'Bearer SECRET2' }),
  responseHeaders: headers({ 'Content-Type': 'application/json', 'X-Request-Id': 'req_01J' }),
  json: {
    state: 1,
    message: 'Invalid token eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
    result: null,
    error: { code: 'invalid_token', details: null },
    meta: { request_id: 'req_01J', timestamp: '2026-06-23T10:00:00+00:00' },
  },
});

describe('supportReport', () => {
  it('lists what seed 001 asks support to be given, as Markdown', () => {
    const report = supportReport(input(stateMeta), 'en');
    expect(report).toBe(
      [
        '## API error report',
        '',
        '- **Request ID (X-Request-Id):** `req_01J`',
        '- **Endpoint:** `https://api.example.com/v1/exchanges?api_key=[REDACTED]&page=2`',
        '- **HTTP method:** `POST`',
        '- **Request time (UTC):** `2026-06-23T10:00:00.000Z`',
        '- **HTTP status:** `401`',
        '- **error.code:** `invalid_token`',
        '- **Format:** state/meta envelope (`state-meta`)',
        '- **Decoded as:** Invalid or disabled token',
        '- **Server message:** `Invalid token [REDACTED]`',
        "- **API key name:** [fill in the key's name — never the token itself]",
        '',
        '_Tokens, keys, cookies and passwords are replaced by [REDACTED]._',
        '',
      ].join('\n'),
    );
  });

  it('speaks Russian, labels and placeholder included', () => {
    const report = supportReport(input(stateMeta), 'ru');
    expect(report).toContain('## Отчёт об ошибке API');
    expect(report).toContain('- **ID запроса (X-Request-Id):** `req_01J`');
    expect(report).toContain('- **HTTP-статус:** `401`');
    expect(report).toContain(
      '- **Название API-ключа:** [впишите название ключа — но не сам токен]',
    );
    expect(report).not.toMatch(/Request ID|HTTP method|Decoded as|API key name/);
    expect(report).not.toContain('SECRET');
  });

  it('says what is missing: no request id, no code, no time', () => {
    const ex = exchange({ status: 500, body: 'oops', mimeType: 'text/plain', startedAt: 0 });
    const report = supportReport(input(ex), 'en');
    expect(report).toContain('- **Request ID (X-Request-Id):** not sent');
    expect(report).toContain('- **error.code:** none');
    expect(report).toContain('- **Request time (UTC):** unknown');
    expect(report).toContain('- **Format:** HTTP status only');
    expect(supportReport(input(ex), 'ru')).toContain('- **error.code:** нет');
  });

  it("prints the X-Request-Id header and the body's meta.request_id each under its own name", () => {
    const both = { ...stateMeta, responseHeaders: headers({ 'X-Request-Id': 'hdr-9' }) };
    const report = supportReport(input(both), 'en');
    expect(report).toContain('- **Request ID (X-Request-Id):** `hdr-9`\n');
    expect(report).toContain('- **Request ID in the body (meta.request_id):** `req_01J`\n');
    const bodyOnly = { ...stateMeta, responseHeaders: [] };
    const onlyBody = supportReport(input(bodyOnly), 'en');
    expect(onlyBody).toContain('- **Request ID (X-Request-Id):** not sent\n');
    expect(onlyBody).toContain('- **Request ID in the body (meta.request_id):** `req_01J`\n');
    expect(supportReport(input(bodyOnly), 'ru')).toContain(
      '- **ID запроса в теле ответа (meta.request_id):** `req_01J`\n',
    );
  });

  it('names the format in Russian in the Russian report', () => {
    const report = supportReport(input(stateMeta), 'ru');
    expect(report).toContain('- **Формат:** формат с полями state и meta (`state-meta`)');
    expect(report).not.toContain('envelope');
  });

  it('falls back to an X-Request-Id the client sent', () => {
    const ex = exchange({ status: 503, requestHeaders: headers({ 'X-Request-Id': 'client-1' }) });
    expect(supportReport(input(ex), 'en')).toContain('`client-1`');
  });

  it('keeps a hostile server message on one line, inside one code span, and short', () => {
    const ex = exchange({
      status: 400,
      json: { ok: false, error: { code: 'x', message: '``a``\n## injected\n' + 'z'.repeat(5000) } },
    });
    const report = supportReport(input(ex), 'en');
    const line = report.split('\n').find((l) => l.includes('Server message')) ?? '';
    expect(line).toMatch(/^- \*\*Server message:\*\* ``` ``a`` ## injected z+… ```$/);
    expect(line.length).toBeLessThan(1100);
    expect(report).not.toMatch(/^## injected/m);
  });
});

describe('codeSpan', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(codeSpan('a')).toBe('`a`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
  });
});
