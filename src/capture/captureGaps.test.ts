import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { entry, FakeSeam } from '../../test/fakes/fakeSeam';
import type { BodyContent, FinishedEntry, WebRequestEvent } from '../platform/seam';
import { createAppStore, type AppStore } from '../store/appStore';
import { startCapture } from './captureNetwork';

const okFalse: BodyContent = {
  text: JSON.stringify({ ok: false, error: { code: 'invalid_request', message: 'x' } }),
  base64: false,
};
const T0 = Date.parse('2026-06-23T10:00:00.000Z');
const h = (name: string, value: string) => ({ name, value });

/** An entry with overrides of its response and request, starting `ms` after T0. */
function e(
  url: string,
  status: number,
  ms = 0,
  over: {
    response?: Partial<FinishedEntry['response']>;
    request?: Partial<FinishedEntry['request']>;
  } & Partial<Pick<FinishedEntry, '_initiator' | '_resourceType'>> = {},
): FinishedEntry {
  const base = entry(url, status);
  return {
    ...base,
    startedDateTime: new Date(T0 + ms).toISOString(),
    ...(over._initiator === undefined ? {} : { _initiator: over._initiator }),
    ...(over._resourceType === undefined ? {} : { _resourceType: over._resourceType }),
    request: { ...base.request, ...over.request },
    response: { ...base.response, ...over.response },
  };
}

let seam: FakeSeam;
let store: AppStore;

beforeEach(() => {
  vi.useFakeTimers();
  seam = new FakeSeam();
  store = createAppStore();
});

afterEach(() => {
  vi.useRealTimers();
});

const settle = (ms = 10_000) => vi.advanceTimersByTimeAsync(ms);
const rows = () =>
  store.getState().errors.map((r) => ({
    path: r.path,
    method: r.method,
    format: r.decoded.format,
    code: r.decoded.code,
    gap: r.gap,
  }));

/** A body lookup the test resolves by hand, after whatever it wants to happen first. */
function deferred() {
  let resolve: (b: BodyContent | Error) => void = () => {};
  const promise = new Promise<BodyContent>((ok, fail) => {
    resolve = (b) => (b instanceof Error ? fail(b) : ok(b));
  });
  return { promise, resolve };
}

function emitLate(entryValue: FinishedEntry) {
  const d = deferred();
  (
    seam as unknown as { requests: Set<(x: FinishedEntry, c: () => Promise<BodyContent>) => void> }
  ).requests.forEach((l) => l(entryValue, () => d.promise));
  return d;
}

describe('the reload race', () => {
  it("does not add the old page's rows when their bodies arrive after the navigation", async () => {
    startCapture(seam, store);
    const late = Array.from({ length: 40 }, (_, i) =>
      emitLate(e(`https://api.example.com/${i}`, 400)),
    );
    seam.navigate();
    for (const d of late) d.resolve(okFalse);
    await settle();
    expect(store.getState().errors).toEqual([]);
  });

  it('with Preserve log, says "body unavailable" with its reason, never "empty"', async () => {
    store.getState().updateSettings({ preserveLog: true });
    startCapture(seam, store);
    const gone = emitLate(e('https://api.example.com/a', 400, 0, { response: { bodySize: 82 } }));
    const empty = emitLate(e('https://api.example.com/b', 400, 1, { response: { bodySize: 82 } }));
    const kept = emitLate(e('https://api.example.com/c', 400, 2));
    seam.navigate();
    gone.resolve({ text: null, base64: false });
    empty.resolve({ text: '', base64: false }); // Chrome's answer for an evicted body
    kept.resolve(okFalse);
    await settle();
    expect(rows().map((r) => [r.path, r.format, r.gap])).toEqual([
      ['/a', 'http', 'evicted'],
      ['/b', 'http', 'evicted'],
      ['/c', 'ok-flag', null],
    ]);
    for (const row of store.getState().errors.slice(0, 2)) {
      const notes = row.decoded.notes.map((n) => n.en).join(' ');
      expect(notes).toContain('unavailable');
      expect(notes).not.toContain('empty');
    }
  });

  it('says a body that comes back empty, where the browser counted bytes, is unavailable', async () => {
    startCapture(seam, store);
    const worker = {
      response: { bodySize: 86 },
      request: { headers: [h('Referer', 'https://app/sw.js')] },
    };
    seam.emitRequest(e('https://api.example.com/sw', 400, 0, worker), { text: '', base64: false });
    seam.emitRequest(e('https://api.example.com/x', 400, 1, { response: { bodySize: 10 } }), {
      text: '',
      base64: false,
    });
    seam.emitRequest(e('https://api.example.com/none', 400, 2), { text: '', base64: false });
    await settle();
    expect(rows().map((r) => [r.path, r.gap])).toEqual([
      ['/sw', 'service-worker'],
      ['/x', 'unavailable'],
      ['/none', null], // truly empty: nothing was counted
    ]);
  });

  it('marks a body the browser cut short, when what is left no longer decodes', async () => {
    startCapture(seam, store);
    const size = { response: { content: { size: 5000 } } };
    const cut = { text: (okFalse.text ?? '').slice(0, 30), base64: false };
    seam.emitRequest(e('https://api.example.com/cut', 500, 0, size), cut);
    // Whole enough to decode: a size that says more is no news worth a mark.
    seam.emitRequest(e('https://api.example.com/whole', 500, 1, size), okFalse);
    await settle();
    expect(rows()).toMatchObject([
      { path: '/cut', format: 'http', gap: 'truncated' },
      { path: '/whole', format: 'ok-flag', gap: null },
    ]);
  });
});

