import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { entry, FakeSeam } from '../../test/fakes/fakeSeam';
import type { LoggedEntry } from '../platform/seam';
import { createAppStore, type AppStore } from '../store/appStore';
import { MAX_POLLED_ENTRIES, startHarWatch, type HarWatch } from './harWatch';

const POLL_MS = 3_000;

let seam: FakeSeam;
let store: AppStore;
let paused: number[];
let unread: string[];
let watch: HarWatch;

/** A log of `n` finished 200s: nothing to report, only its length counts. */
const logOf = (n: number): LoggedEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    entry: entry(`https://api.example.com/${i}`, 200),
    content: null,
  }));

beforeEach(async () => {
  vi.useFakeTimers();
  seam = new FakeSeam();
  store = createAppStore();
  paused = [];
  unread = [];
  watch = startHarWatch(seam, store, {
    pollMs: POLL_MS,
    backfill: () => {},
    unread: (e) => unread.push(e.request.url),
    paused: (length) => paused.push(length),
  });
  await vi.advanceTimersByTimeAsync(0); // the backfill's getHAR
});

afterEach(() => {
  watch.stop();
  vi.useRealTimers();
});

/** getHAR() calls after the backfill's. */
const polls = () => seam.harCalls - 1;

describe('getHAR polling', () => {
  it('polls every 3 s while the log is short', async () => {
    seam.harLog = logOf(MAX_POLLED_ENTRIES);
    await vi.advanceTimersByTimeAsync(3 * POLL_MS + 10);
    expect(polls()).toBe(3);
    expect(paused).toEqual([]);
  });

  it('stops once the log is longer than it may read, and starts again after a navigation', async () => {
    seam.harLog = logOf(MAX_POLLED_ENTRIES + 1);
    await vi.advanceTimersByTimeAsync(POLL_MS + 10);
    expect(polls()).toBe(1);
    expect(paused).toEqual([MAX_POLLED_ENTRIES + 1]);
    await vi.advanceTimersByTimeAsync(10 * POLL_MS);
    expect(polls()).toBe(1);

    seam.harLog = logOf(3); // a navigation cleared DevTools' log
    watch.navigated();
    await vi.advanceTimersByTimeAsync(2 * POLL_MS + 10);
    expect(polls()).toBe(3);
    expect(paused).toHaveLength(1);
  });

  it('stops without reading the log once as many requests as that were delivered', async () => {
    seam.harLog = logOf(5); // never read: the deliveries alone say the log is too long
    for (let i = 0; i <= MAX_POLLED_ENTRIES; i++) {
      watch.delivered(entry(`https://api.example.com/burst/${i}`, 200));
    }
    await vi.advanceTimersByTimeAsync(POLL_MS + 10);
    expect(polls()).toBe(0);
    expect(paused).toEqual([MAX_POLLED_ENTRIES + 1]);
  });

  it('counts from zero again after a navigation', async () => {
    for (let i = 0; i < MAX_POLLED_ENTRIES; i++) {
      watch.delivered(entry(`https://api.example.com/a/${i}`, 200));
    }
    watch.navigated();
    watch.delivered(entry('https://api.example.com/after', 200));
    await vi.advanceTimersByTimeAsync(POLL_MS + 1_010);
    expect(polls()).toBe(1);
    expect(paused).toEqual([]);
  });

  it('does nothing on a navigation while polling runs', async () => {
    watch.navigated();
    await vi.advanceTimersByTimeAsync(POLL_MS + 10);
    expect(polls()).toBe(1); // one timer, not two
  });

  it('waits for a quiet second while responses keep arriving', async () => {
    // One response every 500 ms for 10 s: the poll due at 3 s waits.
    for (let t = 0; t < 10_000; t += 500) {
      watch.delivered(entry(`https://api.example.com/burst/${t}`, 200));
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(polls()).toBe(0);
    await vi.advanceTimersByTimeAsync(1_010); // quiet: it runs within a second
    expect(polls()).toBe(1);
  });

  it('polls anyway after a minute of unbroken traffic', async () => {
    for (let t = 0; t < 70_000; t += 500) {
      watch.delivered(entry(`https://api.example.com/steady/${t}`, 200));
      await vi.advanceTimersByTimeAsync(500);
    }
    // Due at 3 s, deferred by at most 60 s: one poll by 64 s, and the next not due yet.
    expect(polls()).toBe(1);
  });

  it('still reports an error still unfinished two polls in a row', async () => {
    const stuck = entry('https://api.example.com/stuck', 502);
    seam.harLog = [{ entry: stuck, content: null }];
    await vi.advanceTimersByTimeAsync(2 * POLL_MS + 10);
    expect(unread).toEqual(['https://api.example.com/stuck']);
  });
});
