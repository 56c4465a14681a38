import { headerValue } from '../core/http/headers';
import type { Exchange, Header, PreflightExchange } from '../core/types';
import type { BodyContent, FinishedEntry } from '../platform/seam';

export function startedAtOf(entry: FinishedEntry): number {
  const started = Date.parse(entry.startedDateTime);
  return Number.isNaN(started) ? Date.now() : started;
}

/** What a failure below HTTP learned besides the entry: its preflight and the error's name. */
export interface FailureFacts {
  readonly preflight: PreflightExchange | null;
  /** The error name the webRequest listener saw, when DevTools gave none (Firefox). */
  readonly error: string | null;
}

type Interner = (headers: readonly Header[]) => readonly Header[];

/**
 * The entry as the core decodes it; `body` null when the browser gave none. `share` interns
 * header lists, so that 100,000 rows hold one copy of each (see internHeaders).
 */
export function exchangeOf(
  entry: FinishedEntry,
  body: BodyContent | null,
  failure?: FailureFacts,
  share: Interner = (headers) => headers,
): Exchange {
  return {
    url: entry.request.url,
    method: entry.request.method.toUpperCase(),
    status: entry.response.status,
    requestHeaders: share(entry.request.headers),
    responseHeaders: share(entry.response.headers),
    body: body?.text ?? null,
    bodyEncoding: body?.base64 === true ? 'base64' : 'plain',
    mimeType: entry.response.content.mimeType ?? '',
    startedAt: startedAtOf(entry),
    error: entry.response._error || failure?.error || null,
    preflight: failure?.preflight ?? null,
  };
}

/**
 * One request of the DevTools log, the same in an onRequestFinished event and in getHAR():
 * both come from the same HAR builder, start time string included.
 */
export function entryKey(entry: Pick<FinishedEntry, 'startedDateTime' | 'request'>): string {
  return `${entry.startedDateTime} ${entry.request.method.toUpperCase()} ${entry.request.url}`;
}

/** The body size the browser reported, decoded or on the wire; undefined when it gave none. */
export function reportedBodySize(entry: FinishedEntry): number | undefined {
  const size = Math.max(entry.response.content.size ?? 0, entry.response.bodySize ?? 0);
  return size > 0 ? size : undefined;
}

/**
 * A service worker took part: it answered the request (Chrome says so), or made it itself,
 * which shows as a script, not the page, in the Referer.
 */
export function involvesServiceWorker(entry: FinishedEntry): boolean {
  if (entry.response._fetchedViaServiceWorker === true) return true;
  const referer = headerValue(entry.request.headers, 'referer') ?? '';
  return /\.m?js(?:[?#].*)?$/i.test(referer);
}

/** A lookup that gave no body where there was one: unavailable, which is not "empty". */
export function bodyUnavailable(entry: FinishedEntry, body: BodyContent | null): boolean {
  if (body === null || body.text === null) return true;
  return body.text === '' && reportedBodySize(entry) !== undefined;
}
