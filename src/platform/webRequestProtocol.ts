import { mayBeError } from '../core/capture/candidate';
import type { WebRequestEvent } from './seam';

/** The port a devtools page opens to the background to receive webRequest events. */
export const WEBREQUEST_PORT = 'api-error-decoder/webrequest';

/** The devtools page's first message: its tab, and the last event it already has. */
export interface BridgeHello {
  readonly type: 'hello';
  readonly tabId: number;
  /** Events that ended at or before this (ms since the epoch) are not sent again. */
  readonly since: number;
}

/** The panel asks the background to open the listener page (DevTools pages have no tabs API). */
export const OPEN_LISTENER_PAGE = 'api-error-decoder/open-listener-page';

/** What the background sends a devtools page: whether the listener is on, and its events. */
export type BridgeMessage =
  | { readonly type: 'access'; readonly granted: boolean }
  | { readonly type: 'event'; readonly event: WebRequestEvent };

/** The optional permissions the listener needs (a fresh copy each: the API wants it mutable). */
export function webRequestPermissions(): { permissions: ['webRequest']; origins: string[] } {
  return { permissions: ['webRequest'], origins: ['<all_urls>'] };
}

export function isBridgeHello(data: unknown): data is BridgeHello {
  const m = data as Partial<BridgeHello> | null;
  return m?.type === 'hello' && typeof m.tabId === 'number' && typeof m.since === 'number';
}

export function isBridgeAccess(data: unknown): data is Extract<BridgeMessage, { type: 'access' }> {
  const m = data as { type?: unknown; granted?: unknown } | null;
  return m?.type === 'access' && typeof m.granted === 'boolean';
}

/** Accepts only well-typed events: the port is ours, but a bug must not reach the decoder. */
export function isWebRequestEvent(data: unknown): data is WebRequestEvent {
  const e = data as Partial<WebRequestEvent> | null;
  return (
    typeof e?.url === 'string' &&
    typeof e.method === 'string' &&
    typeof e.status === 'number' &&
    Array.isArray(e.responseHeaders) &&
    (e.error === null || typeof e.error === 'string') &&
    typeof e.endedAt === 'number' &&
    typeof e.startedAt === 'number'
  );
}

/** Only requests that may be errors are forwarded and kept: no success is ever a gap row. */
export function worthForwarding(event: WebRequestEvent): boolean {
  if (event.error !== null || event.status === 0) return true;
  const type = event.responseHeaders.find((h) => h.name.toLowerCase() === 'content-type');
  return mayBeError(event.status, type?.value ?? '');
}
