import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Frame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { clickToolbarControl, fire, rowsOf, waitForRows } from './harness/panel';

const FIXTURE = join(import.meta.dirname, '../fixtures/import.har');

/** The errors of test/fixtures/import.har, in file order; its four other entries are not errors. */
const IMPORTED = [
  { format: 'ok-flag', code: 'provider_error', status: '502' },
  { format: 'state-meta', code: 'validation_error', status: '422' },
  { format: 'success-flag', code: 'RATE_LIMIT_EXCEEDED', status: '429' },
  { format: 'jsonrpc', code: '-32601', status: '200' },
  { format: 'numeric-code', code: '1001', status: '400' },
  { format: 'problem-json', code: 'https://example.com/probs/out-of-credit', status: '403' },
  { format: 'graphql', code: 'UNAUTHENTICATED', status: '200' },
  { format: 'http', code: '', status: '500' },
];

let demo: DemoServer;
let session: ChromiumSession | undefined;
let downloads: string;

beforeAll(async () => {
  demo = await startDemoServer();
  downloads = mkdtempSync(join(tmpdir(), 'aed-har-downloads-'));
});

afterAll(async () => {
  await session?.close();
  await demo.close();
  rmSync(downloads, { recursive: true, force: true });
});

interface RowMarks {
  readonly id: number;
  readonly code: string;
  readonly imported: boolean;
}

function marksOf(panel: Frame): Promise<RowMarks[]> {
  return panel.$$eval('.row', (rows) =>
    rows.map((r) => ({
      id: Number((r as HTMLElement).dataset['id']),
      code: (r as HTMLElement).dataset['code'] ?? '',
      imported: r.querySelector('.imported-badge') !== null,
    })),
  );
}

/** Counts the workers the panel starts, and any that fail to load (the import would fall back). */
async function watchWorkers(panel: Frame): Promise<void> {
  await panel.evaluate(() => {
    const w = window as unknown as { __workers: string[]; __workerErrors: number };
    w.__workers = [];
    w.__workerErrors = 0;
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        w.__workers.push(String(url));
        this.addEventListener('error', () => w.__workerErrors++);
      }
    };
  });
}

describe('HAR import and export in real Chromium', () => {
  it('imports a HAR file through the file input, decoded and marked imported', async () => {
    session = await launchChromium();
    await session.page.goto(demo.url + '/');
    const panel = await session.openPanel();
    // One live error first: imported rows must get ids of their own.
    await fire(session.page, ['/api/ok-flag/invalid_request']);
    await waitForRows(panel, (r) => r.length === 1, 'the live error');

    await watchWorkers(panel);
    const input = (await panel.$('#import-har-input')) as ElementHandle<HTMLInputElement> | null;
    if (input === null) throw new Error('no #import-har-input');
    await input.uploadFile(FIXTURE);
    await panel.waitForSelector('#import-progress[data-state="done"]', { timeout: 20_000 });
    expect(await panel.$eval('#import-progress', (p) => p.textContent)).toContain(
      'Imported 8 errors from 12 entries',
    );
    expect(
      await panel.evaluate(() => {
        const w = window as unknown as { __workers: string[]; __workerErrors: number };
        return { workers: w.__workers.length, errors: w.__workerErrors };
      }),
    ).toEqual({ workers: 1, errors: 0 });

    const rows = await waitForRows(panel, (r) => r.length === 9, 'the imported rows');
    for (const want of IMPORTED) {
      expect(
        rows.find((r) => r.code === want.code && r.format === want.format),
        want.code,
      ).toMatchObject(want);
    }
    // Successes (and a 404 image) stay out, as with live traffic.
    const text = (await rowsOf(panel)).map((r) => r.text).join('\n');
    expect(text).not.toMatch(/\/v1\/balance|\/v1\/rates|missing\.png/);

    const marks = await marksOf(panel);
    expect(marks.filter((m) => m.imported)).toHaveLength(8);
    expect(marks.find((m) => m.code === 'invalid_request')?.imported).toBe(false);
    expect(new Set(marks.map((m) => m.id)).size).toBe(9);

    await panel.click('.row[data-code="RATE_LIMIT_EXCEEDED"]');
    await panel.waitForSelector('#details .imported-badge');
  });

  it('exports the captured errors as a redacted HAR 1.2 file', async () => {
    if (!session) throw new Error('no session');
    const cdp = await session.browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    const panel = await session.openPanel();
    await clickToolbarControl(panel, '#export-har');
    await panel.waitForSelector('#export-har-menu');
    expect(await panel.$eval('#export-redact', (c) => (c as HTMLInputElement).checked)).toBe(true);
    await panel.click('#export-har-save');

    // Chrome may show the file under its final name before it has written all of it: wait
    // until it is whole JSON.
    const deadline = Date.now() + 20_000;
    let text: string | undefined;
    while (Date.now() < deadline && text === undefined) {
      const file = readdirSync(downloads).find((f) => f.endsWith('.har'));
      const read = file === undefined ? '' : readFileSync(join(downloads, file), 'utf8');
      if (isWholeJson(read)) text = read;
      else await new Promise((r) => setTimeout(r, 100));
    }
    if (text === undefined) throw new Error('no whole .har downloaded');
    const har = JSON.parse(text) as {
      log: { version: string; creator: { name: string }; entries: { request: { url: string } }[] };
    };
    expect(har.log.version).toBe('1.2');
    expect(har.log.creator.name).toBe('API Error Decoder');
    expect(har.log.entries).toHaveLength(9);
    // The fixture's Authorization header is masked.
    expect(text).not.toContain('secret-token-123');
    expect(text).toContain('Bearer [REDACTED]');
  });

  it('imports a HAR file dropped on the panel, with an overlay while dragging', async () => {
    if (!session) throw new Error('no session');
    const panel = await session.openPanel();
    await panel.click('#clear');
    await panel.click('#import-dismiss');
    const dt = await session.devtools();
    const box = await (await panel.frameElement())?.boundingBox();
    if (!box) throw new Error('panel frame has no box');
    // A real drag of a file from the OS, as DevTools' own input domain replays it.
    const cdp = await dt.createCDPSession();
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const data = { items: [], files: [FIXTURE], dragOperationsMask: 1 };
    await cdp.send('Input.dispatchDragEvent', { type: 'dragEnter', ...at, data });
    await cdp.send('Input.dispatchDragEvent', { type: 'dragOver', ...at, data });
    await panel.waitForSelector('#har-drop-overlay');
    await cdp.send('Input.dispatchDragEvent', { type: 'drop', ...at, data });
    await panel.waitForSelector('#import-progress[data-state="done"]', { timeout: 20_000 });
    expect(await panel.$('#har-drop-overlay')).toBeNull();
    await panel.waitForFunction(
      () => Number(document.querySelector('#status-bar')?.getAttribute('data-seen')) === 8,
    );
    expect((await marksOf(panel)).every((m) => m.imported)).toBe(true);
  });
});

function isWholeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
