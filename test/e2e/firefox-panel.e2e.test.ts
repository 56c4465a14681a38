import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { launchFirefox, poll, type FirefoxPanel, type FirefoxSession } from './harness/firefox';
import { ONE_PER_FORMAT } from './harness/fixtures';
import { fire } from './harness/panel';

let demo: DemoServer;
// One Firefox for the file (it is the slow part); each test gets a fresh toolbox, so a fresh
// devtools page and store, and an empty panel.
let session: FirefoxSession | undefined;

beforeAll(async () => {
  demo = await startDemoServer();
  // Optional permissions are granted without a prompt, as a test cannot click Firefox's own.
  session = await launchFirefox({ 'extensions.webextOptionalPermissionPrompts': false });
  await session.page.goto(demo.url + '/');
});

afterAll(async () => {
  await session?.close();
  await demo?.close();
});

afterEach(async () => {
  await session?.closeToolbox();
});

async function freshPanel(): Promise<{ s: FirefoxSession; panel: FirefoxPanel }> {
  if (!session) throw new Error('Firefox did not start');
  const panel = await session.openPanel();
  expect(await panel.rows()).toEqual([]);
  return { s: session, panel };
}

describe('the API Errors panel in real Firefox', () => {
  it('shows requests made before the panel was first shown', async () => {
    if (!session) throw new Error('Firefox did not start');
    await session.openToolbox();
    await fire(session.page, ['/api/ok-flag/invalid_token', '/api/numeric-code/1001']);
    const panel = await session.openPanel();
    const rows = await panel.waitForRows((r) => r.length >= 2, 'the early errors');
    expect(rows.map((r) => r.code).sort()).toEqual(['1001', 'invalid_token']);
  });

  it('decodes all five formats and leaves successes out', async () => {
    const { s, panel } = await freshPanel();
    await fire(s.page, [
      '/api/success',
      '/api/jsonrpc/success',
      ...ONE_PER_FORMAT.map((e) => e.path),
    ]);
    await panel.waitForRows((r) => r.length >= 5, 'five decoded errors');
    await new Promise((r) => setTimeout(r, 300)); // let any late (wrong) success row arrive
    const rows = await panel.rows();
    expect(new Set(rows.map((r) => `${r.format} ${r.code} ${r.status}`))).toEqual(
      new Set(ONE_PER_FORMAT.map((e) => `${e.format} ${e.code} ${e.status}`)),
    );
    expect(rows).toHaveLength(5);
    const text = rows.map((r) => r.text).join('\n');
    expect(text).toContain('Method not found');
    expect(text).not.toMatch(/\/api\/success(?!-)|\/api\/jsonrpc\/success/);
    // Every row says what its code means, not just the code.
    const meanings = await panel.eval<string[]>(
      `(doc) => Array.from(doc.querySelectorAll('.row .cell-meaning'), (c) => c.textContent.trim())`,
    );
    expect(meanings).toHaveLength(5);
    for (const meaning of meanings) expect(meaning).toMatch(/[a-z]{3}/i);
    // The DevTools theme reached the panel (Firefox names it light, dark or firebug).
    expect(['light', 'dark']).toContain(
      await panel.eval<string>('(doc) => doc.documentElement.dataset.theme'),
    );
  });

  it('filters by host: 127.0.0.1 and localhost are two hosts', async () => {
    const { s, panel } = await freshPanel();
    const other = demo.url.replace('127.0.0.1', 'localhost');
    await fire(s.page, ['/api/ok-flag/invalid_request', `${other}/api/numeric-code/3001`]);
    await panel.waitForRows((r) => r.length === 2, 'errors from two hosts');
    await panel.setFilter('domain:localhost');
    const onlyLocal = await panel.waitForRows(
      (r) => r.length === 1 && r[0]?.code === '3001',
      'only the localhost row',
    );
    // Filtered to one host, a row shows the path alone.
    expect(onlyLocal[0]?.text).toContain('/api/numeric-code/3001');
    expect(onlyLocal[0]?.text).not.toContain('localhost');
    await panel.setFilter('-domain:localhost');
    await panel.waitForRows(
      (r) => r.length === 1 && r[0]?.code === 'invalid_request',
      'only the 127.0.0.1 row',
    );
    await panel.setFilter('');
    await panel.waitForRows((r) => r.length === 2, 'both rows again');
  });

  it('finds a row by its body, says Firefox names no calling code, and finds in the body tree', async () => {
    const { s, panel } = await freshPanel();
    await fire(s.page, ['/api/ok-flag/invalid_request', '/api/state-meta/validation_error']);
    await panel.waitForRows((r) => r.length === 2, 'two rows');
    // "required" is only in the validation_error body (a field error).
    await panel.setFilter('body:REQUIRED');
    const found = await panel.waitForRows((r) => r.length === 1, 'the row found by body:');
    expect(found[0]?.code).toBe('validation_error');
    // Firefox's HAR entries carry no _initiator: no link, and the details pane says why.
    expect(
      await panel.eval<(string | null)[]>(
        `(doc) => Array.from(doc.querySelectorAll('.row'), (r) => r.getAttribute('data-initiator'))`,
      ),
    ).toEqual([null]);
    await panel.click('.row');
    await panel.waitForSelector('#initiator-none');
    expect(
      await panel.eval<string>(`(doc) => doc.querySelector('#initiator-none').textContent`),
    ).toContain('Firefox does not tell extensions');

    // The body opens as a tree: find opens the path to a match; the decoder's code is marked.
    await panel.click('#json-collapse-all');
    await panel.eval(
      `(doc, win) => {
        const input = doc.querySelector('#json-find');
        input.value = 'REQUIRED';
        input.dispatchEvent(new win.Event('input', { bubbles: true }));
      }`,
    );
    await panel.waitForSelector('.jt-row.current[data-pointer="/error/details/amount/0"]');
    expect(
      await panel.eval<[string, string]>(
        `(doc) => [doc.querySelector('#json-find-count').textContent,
          doc.querySelector('.jt-row[data-pointer="/error/code"]').dataset.field]`,
      ),
    ).toEqual(['1 of 1', 'code']);
  });

  it('shows a hostile HTML body as text and runs nothing', async () => {
    const { s, panel } = await freshPanel();
    await fire(s.page, ['/api/hostile/html-500']);
    await panel.waitForRows((r) => r.length === 1, 'the hostile row');
    await panel.click('.row');
    await panel.waitForSelector('#details');
    const details = await panel.eval<{ text: string; elements: number; pwned: unknown }>(
      `(doc, win) => {
        const d = doc.querySelector('#details');
        return {
          text: d.textContent,
          elements: d.querySelectorAll('script, img, iframe').length,
          pwned: win.wrappedJSObject.__pwned ?? null,
        };
      }`,
    );
    expect(details.text).toContain('<script>');
    expect(details.text).toContain('window.__pwned=1');
    expect(details.elements).toBe(0);
    expect(details.pwned).toBeNull();
  });
});

