import browser from 'webextension-polyfill';
import type { DevtoolsNetwork } from 'webextension-polyfill/namespaces/devtools_network';
import { isTextMimeType, looksBase64 } from '../core/capture/textMime';
import type {
  BackgroundSeam,
  BodyContent,
  DevtoolsSeam,
  FinishedEntry,
  LoggedEntry,
  PanelSeam,
  PermissionSeam,
  Unsubscribe,
  WebRequestEvent,
} from './seam';
import { webRequestEvents } from './webRequestEvents';
import {
  isWebRequestEvent,
  webRequestPermissions,
  WEBREQUEST_PORT,
  type BridgeHello,
} from './webRequestProtocol';

/**
 * getContent resolves differently per browser and version: Firefox gives `[content, mimeType]`,
 * the polyfill over Chrome's callback gives `[content, encoding]`, and Chrome 156's promise
 * gives `{ content, encoding }`. Only Chrome says 'base64'; Firefox sends base64 without saying
 * so for every type it does not treat as text (a response without Content-Type among them), so
 * the MIME type it returns tells.
 */
export function toBody(result: unknown): BodyContent {
  if (Array.isArray(result)) {
    const [text, second] = result as unknown[];
    if (typeof text !== 'string') return { text: null, base64: second === 'base64' };
    const binaryMime =
      typeof second === 'string' && second.includes('/') && !isTextMimeType(second);
    return { text, base64: second === 'base64' || (binaryMime && looksBase64(text)) };
  }
  if (typeof result === 'object' && result !== null) {
    const { content, encoding } = result as { content?: unknown; encoding?: unknown };
    return { text: typeof content === 'string' ? content : null, base64: encoding === 'base64' };
  }
  return { text: typeof result === 'string' ? result : null, base64: false };
}

type GetContent = (callback?: (content: unknown, encoding: unknown) => void) => unknown;

/**
 * A getHAR() entry's body, where the browser can still give it: Chrome's entries are Request
 * objects (with a callback getContent), Firefox's plain data.
 */
