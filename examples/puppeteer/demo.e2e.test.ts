/**
 * An end-to-end test as an app's team would write it: drive the app with Puppeteer, record the
 * traffic as a HAR, and fail with the explanation of every API error in it. The app here is the
 * demo page and API of this repository; with your own, change the URL and the steps.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { expectNoApiErrors } from './expectNoApiErrors';
import { recordHar } from './recordHar';

const CHROMIUM = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

let server: DemoServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: set CHROME_PATH`);
  server = await startDemoServer();
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  page = await browser.newPage();
});

afterAll(async () => {
  const pid = browser?.process()?.pid;
  await browser?.close().catch(() => {});
  if (pid !== undefined) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await server?.close();
});

describe('the demo app, recorded as a HAR', () => {
  it('makes no API error when it only loads', async () => {
    const recording = recordHar(page);
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle0' });
    const har = await recording.stop();
    expect(har.log.entries.map((e) => new URL(e.request.url).pathname)).toContain(
      '/api/index.json',
    );
    expectNoApiErrors(har);
  });

  it('fails with the explanation of every API error when a button fires them', async () => {
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle0' });
    const recording = recordHar(page);
    await page.click('button[data-format="success-flag"]');
    await page.waitForNetworkIdle({ idleTime: 300 });
    const har = await recording.stop();

    let message = '';
    try {
      expectNoApiErrors(har);
    } catch (error) {
      message = (error as Error).message;
    }
    // The button fires every success-flag response, its successes too.
    const failed = har.log.entries.filter((e) =>
      e.response.content.text?.includes('"success":false'),
    );
    expect(failed.length).toBeGreaterThan(5);
    const lines = message.split('\n');
    expect(lines[0]).toBe(`${failed.length} API errors in the recorded traffic:`);
    expect(lines.slice(1)).toHaveLength(failed.length);
    expect(message).toMatch(
      /#\d+ GET http:\/\/127\.0\.0\.1:\d+\/api\/success-flag\/RATE_LIMIT_EXCEEDED → 429 success-flag RATE_LIMIT_EXCEEDED: Too many requests \(wait, 20 s\)/,
    );
  });
});
