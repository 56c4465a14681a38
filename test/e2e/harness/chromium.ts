import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type CDPSession, type Frame, type Page } from 'puppeteer-core';
import { browserPath } from './browsers';

export const PANEL_TITLE = 'API Errors';
const DEVTOOLS_APP = 'devtools://devtools/bundled/devtools_app.html';
/** The unpacked build to load; AED_CHROME_DIST lets parallel work use its own build. */
export const CHROME_DIST = resolve(
  process.env['AED_CHROME_DIST'] ?? resolve(import.meta.dirname, '../../../dist/chrome'),
);

export interface ChromiumSession {
  readonly browser: Browser;
  /** The inspected page (never the DevTools page). */
  readonly page: Page;
  /**
   * Swaps the inspected page for a new tab with DevTools of its own, so a test starts from a
   * panel that has seen nothing, without the cost of a new browser. Profile state (storage,
   * DevTools' dock side) carries over.
   */
  newTab(): Promise<void>;
  /** DevTools' own front-end page, docked to `page`. */
  devtools(): Promise<Page>;
  /** Shows our panel and returns its frame once it reports `data-ready`. */
  openPanel(): Promise<Frame>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  readonly args?: readonly string[];
  /** Reuse a profile (to test persistence across restarts); a fresh one otherwise. */
  readonly userDataDir?: string;
  /** Extra environment, e.g. LANGUAGE=ru for the browser's UI language. */
  readonly env?: Readonly<Record<string, string>>;
  /** CDP call timeout; benches that fire thousands of requests need more than the default. */
  readonly protocolTimeout?: number;
  /** Unpacked extensions to load besides ours (test fixtures). */
  readonly extraExtensions?: readonly string[];
  /** Our build to load instead of CHROME_DIST (a variant made by a test). */
  readonly dist?: string;
}

/** Debian's Chromium with our unpacked extension and DevTools auto-opened (BROWSERS.md recipe). */
export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const ownProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'aed-chromium-'));
  const extensions = [options.dist ?? CHROME_DIST, ...(options.extraExtensions ?? [])].join(',');
  const browser = await puppeteer.launch({
    executablePath: browserPath('chromium'),
    headless: true,
    defaultViewport: null,
    userDataDir,
    enableExtensions: true,
    handleDevToolsAsPage: true,
    env: { ...process.env, ...options.env },
    ...(options.protocolTimeout ? { protocolTimeout: options.protocolTimeout } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--load-extension=${extensions}`,
      `--disable-extensions-except=${extensions}`,
      '--auto-open-devtools-for-tabs',
      // A desktop-sized window; screenshots dock DevTools at the bottom.
      '--window-size=1280,1100',
      ...(options.args ?? []),
    ],
  });
  const pid = browser.process()?.pid;
  try {
    const pages = await browser.pages();
    let page = pages.find((p) => !p.url().startsWith('devtools://')) ?? (await browser.newPage());
    await capturing(browser);
    const session: ChromiumSession = {
      browser,
      get page() {
        return page;
      },
      async newTab() {
        const old = page;
        page = await browser.newPage();
        await old.close();
        // The old tab's DevTools closes with it; until then two DevTools could answer.
        await poll('one DevTools window', async () =>
          browser.targets().filter((t) => t.url().startsWith(DEVTOOLS_APP)).length === 1
            ? true
            : undefined,
        );
        await capturing(browser);
        // Dock side is a profile setting: an earlier test may have undocked DevTools.
        await inDevtools(
          await devtoolsPage(browser),
          "legacy.DockController.DockController.instance().setDockSide('right');",
        );
      },
      devtools: () => devtoolsPage(browser),
      openPanel: () => openPanel(browser),
      async close() {
        await browser.close().catch(() => {});
        if (pid !== undefined) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
        if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
      },
    };
    return session;
  } catch (e) {
    await browser.close().catch(() => {});
    throw e;
  }
}

async function devtoolsPage(browser: Browser): Promise<Page> {
  const target = await browser.waitForTarget((t) => t.url().startsWith(DEVTOOLS_APP), {
    timeout: 20_000,
  });
  const page = await target.asPage();
  if (!page) throw new Error('DevTools target has no page');
  return page;
}

/** Waits until our devtools page listens, so no request fired after this is missed. */
async function capturing(browser: Browser): Promise<void> {
  const dt = await devtoolsPage(browser);
  await poll('the devtools page to capture', async () => {
    const frame = dt.frames().find((f) => /\/src\/devtools\/devtools\.html/.test(f.url()));
    const on = await frame?.evaluate(() => document.body.dataset['capturing'] === 'true');
    return on === true ? true : undefined;
  });
}

async function extensionId(browser: Browser): Promise<string> {
  const target = await browser.waitForTarget(
    (t) => /^chrome-extension:\/\/[a-p]{32}\/.*devtools.*\.html$/.test(t.url()),
    { timeout: 20_000 },
  );
  return new URL(target.url()).host;
}

/**
 * Runs an expression inside DevTools' own front end. It is a string on purpose: Vitest rewrites
 * `import()` in test functions, and DevTools' modules resolve only in DevTools itself.
 */
function inDevtools<T>(dt: Page, body: string): Promise<T> {
  return dt.evaluate(`(async () => {
    const legacy = await import('./ui/legacy/legacy.js');
    const inspector = legacy.InspectorView.InspectorView.instance();
    ${body}
  })()`) as Promise<T>;
}

/** Our panel's DevTools view id: the extension origin plus the title without spaces. */
export function panelIdOf(panel: Frame): string {
  return `${new URL(panel.url()).origin}${PANEL_TITLE.replace(/\s+/g, '')}`;
}

/** Docks DevTools at the bottom, so the panel gets the window's full width (for screenshots). */
export function dockDevtoolsAtBottom(dt: Page): Promise<void> {
  return inDevtools(dt, "legacy.DockController.DockController.instance().setDockSide('bottom');");
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Lays DevTools out for the README's pictures: docked at the bottom (the panel gets the window's
 * width), `height` px tall, in DevTools' own light or dark theme whatever the system prefers.
 * Returns where DevTools sits in its page, its tab bar at the top.
 */
export async function frameDevtools(
  dt: Page,
  theme: 'light' | 'dark',
  height: number,
): Promise<Rect> {
  await inDevtools(
    dt,
    `legacy.DockController.DockController.instance().setDockSide('bottom');
    const common = await import('./core/common/common.js');
    common.Settings.Settings.instance().moduleSetting('ui-theme').set(${JSON.stringify(
      theme === 'dark' ? 'dark' : 'default',
    )});
    // InspectorView is the sidebar of the split between the inspected page and DevTools.
    inspector.parentWidget().setSidebarSize(${height});`,
  );
  await dt.waitForFunction(
    (dark: boolean) =>
      document.documentElement.classList.contains('theme-with-dark-background') === dark,
    { timeout: 20_000 },
    theme === 'dark',
  );
  return inDevtools<Rect>(
    dt,
    `const r = inspector.element.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };`,
  );
}

/** DevTools' tab ids; throws while DevTools is still starting up. */
function tabIds(dt: Page): Promise<string[]> {
  return inDevtools(dt, 'return inspector.tabbedPane.tabIds();');
}

/** Shows a DevTools panel by its view id, as a click on its tab would. */
export function showDevtoolsPanel(dt: Page, id: string): Promise<void> {
  return inDevtools(dt, `await inspector.showPanel(${JSON.stringify(id)});`);
}

async function poll<T>(what: string, fn: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await fn().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function openPanel(browser: Browser): Promise<Frame> {
  const dt = await devtoolsPage(browser);
  const extId = await extensionId(browser);
  // The view id is the extension origin plus the panel title (without spaces).
  const panelId = await poll('our panel tab', async () =>
    (await tabIds(dt)).find((id) => id.startsWith(`chrome-extension://${extId}`)),
  );
  await showDevtoolsPanel(dt, panelId);
  const frame = await poll('the panel frame', async () =>
    dt
      .frames()
      .find((f) => f.url().startsWith(`chrome-extension://${extId}/`) && f.url().includes('panel')),
  );
  await frame.waitForSelector('body[data-ready]', { timeout: 20_000 });
  return frame;
}

