import { resolve } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { clickIn, fire, setFilter } from './harness/panel';

const NOISY = resolve(import.meta.dirname, 'fixtures/noisy-extension');

let demo: DemoServer;
let session: ChromiumSession;
let panel: Frame;

interface Row {
  id: string;
  method: string;
  path: string;
  format: string;
  code: string;
  status: string;
  gap: string;
  byExtension: boolean;
}

// One Chromium for the file, with a second (fixture) extension that makes requests of its own.
beforeAll(async () => {
  demo = await startDemoServer();
  session = await launchChromium({ extraExtensions: [NOISY] });
  await session.page.goto(demo.url + '/');
  panel = await session.openPanel();
});

afterAll(async () => {
  await session?.close();
  await demo?.close();
});

function rowsNow(): Promise<Row[]> {
  return panel.$$eval('.row', (els) =>
    els.map((el) => {
      const r = el as HTMLElement;
      return {
        id: r.dataset['id'] ?? '',
        method: r.querySelector('.cell-method')?.textContent ?? '',
        path: (r.querySelector('.cell-url')?.textContent ?? '').replace(/^[^/]*/, ''),
        format: r.dataset['format'] ?? '',
        code: r.dataset['code'] ?? '',
        status: r.dataset['status'] ?? '',
        gap: r.dataset['gap'] ?? '',
        byExtension: r.dataset['byExtension'] === 'true',
      };
    }),
  );
}

