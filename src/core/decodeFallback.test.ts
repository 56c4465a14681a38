import { describe, expect, it } from 'vitest';
import { exchange, headers } from '../../test/helpers/exchange';
import { decode } from './decode';

describe('undocumented codes and statuses', () => {
  it('explains an undocumented code by its format status table and says so', () => {
    const d = decode(
      exchange({
        status: 409,
        json: { state: 1, message: 'm', error: { code: 'weird' }, meta: {} },
      }),
    );
    expect(d).toMatchObject({ format: 'state-meta', code: 'weird', known: false });
    expect(d?.retry.advice).toBe('check-first');
    expect(d?.notes.some((n) => n.en.includes('undocumented'))).toBe(true);
    expect(d?.notes.some((n) => n.ru.includes('не описан'))).toBe(true);
  });

  it('knows JSON-RPC -32099..-32000, a range seed 003 documents, by the range text', () => {
    const rpc = (code: number | string) =>
      decode(exchange({ status: 200, json: { jsonrpc: '2.0', error: { code }, id: 1 } }));
    for (const code of [-32000, -32050, -32099, '-32050']) {
      const d = rpc(code);
      expect(d, String(code)).toMatchObject({ code, known: true });
      expect(d?.title.en).toBe('Server error (implementation-defined)');
      expect(d?.retry).toMatchObject({ advice: 'backoff', schedule: { kind: 'exponential' } });
      expect(d?.notes.map((n) => n.en).join(' ')).not.toContain('undocumented');
    }
    // The seed's own custom codes in the range keep their entries.
    expect(rpc(-32001)?.title.en).toBe('Validation error');
    expect(rpc(-32006)?.title.en).toBe('Command execution error');
  });

  it("explains the JSON-RPC specification's wider reserved range, as undocumented", () => {
    const rpc = (code: number | string) =>
      decode(exchange({ status: 200, json: { jsonrpc: '2.0', error: { code }, id: 1 } }));
    for (const code of [-32100, -32768, -32650]) {
      const d = rpc(code);
      expect(d, String(code)).toMatchObject({
        known: false,
        title: { en: 'Reserved JSON-RPC code' },
      });
      expect(d?.notes.map((n) => n.en).join(' ')).toContain(`${code} is undocumented`);
    }
    for (const code of [-32769, -31999, 0, 404, -32050.5, 'abc', '', '-32050x']) {
      expect(rpc(code)?.title.en, String(code)).toBe('Undocumented error');
    }
  });

  it('explains an undocumented code under a 2xx by its format, never as a success', () => {
    const cases = [
      { ok: false, error: { code: 'brand_new', message: 'x' } },
      { ok: false, error: { message: 'no code at all' } },
      { success: false, data: null, error: { code: 'BRAND_NEW' }, meta: {} },
      { jsonrpc: '2.0', error: { code: 42, message: 'x' }, id: 1 },
      { errors: [{ message: 'x', extensions: { code: 'BRAND_NEW' } }] },
    ];
    for (const json of cases) {
      const d = decode(exchange({ status: 200, json }));
      expect(d?.known, JSON.stringify(json)).toBe(false);
      expect(d?.title.en).toBe('Undocumented error');
      expect(d?.title.ru).toBe('Ошибка, не описанная в документации');
      for (const text of [d?.title, d?.meaning, d?.action]) {
        expect(text?.en).not.toMatch(/success status|reports success/i);
        expect(text?.ru).not.toMatch(/успешн|об успехе/i);
        expect(text?.en).not.toMatch(/fix the request/i);
      }
      expect(d?.retry).toMatchObject({ advice: 'check-first', documented: false });
    }
    const ok = decode(exchange({ status: 200, json: cases[0] }));
    expect(ok?.meaning.en).toContain('(ok: false)');
    expect(ok?.action.en).toContain('error.message');
  });

  it('names the format in the language of the note, never English inside Russian', () => {
    const d = decode(exchange({ status: 400, json: { ok: false, error: { message: 'x' } } }));
    expect(d?.notes[0]).toEqual({
      en: 'The error carries no code (ok:false envelope).',
      ru: 'В ошибке нет кода (формат с полем ok).',
    });
    const meta = { state: 1, message: 'm', result: null, error: { code: 'zzz' }, meta: {} };
    expect(decode(exchange({ status: 400, json: meta }))?.notes[0]?.ru).toBe(
      'Код zzz не описан в документации (формат с полями state и meta).',
    );
  });

  it('never takes prototype keys for catalog entries', () => {
    for (const code of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const d = decode(exchange({ status: 400, json: { ok: false, error: { code } } }));
      expect(d?.known).toBe(false);
    }
  });

  it('claims no status pairing for seeds 000 and 001, whose code tables have none', () => {
    const meta = {
      state: 1,
      message: 'm',
      result: null,
      error: { code: 'validation_error' },
      meta: {},
    };
    const ok = { ok: false, error: { code: 'invalid_token', message: 'm' } };
    for (const [status, json] of [
      [400, meta],
      [403, ok],
    ] as const) {
      const d = decode(exchange({ status, json }));
      expect(d?.known).toBe(true);
      expect(d?.notes).toEqual([]);
    }
  });

  it('notes a code that arrives with another status than documented', () => {
    const d = decode(
      exchange({ status: 400, json: { success: false, error: { code: 'RATE_LIMIT_EXCEEDED' } } }),
    );
    expect(d?.known).toBe(true);
    expect(d?.notes.some((n) => n.en.includes('HTTP 429'))).toBe(true);
  });
});

describe('the http fallback', () => {
  it('explains an HTML error page by its status and says it is not recognized', () => {
    const d = decode(
      exchange({
        status: 502,
        responseHeaders: headers({ 'Content-Type': 'text/html' }),
        body: '<html><h1>502</h1></html>',
      }),
    );
    expect(d).toMatchObject({ format: 'http', code: null, known: false, status: 502 });
    expect(d?.title.en).toBe('Bad gateway');
    expect(d?.notes[0]?.en).toContain('Not recognized');
    expect(d?.httpMeaning.en).toContain('HTTP 502');
  });

  it('keeps a loose message from unrecognized JSON', () => {
    const d = decode(exchange({ status: 500, json: { message: 'boom' } }));
    expect(d).toMatchObject({ format: 'http', message: 'boom' });
  });

  it('takes the request id from X-Request-Id when the body has none', () => {
    const d = decode(
      exchange({ status: 500, responseHeaders: headers({ 'x-request-id': 'abc' }), body: 'x' }),
    );
    expect(d?.requestId).toBe('abc');
  });

  it('says "unavailable", never "empty", for a body the browser did not give', () => {
    const gone = decode(exchange({ status: 400, body: null }));
    expect(gone?.notes[0]?.en).toContain('the body is unavailable');
    expect(gone?.notes[0]?.ru).toContain('недоступно');
    const empty = decode(exchange({ status: 400, body: '' }));
    expect(empty?.notes[0]?.en).toContain('the body is empty');
  });
});
