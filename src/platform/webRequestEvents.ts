import browser from 'webextension-polyfill';
import type { WebRequest } from 'webextension-polyfill/namespaces/webRequest';
import type { Unsubscribe, WebRequestEvent } from './seam';
import { webRequestPermissions } from './webRequestProtocol';

// fetch() and XHR, and what browsers file under "other" (beacons, some fetches from workers).
const FILTER: WebRequest.RequestFilter = {
  urls: ['<all_urls>'],
  types: ['xmlhttprequest', 'other'],
};

type Listener = (tabId: number, event: WebRequestEvent) => void;

/**
 * Every tab's API requests as webRequest sees them: status and headers when they end, or the
 * error name when they fail. `browser.webRequest` exists only while the optional permission is
 * granted, so the listeners are added at once when it is (an MV3 worker must add them in its
 * first turn to be woken by them) and again whenever it is granted later.
 */
export function webRequestEvents(listener: Listener): Unsubscribe {
  const starts = new Map<string, number>();
  let attached: typeof browser.webRequest | null = null;

  const started = (requestId: string, fallback: number) => {
    const at = starts.get(requestId) ?? fallback;
    starts.delete(requestId);
    return at;
  };
  const onBefore = (d: WebRequest.OnBeforeRequestDetailsType) => {
    if (d.tabId >= 0) starts.set(d.requestId, d.timeStamp);
  };
  const onCompleted = (d: WebRequest.OnCompletedDetailsType) => {
    if (d.tabId < 0) return;
    listener(d.tabId, {
      url: d.url,
      method: d.method,
      status: d.statusCode,
      responseHeaders: (d.responseHeaders ?? []).map((h) => ({
        name: h.name,
        value: h.value ?? '',
      })),
      error: null,
      endedAt: d.timeStamp,
      startedAt: started(d.requestId, d.timeStamp),
    });
  };
  const onError = (d: WebRequest.OnErrorOccurredDetailsType) => {
    if (d.tabId < 0) return;
    listener(d.tabId, {
      url: d.url,
      method: d.method,
      status: 0,
      responseHeaders: [],
      error: d.error,
      endedAt: d.timeStamp,
      startedAt: started(d.requestId, d.timeStamp),
    });
  };

  const attach = () => {
    const api = browser.webRequest as typeof browser.webRequest | undefined;
    if (attached !== null || api === undefined) return;
    api.onBeforeRequest.addListener(onBefore, FILTER);
    api.onCompleted.addListener(onCompleted, FILTER, ['responseHeaders']);
    api.onErrorOccurred.addListener(onError, FILTER);
    attached = api;
  };
  const detach = () => {
    attached?.onBeforeRequest.removeListener(onBefore);
    attached?.onCompleted.removeListener(onCompleted);
    attached?.onErrorOccurred.removeListener(onError);
    attached = null;
    starts.clear();
  };
  const recheck = () =>
    void browser.permissions.contains(webRequestPermissions()).then((on) => {
      if (on) attach();
      else detach();
    });

  attach();
  browser.permissions.onAdded.addListener(recheck);
  browser.permissions.onRemoved.addListener(recheck);
  return () => {
    browser.permissions.onAdded.removeListener(recheck);
    browser.permissions.onRemoved.removeListener(recheck);
    detach();
  };
}
