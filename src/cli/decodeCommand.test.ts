import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { harEntries } from '../core/har/parseHar';
import { importHarEntry } from '../core/har/importHar';
import { batch, har, sampleHar as text } from '../../test/helpers/cliHar';
import { decodeHar } from './decodeCommand';

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
