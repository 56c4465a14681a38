import { mayBeError } from '../core/capture/candidate';
import { displayHost, toCapturedError, type CapturedError } from '../core/capture/capturedError';
import { isExtensionInitiated } from '../core/capture/extensionInitiator';
import { callSiteOf } from '../core/capture/initiator';
import {
  decodeWithoutBody,
  isTruncated,
  missingBodyReason,
  type GapReason,
} from '../core/capture/gapReason';
import { decode, type DecodeOptions } from '../core/decode';
import type { PackSet } from '../core/pack/packSet';
import type { FormatId } from '../core/types';
import { compileHostPatterns, type HostMatcher } from '../core/filter/hostPattern';
import { bodyText } from '../core/json/body';
import { isTransportFailure } from '../core/network/decodeNetwork';
import { isPreflight } from '../core/network/preflight';
import type { BodyContent, DevtoolsSeam, FinishedEntry, Unsubscribe } from '../platform/seam';
import type { AppStore } from '../store/appStore';
import { compileStoredPacks } from '../store/userPacks';
import {
  bodyUnavailable,
  entryKey,
  exchangeOf,
  involvesServiceWorker,
  reportedBodySize,
  type FailureFacts,
} from './entryExchange';
import { failureHold } from './failureHold';
import { startHarWatch } from './harWatch';
import { headerInterner } from './internHeaders';
import { startRetryAudit } from './retryAudit';
import { startWebRequestGaps } from './webRequestGaps';

/** A host's pin and the user's enabled packs (applied to every response from now on). */
function decodeOptions(pin: FormatId | undefined, packs: PackSet | undefined): DecodeOptions {
  return { ...(pin === undefined ? {} : { pin }), ...(packs === undefined ? {} : { packs }) };
}

export interface CaptureTiming {
  /** How long a failure below HTTP waits for its preflight and error name. */
  readonly holdMs: number;
  /** getHAR() polling for responses whose body the page never read (0: off). */
  readonly harPollMs: number;
  /** How long a request the webRequest listener saw may wait for DevTools to report it. */
  readonly listenerGraceMs: number;
  /** A backfilled body lookup still pending after this is a body the page never read. */
  readonly backfillBodyMs: number;
}

export const DEFAULT_TIMING: CaptureTiming = {
  holdMs: 700,
  harPollMs: 3000,
  listenerGraceMs: 3000,
  backfillBodyMs: 3000,
};

/** New rows wait this long to be written as one batch. */
const FLUSH_MS = 50;
/**
 * In a storm (the last batch held STORM_BATCH rows or more) they wait longer. Each batch is a
 * store write, a React commit and a frame of the list, whose cost does not grow with the batch:
 * fewer, larger batches leave more of the one thread that also receives the traffic.
 */
const STORM_FLUSH_MS = 200;
const STORM_BATCH = 100;

/** A request as capture met it: when (which list, which page load) and what is known missing. */
interface Sighting {
  readonly entry: FinishedEntry;
  /** The list generation (store.auditEpoch): a clear or a navigation starts a new one. */
  readonly epoch: number;
  /** Navigations seen before it finished. */
  readonly page: number;
  readonly gap?: GapReason;
  /** It came from getHAR() at start, not from a live event. */
  readonly backfilled?: boolean;
}