async function waitRows(check: (rows: Row[]) => boolean, what: string, ms = 30_000) {
  const deadline = Date.now() + ms;
  let rows: Row[] = [];
  while (Date.now() < deadline) {
    rows = await rowsNow();
    if (check(rows)) return rows;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; rows: ${JSON.stringify(rows.slice(0, 12))}`);
}

async function clear() {
  await clickIn(panel, '#clear');
  await waitRows((r) => r.length === 0, 'an empty list');
}

/** Runs a window.demo function by name; a reload it starts may end the evaluation early. */
function run(page: Page, name: string): Promise<unknown> {
  return page.evaluate((fn: string) => {
    const demo = (window as unknown as { demo: Record<string, () => Promise<unknown>> }).demo;
    return demo[fn]?.();
  }, name);
}

async function details(id: string): Promise<string> {
  await clickIn(panel, `.row[data-id="${id}"]`);
  await panel.waitForSelector(`#details[data-id="${id}"]`);
  return panel.$eval('#details', (d) => d.textContent ?? '');
}

describe('blind spots in real Chromium', () => {
  it('lists a response whose body the page never reads as a gap row, saying why', async () => {
    await clear();
    await clickIn(session.page.mainFrame(), '#unread');
    const rows = await waitRows((r) => r.some((x) => x.gap === 'not-read'), 'the unread row');
    const row = rows.find((x) => x.gap === 'not-read') as Row;
    expect(row).toMatchObject({ status: '401', path: expect.stringContaining('/invalid_token') });
    const text = await details(row.id);
    expect(text).toContain('The page never read the body');
    expect(text).toContain('await response.text()');
    expect(text).toContain('(body unavailable: see above)');
  });

  it('lists a fetch to a closed port and CORS refusals as network errors, preflight folded', async () => {
    await clear();
    await clickIn(session.page.mainFrame(), '#cors');
    const cors = await waitRows((r) => r.length >= 2, 'the two CORS rows');
    // A preflight is judged after its request had time to claim it; a failure fired once the
    // CORS rows are in comes after that judgment, so an OPTIONS row would be listed by then.
    await clickIn(session.page.mainFrame(), '#closed-port');
    await waitRows((r) => r.length >= 3, 'the refused row');
    const all = await rowsNow();
    expect(all.map((r) => `${r.method} ${r.format} ${r.code}`).sort()).toEqual([
      'GET network net::ERR_CONNECTION_REFUSED',
      'GET network net::ERR_FAILED',
      'PUT network net::ERR_FAILED',
    ]);
    const rows = [...cors, ...all];
    const origin = demo.url; // the page's origin; the API is the same server as localhost
    const get = rows.find((r) => r.method === 'GET' && r.code === 'net::ERR_FAILED') as Row;
    const getText = await details(get.id);
    expect(getText).toContain('Blocked by CORS');
    expect(getText).toContain(`refused origin ${origin}`);
    expect(getText).toContain(`Access-Control-Allow-Origin: ${origin}`);
    const put = rows.find((r) => r.method === 'PUT') as Row;
    const putText = await details(put.id);
    expect(putText).toContain(
      'preflight (OPTIONS) was answered without Access-Control-Allow-Origin',
    );
    expect(putText).toContain('Its CORS preflight (OPTIONS, HTTP 204) is folded into this row.');
    const refused = rows.find((r) => r.code === 'net::ERR_CONNECTION_REFUSED') as Row;
    expect(refused.status).toBe('0');
    expect(await details(refused.id)).toContain('Connection refused');
  });

  it('offers the webRequest listener, whose page says why before asking', async () => {
    await clickIn(panel, '#listener-hint');
    await panel.waitForSelector('#listener-why');
    const opened = session.browser.waitForTarget((t) => t.url().endsWith('/listener.html'));
    await clickIn(panel, '#listener-on');
    const page = await (await opened).asPage();
    await page.waitForSelector('body[data-listener="off"]');
    expect(await page.$eval('#why', (p) => p.textContent)).toContain('it never reads a body');
    expect(await page.$eval('#toggle', (b) => b.textContent)).toBe('Turn on');
    // Chrome's permission prompt cannot be clicked from a test: Firefox's e2e turns it on.
    await page.close();
  });

  it('fetches a 200 sent without Content-Type (x-unknown) and decodes its envelope', async () => {
    await clear();
    await run(session.page, 'noContentType');
    const rows = await waitRows((r) => r.length >= 1, 'the x-unknown row');
    expect(rows[0]).toMatchObject({ format: 'ok-flag', code: 'invalid_request', status: '200' });
  });

  it("marks another extension's requests and leaves them out of the retry audit", async () => {
    await clear();
    await session.page.evaluate(
      () =>
        new Promise<void>((done) => {
          window.addEventListener('message', (e) => e.data === 'noisy-extension:done' && done());
          window.postMessage('noisy-extension:fetch', '*');
        }),
    );
    const rows = await waitRows((r) => r.length === 2, 'the two extension rows');
    expect(rows.every((r) => r.byExtension && r.code === 'invalid_request')).toBe(true);
    // The same two requests from the page itself are a retry of a 400: flagged.
    await fire(session.page, ['/api/ok-flag/invalid_request', '/api/ok-flag/invalid_request']);
    await waitRows((r) => r.length === 4, 'the page rows too');
    await panel.waitForSelector('.violation-badge');
    const flagged = await panel.$$eval('.row', (els) =>
      els
        .filter((el) => el.querySelector('.violation-badge') !== null)
        .map((el) => (el as HTMLElement).dataset['byExtension'] === 'true'),
    );
    expect(flagged).toEqual([false]);
  });

  it('never adds the old page rows after a reload, 5 times in a row', async () => {
    for (let i = 0; i < 5; i++) {
      await clear();
      const reloaded = session.page.waitForNavigation({ waitUntil: 'load' });
      await run(session.page, 'errorsThenReload').catch(() => {}); // the reload ends it
      await reloaded;
      // Body lookups are answered in order: once the new page's row is in, all old ones were.
      await fire(session.page, ['/api/numeric-code/1001']);
      await waitRows((r) => r.some((x) => x.code === '1001'), 'the new page row');
      await new Promise((r) => setTimeout(r, 200)); // one more flush of the batch
      const rows = await rowsNow();
      expect(
        rows.map((r) => r.code),
        `reload ${i + 1}`,
      ).toEqual(['1001']);
    }
  });

  it('with Preserve log, shows a body lost to the reload as unavailable, never empty', async () => {
    await clear();
    await clickIn(panel, '#preserve-log');
    try {
      for (let i = 0; i < 3; i++) {
        const reloaded = session.page.waitForNavigation({ waitUntil: 'load' });
        await run(session.page, 'errorsThenReload').catch(() => {});
        await reloaded;
      }
      await fire(session.page, ['/api/numeric-code/1001']);
      await waitRows((r) => r.some((x) => x.code === '1001'), 'the new page row');
      await panel.waitForFunction(
        () => Number(document.querySelector('#status-bar')?.getAttribute('data-seen')) >= 121,
      );
      const seen = await panel.$eval('#status-bar', (s) => s.getAttribute('data-seen'));
      // 3 × 40 errors and the marker; a reloaded page's own JSON may add an "outcome unknown".
      expect(Number(seen)).toBeGreaterThanOrEqual(121);
      // Every old row is decoded from its body, or says why it has none: no "empty body".
      await setFilter(panel, '-format:ok-flag -format:numeric-code');
      const lost = await rowsNow();
      for (const row of lost) expect(row, JSON.stringify(row)).toMatchObject({ gap: 'evicted' });
      if (lost[0] !== undefined) {
        const text = await details(lost[0].id);
        expect(text).toContain('Body dropped by a navigation');
        expect(text).not.toContain('(empty body)');
        expect(text).not.toContain('the body is empty');
      }
      await setFilter(panel, '');
    } finally {
      await clickIn(panel, '#preserve-log');
    }
  });

  it('stops reading a DevTools log of over 2,000 requests, says so, and starts again on reload', async () => {
    await session.page.reload({ waitUntil: 'load' });
    await clickIn(panel, '#clear');
    expect(await panel.$('#har-poll-paused')).toBeNull();
    const fired = await session.page.evaluate(() =>
      (
        window as unknown as {
          demo: { bulk(n: number, c: number): Promise<{ completed: number }> };
        }
      ).demo.bulk(2_001, 50),
    );
    expect(fired.completed).toBe(2_001);
    // The next poll, due every 3 s once the burst is over, pauses without reading the log.
    await panel.waitForSelector('#har-poll-paused', { timeout: 20_000 });
    const notice = await panel.$eval('#har-poll-paused', (n) => n.textContent ?? '');
    expect(notice).toMatch(/DevTools' log holds 2,0\d\d requests or more/);
    await session.page.reload({ waitUntil: 'load' });
    await panel.waitForFunction(() => document.querySelector('#har-poll-paused') === null);
    await clickIn(panel, '#clear');
  });
});
