import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { browserPath } from './browsers';
import type { RowInfo } from './panel';

export const PANEL_TITLE = 'API Errors';
export const FIREFOX_DIST = resolve(import.meta.dirname, '../../../dist/firefox');

/**
 * Firefox 153 through puppeteer-core over WebDriver BiDi (BROWSERS.md recipe). Our panel lives
 * in Firefox's own toolbox, which no WebDriver API reaches: the harness evaluates in the
 * browser's chrome window (this needs `--remote-allow-system-access`) and uses Firefox
 * internals (gDevTools, the toolbox's panel iframes, frame scripts). Those are not stable APIs:
 * keep their use here, small, and pinned to the Firefox version in BROWSERS.md.
 */
export interface FirefoxSession {
  readonly browser: Browser;
  /** The inspected page: the tab the toolbox is opened for. */
  readonly page: Page;
  /** Our add-on's id, as `installExtension` returned it. */
  readonly extensionId: string;
  /** Runs an async function body in the browser window (chrome scope); `gDevTools` is in scope. */
  chromeEval<T>(body: string): Promise<T>;
  /**
   * Opens the toolbox for `page` (if closed) without showing our panel; resolves once our
   * devtools page listens to the network.
   */
  openToolbox(): Promise<void>;
  /** Opens the toolbox for `page`, selects our panel, and resolves once it reports `data-ready`. */
  openPanel(): Promise<FirefoxPanel>;
  /** Closes the toolbox: its devtools page, and so its store, go with it. */
  closeToolbox(): Promise<void>;
  close(): Promise<void>;
}

/** Our panel's document, driven from outside (the panel's `<browser>` is out of process). */
export interface FirefoxPanel {
  /**
   * Runs `fnSource`, a function `(document, window, arg) => value` in source form, in a frame
   * script of the panel's browser and resolves with its (awaited) value, through JSON.
   * `document` and `window` are the panel's, seen through Xrays: DOM properties work, page
   * script globals are on `window.wrappedJSObject`. A string, so that Vitest leaves it alone.
   */
  eval<T>(fnSource: string, arg?: unknown): Promise<T>;
  /** The rows the panel has in its DOM now (the list is virtualized: only visible ones). */
  rows(): Promise<RowInfo[]>;
  /** Polls until `check` holds for the rows; events arrive in no guaranteed order. */
  waitForRows(check: (rows: RowInfo[]) => boolean, what: string, ms?: number): Promise<RowInfo[]>;
  /** Polls until an element matches `selector`. */
  waitForSelector(selector: string, ms?: number): Promise<void>;
  /** Replaces the filter text as typing would: React sees an `input` event. */
  setFilter(text: string): Promise<void>;
  /** Clicks the first element that matches `selector`; fails if there is none. */
  click(selector: string): Promise<void>;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

interface EvalReply {
  ok: boolean;
  json?: string;
  error?: string;
}

export async function poll<T>(
  what: string,
  fn: () => Promise<T | undefined>,
  ms = 30_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  let lastError: unknown;
  for (;;) {
    let value: T | undefined;
    try {
      value = await fn();
    } catch (e) {
      lastError = e;
    }
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`timed out waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Debian's Firefox ESR with dist/firefox installed as a temporary add-on. */
export async function launchFirefox(
  prefs: Readonly<Record<string, string | number | boolean>> = {},
): Promise<FirefoxSession> {
  if (!existsSync(join(FIREFOX_DIST, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_DIST}: run npx vite build --mode firefox`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'aed-firefox-'));
  let browser: Browser | undefined;
  let pid: number | undefined;
  const kill = async () => {
    // A graceful close first (puppeteer tidies up), but never wait long for it.
    await Promise.race([browser?.close().catch(() => {}), new Promise((r) => setTimeout(r, 3000))]);
    if (pid !== undefined) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: browserPath('firefox'),
      headless: true,
      userDataDir: profile,
      defaultViewport: null,
      // Chrome-scope evaluation (gDevTools, the toolbox) is refused without it.
      args: ['--remote-allow-system-access', '--width=1280', '--height=1000'],
      extraPrefsFirefox: prefs,
    });
    pid = browser.process()?.pid;
    const b = browser;
    const extensionId = await b.installExtension(FIREFOX_DIST);
    const page = (await b.pages())[0] ?? (await b.newPage());
    const bidi = (b as unknown as { connection: BidiConnection }).connection;
    const chromeEval = <T>(body: string) => evalInChrome<T>(bidi, body);
    return {
      browser: b,
      page,
      extensionId,
      chromeEval,
      openToolbox: async () => {
        await openToolbox(chromeEval, extensionId);
      },
      openPanel: () => openPanel(chromeEval, extensionId),
      async closeToolbox() {
        await chromeEval('await gDevTools.closeToolboxForTab(gBrowser.selectedTab);');
      },
      close: kill,
    };
  } catch (e) {
    await kill();
    throw e;
  }
}

