import { describe, expect, it } from 'vitest';
import { decodeHar } from './decodeCommand';
import { reportFromHar } from './reportCommand';

const PAGE = 'http://127.0.0.1:5174';
const API = 'http://localhost:5174/api';
const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/background.js';

type Header = { name: string; value: string };
interface Spec {
  url: string;
  method?: string;
  status: number;
  at: number;
  error?: string;
  reqHeaders?: Header[];
  resHeaders?: Header[];
  text?: string;
  initiator?: unknown;
  pageref?: string;
}

const h = (name: string, value: string): Header => ({ name, value });

function har(specs: Spec[]): string {
  const t0 = Date.parse('2026-06-23T10:00:00Z');
  return JSON.stringify({
    log: {
      entries: specs.map((s) => ({
        startedDateTime: new Date(t0 + s.at).toISOString(),
        time: 10,
        ...(s.pageref ? { pageref: s.pageref } : {}),
        ...(s.initiator ? { _initiator: s.initiator } : {}),
        request: { method: s.method ?? 'GET', url: s.url, headers: s.reqHeaders ?? [] },
        response: {
          status: s.status,
          headers: s.resHeaders ?? [],
          content: { mimeType: 'application/json', ...(s.text ? { text: s.text } : {}) },
          ...(s.error ? { _error: s.error } : {}),
        },
      })),
    },
  });
}

const refused: Spec = { url: `${API}/a`, status: 0, at: 0, error: 'net::ERR_CONNECTION_REFUSED' };
const preflight: Spec = {
  url: `${API}/orders`,
  method: 'OPTIONS',
  status: 204,
  at: 1000,
  reqHeaders: [h('Origin', PAGE), h('Access-Control-Request-Method', 'PUT')],
};
const guarded: Spec = {
  url: `${API}/orders`,
  method: 'PUT',
  status: 0,
  at: 1005,
  error: 'net::ERR_FAILED',
  reqHeaders: [h('Referer', `${PAGE}/`)],
};

describe('decode and report: failures below HTTP', () => {
  const text = har([refused, preflight, guarded]);

  it('lists status-0 failures as network errors, and folds the CORS preflight away', () => {
    const rows = decodeHar(text, { lang: 'en', hosts: [] }).rows;
    expect(rows.map((r) => [r.entry, r.method, r.status, r.format, r.code])).toEqual([
      [0, 'GET', 0, 'network', 'net::ERR_CONNECTION_REFUSED'],
      [2, 'PUT', 0, 'network', 'net::ERR_FAILED'],
    ]);
    expect(rows[1]?.title).toBe('Blocked by CORS');
    expect(decodeHar(text, { lang: 'ru', hosts: [] }).rows[0]?.title).toBe('В соединении отказано');
  });

  it('has a report for every row it lists, and says where a preflight went', () => {
    for (const row of decodeHar(text, { lang: 'en', hosts: [] }).rows) {
      const report = reportFromHar(text, { entry: row.entry, lang: 'en', curl: false });
      expect(report.ok, `entry ${row.entry}`).toBe(true);
      if (report.ok) expect(report.text).toContain(String(row.code));
    }
    expect(reportFromHar(text, { entry: 1, lang: 'en', curl: false })).toEqual({
      ok: false,
      reason: 'entry 1 is a CORS preflight, folded into entry 2',
    });
  });

  it('folds a preflight recorded just after its failed request (Firefox), when streaming', () => {
    const text2 = har([
      { ...guarded, at: 995 },
      { ...preflight, at: 1000 },
    ]);
    const rows = decodeHar(text2, { lang: 'en', hosts: [] }).rows;
    expect(rows.map((r) => [r.entry, r.method, r.code, r.title])).toEqual([
      [0, 'PUT', 'net::ERR_FAILED', 'Blocked by CORS'],
    ]);
    expect(rows[0]?.notes.join(' ')).toContain('Its CORS preflight (OPTIONS, HTTP 204)');
    expect(reportFromHar(text2, { entry: 1, lang: 'en', curl: false })).toEqual({
      ok: false,
      reason: 'entry 1 is a CORS preflight, folded into entry 0',
    });
  });

  it("lists a Firefox HAR's lone failed preflight as the request it blocked", () => {
    const lone = har([{ ...preflight, status: 404 }]);
    const [row] = decodeHar(lone, { lang: 'en', hosts: [] }).rows;
    expect(row).toMatchObject({ entry: 0, method: 'PUT', code: 'CORSPreflightDidNotSucceed' });
    const report = reportFromHar(lone, { entry: 0, lang: 'en', curl: false });
    expect(report.ok && report.text).toContain('`CORSPreflightDidNotSucceed`');
  });

  it('reports a successful retry that decode lists for the rule it broke', () => {
    const err = { url: `${API}/b`, status: 400, at: 0, text: '{"ok":false,"error":{"code":"x"}}' };
    const text2 = har([err, { ...err, at: 2000, status: 200, text: '{"ok":true}' }]);
    const rows = decodeHar(text2, { lang: 'en', hosts: [] }).rows;
    expect(rows.map((r) => [r.entry, r.format])).toEqual([
      [0, 'ok-flag'],
      [1, null],
    ]);
    const report = reportFromHar(text2, { entry: 1, lang: 'en', curl: false });
    expect(report.ok && report.text).toContain('`retried-non-retryable` (#0)');
  });
});

describe('decode: the retry audit', () => {
  const err = { url: `${API}/c`, status: 400, text: '{"ok":false,"error":{"code":"x"}}' };

  it('does not link requests across a page reload (HAR pageref)', () => {
    const sameLoad = har([
      { ...err, at: 0, pageref: 'page_1' },
      { ...err, at: 3000, pageref: 'page_1' },
    ]);
    const reloaded = har([
      { ...err, at: 0, pageref: 'page_1' },
      { ...err, at: 3000, pageref: 'page_2' },
    ]);
    const kinds = (t: string) =>
      decodeHar(t, { lang: 'en', hosts: [] }).rows.flatMap((r) => r.violations.map((v) => v.kind));
    expect(kinds(sameLoad)).toEqual(['retried-non-retryable']);
    expect(kinds(reloaded)).toEqual([]);
  });

  it("leaves other extensions' requests out of it, but still lists their errors", () => {
    const initiator = { type: 'script', stack: { callFrames: [{ url: EXT, lineNumber: 1 }] } };
    const text = har([
      { ...err, at: 0, initiator },
      { ...err, at: 3000, initiator },
    ]);
    const rows = decodeHar(text, { lang: 'en', hosts: [] }).rows;
    expect(rows).toHaveLength(2);
    expect(rows.flatMap((r) => r.violations)).toEqual([]);
  });
});
