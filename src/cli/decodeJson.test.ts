import { describe, expect, it } from 'vitest';
import { escapeJsonControls } from '../core/text/controlChars';
import { har, sampleHar as text } from '../../test/helpers/cliHar';
import { decodeHar } from './decodeCommand';
import { jsonChunks, toJson } from './decodeJson';

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
