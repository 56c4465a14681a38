import type { BackgroundSeam, BridgePort, Unsubscribe, WebRequestEvent } from '../platform/seam';
import { isBridgeHello, worthForwarding } from '../platform/webRequestProtocol';

/** storage.session key of the kept events: they outlive a stopped service worker. */
export const BACKLOG_KEY = 'webRequestBacklog';
// What is kept per tab for a DevTools window opened later: the last errors of 10 minutes.
const KEEP_PER_TAB = 100;
const KEEP_MS = 10 * 60 * 1000;
const KEEP_TABS = 50;
const SAVE_MS = 500;

type Backlog = Record<string, WebRequestEvent[]>;

function readBacklog(raw: unknown): Map<number, WebRequestEvent[]> {
  const out = new Map<number, WebRequestEvent[]>();
  if (typeof raw !== 'object' || raw === null) return out;
  for (const [tab, events] of Object.entries(raw as Backlog)) {
    if (Array.isArray(events)) out.set(Number(tab), events);
  }
  return out;
}

/**
 * The background half of the opt-in webRequest listener: tells devtools pages whether it is on,
 * forwards each tab's possible errors to the devtools pages of that tab, and keeps the last
 * ones, so that a DevTools window opened after the request can still list it (status and
 * headers only; no body is ever read).
 */
export function startWebRequestBridge(seam: BackgroundSeam, now = () => Date.now()): Unsubscribe {
  const ports = new Map<number, Set<BridgePort>>();
  let backlog = new Map<number, WebRequestEvent[]>();
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  // Events that arrive while the stored backlog loads are merged into it, not lost.
  const loaded = seam
    .sessionGet(BACKLOG_KEY)
    .then((raw) => {
      const stored = readBacklog(raw);
      for (const [tab, events] of backlog) stored.set(tab, [...(stored.get(tab) ?? []), ...events]);
      backlog = stored;
    })
    .catch(() => {});

  const save = () => {
    saveTimer = null;
    const fresh = now() - KEEP_MS;
    const out: Backlog = {};
    for (const [tab, events] of backlog) {
      const kept = events.filter((e) => e.endedAt >= fresh);
      if (kept.length > 0) out[String(tab)] = kept;
    }
    void seam.sessionSet(BACKLOG_KEY, out).catch(() => {});
  };

  const stopEvents = seam.onWebRequestEvent((tabId, event) => {
    if (!worthForwarding(event)) return;
    for (const port of ports.get(tabId) ?? []) port.post({ type: 'event', event });
    const events = [...(backlog.get(tabId) ?? []), event].slice(-KEEP_PER_TAB);
    backlog.delete(tabId);
    backlog.set(tabId, events);
    if (backlog.size > KEEP_TABS) backlog.delete(backlog.keys().next().value ?? -1);
    saveTimer ??= setTimeout(save, SAVE_MS);
  });

  const stopConnect = seam.onBridgeConnect((port) => {
    port.onMessage((message) => {
      if (!isBridgeHello(message)) return;
      const { tabId, since } = message;
      const mine = ports.get(tabId) ?? new Set<BridgePort>();
      mine.add(port);
      ports.set(tabId, mine);
      port.onClose(() => mine.delete(port));
      void seam.webRequestGranted().then((granted) => port.post({ type: 'access', granted }));
      void loaded.then(() => {
        const fresh = now() - KEEP_MS;
        for (const event of backlog.get(tabId) ?? []) {
          if (event.endedAt > since && event.endedAt >= fresh) port.post({ type: 'event', event });
        }
      });
    });
  });

  // Devtools pages have no permissions API in Firefox: they learn from here when it changes.
  const stopAccess = seam.onWebRequestAccess((granted) => {
    for (const mine of ports.values())
      for (const port of mine) port.post({ type: 'access', granted });
  });

  return () => {
    stopEvents();
    stopConnect();
    stopAccess();
    if (saveTimer !== null) clearTimeout(saveTimer);
  };
}
