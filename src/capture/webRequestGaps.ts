import type { GapReason } from '../core/capture/gapReason';
import { headerValue } from '../core/http/headers';
import type { DevtoolsSeam, FinishedEntry, WebRequestEvent } from '../platform/seam';
import { worthForwarding } from '../platform/webRequestProtocol';
import type { AppStore } from '../store/appStore';
import { startedAtOf } from './entryExchange';

// DevTools and webRequest time the same request a little differently.
const SAME_REQUEST_MS = 2000;
const KEEP_DELIVERED = 2000;
const KEEP_ERROR_NAMES = 500;

export interface WebRequestGaps {
  /** DevTools reported this request: the listener's sighting of it is no gap. */
  delivered(entry: FinishedEntry): void;
  /** The error name the listener saw for this failed request, if any. */
  errorNameOf(entry: FinishedEntry): string | null;
  stop(): void;
}

export interface WebRequestGapOptions {
  readonly graceMs: number;
  /** Navigations so far. */
  readonly page: () => number;
  /** A request DevTools never reported, with why, and the list generation it belongs to. */
  readonly emit: (
    entry: FinishedEntry,
    gap: GapReason,
    error: string | null,
    epoch: number,
  ) => void;
}

interface Pending {
  readonly event: WebRequestEvent;
  readonly page: number;
  readonly epoch: number;
  claimed: boolean;
}

const keyOf = (method: string, url: string) => `${method.toUpperCase()} ${url}`;

/** The listener's sighting as a DevTools entry, so the rest of capture reads it the same way. */
export function entryOfEvent(event: WebRequestEvent): FinishedEntry {
  const mimeType = headerValue(event.responseHeaders, 'content-type') ?? '';
  return {
    startedDateTime: new Date(event.startedAt).toISOString(),
    time: Math.max(0, event.endedAt - event.startedAt),
    request: { url: event.url, method: event.method, headers: [] },
    response: {
      status: event.status,
      headers: event.responseHeaders,
      content: { mimeType },
      _error: event.error,
    },
  };
}

/**
 * Matches what the opt-in webRequest listener saw against what DevTools reported. A request
 * DevTools did not report within the grace becomes a gap row, with the likeliest reason.
 */
export function startWebRequestGaps(
  seam: DevtoolsSeam,
  store: AppStore,
  options: WebRequestGapOptions,
): WebRequestGaps {
  const startedAt = Date.now();
  const deliveredAt = new Map<string, number[]>(); // call key → start times DevTools reported
  let deliveredCount = 0;
  const pending = new Map<string, Pending[]>();
  const errorNames = new Map<string, string>();
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const claim = (key: string, start: number): boolean => {
    const times = deliveredAt.get(key);
    const at = times?.findIndex((t) => Math.abs(t - start) <= SAME_REQUEST_MS) ?? -1;
    if (times === undefined || at < 0) return false;
    times.splice(at, 1);
    return true;
  };

  const reasonFor = (p: Pending): GapReason => {
    if (p.event.endedAt < startedAt) return 'devtools-late';
    if (__BROWSER__ === 'firefox' && !store.getState().networkSeen) return 'firefox-network-panel';
    if (options.page() !== p.page) return 'navigation-dropped';
    // Chrome holds back a response whose body the page never reads; a failure has no body.
    const failed = p.event.error !== null || p.event.status === 0;
    return __BROWSER__ === 'firefox' || failed ? 'unavailable' : 'not-read';
  };

  const onEvent = (event: WebRequestEvent) => {
    const key = keyOf(event.method, event.url);
    if (event.error !== null) {
      errorNames.delete(key);
      errorNames.set(key, event.error);
      if (errorNames.size > KEEP_ERROR_NAMES)
        errorNames.delete(errorNames.keys().next().value ?? '');
    }
    if (!worthForwarding(event) || claim(key, event.startedAt)) return;
    const p: Pending = {
      event,
      page: options.page(),
      epoch: store.getState().auditEpoch,
      claimed: false,
    };
    pending.set(key, [...(pending.get(key) ?? []), p]);
    const timer = setTimeout(() => {
      timers.delete(timer);
      const list = pending.get(key)?.filter((q) => q !== p) ?? [];
      if (list.length === 0) pending.delete(key);
      else pending.set(key, list);
      if (!p.claimed) options.emit(entryOfEvent(event), reasonFor(p), event.error, p.epoch);
    }, options.graceMs);
    timers.add(timer);
  };

  const stopEvents = seam.onWebRequest({
    event: onEvent,
    access: (on) => store.getState().setWebRequestOn(on),
  });

  return {
    delivered(entry) {
      const key = keyOf(entry.request.method, entry.request.url);
      const start = startedAtOf(entry);
      const waiting = pending
        .get(key)
        ?.find((p) => !p.claimed && Math.abs(p.event.startedAt - start) <= SAME_REQUEST_MS);
      if (waiting !== undefined) {
        waiting.claimed = true;
        return;
      }
      // The listener may report it later: remember that DevTools has.
      deliveredAt.set(key, [...(deliveredAt.get(key) ?? []).slice(-15), start]);
      if (++deliveredCount > KEEP_DELIVERED) {
        deliveredAt.clear();
        deliveredCount = 0;
      }
    },
    errorNameOf(entry) {
      return errorNames.get(keyOf(entry.request.method, entry.request.url)) ?? null;
    },
    stop() {
      stopEvents();
      for (const t of timers) clearTimeout(t);
    },
  };
}
