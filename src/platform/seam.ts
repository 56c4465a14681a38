import type { Header } from '../core/types';

export type Unsubscribe = () => void;

/** The fields of a DevTools HAR entry that capture reads. */
export interface FinishedEntry {
  readonly startedDateTime: string;
  /** Total time in ms, so start + time is when the response ended. */
  readonly time: number;
  /** Chrome's resource type (`fetch`, `xhr`, `image`…); Firefox sends none. */
  readonly _resourceType?: string;
  /** Chrome's initiator with its call stack; Firefox sends none. Read by `callSiteOf`. */
  readonly _initiator?: unknown;
  readonly request: {
    readonly url: string;
    readonly method: string;
    readonly headers: readonly Header[];
    readonly postData?: { readonly text?: string };
  };
  readonly response: {
    readonly status: number;
    readonly headers: readonly Header[];
    readonly content: { readonly mimeType?: string; readonly size?: number };
  };
}

export interface BodyContent {
  readonly text: string | null;
  readonly base64: boolean;
}

/**
 * The one seam between our code and `browser.*`. The real one wraps webextension-polyfill;
 * tests pass a fake with the same shape.
 */
export interface DevtoolsSeam {
  readonly inspectedTabId: number;
  onRequestFinished(
    listener: (entry: FinishedEntry, content: () => Promise<BodyContent>) => void,
  ): Unsubscribe;
  onNavigated(listener: (url: string) => void): Unsubscribe;
  /** `default`/`light`, `dark`, or Firefox's `firebug`. */
  themeName(): string;
  onThemeChanged(listener: (name: string) => void): Unsubscribe;
  uiLanguage(): string;
  storageGet(key: string): Promise<unknown>;
  storageSet(key: string, value: unknown): Promise<void>;
}

/** The devtools page's own calls: the panel page never creates panels. */
export interface PanelSeam {
  /** Creates our panel; `onShown` hands over the panel's window each time it is shown. */
  createPanel(
    title: string,
    iconPath: string,
    pagePath: string,
    onShown: (win: Window) => void,
  ): void;
  /** Shows a script at a line in DevTools' Sources panel; line and column count from 1. */
  openResource(url: string, line: number, column: number): void;
}

/** The background's calls: storage, and a hook for install and update. */
export interface BackgroundSeam {
  storageGet(key: string): Promise<unknown>;
  storageSet(key: string, value: unknown): Promise<void>;
  onInstalled(listener: (reason: string) => void): Unsubscribe;
}
