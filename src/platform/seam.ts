import type { Header } from '../core/types';
import type { BridgeMessage } from './webRequestProtocol';

export type Unsubscribe = () => void;

/** The fields of a DevTools HAR entry that capture reads. */
export interface FinishedEntry {
  readonly startedDateTime: string;
  /** Total time in ms, so start + time is when the response ended. */
  readonly time: number;
  /** Chrome's resource type (`fetch`, `xhr`, `image`, `preflight`…); Firefox sends none. */
  readonly _resourceType?: string;
  /**
   * Chrome's initiator with its call stack (read by `callSiteOf`); `null` when it hides who made
   * the request (another extension). Firefox sends none.
   */
  readonly _initiator?: unknown;
  /** The page load it belongs to; only in getHAR() entries. */
  readonly pageref?: string;
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
    /** Bytes of body on the wire; Chrome reports it even when it kept no body. */
    readonly bodySize?: number;
    /** Chrome: why the request failed below HTTP (`net::ERR_…`), else null. */
    readonly _error?: string | null;
    /** Chrome: a service worker answered the request. */
    readonly _fetchedViaServiceWorker?: boolean;
  };
}

/** One entry of the DevTools network log; Chrome's can still fetch their body, Firefox's not. */
export interface LoggedEntry {
  readonly entry: FinishedEntry;
  readonly content: (() => Promise<BodyContent>) | null;
}

/**
 * What the opt-in background listener (webRequest) saw of one request of the inspected tab:
 * status and headers only, never a body.
 */
export interface WebRequestEvent {
  readonly url: string;
  readonly method: string;
  /** 0 when it failed below HTTP. */
  readonly status: number;
  readonly responseHeaders: readonly Header[];
  /** The browser's name for a failure below HTTP (`net::ERR_…`, `NS_ERROR_…`). */
  readonly error: string | null;
  /** When the response ended (or the request failed), in ms since the epoch. */
  readonly endedAt: number;
  /** When the request started, in ms since the epoch. */
  readonly startedAt: number;
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
  /** The DevTools network log as it is now (HAR entries), for what no event delivered. */
  getHar(): Promise<readonly LoggedEntry[]>;
  /**
   * The opt-in webRequest listener, for the inspected tab: `access` says whether the user turned
   * it on (soon after subscribing, then on each change), `event` brings what it saw, including
   * what it kept from before DevTools opened. No event arrives while it is off.
   */
  onWebRequest(listener: WebRequestListener): Unsubscribe;
  /** `default`/`light`, `dark`, or Firefox's `firebug`. */
  themeName(): string;
  onThemeChanged(listener: (name: string) => void): Unsubscribe;
  uiLanguage(): string;
  storageGet(key: string): Promise<unknown>;
  storageSet(key: string, value: unknown): Promise<void>;
}

export interface WebRequestListener {
  access(granted: boolean): void;
  event(event: WebRequestEvent): void;
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

/**
 * The panel's way to the listener's switch. DevTools pages have no permissions API in Firefox
 * (and a request needs the user's click in a full extension page), so the background opens one.
 */
export interface PermissionSeam {
  openListenerPage(): void;
}

/** The listener page's calls: a full extension page, where a permission can be asked for. */
export interface ListenerPageSeam {
  granted(): Promise<boolean>;
  /** Asks for the optional permissions; must run in the user's click. */
  request(): Promise<boolean>;
  remove(): Promise<boolean>;
  uiLanguage(): string;
}

/** One devtools page's port to the background, as the bridge sees it. */
export interface BridgePort {
  onMessage(listener: (message: unknown) => void): void;
  post(message: BridgeMessage): void;
  onClose(listener: () => void): void;
}

/** The background's calls: storage, a hook for install and update, and the webRequest bridge. */
export interface BackgroundSeam {
  storageGet(key: string): Promise<unknown>;
  storageSet(key: string, value: unknown): Promise<void>;
  onInstalled(listener: (reason: string) => void): Unsubscribe;
  /** storage.session: outlives the service worker, not the browser session. */
  sessionGet(key: string): Promise<unknown>;
  sessionSet(key: string, value: unknown): Promise<void>;
  /**
   * Every tab's requests as the webRequest listener sees them, while its optional permission is
   * granted; listens from the moment it is granted, and again when the worker restarts.
   */
  onWebRequestEvent(listener: (tabId: number, event: WebRequestEvent) => void): Unsubscribe;
  /** A devtools page opened its port to the bridge. */
  onBridgeConnect(listener: (port: BridgePort) => void): Unsubscribe;
  /** Whether the listener's optional permissions are granted, now and on each change. */
  webRequestGranted(): Promise<boolean>;
  onWebRequestAccess(listener: (granted: boolean) => void): Unsubscribe;
  /** The panel asked for the listener page. */
  onOpenListenerPage(listener: () => void): Unsubscribe;
  openListenerPage(): Promise<void>;
}
