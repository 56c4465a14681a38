import { mayBeError } from '../core/capture/candidate';
import { displayHost, toCapturedError, type CapturedError } from '../core/capture/capturedError';
import { callSiteOf } from '../core/capture/initiator';
import { decode } from '../core/decode';
import { compileHostPatterns, type HostMatcher } from '../core/filter/hostPattern';
import { bodyText } from '../core/json/body';
import type { Exchange, Header } from '../core/types';
import type { BodyContent, DevtoolsSeam, FinishedEntry, Unsubscribe } from '../platform/seam';
import type { AppStore } from '../store/appStore';
import { headerInterner } from './internHeaders';
import { startRetryAudit } from './retryAudit';

// One store update per burst keeps a 2,000-request storm from re-rendering 2,000 times.
const FLUSH_MS = 50;

type Interner = (headers: readonly Header[]) => readonly Header[];

function exchangeOf(entry: FinishedEntry, body: BodyContent, share: Interner): Exchange {
  const started = Date.parse(entry.startedDateTime);
  return {
    url: entry.request.url,
    method: entry.request.method.toUpperCase(),
    status: entry.response.status,
    requestHeaders: share(entry.request.headers),
    responseHeaders: share(entry.response.headers),
    body: body.text,
    bodyEncoding: body.base64 ? 'base64' : 'plain',
    mimeType: entry.response.content.mimeType ?? '',
    startedAt: Number.isNaN(started) ? Date.now() : started,
  };
}

/** Listens to the inspected tab's traffic and writes decoded errors to the store, in batches. */
export function startCapture(seam: DevtoolsSeam, store: AppStore): Unsubscribe {
  let nextId = 1;
  let queue: CapturedError[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let watchedKey: readonly string[] | null = null;
  let watched: HostMatcher = () => true;
  const audit = startRetryAudit(store);
  const share = headerInterner();

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
    store.getState().addErrors(batch);
  };

  const ingest = (entry: FinishedEntry, body: BodyContent) => {
    const exchange = exchangeOf(entry, body, share);
    const pin = store.getState().settings.pins[displayHost(exchange.url)];
    const decoded = decode(exchange, pin === undefined ? {} : { pin });
    if (decoded === null) return audit.decoded(entry, null);
    const error = toCapturedError(nextId++, exchange, bodyText(exchange) ?? '', decoded, {
      bodyLimit: store.getState().settings.bodyLimit,
      respondedAt: exchange.startedAt + Math.max(0, entry.time || 0),
      requestBody: entry.request.postData?.text ?? null,
      initiator: callSiteOf(entry._initiator),
    });
    queue.push(error);
    timer ??= setTimeout(flush, FLUSH_MS);
    audit.decoded(entry, error); // after: its batch must not reach the store before the row
  };

  const stopRequests = seam.onRequestFinished((entry, content) => {
    store.getState().markNetworkSeen();
    const candidate =
      mayBeError(entry.response.status, entry.response.content.mimeType, entry._resourceType) &&
      isWatched(entry.request.url);
    // Every request counts for the retry audit, successes too; only candidates get a body.
    audit.finished(entry, candidate);
    if (!candidate) return;
    content().then(
      (body) => ingest(entry, body),
      () => ingest(entry, { text: null, base64: false }),
    );
  });

  const stopNavigation = seam.onNavigated(() => {
    flush();
    store.getState().navigated();
  });

  return () => {
    stopRequests();
    stopNavigation();
    audit.stop();
    if (timer !== null) clearTimeout(timer);
  };
}
