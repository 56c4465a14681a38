import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server';
import {
  dockDevtoolsAtBottom,
  launchChromium,
  panelIdOf,
  setPanelHeight,
  setPanelWidth,
  showDevtoolsPanel,
  type ChromiumSession,
} from './harness/chromium';
import { ONE_PER_EVERYDAY_FORMAT, ONE_PER_FORMAT, ONE_PER_GOOGLE_FORMAT } from './harness/fixtures';
import { clickIn, fire, rowsOf, setFilter, setInput, waitForRows } from './harness/panel';
import { panelScreenshot } from './harness/screenshot';

const DOCS = join(import.meta.dirname, '../../docs');

let demo: DemoServer;
let session: ChromiumSession | undefined;

beforeAll(async () => {
  demo = await startDemoServer();
});

afterAll(async () => {
  await session?.close();
  await demo.close();
});

/** Rows of the list shown whole, after the layout of the next frame. */
async function wholeRowsShown(panel: Frame): Promise<number> {
  return panel.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const list = document.querySelector('.list-scroll')?.getBoundingClientRect();
    return Array.from(document.querySelectorAll('.row')).filter((r) => {
      const b = r.getBoundingClientRect();
      return list !== undefined && b.top >= list.top - 0.5 && b.bottom <= list.bottom + 0.5;
    }).length;
  });
}

/**
 * What is drawn over the details pane's header, sampled along it: the column headers of a list
 * narrower than its columns once showed through there ("Initiator" over "GET http://…").
 * Also says whether the columns do overflow the list here, or the check would prove nothing.
 */
async function overDetailsHeader(panel: Frame): Promise<{ overflows: boolean; over: string[] }> {
  return panel.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const list = document.querySelector('.list-header') as HTMLElement;
    const details = document.querySelector('#details') as HTMLElement;
    const bar = (details.querySelector('.details-header') as HTMLElement).getBoundingClientRect();
    const over = new Set<string>();
    for (let x = bar.left + 1; x < bar.right - 1; x += 4) {
      const hit = document.elementFromPoint(x, bar.top + bar.height / 2);
      if (hit !== null && !details.contains(hit)) over.add(hit.textContent ?? hit.className);
    }
    return { overflows: list.scrollWidth > list.clientWidth, over: [...over] };
  });
}

/** The README's pictures: DevTools with our panel, a rate-limited error opened. */
async function screenshot(s: ChromiumSession, panel: Frame, theme: 'light' | 'dark') {
  await clickIn(panel, '.row[data-code="RATE_LIMIT_EXCEEDED"]');
  await panel.waitForSelector('#details');
  mkdirSync(DOCS, { recursive: true });
  await panelScreenshot(s, panel, theme, join(DOCS, `panel-${theme}.png`));
}

/** Whether `session` was launched without flags, so that a new tab of it can serve a test. */
let plainSession = false;

