import { isStaticResource } from '../core/capture/candidate';
import { isPreflight } from '../core/network/preflight';
import type { DevtoolsSeam, FinishedEntry, LoggedEntry } from '../platform/seam';
import type { AppStore } from '../store/appStore';
import { entryKey } from './entryExchange';
import { RecentKeys } from './recentKeys';

// A getHAR() slower than this means a big log: poll less often, up to once a minute.
const SLOW_HAR_MS = 150;
const MAX_POLL_MS = 60_000;
/**
 * getHAR() hands over the whole DevTools log in one message, read on the panel's thread: a
 * 10,000-request log is a task of 100–200 ms each poll, and a day's log a freeze of seconds.
 * Past this many entries polling stops until the next navigation (which clears that log). The
 * length is known without a poll: every request DevTools logs is also delivered finished, bar
 * the few a poll is for, so a burst never ends in one poll of a long log.
 */
export const MAX_POLLED_ENTRIES = 2_000;
// Responses delivered this recently mean a burst: a poll then waits for a quiet moment, as
// its task would land on the busiest frames, but never longer than MAX_POLL_MS.
const QUIET_MS = 1_000;

export interface HarWatch {
  /**
   * An entry onRequestFinished delivered: neither backfilled nor suspected after this. False
   * when the backfill already took it (it finished between our subscribing and getHAR()).
   */
  delivered(entry: FinishedEntry): boolean;
  /** The inspected page navigated: DevTools' log starts again, so polling may resume. */
  navigated(): void;
  stop(): void;
}

export interface HarWatchOptions {
  /** 0 turns polling off; the backfill at start always runs. */
  readonly pollMs: number;
  /** An entry DevTools logged before our page listened: decode it as if it had arrived. */
  readonly backfill: (logged: LoggedEntry) => void;
  /** An error response DevTools logged but never reported finished: its body was not read. */
  readonly unread: (entry: FinishedEntry) => void;
  /** Polling stopped: the log grew past MAX_POLLED_ENTRIES, to this many entries. */
  readonly paused?: (logLength: number) => void;
}

/**
 * What onRequestFinished does not deliver, found in the DevTools log itself. At start, getHAR()
 * still holds what finished before our devtools page listened. Later, Chrome logs a response
 * whose body the page never reads, but never reports it finished: one that is still unfinished
 * two polls in a row is reported as unread. Polling stops while the webRequest listener is on,
 * which sees those directly, and while the log is too long to read often (MAX_POLLED_ENTRIES).
 */
export function startHarWatch(
  seam: DevtoolsSeam,
  store: AppStore,
  options: HarWatchOptions,
): HarWatch {
  const delivered = new RecentKeys(20_000);
  const reported = new RecentKeys(5_000);
  // What the backfill took, so its live twin (finished between subscribing and getHAR) is
  // skipped once: two requests may share a key in a storm, so no other event is ever skipped.
  const backfilled = new Set<string>();
  let suspects = new Set<string>();
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let interval = options.pollMs;
  let paused = false;
  // What DevTools' log holds, at least: the backfill's log, then each delivery.
  let loggedCount = 0;
  let lastDelivery = -Infinity;
  // When the current poll came due; it may wait out a burst from then on.
  let dueAt: number | null = null;

  const schedule = (ms: number) => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void poll(), ms);
  };

  const pause = (length: number) => {
    paused = true;
    suspects = new Set();
    options.paused?.(length);
  };

  const poll = async () => {
    timer = null;
    if (stopped || paused) return;
    if (loggedCount > MAX_POLLED_ENTRIES) {
      pause(loggedCount);
      return;
    }
    const now = Date.now();
    dueAt ??= now;
    if (now - lastDelivery < QUIET_MS && now - dueAt < MAX_POLL_MS) {
      schedule(QUIET_MS);
      return;
    }
    dueAt = null;
    if (!store.getState().webRequestOn) {
      const started = Date.now();
      const log = await seam.getHar().catch(() => [] as readonly LoggedEntry[]);
      if (stopped) return;
      loggedCount = Math.max(loggedCount, log.length);
      if (log.length > MAX_POLLED_ENTRIES) {
        pause(log.length);
        return;
      }
      if (Date.now() - started > SLOW_HAR_MS) interval = Math.min(MAX_POLL_MS, interval * 2);
      const seenNow = new Set<string>();
      for (const { entry } of log) {
        const key = entryKey(entry);
        if (delivered.has(key) || reported.has(key) || !isUnfinishedError(entry)) continue;
        if (suspects.has(key)) {
          reported.add(key);
          if (!stopped) options.unread(entry);
        } else {
          seenNow.add(key);
        }
      }
      suspects = seenNow;
    }
    if (!stopped) schedule(interval);
  };

  void seam
    .getHar()
    .catch(() => [] as readonly LoggedEntry[])
    .then((log) => {
      loggedCount = Math.max(loggedCount, log.length);
      for (const logged of log) {
        const key = entryKey(logged.entry);
        // Status 0 with no error: still waiting for its response, nothing to tell yet.
        const { status, _error: error } = logged.entry.response;
        if (stopped || delivered.has(key) || (status === 0 && !error)) continue;
        delivered.add(key);
        backfilled.add(key);
        options.backfill(logged);
      }
      if (options.pollMs > 0 && !stopped) schedule(interval);
    });

  return {
    delivered(entry) {
      const key = entryKey(entry);
      lastDelivery = Date.now();
      if (backfilled.delete(key)) return false;
      loggedCount++;
      delivered.add(key);
      return true;
    },
    navigated() {
      loggedCount = 0;
      if (!paused || stopped || options.pollMs <= 0) return;
      paused = false;
      interval = options.pollMs;
      schedule(interval);
    },
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
    },
  };
}

function isUnfinishedError(entry: FinishedEntry): boolean {
  return (
    entry.response.status >= 400 &&
    !isStaticResource(entry._resourceType) &&
    !isPreflight(entry.request.method, entry.request.headers)
  );
}
