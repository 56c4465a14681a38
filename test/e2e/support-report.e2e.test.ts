import type { Frame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { clickIn, fire, setInput, waitForRows } from './harness/panel';

/** What the page sends; none of it may reach the clipboard. */
const SECRETS = ['SECRET123', 'SECRETTOKEN', 'SECRETKEY', 'SECRETCOOKIE', 'SECRETPASS'];

let demo: DemoServer;
let session: ChromiumSession | undefined;

beforeAll(async () => {
  demo = await startDemoServer();
});

afterAll(async () => {
  await session?.close();
  await demo.close();
});

/** Replaces the panel's clipboard with a recorder: headless DevTools has no real one to read. */
async function recordClipboard(panel: Frame): Promise<void> {
  await panel.evaluate(() => {
    const w = window as unknown as { __copied: string[] };
    w.__copied = [];
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: async (text: string) => {
        w.__copied.push(text);
      },
    });
  });
}

/** Clicks `selector` and returns what it put on the clipboard. */
async function copiedBy(panel: Frame, selector: string): Promise<string> {
  const before = await panel.evaluate(
    () => (window as unknown as { __copied: string[] }).__copied.length,
  );
  await panel.click(selector);
  const handle = await panel.waitForFunction(
    (n: number) => {
      const copied = (window as unknown as { __copied: string[] }).__copied;
      return copied.length > n ? copied[copied.length - 1] : undefined;
    },
    { timeout: 10_000 },
    before,
  );
  return (await handle.jsonValue()) as string;
}

function expectNoSecret(text: string): void {
  for (const secret of SECRETS) expect(text, `${secret} leaked:\n${text}`).not.toContain(secret);
}

describe('support report and cURL from the panel in real Chromium', () => {
  it('copies a redacted report and a redacted cURL of a request full of secrets', async () => {
    session = await launchChromium();
    const { page } = session;
    await page.goto(demo.url + '/');
    const panel = await session.openPanel();
    const status = await page.evaluate(async () => {
      document.cookie = 'sid=SECRETCOOKIE; path=/';
      const response = await fetch('/api/state-meta/invalid_token?api_key=SECRET123&page=2', {
        method: 'POST',
        cache: 'no-store',
        headers: {
          Authorization: 'Bearer SECRETTOKEN',
          'X-Api-Key': 'SECRETKEY',
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ login: 'bob', password: 'SECRETPASS' }),
      });
      await response.text(); // DevTools may not report a response whose body was never read
      return response.status;
    });
    expect(status).toBe(401);

    await waitForRows(panel, (r) => r.some((x) => x.code === 'invalid_token'), 'the 401 row');
    await panel.click('.row[data-code="invalid_token"]');
    await panel.waitForSelector('#details #copy-report');
    const requestId = await panel.$eval('#request-id', (el) => el.textContent ?? '');
    expect(requestId).toMatch(/^req_/);
    await recordClipboard(panel);

    const report = await copiedBy(panel, '#copy-report');
    expect(report).toMatch(/^## API error report\n/);
    expect(report).toContain(`- **Request ID (X-Request-Id):** \`${requestId}\``);
    expect(report).toContain(
      `- **Endpoint:** \`${demo.url}/api/state-meta/invalid_token?api_key=[REDACTED]&page=2\``,
    );
    expect(report).toContain('- **HTTP method:** `POST`');
    expect(report).toMatch(
      /- \*\*Request time \(UTC\):\*\* `\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z`/,
    );
    expect(report).toContain('- **HTTP status:** `401`');
    expect(report).toContain('- **error.code:** `invalid_token`');
    expect(report).toContain('- **API key name:** [');
    expectNoSecret(report);
    const confirmation = await panel.$eval(
      '#copy-report',
      (el) => el.parentElement?.querySelector('[role="status"]')?.textContent ?? '',
    );
    expect(confirmation).toBe('Copied');

    const curl = await copiedBy(panel, '#copy-curl');
    expect(curl).toMatch(/^curl \\\n/);
    expect(curl).toContain(
      `-- '${demo.url}/api/state-meta/invalid_token?api_key=[REDACTED]&page=2'`,
    );
    expect(curl).toContain('-X POST');
    expect(curl).toMatch(/-H '[Aa]uthorization: Bearer \[REDACTED\]'/);
    expect(curl).toMatch(/-H '[Xx]-[Aa]pi-[Kk]ey: \[REDACTED\]'/);
    expect(curl).toMatch(/-H '[Cc]ookie: \[REDACTED\]'/);
    expect(curl).toContain(`--data-raw '{"login":"bob","password":"[REDACTED]"}'`);
    expectNoSecret(curl);
  });

  it("shows the body as a tree: expand all, find, the decoder's fields, copy a path", async () => {
    session ??= await launchChromium();
    const { page } = session;
    if (!page.url().startsWith(demo.url)) await page.goto(demo.url + '/');
    const panel = await session.openPanel();
    await fire(page, ['/api/state-meta/validation_error']);
    await waitForRows(panel, (r) => r.some((x) => x.code === 'validation_error'), 'the 422 row');
    await clickIn(panel, '.row[data-code="validation_error"]');
    await panel.waitForSelector('#details #json-tree .jt-row');
    expect(await panel.$eval('#body-view-tree', (b) => b.getAttribute('aria-selected'))).toBe(
      'true',
    );

    await clickIn(panel, '#json-collapse-all');
    await panel.waitForFunction(() => document.querySelector('.jt-row[data-pointer="/state"]'));
    await clickIn(panel, '#json-expand-all');
    await panel.waitForSelector('.jt-row[data-pointer="/error/details/amount/0"]');

    // Find opens the path to the match and marks it; "required" is in a field error only.
    await clickIn(panel, '#json-collapse-all');
    await setInput(panel, '#json-find', 'REQUIRED');
    await panel.waitForFunction(
      () => document.querySelector('#json-find-count')?.textContent === '1 of 1',
    );
    expect(await panel.$eval('.jt-row.current', (r) => (r as HTMLElement).dataset['pointer'])).toBe(
      '/error/details/amount/0',
    );

    // The code the decoder read is highlighted: its own background and a "code" tag.
    const look = await panel.evaluate(() => {
      const code = document.querySelector('.jt-row[data-pointer="/error/code"]') as HTMLElement;
      const plain = document.querySelector('.jt-row[data-pointer="/state"]') as HTMLElement;
      return {
        field: code.dataset['field'],
        tag: code.querySelector('.jt-roles')?.textContent,
        highlighted:
          getComputedStyle(code).backgroundColor !== getComputedStyle(plain).backgroundColor,
      };
    });
    expect(look).toEqual({ field: 'code', tag: 'code', highlighted: true });

    await clickIn(panel, '.jt-row[data-pointer="/error/code"]');
    await recordClipboard(panel);
    expect(await copiedBy(panel, '#json-copy-pointer')).toBe('/error/code');
    expect(await copiedBy(panel, '#json-copy-path')).toBe('error.code');
    expect(await copiedBy(panel, '#json-copy-value')).toBe('validation_error');
  });
});
