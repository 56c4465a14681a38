import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../core/formats/index';
import { decodeHar as cliDecodeHar } from '../cli/decodeCommand';
import { jsonErrors } from '../cli/decodeJson';
import { decode, decodeHar, decodeHarStream, HarError, loadPack, packs } from './index';

const SAMPLE = readFileSync(new URL('../../test/fixtures/sample.har', import.meta.url), 'utf8');
const RETRIES = readFileSync(new URL('../../test/fixtures/retries.har', import.meta.url), 'utf8');

interface RawEntry {
  startedDateTime: string;
  request: { method: string; url: string; headers: { name: string; value: string }[] };
  response: {
    status: number;
    headers: { name: string; value: string }[];
    content: { text?: string; mimeType?: string };
  };
}

const entries = (text: string) =>
  (JSON.parse(text) as { log: { entries: RawEntry[] } }).log.entries;

describe('decode', () => {
  it('gives for each exchange the object decode --json prints, less entry and violations', () => {
    const cli = jsonErrors(cliDecodeHar(SAMPLE, { lang: 'ru', hosts: [] }));
    const fromLib = entries(SAMPLE).map((e) =>
      decode(
        {
          url: e.request.url,
          method: e.request.method,
          status: e.response.status,
          requestHeaders: e.request.headers,
          responseHeaders: e.response.headers,
          body: e.response.content.text ?? null,
          mimeType: e.response.content.mimeType ?? '',
          // An epoch X-RateLimit-Reset is a wait only against the time of the exchange.
          startedAt: new Date(e.startedDateTime),
        },
        { lang: 'ru' },
      ),
    );
    expect(fromLib.filter((d) => d !== null)).toEqual(
      cli.map(({ entry: _e, violations: _v, ...row }) => row),
    );
    expect(fromLib.filter((d) => d === null)).toHaveLength(2);
  });

  it('takes headers as an object, a base64 body, a Date, and defaults to GET', () => {
    const body = Buffer.from(
      '{"success":false,"data":null,"error":{"code":"RATE_LIMIT_EXCEEDED"}}',
    );
    expect(
      decode({
        url: 'https://api.example.com/v2/sessions',
        status: 429,
        responseHeaders: {
          'Content-Type': 'application/json',
          'Retry-After': ['45'],
          x: undefined,
        },
        body: body.toString('base64'),
        bodyEncoding: 'base64',
        startedAt: new Date('2026-06-23T10:00:00Z'),
      }),
    ).toMatchObject({
      method: 'GET',
      format: 'success-flag',
      code: 'RATE_LIMIT_EXCEEDED',
      retry: { advice: 'wait', afterSeconds: 45 },
    });
  });

  it('returns null for a success and pins a format when asked', () => {
    expect(decode({ url: 'https://a.example/', status: 200, body: '{"ok":true}' })).toBeNull();
    // A body that both ok-flag and success-flag could claim goes to the pinned one.
    const both = { ok: false, success: false, error: { code: 'x', message: 'm' } };
    const exchange = { url: 'https://a.example/', status: 400, body: JSON.stringify(both) };
    const first = decode(exchange)?.format;
    const other = first === 'ok-flag' ? 'success-flag' : 'ok-flag';
    expect(decode(exchange, { pin: other })?.format).toBe(other);
  });

  it('never throws on a hostile body', () => {
    for (const body of ['', '{', '<html>', '\ufeff{"__proto__":{"ok":false}}', null]) {
      expect(() => decode({ url: 'not a url', status: 500, body })).not.toThrow();
    }
  });
});

