import browser from 'webextension-polyfill';
import type { DevtoolsNetwork } from 'webextension-polyfill/namespaces/devtools_network';
import { isTextMimeType, looksBase64 } from '../core/capture/textMime';
import type {
  BackgroundSeam,
  BodyContent,
  DevtoolsSeam,
  FinishedEntry,
  ListenerPageSeam,
  LoggedEntry,
  PanelSeam,
  PermissionSeam,
  Unsubscribe,
} from './seam';
import { webRequestEvents } from './webRequestEvents';
import { webRequestFeed } from './webRequestFeed';
import { OPEN_LISTENER_PAGE, webRequestPermissions, WEBREQUEST_PORT } from './webRequestProtocol';

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
    openResource(url, line, column) {
      const panels = browser.devtools.panels as unknown as {
        openResource?: (url: string, line: number, column?: number) => unknown;
      };
      // The API counts lines from 0. Firefox may not have it: then the link does nothing.
      void Promise.resolve(panels.openResource?.(url, line - 1, column - 1)).catch(() => {});
    },
  };
}

/** The page that switches the listener, with the built path crxjs gives it. */
export const LISTENER_PAGE = '/src/listener/listener.html';

export function browserPermissionSeam(): PermissionSeam {
  return {
    openListenerPage() {
      // DevTools pages can open no tab themselves (no tabs API, and window.open is blocked).
      void browser.runtime.sendMessage({ type: OPEN_LISTENER_PAGE }).catch(() => {});
    },
  };
}

/** The listener page is a full extension page: it has the permissions API DevTools pages lack. */
export function browserListenerPageSeam(): ListenerPageSeam {
  return {
    granted: () => granted().catch(() => false),
    request: () => browser.permissions.request(webRequestPermissions()),
    remove: () => browser.permissions.remove(webRequestPermissions()),
    uiLanguage: () => browser.i18n.getUILanguage(),
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
    webRequestGranted: () => granted().catch(() => false),
    onWebRequestAccess: (listener) =>
      onPermissionChange(() => void granted().then(listener, () => listener(false))),
    onOpenListenerPage(listener) {
      const wrapped = (message: unknown) => {
        if ((message as { type?: unknown } | null)?.type === OPEN_LISTENER_PAGE) listener();
      };
      browser.runtime.onMessage.addListener(wrapped);
      return () => browser.runtime.onMessage.removeListener(wrapped);
    },
    async openListenerPage() {
      await browser.tabs.create({ url: browser.runtime.getURL(LISTENER_PAGE) });
    },
    onBridgeConnect(listener) {
      const wrapped = (port: browser.Runtime.Port) => {
        if (port.name !== WEBREQUEST_PORT) return;
        listener({
          onMessage: (cb) => port.onMessage.addListener(cb),
          post: (message) => port.postMessage(message),
          onClose: (cb) => port.onDisconnect.addListener(() => cb()),
        });
      };
      browser.runtime.onConnect.addListener(wrapped);
      return () => browser.runtime.onConnect.removeListener(wrapped);
    },
  };
}