/**
 * Undocks DevTools into its own window and sizes that window so our panel is `height` px tall,
 * as in a DevTools window docked at the bottom of a laptop screen.
 */
export async function setPanelHeight(dt: Page, panel: Frame, height: number): Promise<void> {
  const docked = await panel.evaluate(() => innerHeight);
  await inDevtools(dt, "legacy.DockController.DockController.instance().setDockSide('undocked');");
  // Undocking moves DevTools into a window of its own, a moment later.
  await poll('DevTools to undock', async () =>
    (await panel.evaluate(() => innerHeight)) !== docked ? true : undefined,
  );
  await resizePanel(dt, panel, 'height', height);
}

/**
 * Sizes the undocked DevTools window (see setPanelHeight, which undocks it) so that our panel
 * is `width` px wide, as in a DevTools window docked at the bottom of a smaller screen.
 */
export function setPanelWidth(dt: Page, panel: Frame, width: number): Promise<void> {
  return resizePanel(dt, panel, 'width', width);
}

/** Resizes the undocked DevTools window until the panel's inner `side` measures `px`. */
async function resizePanel(dt: Page, panel: Frame, side: 'width' | 'height', px: number) {
  const cdp = await dt.createCDPSession();
  try {
    const windowId = await windowOf(cdp);
    // One request at a time: a second one sent before the first took effect (a busy machine)
    // would be based on the old size and overshoot. A request still unseen after 2 s is resent.
    let asked = { at: -1, time: 0 };
    await poll(`a panel ${px} px ${side === 'width' ? 'wide' : 'high'}`, async () => {
      const now = await panel.evaluate((s) => (s === 'width' ? innerWidth : innerHeight), side);
      if (now === px) return true;
      if (now === asked.at && Date.now() - asked.time < 2000) return undefined;
      asked = { at: now, time: Date.now() };
      const { bounds } = await cdp.send('Browser.getWindowBounds', { windowId });
      const current = (side === 'width' ? bounds.width : bounds.height) ?? 600;
      await cdp.send('Browser.setWindowBounds', {
        windowId,
        bounds: { [side]: current + px - now },
      });
      return undefined;
    });
  } finally {
    await cdp.detach();
  }
}

/** The browser window that shows DevTools (the session's own target). */
async function windowOf(cdp: CDPSession): Promise<number> {
  return (await cdp.send('Browser.getWindowForTarget')).windowId;
}