describe('failures below HTTP', () => {
  it('lists them as network errors without asking for a body', async () => {
    startCapture(seam, store);
    const refused = { response: { status: 0, _error: 'net::ERR_CONNECTION_REFUSED', headers: [] } };
    seam.emitRequest(e('http://127.0.0.1:9/x', 0, 0, refused));
    const aborted = { response: { status: 0, _error: 'net::ERR_ABORTED', headers: [] } };
    seam.emitRequest(e('http://127.0.0.1:9/y', 0, 1, aborted));
    const font = { ...refused, _resourceType: 'font' };
    seam.emitRequest(e('http://127.0.0.1:9/f.woff', 0, 2, font));
    await settle();
    expect(seam.contentCalls).toBe(0);
    expect(rows()).toEqual([
      {
        path: '/x',
        method: 'GET',
        format: 'network',
        code: 'net::ERR_CONNECTION_REFUSED',
        gap: null,
      },
    ]);
  });

  it('folds a failed CORS preflight into the request it guarded, in either order', async () => {
    startCapture(seam, store);
    const origin = [h('Origin', 'http://app.test'), h('Access-Control-Request-Method', 'PUT')];
    const preflight = (ms: number, path = '/orders') =>
      e(`http://api.test${path}`, 204, ms, {
        request: { method: 'OPTIONS', headers: origin },
        response: { headers: [] },
        _resourceType: 'preflight',
      });
    const put = (ms: number, path = '/orders') =>
      e(`http://api.test${path}`, 0, ms, {
        request: { method: 'PUT', headers: [h('Referer', 'http://app.test/')] },
        response: { status: 0, _error: 'net::ERR_FAILED', headers: [] },
      });
    seam.emitRequest(preflight(0));
    seam.emitRequest(put(5));
    seam.emitRequest(put(1000, '/items')); // the request first, its preflight after
    seam.emitRequest(preflight(999, '/items'));
    await settle();
    const list = store.getState().errors;
    expect(list.map((r) => [r.method, r.decoded.code, r.decoded.title.en])).toEqual([
      ['PUT', 'net::ERR_FAILED', 'Blocked by CORS'],
      ['PUT', 'net::ERR_FAILED', 'Blocked by CORS'],
    ]);
    expect(list[0]?.decoded.meaning.en).toMatch(/preflight \(OPTIONS\) was answered without/);
    expect(store.getState().auditViolations).toEqual([]); // preflights are no retries
  });

  it('lists the request a lone failed preflight blocked, as Firefox records only the OPTIONS', async () => {
    startCapture(seam, store);
    seam.emitRequest(
      e('http://api.test/orders', 404, 0, {
        request: {
          method: 'OPTIONS',
          headers: [h('Origin', 'http://app.test'), h('Access-Control-Request-Method', 'DELETE')],
        },
      }),
    );
    await settle();
    expect(rows()).toMatchObject([
      { method: 'DELETE', format: 'network', code: 'CORSPreflightDidNotSucceed' },
    ]);
  });

  it('names a Firefox status 0 with the error the webRequest listener saw', async () => {
    startCapture(seam, store);
    seam.emitRequest(e('http://127.0.0.1:9/x', 0, 0, { response: { status: 0, headers: [] } }));
    seam.emitWebRequest(event('http://127.0.0.1:9/x', 0, 0, 'NS_ERROR_CONNECTION_REFUSED'));
    await settle();
    expect(rows()).toMatchObject([{ code: 'NS_ERROR_CONNECTION_REFUSED', gap: null }]);
  });
});