describe('decodeHar', () => {
  const cli = { errors: jsonErrors(cliDecodeHar(RETRIES, { lang: 'en', hosts: [] })) };

  it('takes text, bytes or the parsed document, with the retry audit', async () => {
    const expected = { ...cli, entries: 14, matched: 14 };
    expect(expected.errors.some((e) => e.violations.length > 0)).toBe(true);
    expect(decodeHar(RETRIES)).toEqual(expected);
    expect(decodeHar(new TextEncoder().encode(RETRIES))).toEqual(expected);
    expect(decodeHar(JSON.parse(RETRIES) as { log: { entries: unknown[] } })).toEqual(expected);
    async function* chunks() {
      const bytes = new TextEncoder().encode(RETRIES);
      for (let i = 0; i < bytes.length; i += 100) yield bytes.subarray(i, i + 100);
    }
    expect(await decodeHarStream(chunks())).toEqual(expected);
  });

  it('filters hosts and speaks Russian when asked', () => {
    const { errors, matched } = decodeHar(SAMPLE, { hosts: ['127.0.0.1'], lang: 'ru' });
    expect(matched).toBe(3);
    expect(errors.map((e) => e.entry)).toEqual([2, 4]);
    expect(errors.every((e) => /[А-Яа-я]/.test(e.title ?? ''))).toBe(true);
  });

  it('throws HarError with a reason for what is not a HAR', async () => {
    const reason = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof HarError ? e.reason : 'other';
      }
      return 'none';
    };
    expect(reason(() => decodeHar('nope'))).toBe('not-json');
    expect(reason(() => decodeHar(new TextEncoder().encode('{"log":{}}')))).toBe('not-har');
    expect(reason(() => decodeHar({ log: {} } as never))).toBe('not-har');
    async function* truncated() {
      yield new TextEncoder().encode('{"log":{"entries":[{}');
    }
    await expect(decodeHarStream(truncated())).rejects.toThrow(HarError);
  });
});

describe('packs', () => {
  it('lists every built-in format with its name, source and code count, read-only', () => {
    expect(packs.map((p) => p.id)).toEqual(FORMATS.map((f) => f.id));
    const okFlag = packs.find((p) => p.id === 'ok-flag');
    expect(okFlag).toEqual({
      id: 'ok-flag',
      name: 'ok:false envelope',
      source: 'seed 000 (proxy API)',
      codes: FORMATS.find((f) => f.id === 'ok-flag')?.catalog.size,
      version: '1.0.0',
      hosts: [],
      origin: 'builtin',
    });
    expect(okFlag?.codes).toBeGreaterThan(3);
    expect(Object.isFrozen(packs) && packs.every(Object.isFrozen)).toBe(true);
  });
});

describe('loadPack', () => {
  const ACME = readFileSync(new URL('../../demo/packs/acme-billing.json', import.meta.url), 'utf8');
  const quota = {
    url: 'https://billing.acme.example/v2/invoices',
    status: 429,
    responseHeaders: { 'content-type': 'application/json' },
    body: '{"fault":{"reason":"QUOTA_EXHAUSTED","text":"Plan limit reached"},"trace":"tr-1"}',
  };

  it('gives a pack that decode and decodeHar use before the built-ins', () => {
    const loaded = loadPack(ACME);
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    expect(loaded.pack.info).toMatchObject({ id: 'acme-billing', codes: 3, origin: 'user' });
    expect(decode(quota)?.format).toBe('http');
    expect(decode(quota, { packs: [loaded.pack], lang: 'ru' })).toMatchObject({
      format: 'acme-billing',
      code: 'QUOTA_EXHAUSTED',
      title: 'Месячная квота исчерпана',
      requestId: 'tr-1',
    });
    const har = readFileSync(new URL('../../test/fixtures/acme.har', import.meta.url), 'utf8');
    expect(decodeHar(har, { packs: [loaded.pack] }).errors[0]?.format).toBe('acme-billing');
  });

  it('refuses an invalid pack with every problem, and a forged one', () => {
    const loaded = loadPack({ id: 'x', name: 'X', version: '1', errorOn2xx: 'no' });
    expect(loaded).toEqual({
      ok: false,
      problems: ['(root): must have "envelope"', '/errorOn2xx: must be true or false'],
    });
    const forged = { info: packs[0] } as never;
    expect(() => decode(quota, { packs: [forged] })).toThrow(TypeError);
  });
});