interface GapRow {
  id: string;
  method: string;
  format: string;
  code: string;
  status: string;
  gap: string;
}

function gapRows(panel: FirefoxPanel): Promise<GapRow[]> {
  return panel.eval<GapRow[]>(`(doc) => Array.from(doc.querySelectorAll('.row'), (el) => ({
    id: el.dataset.id ?? '',
    method: el.querySelector('.cell-method')?.textContent ?? '',
    format: el.dataset.format ?? '',
    code: el.dataset.code ?? '',
    status: el.dataset.status ?? '',
    gap: el.dataset.gap ?? '',
  }))`);
}

async function waitGapRows(
  panel: FirefoxPanel,
  check: (rows: GapRow[]) => boolean,
  what: string,
): Promise<GapRow[]> {
  let last: GapRow[] = [];
  return poll(what, async () => {
    last = await gapRows(panel);
    return check(last) ? last : undefined;
  }).catch((e: Error) => {
    throw new Error(`${e.message}; rows: ${JSON.stringify(last.slice(0, 12))}`);
  });
}

/** Runs a window.demo function that navigates the page, and waits for the new page. */
async function navigating(s: FirefoxSession, fn: string): Promise<void> {
  const navigated = s.page.waitForNavigation({ waitUntil: 'load' });
  await s.page
    .evaluate((name: string) => {
      const demo = (window as unknown as { demo: Record<string, () => unknown> }).demo;
      return demo[name]?.();
    }, fn)
    .catch(() => {}); // the navigation may end the evaluation
  await navigated;
}