async function evalInChrome<T>(bidi: BidiConnection, body: string): Promise<T> {
  const { result: tree } = (await bidi.send('browsingContext.getTree', {
    'moz:scope': 'chrome',
    maxDepth: 0,
  })) as { result: { contexts: { context: string; url: string }[] } };
  const win = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!win) throw new Error('no browser window among the chrome contexts');
  const { result } = (await bidi.send('script.evaluate', {
    // The body's value goes back as JSON: BiDi serializes only plain values well.
    expression: `(async () => {
      const { require } = ChromeUtils.importESModule('resource://devtools/shared/loader/Loader.sys.mjs');
      const { gDevTools } = require('devtools/client/framework/devtools');
      const value = await (async () => { ${body} })();
      return JSON.stringify(value === undefined ? null : value);
    })()`,
    target: { context: win.context },
    awaitPromise: true,
    resultOwnership: 'none',
  })) as { result: EvaluateResult };
  if (result.type === 'exception') {
    throw new Error(`chrome eval failed: ${result.exceptionDetails?.text ?? 'unknown'}`);
  }
  return JSON.parse(String(result.result?.value)) as T;
}

/**
 * Opens the toolbox for the selected tab and resolves with our panel's tool id once the devtools
 * page has registered it. devtools.ts subscribes to the network before it creates the panel, so
 * from then on no request of the tab is missed.
 */
async function openToolbox(
  chromeEval: <T>(body: string) => Promise<T>,
  extensionId: string,
): Promise<string> {
  // Opened on the options tool, not the console or network monitor: our panel must receive
  // requests without either of them having been opened (true in Firefox 153).
  await chromeEval(
    `if (!gDevTools.getToolboxForTab(gBrowser.selectedTab)) {
      await gDevTools.showToolboxForTab(gBrowser.selectedTab, { toolId: 'options' });
    }`,
  );
  return poll('our panel in the toolbox', () =>
    chromeEval<string | null>(`
      const toolbox = gDevTools.getToolboxForTab(gBrowser.selectedTab);
      const tool = toolbox?.getAdditionalTools().find(
        (t) => t.extensionId === ${JSON.stringify(extensionId)} &&
          t.label === ${JSON.stringify(PANEL_TITLE)});
      return tool ? tool.id : null;`).then((id) => id ?? undefined),
  );
}

async function openPanel(
  chromeEval: <T>(body: string) => Promise<T>,
  extensionId: string,
): Promise<FirefoxPanel> {
  const toolId = await openToolbox(chromeEval, extensionId);
  await chromeEval(
    `await gDevTools.getToolboxForTab(gBrowser.selectedTab).selectTool(${JSON.stringify(toolId)});`,
  );
  const panel = firefoxPanel(chromeEval, toolId);
  await poll('the panel to report data-ready', async () =>
    (await panel.eval<boolean>('(doc) => doc.body?.dataset.ready === "true"')) ? true : undefined,
  );
  return panel;
}

