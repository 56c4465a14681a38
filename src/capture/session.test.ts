import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { entry, FakeSeam } from '../../test/fakes/fakeSeam';
import { createAppStore, uiLang, type AppStore } from '../store/appStore';
import { startCapture } from './captureNetwork';
import { startSession } from './session';

const okFalse = JSON.stringify({ ok: false, error: { code: 'invalid_request', message: 'Bad' } });
const rpcError = JSON.stringify({ jsonrpc: '2.0', error: { code: -32601, message: 'x' }, id: 1 });

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

async function settle() {
  // Capture polls the DevTools log for ever: run the clock on, not every timer.
  await vi.advanceTimersByTimeAsync(10_000);
}

describe('startCapture', () => {
  it('decodes errors into the store in one batch', async () => {
    startCapture(seam, store);
    seam.emitRequest(entry('https://api.example.com/a', 400), { text: okFalse, base64: false });
    seam.emitRequest(entry('https://api.example.com/b', 200), { text: rpcError, base64: false });
    expect(store.getState().errors).toHaveLength(0); // batched, not yet flushed
    await settle();
    const errors = store.getState().errors;
    expect(errors.map((e) => e.decoded.format)).toEqual(['ok-flag', 'jsonrpc']);
    expect(errors.map((e) => e.id)).toEqual([1, 2]);
    expect(errors[0]?.respondedAt).toBe(Date.parse('2026-06-23T10:00:00.000Z') + 120);
  });

  it('writes a storm in fewer, larger batches, and goes back to 50 ms once it is over', async () => {
    startCapture(seam, store);
    const writes: number[] = [];
    store.subscribe((s, before) => {
      if (s.errors !== before.errors) writes.push(s.errors.length - before.errors.length);
    });
    const fire = (n: number, from: number) => {
      for (let i = from; i < from + n; i++) {
        seam.emitRequest(entry(`https://api.example.com/${i}`, 400), {
          text: okFalse,
          base64: false,
        });
      }
    };
    fire(100, 0);
    await vi.advanceTimersByTimeAsync(50);
    expect(writes).toEqual([100]);
    // The last batch was a storm's: the next waits 200 ms, not 50.
    fire(10, 100);
    await vi.advanceTimersByTimeAsync(50);
    expect(writes).toEqual([100]);
    fire(10, 110);
    await vi.advanceTimersByTimeAsync(150);
    expect(writes).toEqual([100, 20]);
    // That batch was small: the one after it is written after 50 ms again.
    fire(1, 120);
    await vi.advanceTimersByTimeAsync(50);
    expect(writes).toEqual([100, 20, 1]);
  });

  it('never asks for bodies that cannot be errors, and keeps successes out', async () => {
    startCapture(seam, store);
    seam.emitRequest(entry('https://api.example.com/page', 200, { mimeType: 'text/html' }));
    seam.emitRequest(entry('https://api.example.com/favicon.ico', 404, { resourceType: 'image' }));
    seam.emitRequest(entry('https://api.example.com/ok', 200), {
      text: '{"ok":true}',
      base64: false,
    });
    await settle();
    expect(seam.contentCalls).toBe(1);
    expect(store.getState().errors).toHaveLength(0);
    expect(store.getState().networkSeen).toBe(true);
  });

  it('decodes base64 bodies as UTF-8', async () => {
    startCapture(seam, store);
    const b64 = Buffer.from(
      JSON.stringify({ ok: false, error: { code: 'x', message: 'Ошибка' } }),
    ).toString('base64');
    seam.emitRequest(entry('https://api.example.com/a', 500), { text: b64, base64: true });
    await settle();
    expect(store.getState().errors[0]?.decoded.message).toBe('Ошибка');
    expect(store.getState().errors[0]?.body).toContain('Ошибка');
  });

  it('still lists an error whose body could not be read', async () => {
    startCapture(seam, store);
    seam.emitRequest(entry('https://api.example.com/a', 503), new Error('gone'));
    await settle();
    expect(store.getState().errors[0]?.decoded.format).toBe('http');
  });

  it('captures only watched hosts when some are set', async () => {
    store.getState().updateSettings({ watchedHosts: ['*.example.com'] });
    startCapture(seam, store);
    seam.emitRequest(entry('https://api.example.com/a', 500));
    seam.emitRequest(entry('http://localhost:3000/a', 500));
    await settle();
    expect(store.getState().errors.map((e) => e.host)).toEqual(['api.example.com']);
    expect(seam.contentCalls).toBe(1);
  });

  it('truncates stored bodies past the limit and says so', async () => {
    store.getState().updateSettings({ bodyLimit: 10 });
    startCapture(seam, store);
    seam.emitRequest(entry('https://api.example.com/a', 500), {
      text: 'x'.repeat(50),
      base64: false,
    });
    await settle();
    expect(store.getState().errors[0]).toMatchObject({ bodyTruncated: true, bodySize: 50 });
    expect(store.getState().errors[0]?.body).toHaveLength(10);
  });

  it('clears on navigation unless the log is preserved', async () => {
    startCapture(seam, store);
    seam.emitRequest(entry('https://api.example.com/a', 500));
    await settle();
    seam.navigate();
    expect(store.getState().errors).toHaveLength(0);
    store.getState().updateSettings({ preserveLog: true });
    seam.emitRequest(entry('https://api.example.com/a', 500));
    await settle();
    seam.navigate();
    expect(store.getState().errors).toHaveLength(1);
  });

  it('drops the oldest past maxEntries and counts them', async () => {
    store.getState().updateSettings({ maxEntries: 3 });
    startCapture(seam, store);
    for (let i = 0; i < 5; i++) seam.emitRequest(entry(`https://api.example.com/${i}`, 500));
    await settle();
    const s = store.getState();
    expect(s.errors.map((e) => e.path)).toEqual(['/2', '/3', '/4']);
    expect(s.dropped).toBe(2);
    // Counted among the kept errors: the tally never outgrows the buffer.
    expect(s.hostCounts.get('api.example.com')).toBe(3);
  });

  it('stops listening when stopped', () => {
    const stop = startCapture(seam, store);
    expect(seam.listenerCount).toBe(3);
    stop();
    expect(seam.listenerCount).toBe(0);
  });
});

describe('startSession', () => {
  it('loads stored settings, then persists changes', async () => {
    seam.storage.set('settings', { watchedHosts: ['api.example.com'], preserveLog: 'yes' });
    startSession(seam, store);
    await settle();
    expect(store.getState().settings.watchedHosts).toEqual(['api.example.com']);
    expect(store.getState().settings.preserveLog).toBe(false); // a wrong type is ignored
    store.getState().updateSettings({ preserveLog: true });
    expect(seam.storage.get('settings')).toMatchObject({
      preserveLog: true,
      watchedHosts: ['api.example.com'],
    });
  });

  it('follows the DevTools theme live and the browser language', async () => {
    seam.language = 'ru-RU';
    seam.theme = 'dark';
    startSession(seam, store);
    expect(store.getState().theme).toBe('dark');
    expect(uiLang(store.getState())).toBe('ru');
    seam.changeTheme('default');
    expect(store.getState().theme).toBe('light');
    seam.changeTheme('firebug');
    expect(store.getState().theme).toBe('light');
  });

  it('tears every listener down', async () => {
    const stop = startSession(seam, store);
    await settle();
    stop();
    expect(seam.listenerCount).toBe(0);
  });
});
