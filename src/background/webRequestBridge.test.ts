import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackgroundSeam, BridgePort, WebRequestEvent } from '../platform/seam';
import type { BridgeMessage } from '../platform/webRequestProtocol';
import { BACKLOG_KEY, startWebRequestBridge } from './webRequestBridge';

const NOW = Date.parse('2026-06-23T10:00:00Z');

function ev(
  url: string,
  status: number,
  endedAt: number,
  type = 'application/json',
): WebRequestEvent {
  return {
    url,
    method: 'GET',
    status,
    responseHeaders: [{ name: 'Content-Type', value: type }],
    error: null,
    startedAt: endedAt - 10,
    endedAt,
  };
}

class FakeBackground implements BackgroundSeam {
  session = new Map<string, unknown>();
  granted = true;
  private access: ((granted: boolean) => void)[] = [];
  private events: ((tabId: number, e: WebRequestEvent) => void)[] = [];
  private connects: ((p: BridgePort) => void)[] = [];
  storageGet = async () => undefined;
  storageSet = async () => {};
  onInstalled = () => () => {};
  async sessionGet(key: string) {
    return this.session.get(key);
  }
  async sessionSet(key: string, value: unknown) {
    this.session.set(key, value);
  }
  onWebRequestEvent(l: (tabId: number, e: WebRequestEvent) => void) {
    this.events.push(l);
    return () => {};
  }
  onBridgeConnect(l: (p: BridgePort) => void) {
    this.connects.push(l);
    return () => {};
  }
  async webRequestGranted() {
    return this.granted;
  }
  onWebRequestAccess(l: (granted: boolean) => void) {
    this.access.push(l);
    return () => {};
  }
  onOpenListenerPage = () => () => {};
  openListenerPage = async () => {};
  grant(on: boolean) {
    this.granted = on;
    for (const l of this.access) l(on);
  }
  fire(tabId: number, e: WebRequestEvent) {
    for (const l of this.events) l(tabId, e);
  }
  /** A devtools page connects for `tabId`; returns the events it receives, and `access`. */
  connect(tabId: number, since = 0): WebRequestEvent[] & { access: boolean[] } {
    const got = Object.assign([] as WebRequestEvent[], { access: [] as boolean[] });
    let onMessage: (m: unknown) => void = () => {};
    const port: BridgePort = {
      onMessage: (cb) => (onMessage = cb),
      post: (m: BridgeMessage) =>
        m.type === 'event' ? got.push(m.event) : got.access.push(m.granted),
      onClose: () => {},
    };
    for (const l of this.connects) l(port);
    onMessage({ type: 'hello', tabId, since });
    return got;
  }
}

beforeEach(() => vi.useFakeTimers({ now: NOW }));
afterEach(() => vi.useRealTimers());

describe('the webRequest bridge', () => {
  it("forwards a tab's possible errors to its devtools pages only, never successes", async () => {
    const bg = new FakeBackground();
    startWebRequestBridge(bg, () => NOW);
    const tab1 = bg.connect(1);
    const tab2 = bg.connect(2);
    await vi.advanceTimersByTimeAsync(0);
    bg.fire(1, ev('https://a/x', 500, NOW));
    bg.fire(1, ev('https://a/page', 200, NOW, 'text/html'));
    bg.fire(2, ev('https://b/y', 404, NOW));
    expect(tab1.map((e) => e.url)).toEqual(['https://a/x']);
    expect(tab1.access).toEqual([true]);
    expect(tab2.map((e) => e.url)).toEqual(['https://b/y']);
  });

  it('keeps recent ones for a DevTools window opened later, across a worker restart', async () => {
    const bg = new FakeBackground();
    startWebRequestBridge(bg, () => NOW);
    bg.fire(3, ev('https://a/old', 500, NOW - 11 * 60_000));
    bg.fire(3, ev('https://a/recent', 429, NOW - 1000));
    await vi.advanceTimersByTimeAsync(1000); // saved to storage.session
    expect(Object.keys(bg.session.get(BACKLOG_KEY) as object)).toEqual(['3']);

    const restarted = new FakeBackground();
    restarted.session = bg.session;
    startWebRequestBridge(restarted, () => NOW);
    const got = restarted.connect(3);
    await vi.advanceTimersByTimeAsync(0);
    expect(got.map((e) => e.url)).toEqual(['https://a/recent']);
    // A page that reconnects asks only for what came after what it has.
    const again = restarted.connect(3, NOW - 1000);
    await vi.advanceTimersByTimeAsync(0);
    expect([...again]).toEqual([]);
  });

  it('tells each devtools page whether the listener is on, and when that changes', async () => {
    const bg = new FakeBackground();
    bg.granted = false;
    startWebRequestBridge(bg, () => NOW);
    const page = bg.connect(1);
    await vi.advanceTimersByTimeAsync(0);
    bg.grant(true);
    expect(page.access).toEqual([false, true]);
  });
});