/** A page on the demo with its own DevTools, whose panel has not been shown yet. */
async function freshTab(
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<ChromiumSession> {
  const plain = args.length === 0 && Object.keys(env).length === 0;
  if (plain && plainSession && session !== undefined) {
    await session.newTab();
  } else {
    await session?.close();
    session = await launchChromium({ args, env });
    plainSession = plain;
  }
  await session.page.goto(demo.url + '/');
  return session;
}

async function freshSession(
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<{ s: ChromiumSession; panel: Frame }> {
  const s = await freshTab(args, env);
  return { s, panel: await s.openPanel() };
}

describe('the API Errors panel in real Chromium', () => {
  it('shows requests made before the panel was first shown', async () => {
    const s = await freshTab();
    await fire(s.page, ['/api/ok-flag/invalid_token', '/api/numeric-code/1001']);
    const panel = await s.openPanel();
    const rows = await waitForRows(panel, (r) => r.length >= 2, 'the early errors');
    expect(rows.map((r) => r.code).sort()).toEqual(['1001', 'invalid_token']);
  });

  it('decodes all five formats and leaves successes out', async () => {
    const { s, panel } = await freshSession();
    await fire(s.page, [
      '/api/success',
      '/api/jsonrpc/success',
      '/api/grpc-web/success',
      ...ONE_PER_FORMAT.map((e) => e.path),
      ...ONE_PER_GOOGLE_FORMAT.map((e) => e.path),
      ...ONE_PER_EVERYDAY_FORMAT.map((e) => e.path),
    ]);
    const want = [...ONE_PER_FORMAT, ...ONE_PER_GOOGLE_FORMAT, ...ONE_PER_EVERYDAY_FORMAT];
    const rows = await waitForRows(panel, (r) => r.length >= want.length, 'one error per format');
    await new Promise((r) => setTimeout(r, 300)); // let any late (wrong) success row arrive
    const final = await rowsOf(panel);
    expect(final).toHaveLength(want.length);
    for (const want of [...ONE_PER_FORMAT, ...ONE_PER_GOOGLE_FORMAT, ...ONE_PER_EVERYDAY_FORMAT]) {
      const row = rows.find((r) => r.code === want.code);
      expect(row, want.code).toMatchObject({ format: want.format, status: want.status });
    }
    const text = final.map((r) => r.text).join('\n');
    expect(text).toContain('Method not found');
    expect(text).not.toMatch(
      /\/api\/success(?!-)|\/api\/jsonrpc\/success|\/api\/grpc-web\/success/,
    );
    await screenshot(s, panel, 'light');
    expect(await overDetailsHeader(panel)).toEqual({ overflows: true, over: [] });
  });

  it('keeps only visible rows in the DOM, in the narrow and the wide layout', async () => {
    const { s, panel } = await freshSession();
    await s.page.evaluate(() =>
      (window as unknown as { demo: { bulk(n: number, c: number): Promise<unknown> } }).demo.bulk(
        400,
        50,
      ),
    );
    await panel.waitForFunction(
      () => Number(document.querySelector('#status-bar')?.getAttribute('data-seen')) === 400,
    );
    expect((await rowsOf(panel)).length).toBeLessThan(100);
    await clickIn(panel, '.row');
    await panel.waitForSelector('#details');
    expect((await rowsOf(panel)).length).toBeLessThan(100);
    await dockDevtoolsAtBottom(await s.devtools());
    await new Promise((r) => setTimeout(r, 300));
    expect((await rowsOf(panel)).length).toBeLessThan(100);
  });

  it('finds a row by its body, names the calling code, and lists ten rows at 320 px', async () => {
    const { s, panel } = await freshSession();
    await s.page.evaluate(() =>
      (window as unknown as { demo: { bulk(n: number, c: number): Promise<unknown> } }).demo.bulk(
        30,
        10,
      ),
    );
    // "required" is only in this body (a field error), not in its URL, code or message.
    await fire(s.page, ['/api/state-meta/validation_error']);
    await waitForRows(panel, (r) => r.some((x) => x.code === 'validation_error'), 'the 31 rows');
    await setFilter(panel, 'required');
    await waitForRows(panel, (r) => r.length === 0, 'no row for a plain word of the body');
    await setFilter(panel, 'body:REQUIRED');
    const found = await waitForRows(panel, (r) => r.length === 1, 'the row found by body:');
    expect(found[0]?.code).toBe('validation_error');

    // The initiator is the demo page's own fetch() call, counted from line 1.
    const initiator = await panel.$eval('.row', (r) => (r as HTMLElement).dataset['initiator']);
    const m = /^(.+):(\d+):(\d+)$/.exec(initiator ?? '');
    expect(m?.[1]).toBe(`${demo.url}/`);
    const page = readFileSync(join(import.meta.dirname, '../../demo/page.html'), 'utf8');
    expect(page.split('\n')[Number(m?.[2]) - 1]).toContain('fetch(');
    expect(await panel.$eval('.row .initiator-link', (a) => a.textContent)).toBe(
      `(index):${m?.[2]}`,
    );

    await setFilter(panel, '');
    await setPanelHeight(await s.devtools(), panel, 320);
    expect(await wholeRowsShown(panel)).toBeGreaterThanOrEqual(10);
    // A bottom-docked DevTools on a smaller screen: the toolbar folds instead of wrapping.
    await setPanelWidth(await s.devtools(), panel, 900);
    expect(await wholeRowsShown(panel)).toBeGreaterThanOrEqual(10);
    expect(await panel.$eval('.toolbar', (t) => t.getBoundingClientRect().height)).toBeLessThan(30);
    expect(await panel.$eval('.toolbar', (t) => (t as HTMLElement).dataset['compact'])).toBe(
      'true',
    );
  });

  it('filters by host: 127.0.0.1 and localhost are two hosts', async () => {
    const { s, panel } = await freshSession();
    const other = demo.url.replace('127.0.0.1', 'localhost');
    await fire(s.page, ['/api/ok-flag/invalid_request', `${other}/api/numeric-code/3001`]);
    await waitForRows(panel, (r) => r.length === 2, 'errors from two hosts');
    await setFilter(panel, 'domain:localhost');
    const onlyLocal = await waitForRows(panel, (r) => r.length === 1, 'one localhost row');
    expect(onlyLocal[0]?.code).toBe('3001');
    await setFilter(panel, '-domain:localhost');
    const onlyIp = await waitForRows(
      panel,
      (r) => r.length === 1 && r[0]?.code === 'invalid_request',
      'one 127.0.0.1 row',
    );
    expect(onlyIp).toHaveLength(1);
    await setFilter(panel, '');
    await waitForRows(panel, (r) => r.length === 2, 'both rows again');
    await clickIn(panel, '.host-chip[data-host^="localhost"]');
    await waitForRows(
      panel,
      (r) => r.length === 1 && r[0]?.code === '3001',
      'the host chip filter',
    );
    await clickIn(panel, '.host-chip[data-host^="localhost"]');
    await waitForRows(panel, (r) => r.length === 2, 'the chip toggled off');

    // The filter and the selected row survive a trip to another DevTools panel.
    await setFilter(panel, '-domain:localhost');
    await waitForRows(panel, (r) => r.length === 1, 'one row');
    await clickIn(panel, '.row');
    await showDevtoolsPanel(await s.devtools(), 'console');
    await showDevtoolsPanel(await s.devtools(), panelIdOf(panel));
    expect(await panel.$eval('#filter', (i) => (i as HTMLInputElement).value)).toBe(
      '-domain:localhost',
    );
    expect(await panel.$$eval('.row.selected', (r) => r.length)).toBe(1);
  });

  it('clears on navigation by default and keeps rows with preserve log', async () => {
    const { s, panel } = await freshSession();
    await fire(s.page, ['/api/ok-flag/invalid_request']);
    await waitForRows(panel, (r) => r.length === 1, 'one row');
    await s.page.reload();
    await waitForRows(panel, (r) => r.length === 0, 'the log cleared on navigation');

    await clickIn(panel, '#preserve-log');
    await fire(s.page, ['/api/ok-flag/invalid_request']);
    await waitForRows(panel, (r) => r.length === 1, 'one row again');
    await s.page.reload();
    await new Promise((r) => setTimeout(r, 500));
    expect(await rowsOf(panel)).toHaveLength(1);
  });

  it('shows a hostile HTML body as text and runs nothing', async () => {
    const { s, panel } = await freshSession();
    await fire(s.page, ['/api/hostile/html-500']);
    await waitForRows(panel, (r) => r.length === 1, 'the hostile row');
    await clickIn(panel, '.row');
    await panel.waitForSelector('#details');
    const details = await panel.$eval('#details', (d) => ({
      text: d.textContent ?? '',
      scripts: d.querySelectorAll('script, img, iframe').length,
    }));
    expect(details.text).toContain('<script>');
    expect(details.scripts).toBe(0);
    expect(
      await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
  });

  it('keeps watched hosts across a panel reload and a browser restart', async () => {
    await session?.close();
    const profile = mkdtempSync(join(tmpdir(), 'aed-profile-'));
    try {
      session = await launchChromium({ userDataDir: profile });
      await session.page.goto(demo.url + '/');
      let panel = await session.openPanel();
      await clickIn(panel, '#watched-hosts-toggle');
      await setInput(panel, '#watched-host-input', 'localhost');
      await clickIn(panel, '#watched-host-add');
      await panel.waitForFunction(() => document.body.textContent?.includes('localhost'));
      // Only the watched host is captured now.
      const other = demo.url.replace('127.0.0.1', 'localhost');
      await fire(session.page, ['/api/ok-flag/invalid_request', `${other}/api/numeric-code/3001`]);
      await waitForRows(
        panel,
        (r) => r.length === 1 && r[0]?.code === '3001',
        'only the watched host',
      );

      await panel.evaluate(() => location.reload());
      panel = await session.openPanel();
      expect(await panel.$eval('body', (b) => b.textContent ?? '')).toContain('localhost');

      await session.close();
      session = await launchChromium({ userDataDir: profile });
      await session.page.goto(demo.url + '/');
      panel = await session.openPanel();
      await fire(session.page, ['/api/ok-flag/invalid_request', `${other}/api/numeric-code/3001`]);
      await waitForRows(
        panel,
        (r) => r.length === 1 && r[0]?.code === '3001',
        'watched host after restart',
      );
    } finally {
      await session?.close();
      session = undefined;
      plainSession = false;
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('follows the dark DevTools theme', async () => {
    const { s, panel } = await freshSession(['--force-dark-mode']);
    expect(await panel.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await fire(
      s.page,
      ONE_PER_FORMAT.map((e) => e.path),
    );
    await waitForRows(panel, (r) => r.length === 5, 'five rows');
    await screenshot(s, panel, 'dark');
  });

  it('speaks Russian when the browser UI is Russian', async () => {
    const { s, panel } = await freshSession(['--lang=ru'], { LANGUAGE: 'ru', LANG: 'ru_RU.UTF-8' });
    await fire(s.page, ['/api/ok-flag/invalid_token']);
    const rows = await waitForRows(panel, (r) => r.length === 1, 'one row');
    expect(rows[0]?.text).toMatch(/[а-яё]/i);
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('ru');
  });
});