function firefoxPanel(chromeEval: <T>(body: string) => Promise<T>, toolId: string): FirefoxPanel {
  const evalIn = async <T>(fnSource: string, arg?: unknown): Promise<T> => {
    // The frame script runs with chrome privileges in the panel's process, so the extension
    // page's CSP (no eval) does not apply to it; its `content` is the panel's window.
    const script = `(async () => {
      const id = __AED_ID__;
      try {
        const fn = (${fnSource});
        const value = await fn(content.document, content, ${JSON.stringify(arg ?? null)});
        sendAsyncMessage('aed:panel-eval', { id, ok: true, json: JSON.stringify(value === undefined ? null : value) });
      } catch (e) {
        sendAsyncMessage('aed:panel-eval', { id, ok: false, error: String(e && e.stack ? e + '\\n' + e.stack : e) });
      }
    })();`;
    const reply = await chromeEval<EvalReply>(`
      const toolbox = gDevTools.getToolboxForTab(gBrowser.selectedTab);
      const frame = toolbox.doc.getElementById('toolbox-panel-iframe-' + ${JSON.stringify(toolId)});
      const browser = frame?.contentDocument?.querySelector('browser');
      // The panel's <browser> starts on about:blank in a web process, then switches to the
      // extension process: a frame script loaded before the switch would never answer.
      if (!browser?.messageManager || browser.remoteType !== 'extension' ||
          !browser.currentURI?.spec.startsWith('moz-extension://')) {
        return { ok: false, error: 'the panel page is not loaded (yet)' };
      }
      const mm = browser.messageManager;
      const id = Math.random().toString(36).slice(2);
      return await new Promise((resolve) => {
        const done = (reply) => {
          mm.removeMessageListener('aed:panel-eval', listener);
          clearTimeout(timer);
          resolve(reply);
        };
        const listener = (msg) => { if (msg.data.id === id) done(msg.data); };
        const timer = setTimeout(() => done({ ok: false, error: 'the frame script did not answer' }), 5000);
        mm.addMessageListener('aed:panel-eval', listener);
        const src = ${JSON.stringify(script)}.replace('__AED_ID__', JSON.stringify(id));
        mm.loadFrameScript('data:application/javascript,' + encodeURIComponent(src), false);
      });`);
    if (!reply.ok) throw new Error(`panel eval failed: ${reply.error ?? 'unknown'}`);
    return JSON.parse(reply.json ?? 'null') as T;
  };

  const rows = () =>
    evalIn<RowInfo[]>(`(doc) => Array.from(doc.querySelectorAll('.row'), (el) => ({
      format: el.dataset.format ?? '',
      code: el.dataset.code ?? '',
      status: el.dataset.status ?? '',
      text: el.textContent ?? '',
    }))`);

  return {
    eval: evalIn,
    rows,
    async waitForRows(check, what, ms = 20_000) {
      let last: RowInfo[] = [];
      return poll(
        what,
        async () => {
          last = await rows();
          return check(last) ? last : undefined;
        },
        ms,
      ).catch((e: Error) => {
        throw new Error(`${e.message}; rows: ${JSON.stringify(last.slice(0, 20))}`);
      });
    },
    async waitForSelector(selector, ms = 20_000) {
      await poll(
        `an element matching ${selector}`,
        async () =>
          (await evalIn<boolean>('(doc, _win, sel) => doc.querySelector(sel) !== null', selector))
            ? true
            : undefined,
        ms,
      );
    },
    async setFilter(text) {
      const ok = await evalIn<boolean>(
        `(doc, win, text) => {
          const input = doc.querySelector('#filter');
          if (!input) return false;
          input.focus();
          // Through the Xray this is the native setter: React's value tracker keeps the old
          // value, so the input event below reads as a change.
          input.value = text;
          input.dispatchEvent(new win.Event('input', { bubbles: true }));
          return true;
        }`,
        text,
      );
      if (!ok) throw new Error('no #filter in the panel');
    },
    async click(selector) {
      const ok = await evalIn<boolean>(
        `(doc, win, sel) => {
          const el = doc.querySelector(sel);
          if (!el) return false;
          el.dispatchEvent(new win.MouseEvent('click', { bubbles: true, cancelable: true, view: win }));
          return true;
        }`,
        selector,
      );
      if (!ok) throw new Error(`nothing matches ${selector} in the panel`);
    },
  };
}