function event(
  url: string,
  status: number,
  ms: number,
  error: string | null = null,
): WebRequestEvent {
  return {
    url,
    method: 'GET',
    status,
    responseHeaders: [h('Content-Type', 'application/json')],
    error,
    startedAt: T0 + ms,
    endedAt: T0 + ms + 100,
  };
}

describe("other extensions' requests", () => {
  const initiator = {
    type: 'script',
    stack: { callFrames: [{ url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/bg.js' }] },
  };

  it('are marked when Chrome hides their initiator (null), as it does for extensions', async () => {
    startCapture(seam, store);
    seam.emitRequest(e('https://api.example.com/x', 400, 0, { _initiator: null }), okFalse);
    seam.emitRequest(
      e('https://api.example.com/y', 400, 1, { _initiator: { type: 'script' } }),
      okFalse,
    );
    await settle();
    expect(store.getState().errors.map((r) => r.byExtension)).toEqual([true, false]);
  });

  it('are marked, and left out of the retry audit unless asked for', async () => {
    startCapture(seam, store);
    seam.emitRequest(e('https://api.example.com/icon', 400, 0, { _initiator: initiator }), okFalse);
    seam.emitRequest(
      e('https://api.example.com/icon', 400, 1000, { _initiator: initiator }),
      okFalse,
    );
    await settle();
    expect(store.getState().errors.map((r) => r.byExtension)).toEqual([true, true]);
    expect(store.getState().auditViolations).toEqual([]);

    store.getState().updateSettings({ auditExtensions: true });
    seam.emitRequest(
      e('https://api.example.com/icon', 400, 2000, { _initiator: initiator }),
      okFalse,
    );
    seam.emitRequest(
      e('https://api.example.com/icon', 400, 3000, { _initiator: initiator }),
      okFalse,
    );
    await settle();
    expect(store.getState().auditViolations.map((v) => v.kind)).toEqual(['retried-non-retryable']);
  });
});

describe('retry chains and page loads', () => {
  it('never links an error to a request of the next page load, Preserve log or not', async () => {
    store.getState().updateSettings({ preserveLog: true });
    startCapture(seam, store);
    seam.emitRequest(e('https://api.example.com/a', 400, 0), okFalse);
    await settle();
    seam.navigate();
    seam.emitRequest(e('https://api.example.com/a', 400, 2000), okFalse);
    await settle();
    expect(store.getState().errors).toHaveLength(2);
    expect(store.getState().auditViolations).toEqual([]);
  });
});

describe('what DevTools never delivered', () => {
  it('backfills what the log held before our page listened, without listing it twice', async () => {
    const early = e('https://api.example.com/early', 401);
    const firefoxStyle = e('https://api.example.com/ff', 500, 5);
    const inFlight = e('https://api.example.com/wait', 0, 6, {
      response: { status: 0, headers: [] },
    });
    seam.harLog = [
      { entry: early, content: async () => okFalse },
      { entry: firefoxStyle, content: null },
      { entry: inFlight, content: null },
    ];
    startCapture(seam, store);
    await settle(100);
    seam.emitRequest(early, okFalse); // its live twin, finished between subscribe and getHAR
    await settle();
    expect(rows().map((r) => [r.path, r.format, r.gap])).toEqual(
      expect.arrayContaining([
        ['/early', 'ok-flag', null],
        ['/ff', 'http', 'devtools-late'],
      ]),
    );
    expect(rows()).toHaveLength(2);
  });

  it('lists an error response whose body the page never read, and replaces it once read', async () => {
    startCapture(seam, store);
    const unread = e('https://api.example.com/unread', 500, 0);
    await settle(100);
    seam.harLog = [{ entry: unread, content: null }];
    await settle(3_400); // one poll (at 3 s): a suspect only
    expect(rows()).toEqual([]);
    await settle(3_000); // still unfinished at the next poll (6 s): never read
    expect(rows()).toMatchObject([{ path: '/unread', format: 'http', gap: 'not-read' }]);
    const id = store.getState().errors[0]?.id;
    seam.emitRequest(unread, okFalse); // the page read it after all
    await settle();
    expect(rows()).toMatchObject([{ path: '/unread', format: 'ok-flag', gap: null }]);
    expect(store.getState().errors[0]?.id).toBe(id);
  });

  it('stops polling a log too long to read, says so, and starts again after a navigation', async () => {
    startCapture(seam, store);
    await settle(100);
    const calls = seam.harCalls;
    seam.harLog = Array.from({ length: 2_001 }, (_, i) => ({
      entry: e(`https://api.example.com/ok/${i}`, 200),
      content: null,
    }));
    await settle(3_000); // the poll at 3 s reads 2,001 entries
    expect(store.getState().harPollPaused).toBe(2_001);
    await settle(30_000);
    expect(seam.harCalls).toBe(calls + 1);
    seam.harLog = [];
    seam.navigate();
    expect(store.getState().harPollPaused).toBe(0);
    await settle(3_000);
    expect(seam.harCalls).toBe(calls + 2);
  });

  it('lists what only the webRequest listener saw, with its reason, and no more polls', async () => {
    vi.setSystemTime(T0);
    seam.granted = true;
    startCapture(seam, store);
    await settle(100);
    expect(store.getState().webRequestOn).toBe(true);
    const calls = seam.harCalls;
    seam.emitWebRequest(event('https://api.example.com/seen', 200, 0)); // delivered below
    seam.emitRequest(e('https://api.example.com/seen', 200), {
      text: '{"ok":true}',
      base64: false,
    });
    seam.emitWebRequest(event('https://api.example.com/missing', 502, 10_000));
    seam.emitWebRequest(event('https://api.example.com/json', 200, 20_000));
    await settle();
    expect(rows()).toMatchObject([
      { path: '/missing', format: 'http', gap: 'not-read' },
      // A JSON 200 may have carried an error envelope: listed, its outcome unknown.
      { path: '/json', format: 'http', gap: 'not-read' },
    ]);
    expect(store.getState().errors[1]?.decoded.title.en).toBe('Outcome unknown');
    expect(seam.harCalls).toBe(calls);
  });

  it('says a request that ended before DevTools opened came too early', async () => {
    vi.setSystemTime(T0);
    seam.granted = true;
    startCapture(seam, store);
    seam.emitWebRequest(event('https://api.example.com/before', 429, -60_000));
    await settle();
    expect(rows()).toMatchObject([{ path: '/before', gap: 'devtools-late' }]);
  });
});

describe('responses sent without Content-Type', () => {
  it('fetches a 200 Chrome labels x-unknown and decodes the envelope it holds', async () => {
    startCapture(seam, store);
    const b64 = Buffer.from(okFalse.text ?? '').toString('base64');
    const noType = e('https://api.example.com/n', 200, 0, {
      response: { headers: [], content: { mimeType: 'x-unknown' } },
    });
    seam.emitRequest(noType, { text: b64, base64: true });
    await settle();
    expect(rows()).toMatchObject([{ format: 'ok-flag', code: 'invalid_request' }]);
  });
});

describe('what the listener saw fail', () => {
  it('lists no row for a request that was only cancelled', async () => {
    vi.setSystemTime(T0);
    seam.granted = true;
    startCapture(seam, store);
    seam.emitWebRequest(event('https://api.example.com/gone', 0, 10, 'NS_BINDING_ABORTED'));
    seam.emitWebRequest(
      event('https://api.example.com/down', 0, 20, 'NS_ERROR_CONNECTION_REFUSED'),
    );
    await settle();
    expect(rows()).toMatchObject([{ path: '/down', format: 'network', gap: 'unavailable' }]);
  });
});
