import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeHarEntries,
  firstImportId,
  importPercent,
  runHarImport,
  type HarImportMessage,
  type HarImportOptions,
} from './importHar';
import { harEntries } from './parseHar';

const FIXTURE = readFileSync(
  join(import.meta.dirname, '../../../test/fixtures/import.har'),
  'utf8',
);
const OPTIONS: HarImportOptions = { bodyLimit: 256 * 1024, pins: {}, firstId: -1 };

const har = (entries: unknown[]) => JSON.stringify({ log: { version: '1.2', entries } });
const errorEntry = (status: number, json: unknown, url = 'https://api.example.com/x') => ({
  startedDateTime: '2026-06-23T10:00:00.000Z',
  time: 10,
  request: { method: 'GET', url, headers: [] },
  response: {
    status,
    headers: [],
    content: { mimeType: 'application/json', text: JSON.stringify(json) },
  },
});

async function run(text: string, options: Partial<HarImportOptions> = {}) {
  const messages: HarImportMessage[] = [];
  await runHarImport({ text: async () => text }, { ...OPTIONS, ...options }, (m) => {
    messages.push(m);
  });
  return messages;
}

describe('firstImportId', () => {
  it('starts below every id in the store, and never at a live (positive) id', () => {
    expect(firstImportId([])).toBe(-1);
    expect(firstImportId([{ id: 1 }, { id: 2 }, { id: 3 }])).toBe(-1);
    expect(firstImportId([{ id: 7 }, { id: -5 }, { id: -2 }])).toBe(-6);
  });
});

describe('decodeHarEntries', () => {
  it('decodes the errors of every format, marks them imported, and leaves successes out', () => {
    const errors = [...decodeHarEntries(harEntries(FIXTURE), OPTIONS)].flatMap((s) => s.errors);
    expect(errors.map((e) => [e.decoded.format, e.decoded.code])).toEqual([
      ['ok-flag', 'provider_error'],
      ['state-meta', 'validation_error'],
      ['success-flag', 'RATE_LIMIT_EXCEEDED'],
      ['jsonrpc', -32601],
      ['numeric-code', 1001], // a base64 body
      ['problem-json', 'https://example.com/probs/out-of-credit'],
      ['graphql', 'UNAUTHENTICATED'],
      ['http', null],
    ]);
    expect(errors.every((e) => e.imported)).toBe(true);
    expect(errors.map((e) => e.id)).toEqual([-1, -2, -3, -4, -5, -6, -7, -8]);
    // A 404 image is not an API error, as in live capture.
    expect(errors.some((e) => e.url.endsWith('.png'))).toBe(false);
  });

  it('keeps what live capture keeps: request body, response end, host and path', () => {
    const [, validation] = [...decodeHarEntries(harEntries(FIXTURE), OPTIONS)].flatMap(
      (s) => s.errors,
    );
    expect(validation).toMatchObject({
      method: 'POST',
      host: '127.0.0.1:8080',
      path: '/api/v1/exchanges',
      status: 422,
      requestBody: '{"amount": null}',
      startedAt: Date.parse('2026-06-23T10:00:02.000Z'),
      respondedAt: Date.parse('2026-06-23T10:00:02.000Z') + 42,
    });
  });

  it('reports progress in steps of entries, with the errors of each step', () => {
    const steps = [...decodeHarEntries(harEntries(FIXTURE), { ...OPTIONS, entriesPerStep: 5 })];
    expect(steps.map((s) => [s.done, s.total, s.errors.length])).toEqual([
      [5, 12, 4],
      [10, 12, 4],
      [12, 12, 0],
    ]);
  });

  it('applies per-host pins and the body limit', () => {
    const body = { state: 1, message: 'x', result: null, error: { code: 1001 }, meta: {} };
    const entries = [errorEntry(400, body, 'https://pinned.example/a')];
    const [plain] = [...decodeHarEntries(entries, OPTIONS)].flatMap((s) => s.errors);
    const [pinned] = [
      ...decodeHarEntries(entries, {
        ...OPTIONS,
        bodyLimit: 10,
        pins: { 'pinned.example': 'numeric-code' },
      }),
    ].flatMap((s) => s.errors);
    expect(plain?.decoded.format).toBe('state-meta');
    expect(pinned?.decoded.format).toBe('numeric-code');
    expect(pinned).toMatchObject({ bodyTruncated: true, body: JSON.stringify(body).slice(0, 10) });
  });

  it('turns hostile entries into nothing, never an exception', () => {
    const entries = [null, 5, 'x', { request: [], response: { status: '500' } }, {}];
    expect([...decodeHarEntries(entries, OPTIONS)].flatMap((s) => s.errors)).toEqual([]);
  });
});

describe('runHarImport', () => {
  it('reports the phases, each step and a summary', async () => {
    const messages = await run(FIXTURE, { entriesPerStep: 100 });
    expect(messages.map((m) => m.type)).toEqual(['phase', 'phase', 'step', 'done']);
    expect(messages.at(-1)).toEqual({
      type: 'done',
      entries: 12,
      errors: 8,
      skipped: 0,
      firstSkipped: [],
    });
  });

  it('says why a file is not a HAR', async () => {
    expect((await run('nope')).at(-1)).toEqual({ type: 'failed', reason: 'not-json' });
    expect((await run('{"log":{}}')).at(-1)).toEqual({ type: 'failed', reason: 'not-har' });
    const messages: HarImportMessage[] = [];
    await runHarImport(
      { text: () => Promise.reject(new Error('gone')) },
      OPTIONS,
      (m) => void messages.push(m),
    );
    expect(messages.at(-1)).toEqual({ type: 'failed', reason: 'read-failed' });
  });

  it('an empty HAR imports nothing and says so', async () => {
    expect((await run(har([]))).at(-1)).toEqual({
      type: 'done',
      entries: 0,
      errors: 0,
      skipped: 0,
      firstSkipped: [],
    });
  });

  it('stops without a summary once aborted', async () => {
    const controller = new AbortController();
    const messages: HarImportMessage[] = [];
    await runHarImport(
      { text: async () => FIXTURE },
      { ...OPTIONS, entriesPerStep: 2 },
      (m) => {
        messages.push(m);
        if (m.type === 'step') controller.abort();
      },
      controller.signal,
    );
    expect(messages.map((m) => m.type)).toEqual(['phase', 'phase', 'step']);
  });

  it('gives a progress that only grows, from 0 to 100', async () => {
    const percents = (await run(FIXTURE, { entriesPerStep: 3 })).map(importPercent);
    expect(percents[0]).toBe(0);
    expect(percents.at(-1)).toBe(100);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
  });
});
