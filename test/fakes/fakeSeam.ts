import type {
  BodyContent,
  DevtoolsSeam,
  FinishedEntry,
  LoggedEntry,
  WebRequestEvent,
  WebRequestListener,
} from '../../src/platform/seam';

type RequestListener = (entry: FinishedEntry, content: () => Promise<BodyContent>) => void;

/** A DevtoolsSeam that tests drive by hand: emit requests, navigations and theme changes. */
export class FakeSeam implements DevtoolsSeam {
  readonly inspectedTabId = 7;
  theme = 'default';
  language = 'en-US';
  storage = new Map<string, unknown>();
  contentCalls = 0;
  /** What getHar() resolves to; tests set it before starting capture, or between polls. */
  harLog: LoggedEntry[] = [];
  harCalls = 0;
  granted = false;
  requests = new Set<RequestListener>();
  private webRequests = new Set<WebRequestListener>();
  private navigations = new Set<(url: string) => void>();
  private themes = new Set<(name: string) => void>();

  onRequestFinished(listener: RequestListener) {
    this.requests.add(listener);
    return () => this.requests.delete(listener);
  }
  onNavigated(listener: (url: string) => void) {
    this.navigations.add(listener);
    return () => this.navigations.delete(listener);
  }
  async getHar() {
    this.harCalls++;
    return this.harLog;
  }
  onWebRequest(listener: WebRequestListener) {
    this.webRequests.add(listener);
    // As the background answers a new port: with whether the listener is on.
    void Promise.resolve().then(() => listener.access(this.granted));
    return () => this.webRequests.delete(listener);
  }
  themeName() {
    return this.theme;
  }
  onThemeChanged(listener: (name: string) => void) {
    this.themes.add(listener);
    return () => this.themes.delete(listener);
  }
  uiLanguage() {
    return this.language;
  }
  async storageGet(key: string) {
    return this.storage.get(key);
  }
  async storageSet(key: string, value: unknown) {
    this.storage.set(key, value);
  }

  emitRequest(entry: FinishedEntry, body: BodyContent | Error = { text: null, base64: false }) {
    for (const l of this.requests) {
      l(entry, async () => {
        this.contentCalls++;
        if (body instanceof Error) throw body;
        return body;
      });
    }
  }
  emitWebRequest(event: WebRequestEvent) {
    for (const l of this.webRequests) l.event(event);
  }
  grant(on: boolean) {
    this.granted = on;
    for (const l of this.webRequests) l.access(on);
  }
  navigate(url = 'https://app.example.com/') {
    for (const l of this.navigations) l(url);
  }
  changeTheme(name: string) {
    this.theme = name;
    for (const l of this.themes) l(name);
  }
  get listenerCount() {
    return this.requests.size + this.navigations.size + this.themes.size + this.webRequests.size;
  }
}

export function entry(
  url: string,
  status: number,
  extra: { method?: string; mimeType?: string; resourceType?: string; time?: number } = {},
): FinishedEntry {
  return {
    startedDateTime: '2026-06-23T10:00:00.000Z',
    time: extra.time ?? 120,
    _resourceType: extra.resourceType ?? 'fetch',
    request: { url, method: extra.method ?? 'GET', headers: [] },
    response: {
      status,
      headers: [{ name: 'Content-Type', value: extra.mimeType ?? 'application/json' }],
      content: { mimeType: extra.mimeType ?? 'application/json' },
    },
  };
}
