import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { entry, FakeSeam } from '../../test/fakes/fakeSeam';
import type { BodyContent, DevtoolsSeam, FinishedEntry } from '../platform/seam';
import { createAppStore, type AppStore } from '../store/appStore';
import { startCapture } from './captureNetwork';

const T0 = Date.parse('2026-06-23T10:00:00.000Z');
const okFalse = (code: string) =>
  ({ text: JSON.stringify({ ok: false, error: { code, message: 'x' } }), base64: false }) as const;
const rateLimited = {
  text: JSON.stringify({ success: false, error: { code: 'RATE_LIMIT_EXCEEDED', message: 'x' } }),
  base64: false,
} as const;

/** A finished entry that started `at` ms after T0 and took 100 ms. */
function at(
  ms: number,
  url: string,
  status: number,
  extra: { method?: string; body?: string; mimeType?: string; resourceType?: string } = {},
  headers: { name: string; value: string }[] = [],
): FinishedEntry {
  const e = entry(url, status, { time: 100, ...extra });
  return {
    ...e,
    startedDateTime: new Date(T0 + ms).toISOString(),
    request: {
      ...e.request,
      ...(extra.body === undefined ? {} : { postData: { text: extra.body } }),
    },
    response: { ...e.response, headers: [...e.response.headers, ...headers] },
  };
}

let store: AppStore;

beforeEach(() => {
  vi.useFakeTimers();
  store = createAppStore();
});

afterEach(() => {
  vi.useRealTimers();
});

// Capture polls the DevTools log for ever: run the clock on, not every timer.
const settle = () => vi.advanceTimersByTimeAsync(10_000);
const kinds = () => store.getState().auditViolations.map((v) => [v.errorId, v.kind, v.retryOf]);

describe('the live retry audit', () => {
  it('flags a repeated 400 on the row and lists it', async () => {
    const seam = new FakeSeam();
    startCapture(seam, store);
    seam.emitRequest(at(0, 'https://api.example.com/a', 400), okFalse('invalid_request'));
    seam.emitRequest(at(1000, 'https://api.example.com/a', 400), okFalse('invalid_request'));
    await settle();
    expect(store.getState().errors.map((e) => e.id)).toEqual([1, 2]);
    expect(store.getState().violationKinds).toEqual({ 2: ['retried-non-retryable'] });
    expect(store.getState().auditViolations[0]).toMatchObject({
      errorId: 2,
      method: 'GET',
      url: 'https://api.example.com/a',
      host: 'api.example.com',
      status: 400,
      startedAt: T0 + 1000,
      kind: 'retried-non-retryable',
      retryOf: 1,
    });
  });

  it('lists a successful retry, whose body it never fetches', async () => {
    const seam = new FakeSeam();
    startCapture(seam, store);
    const retryAfter = [{ name: 'Retry-After', value: '20' }];
    seam.emitRequest(at(0, 'https://api.example.com/limited', 429, {}, retryAfter), rateLimited);
    seam.emitRequest(at(5000, 'https://api.example.com/limited', 200, { mimeType: 'text/html' }));
    await settle();
    expect(seam.contentCalls).toBe(1);
    expect(kinds()).toEqual([[null, 'retried-too-early', 1]]);
    expect(store.getState().violationKinds).toEqual({});
  });

  it('waits for a slow error body before judging its retry', async () => {
    const listeners: ((e: FinishedEntry, c: () => Promise<BodyContent>) => void)[] = [];
    const fake = new FakeSeam();
    const seam: DevtoolsSeam = {
      inspectedTabId: 1,
      onRequestFinished: (l) => (listeners.push(l), () => {}),
      onNavigated: (l) => fake.onNavigated(l),
      getHar: async () => [],
      onWebRequest: () => () => {},
      themeName: () => 'default',
      onThemeChanged: () => () => {},
      uiLanguage: () => 'en',
      storageGet: async () => undefined,
      storageSet: async () => {},
    };
    startCapture(seam, store);
    let release: (b: BodyContent) => void = () => {};
    const slow = new Promise<BodyContent>((resolve) => (release = resolve));
    const emit = (e: FinishedEntry, content: () => Promise<BodyContent>) => {
      for (const l of listeners) l(e, content);
    };
    emit(at(0, 'https://api.example.com/a', 400), () => slow);
    // The retry is no candidate (HTML 200): it is known at once, but must wait for the error.
    emit(at(1000, 'https://api.example.com/a', 200, { mimeType: 'text/html' }), () =>
      Promise.reject(new Error('never asked')),
    );
    await settle();
    expect(kinds()).toEqual([]);
    release(okFalse('invalid_request'));
    await settle();
    expect(kinds()).toEqual([[null, 'retried-non-retryable', 1]]);
  });

  it('flags a blind purchase retry unless another call to the host came in between', async () => {
    const seam = new FakeSeam();
    startCapture(seam, store);
    const post = { method: 'POST', body: '{"sku":"A-1"}' };
    const buy = 'https://api.example.com/buy';
    seam.emitRequest(at(0, buy, 502, post), okFalse('provider_error'));
    seam.emitRequest(at(20_000, buy, 502, post), okFalse('provider_error'));
    seam.emitRequest(at(40_000, 'https://api.example.com/orders', 200, { mimeType: 'text/html' }));
    seam.emitRequest(at(60_000, buy, 502, post), okFalse('provider_error'));
    // Another body is another call.
    seam.emitRequest(at(61_000, buy, 502, { ...post, body: '{"sku":"B-2"}' }));
    await settle();
    expect(kinds()).toEqual([[2, 'blind-retry', 1]]);
  });

  it('ignores static resources and forgets chains on clear and navigation', async () => {
    const seam = new FakeSeam();
    startCapture(seam, store);
    const a = 'https://api.example.com/a';
    const emit = (ms: number) => seam.emitRequest(at(ms, a, 400), okFalse('invalid_request'));
    emit(0);
    seam.emitRequest(at(500, a, 400, { resourceType: 'image' }));
    await settle();
    expect(kinds()).toEqual([]);
    emit(1000);
    await settle();
    expect(kinds()).toEqual([[2, 'retried-non-retryable', 1]]);
    store.getState().clear();
    expect(store.getState().auditViolations).toEqual([]);
    expect(store.getState().violationKinds).toEqual({});
    emit(2000);
    await settle();
    expect(kinds()).toEqual([]);
    seam.navigate();
    emit(3000);
    await settle();
    expect(kinds()).toEqual([]);
    emit(4000);
    await settle();
    expect(kinds()).toEqual([[5, 'retried-non-retryable', 4]]);
  });
});

describe('the audit slice', () => {
  it('keeps the newest 5,000 violations and the badges of those', () => {
    const v = (seq: number) => ({
      seq,
      errorId: seq,
      method: 'GET',
      url: 'https://a/',
      host: 'a',
      status: 400,
      startedAt: seq,
      kind: 'retried-non-retryable' as const,
      retryOf: 0,
    });
    store.getState().addViolations(Array.from({ length: 4999 }, (_, i) => v(i + 1)));
    store.getState().addViolations([v(5000), v(5001), { ...v(5001), kind: 'retried-too-early' }]);
    const s = store.getState();
    expect(s.auditViolations).toHaveLength(5000);
    expect(s.auditViolations[0]?.seq).toBe(3);
    expect(s.violationKinds[1]).toBeUndefined();
    expect(s.violationKinds[5001]).toEqual(['retried-non-retryable', 'retried-too-early']);
  });
});