/** Listens to the inspected tab's traffic and writes decoded errors to the store, in batches. */
export function startCapture(
  seam: DevtoolsSeam,
  store: AppStore,
  timing: CaptureTiming = DEFAULT_TIMING,
): Unsubscribe {
  const audit = startRetryAudit(store);
  const share = headerInterner();
  const rows = new Map<string, number>(); // gap rows by entry key, to replace when the body comes
  let nextId = 1;
  let page = 0;
  let queue: CapturedError[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastBatch = 0;
  let watchedKey: readonly string[] | null = null;
  let watched: HostMatcher = () => true;

  const isWatched = (url: string) => {
    const hosts = store.getState().settings.watchedHosts;
    if (hosts !== watchedKey) {
      watchedKey = hosts;
      watched = compileHostPatterns(hosts);
    }
    return watched(url);
  };
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const batch = queue;
    queue = [];
    lastBatch = batch.length;
    store.getState().addErrors(batch);
  };
  const sighting = (entry: FinishedEntry, extra: Partial<Sighting> = {}): Sighting => ({
    entry,
    epoch: store.getState().auditEpoch,
    page,
    ...extra,
  });

  const ingest = (s: Sighting, body: BodyContent | null, failure?: FailureFacts) => {
    const { entry } = s;
    // Cleared since it finished (a navigation, the Clear button): it belongs to a list that
    // is gone. A late body lookup after a reload must not add the old page's rows to the new.
    if (store.getState().auditEpoch !== s.epoch) return audit.decoded(entry, null);
    const exchange = exchangeOf(entry, body, failure, share);
    const belowHttp = isTransportFailure(exchange.status, exchange.error);
    let gap = s.gap ?? null;
    if (gap === null && !belowHttp && bodyUnavailable(entry, body)) {
      gap = missingBodyReason({
        navigatedSince: page !== s.page,
        serviceWorker: involvesServiceWorker(entry),
        backfilled: s.backfilled === true,
      });
    }
    const text = gap === null ? bodyText(exchange) : null;
    const { settings } = store.getState();
    const pin = settings.pins[displayHost(exchange.url)];
    const decoded =
      gap === null
        ? decode(exchange, decodeOptions(pin, compileStoredPacks(settings.userPacks).set))
        : decodeWithoutBody(exchange);
    if (decoded === null) return audit.decoded(entry, null);
    // Cut short by the browser: it matters, and is said, when what is left no longer decodes.
    if (text !== null && decoded.format === 'http' && isTruncated(text, reportedBodySize(entry))) {
      gap = 'truncated';
    }
    const key = entryKey(entry);
    const known = rows.get(key);
    const error = toCapturedError(known ?? nextId++, exchange, text ?? '', decoded, {
      bodyLimit: store.getState().settings.bodyLimit,
      respondedAt: exchange.startedAt + Math.max(0, entry.time || 0),
      requestBody: entry.request.postData?.text ?? null,
      gap,
      byExtension: isExtensionInitiated(entry._initiator, entry._resourceType),
      initiator: callSiteOf(entry._initiator),
    });
    if (known !== undefined) {
      rows.delete(key);
      flush();
      store.getState().replaceError(error);
    } else {
      if (gap === 'not-read') rows.set(key, error.id);
      queue.push(error);
      timer ??= setTimeout(flush, lastBatch >= STORM_BATCH ? STORM_FLUSH_MS : FLUSH_MS);
    }
    // A 2xx listed only because its body was missing is no error for the retry audit.
    audit.decoded(entry, exchange.status >= 400 || belowHttp ? error : null);
  };

  const hold = failureHold({
    graceMs: timing.holdMs,
    errorNameOf: (entry) => listener.errorNameOf(entry),
    standIn: (entry, facts) => {
      if (isWatched(entry.request.url)) ingest(sighting(entry), null, facts);
    },
  });

  const finished = (
    entry: FinishedEntry,
    content: (() => Promise<BodyContent>) | null,
    extra: Partial<Sighting> = {},
  ) => {
    if (isPreflight(entry.request.method, entry.request.headers)) return hold.preflight(entry);
    const { status, _error: error } = entry.response;
    const candidate =
      mayBeError(status, entry.response.content.mimeType, entry._resourceType, error) &&
      isWatched(entry.request.url);
    const belowHttp = isTransportFailure(status, error);
    const byExtension = isExtensionInitiated(entry._initiator, entry._resourceType);
    // Every request counts for the retry audit, successes too; only candidates get a body.
    // Other extensions' requests are not the app's retries, unless the user asks for them.
    if (!byExtension || store.getState().settings.auditExtensions) {
      audit.finished(entry, candidate, String(page));
    }
    if (!candidate) return;
    const s = sighting(entry, extra);
    if (belowHttp) return hold.failure(entry, (facts) => ingest(s, null, facts));
    if (s.gap !== undefined || content === null) return ingest(s, null);
    if (extra.backfilled === true) return backfillBody(s, content);
    content().then(
      (body) => ingest(s, body),
      () => ingest(s, null),
    );
  };

  // The log does not say which of its entries are unfinished: the lookup of a body the page
  // never read waits forever, so a backfilled lookup that takes too long means just that.
  const backfillBody = (s: Sighting, content: () => Promise<BodyContent>) => {
    let settled = false;
    const timeout = setTimeout(() => {
      settled = true;
      ingest({ ...s, gap: 'not-read' }, null);
    }, timing.backfillBodyMs);
    content().then(
      (body) => !settled && (clearTimeout(timeout), ingest(s, body)),
      () => !settled && (clearTimeout(timeout), ingest(s, null)),
    );
  };

  const listener = startWebRequestGaps(seam, store, {
    graceMs: timing.listenerGraceMs,
    page: () => page,
    emit: (entry, gap, error, epoch) => {
      if (!isWatched(entry.request.url)) return;
      const s = sighting(entry, { gap, epoch });
      if (error !== null || entry.response.status === 0)
        ingest(s, null, { preflight: null, error });
      else if (mayBeError(entry.response.status, entry.response.content.mimeType)) ingest(s, null);
    },
  });
  const stopRequests = seam.onRequestFinished((entry, content) => {
    store.getState().markNetworkSeen();
    listener.delivered(entry);
    // Once only, unless it replaces a gap row listed while its body was missing.
    if (har.delivered(entry) || rows.has(entryKey(entry))) finished(entry, content);
  });
  const har = startHarWatch(seam, store, {
    pollMs: timing.harPollMs,
    backfill: (logged) => {
      listener.delivered(logged.entry);
      finished(logged.entry, logged.content, { backfilled: true });
    },
    unread: (entry) => {
      if (!isWatched(entry.request.url)) return;
      ingest(sighting(entry, { gap: 'not-read' }), null);
    },
    paused: (logLength) => store.getState().setHarPollPaused(logLength),
  });
  const stopNavigation = seam.onNavigated(() => {
    flush();
    page++;
    rows.clear();
    har.navigated();
    store.getState().setHarPollPaused(0);
    // Firefox drops responses that finish just before a navigation, even with the log kept.
    if (__BROWSER__ === 'firefox' && store.getState().settings.preserveLog) {
      store.getState().setNavigationMayDrop(true);
    }
    store.getState().navigated();
  });

  return () => {
    stopRequests();
    stopNavigation();
    hold.stop();
    har.stop();
    listener.stop();
    audit.stop();
    if (timer !== null) clearTimeout(timer);
  };
}