describe('blind spots in real Firefox', () => {
  it('decodes an error sent without Content-Type, which Firefox hands out as base64', async () => {
    const { s, panel } = await freshPanel();
    await fire(s.page, ['/api/blind/no-content-type']);
    const rows = await waitGapRows(panel, (r) => r.length === 1, 'the row');
    expect(rows[0]).toMatchObject({ format: 'ok-flag', code: 'invalid_request', status: '200' });
  });

  it('lists a closed port and CORS refusals as network errors, preflight folded', async () => {
    const { s, panel } = await freshPanel();
    await s.page.evaluate(() =>
      (window as unknown as { demo: { corsRejected(): Promise<unknown> } }).demo.corsRejected(),
    );
    await waitGapRows(panel, (r) => r.length >= 2, 'the two CORS rows');
    // Fired once the CORS rows are in: a wrong row of the preflight would be listed by then.
    await s.page.evaluate(() =>
      (window as unknown as { demo: { closedPort(): Promise<unknown> } }).demo.closedPort(),
    );
    const rows = await waitGapRows(panel, (r) => r.length >= 3, 'the refused row');
    // Firefox names no error and marks no CORS refusal: both are inferred from the headers.
    expect(rows.map((r) => `${r.method} ${r.format} ${r.code} ${r.status}`).sort()).toEqual([
      'GET network  0',
      'GET network CORSMissingAllowOrigin 200',
      'PUT network CORSMissingAllowOrigin 0',
    ]);
    const put = rows.find((r) => r.method === 'PUT') as GapRow;
    await panel.click(`.row[data-id="${put.id}"]`);
    await panel.waitForSelector('#details');
    const text = await panel.eval<string>("(doc) => doc.querySelector('#details').textContent");
    expect(text).toContain(`refused origin ${demo.url}`);
    expect(text).toContain('preflight (OPTIONS)');
  });

  it('lists an error whose body the page never reads: Firefox still delivers it', async () => {
    const { s, panel } = await freshPanel();
    await s.page.evaluate(() =>
      (
        window as unknown as { demo: { ignoreErrorBody(): Promise<unknown> } }
      ).demo.ignoreErrorBody(),
    );
    const rows = await waitGapRows(panel, (r) => r.length === 1, 'the unread row');
    expect(rows[0]).toMatchObject({ format: 'ok-flag', code: 'invalid_token', gap: '' });
  });

  it("never adds the old page rows after a reload (3 times; the race is Chromium's)", async () => {
    const { s, panel } = await freshPanel();
    for (let i = 0; i < 3; i++) {
      await panel.click('#clear');
      await waitGapRows(panel, (r) => r.length === 0, 'an empty list');
      await navigating(s, 'errorsThenReload');
      await fire(s.page, ['/api/numeric-code/1001']);
      await waitGapRows(panel, (r) => r.some((x) => x.code === '1001'), 'the new page row');
      await fire(s.page, ['/api/numeric-code/1001']);
      const rows = await waitGapRows(
        panel,
        (r) => r.filter((x) => x.code === '1001').length === 2,
        'the second one',
      );
      expect(
        rows.map((r) => r.code),
        `reload ${i + 1}`,
      ).toEqual(['1001', '1001']);
    }
  });

  it('says a navigation may have dropped responses, and lists them with the listener on', async () => {
    const { s, panel } = await freshPanel();
    await panel.click('#preserve-log');
    await navigating(s, 'errorsThenNavigate');
    await panel.waitForSelector('#navigation-drop');
    const notice = await panel.eval<string>(
      "(doc) => doc.querySelector('#navigation-drop').textContent",
    );
    expect(notice).toContain('Firefox does not report those to DevTools');

    // Opt in: the panel opens the listener's page, where a click asks for the permission.
    await panel.click('#listener-hint');
    await panel.waitForSelector('#listener-why');
    await panel.click('#listener-on'); // the background opens the page in a tab
    const listenerPage = await poll('the listener page', async () => {
      // BiDi reports an extension tab as about:blank: ask each page where it is.
      for (const page of await s.browser.pages()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.endsWith('/src/listener/listener.html')) return page;
      }
      return undefined;
    });
    await listenerPage.waitForSelector('body[data-listener="off"]');
    await listenerPage.click('#toggle'); // a real click: permissions.request needs one
    await listenerPage.waitForSelector('body[data-listener="on"]');
    await listenerPage.close();
    await s.page.bringToFront();
    await panel.waitForSelector('#listener-on-status');

    // With the listener on, a failure has the name Firefox gave it.
    await s.page.evaluate(() =>
      (window as unknown as { demo: { closedPort(): Promise<unknown> } }).demo.closedPort(),
    );
    await waitGapRows(
      panel,
      (r) => r.some((x) => x.code === 'NS_ERROR_CONNECTION_REFUSED'),
      'the named failure',
    );
    await navigating(s, 'errorsThenNavigate');
    const rows = await waitGapRows(
      panel,
      (r) => r.some((x) => x.gap === 'navigation-dropped'),
      'a response only the listener saw',
    );
    const dropped = rows.filter((r) => r.gap === 'navigation-dropped');
    expect(dropped.every((r) => r.status === '503')).toBe(true);
    await panel.click('#preserve-log');
  });
});
