import browser from 'webextension-polyfill';
import type { DevtoolsNetwork } from 'webextension-polyfill/namespaces/devtools_network';
import type {
  BackgroundSeam,
  BodyContent,
  DevtoolsSeam,
  FinishedEntry,
  PanelSeam,
  Unsubscribe,
} from './seam';

/**
 * getContent resolves differently per browser and version: Firefox gives `[content, mimeType]`,
 * the polyfill over Chrome's callback gives `[content, encoding]`, and Chrome 156's promise
 * gives `{ content, encoding }`. Only Chrome ever reports 'base64'.
 */
export function toBody(result: unknown): BodyContent {
  if (Array.isArray(result)) {
    const [text, second] = result as unknown[];
    return { text: typeof text === 'string' ? text : null, base64: second === 'base64' };
  }
  if (typeof result === 'object' && result !== null) {
    const { content, encoding } = result as { content?: unknown; encoding?: unknown };
    return { text: typeof content === 'string' ? content : null, base64: encoding === 'base64' };
  }
  return { text: typeof result === 'string' ? result : null, base64: false };
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
  };
}
