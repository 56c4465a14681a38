import browser from 'webextension-polyfill';
import type { Unsubscribe, WebRequestListener } from './seam';
import {
  isBridgeAccess,
  isWebRequestEvent,
  WEBREQUEST_PORT,
  type BridgeHello,
} from './webRequestProtocol';

/**
 * The devtools page's port to the background's webRequest bridge. The background says whether
 * the listener is on (devtools pages have no permissions API in Firefox) and forwards what it
 * sees. Chrome ends an idle service worker, and its ports with it: the port is reopened,
 * asking only for events after the last one received.
 */
export function webRequestFeed(tabId: number, listener: WebRequestListener): Unsubscribe {
  let port: browser.Runtime.Port | null = null;
  let stopped = false;
  let since = 0;
  const open = () => {
    const p = browser.runtime.connect({ name: WEBREQUEST_PORT });
    port = p;
    p.onMessage.addListener((message: unknown) => {
      const m = message as { type?: unknown; event?: unknown } | null;
      if (isBridgeAccess(message)) listener.access(message.granted);
      else if (m?.type === 'event' && isWebRequestEvent(m.event)) {
        since = Math.max(since, m.event.endedAt);
        listener.event(m.event);
      }
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
      if (!stopped) setTimeout(() => !stopped && port === null && open(), 500);
    });
    const hello: BridgeHello = { type: 'hello', tabId, since };
    p.postMessage(hello);
  };
  open();
  return () => {
    stopped = true;
    port?.disconnect();
  };
}