function contentOf(entry: unknown): (() => Promise<BodyContent>) | null {
  const getContent = (entry as { getContent?: GetContent } | null)?.getContent;
  if (typeof getContent !== 'function') return null;
  return () =>
    new Promise((resolve, reject) => {
      try {
        const promise = getContent.call(entry, (content, encoding) =>
          resolve(toBody([content, encoding])),
        ) as Promise<unknown> | undefined;
        if (promise && typeof promise.then === 'function')
          promise.then(toBody).then(resolve, reject);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
}

const granted = () => browser.permissions.contains(webRequestPermissions());

function onPermissionChange(listener: () => void): Unsubscribe {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}

/**
 * The background's webRequest events for one tab, over a port that is open only while the
 * permission is granted. Chrome ends an idle service worker, and its ports with it: reopen,
 * asking only for what came after the last event received.
 */
function webRequestFeed(tabId: number, listener: (event: WebRequestEvent) => void): Unsubscribe {
  let port: browser.Runtime.Port | null = null;
  let stopped = false;
  let since = 0;
  const open = () => {
    const p = browser.runtime.connect({ name: WEBREQUEST_PORT });
    port = p;
    p.onMessage.addListener((message: unknown) => {
      if (!isWebRequestEvent(message)) return;
      since = Math.max(since, message.endedAt);
      listener(message);
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
      if (!stopped) setTimeout(() => void check(), 500);
    });
    const hello: BridgeHello = { type: 'hello', tabId, since };
    p.postMessage(hello);
  };
  const check = async () => {
    const on = await granted().catch(() => false);
    if (stopped) return;
    if (on && port === null) open();
    if (!on && port !== null) {
      port.disconnect();
      port = null;
    }
  };
  const stopWatching = onPermissionChange(() => void check());
  void check();
  return () => {
    stopped = true;
    stopWatching();
    port?.disconnect();
  };
}

type ThemeApi = {
  themeName?: string;
  setThemeChangeHandler?: (cb: (name: string) => void) => void;
  onThemeChanged?: {
    addListener(cb: (n: string) => void): void;
    removeListener(cb: (n: string) => void): void;
  };
};

/** The real seam: every `browser.*` call of the extension goes through here. */
export function browserSeam(): DevtoolsSeam {
  const { devtools } = browser;
  const panels = devtools.panels as unknown as ThemeApi;
  return {
    inspectedTabId: devtools.inspectedWindow.tabId,
    onRequestFinished(listener) {
      const wrapped = (req: DevtoolsNetwork.Request) =>
        listener(req as unknown as FinishedEntry, async () => toBody(await req.getContent()));
      devtools.network.onRequestFinished.addListener(wrapped);
      return () => devtools.network.onRequestFinished.removeListener(wrapped);
    },
    onNavigated(listener) {
      devtools.network.onNavigated.addListener(listener);
      return () => devtools.network.onNavigated.removeListener(listener);
    },
    async getHar(): Promise<readonly LoggedEntry[]> {
      const log = (await devtools.network.getHAR()) as { entries?: unknown[] };
      return (log.entries ?? []).map((entry) => ({
        entry: entry as FinishedEntry,
        content: contentOf(entry),
      }));
    },
    onWebRequest: (listener) => webRequestFeed(devtools.inspectedWindow.tabId, listener),
    webRequestGranted: () => granted().catch(() => false),
    onWebRequestAccess(listener) {
      return onPermissionChange(() => void granted().then(listener, () => listener(false)));
    },
    themeName: () => panels.themeName ?? 'default',
    onThemeChanged(listener): Unsubscribe {
      if (__BROWSER__ === 'firefox' && panels.onThemeChanged) {
        panels.onThemeChanged.addListener(listener);
        return () => panels.onThemeChanged?.removeListener(listener);
      }
      // Chrome has one handler slot and no way to remove it; a flag silences it instead.
      let live = true;
      panels.setThemeChangeHandler?.((name) => live && listener(name));
      return () => {
        live = false;
      };
    },
    uiLanguage: () => browser.i18n.getUILanguage(),
    async storageGet(key) {
      const all = await browser.storage.local.get(key);
      return all[key];
    },
    async storageSet(key, value) {
      await browser.storage.local.set({ [key]: value });
    },
  };
}

export function browserPanelSeam(): PanelSeam {
  return {
    createPanel(title, iconPath, pagePath, onShown) {
      void browser.devtools.panels.create(title, iconPath, pagePath).then((panel) => {
        panel.onShown.addListener((win) => onShown(win as Window));
      });
    },
  };
}

/** The panel page asks for the permission itself: a request needs the user's own click. */
export function browserPermissionSeam(): PermissionSeam {
  return {
    requestWebRequest: () => browser.permissions.request(webRequestPermissions()),
    removeWebRequest: () => browser.permissions.remove(webRequestPermissions()),
  };
}

export function browserBackgroundSeam(): BackgroundSeam {
  return {
    async storageGet(key) {
      return (await browser.storage.local.get(key))[key];
    },
    async storageSet(key, value) {
      await browser.storage.local.set({ [key]: value });
    },
    onInstalled(listener) {
      const wrapped = (details: { reason: string }) => listener(details.reason);
      browser.runtime.onInstalled.addListener(wrapped);
      return () => browser.runtime.onInstalled.removeListener(wrapped);
    },
    async sessionGet(key) {
      return (await browser.storage.session.get(key))[key];
    },
    async sessionSet(key, value) {
      await browser.storage.session.set({ [key]: value });
    },
    onWebRequestEvent: webRequestEvents,
    onBridgeConnect(listener) {
      const wrapped = (port: browser.Runtime.Port) => {
        if (port.name !== WEBREQUEST_PORT) return;
        listener({
          onMessage: (cb) => port.onMessage.addListener(cb),
          post: (event) => port.postMessage(event),
          onClose: (cb) => port.onDisconnect.addListener(() => cb()),
        });
      };
      browser.runtime.onConnect.addListener(wrapped);
      return () => browser.runtime.onConnect.removeListener(wrapped);
    },
  };
}
