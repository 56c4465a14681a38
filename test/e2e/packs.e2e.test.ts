import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Frame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { clickIn, waitForRows } from './harness/panel';

const ROOT = join(import.meta.dirname, '../..');
const ACME_PACK = join(ROOT, 'demo/packs/acme-billing.json');
const INVALID_PACK = readFileSync(join(ROOT, 'test/fixtures/packs/invalid.json'), 'utf8');

let demo: DemoServer;
let session: ChromiumSession | undefined;

beforeAll(async () => {
  demo = await startDemoServer();
});

afterAll(async () => {
  await session?.close();
  await demo.close();
});

/** Fires the demo's ACME endpoint from the inspected page and reads its body. */
async function fireAcme(s: ChromiumSession): Promise<void> {
  const status = await s.page.evaluate(async () => {
    const response = await fetch('/api/acme/quota', { cache: 'no-store' });
    await response.text(); // DevTools may not report a response whose body was never read
    return response.status;
  });
  expect(status).toBe(429);
}

/** Pastes text into the pack textarea as an edit would, and imports it. */
async function pastePack(panel: Frame, text: string): Promise<void> {
  await panel.$eval(
    '#pack-paste',
    (el, value) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
      setter?.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    text,
  );
  await clickIn(panel, '#pack-import-paste:not([disabled])');
}

describe('error packs in the panel, in real Chromium', () => {
  it("imports a pack from a file, decodes with it, keeps it across a DevTools reload, and lists an invalid pack's problems", async () => {
    session = await launchChromium();
    await session.page.goto(demo.url + '/');
    let panel = await session.openPanel();

    // No built-in knows the envelope: the status alone explains it.
    await fireAcme(session);
    await waitForRows(panel, (r) => r.some((x) => x.format === 'http'), 'the unknown envelope');

    await clickIn(panel, '#watched-hosts-toggle');
    await panel.waitForSelector('#packs .pack-row[data-pack="jsonrpc"]');
    const input = (await panel.waitForSelector(
      '#pack-import-input',
    )) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(ACME_PACK);
    await panel.waitForSelector('#packs .pack-row[data-pack="acme-billing"][data-origin="user"]');
    expect(await panel.$eval('#pack-imported', (el) => el.textContent)).toBe(
      'Imported pack acme-billing.',
    );

    // Applied to the next response at once.
    await fireAcme(session);
    const rows = await waitForRows(
      panel,
      (r) => r.some((x) => x.format === 'acme-billing'),
      'the row decoded by the pack',
    );
    const row = rows.find((x) => x.format === 'acme-billing');
    expect(row?.code).toBe('QUOTA_EXHAUSTED');
    expect(row?.text).toContain('Monthly quota exhausted');

    // A reloaded DevTools reads the pack back from storage.local.
    await (await session.devtools()).reload();
    panel = await session.openPanel();
    await fireAcme(session);
    await waitForRows(
      panel,
      (r) => r.some((x) => x.format === 'acme-billing' && x.code === 'QUOTA_EXHAUSTED'),
      'the pack applied after the DevTools reload',
    );
    await clickIn(panel, '#watched-hosts-toggle');
    await panel.waitForSelector('#packs .pack-row[data-pack="acme-billing"]');

    // An invalid pack: every problem listed, nothing imported.
    await pastePack(panel, INVALID_PACK);
    await panel.waitForSelector('#pack-problems li');
    const problems = await panel.$$eval('#pack-problems li', (items) =>
      items.map((li) => li.textContent),
    );
    expect(problems).toEqual([
      '/id: must be lowercase letters, digits and "-", not starting with "-"',
      '/errorOn2xx: must be true or false',
      '/envelope/match/0/path: must be a JSON Pointer such as /error/code ("" is the whole body)',
      '/codes/E42/retry/advice: must be one of no, after-auth, wait, backoff, check-first',
    ]);
    const userRows = await panel.$$eval('#packs .pack-row[data-origin="user"]', (r) =>
      r.map((el) => (el as HTMLElement).dataset['pack']),
    );
    expect(userRows).toEqual(['acme-billing']);
  });
});
