import type { Frame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { waitForRows } from './harness/panel';

type RetryRule =
  'retryStorm' | 'retryA400' | 'retryTooEarly' | 'tooManyAttempts' | 'blindPurchaseRetry';

let demo: DemoServer;
let session: ChromiumSession;
let panel: Frame;

beforeAll(async () => {
  demo = await startDemoServer();
  session = await launchChromium();
  await session.page.goto(demo.url + '/');
  panel = await session.openPanel();
});

afterAll(async () => {
  await session?.close();
  await demo?.close();
});

/** Runs one of the demo page's rule breakers; resolves once every response body was read. */
async function breakRule(rule: RetryRule): Promise<void> {
  await session.page.evaluate(async (name: RetryRule) => {
    const demo = (window as unknown as { demo: Record<RetryRule, () => Promise<unknown>> }).demo;
    await demo[name]();
  }, rule);
}

/** Waits until the panel has seen `n` errors in all (the list shows only visible rows). */
async function waitForSeen(n: number): Promise<void> {
  await panel.waitForFunction(
    (want: number) =>
      Number(document.querySelector('#status-bar')?.getAttribute('data-seen')) === want,
    { timeout: 20_000 },
    n,
  );
}

const auditKinds = () =>
  panel.$$eval('.audit-row', (rows) => rows.map((r) => (r as HTMLElement).dataset['kind'] ?? ''));

describe('the retry audit in real Chromium', () => {
  it('flags every retry of a retry storm on its row and in the Retry audit view', async () => {
    await breakRule('retryStorm'); // a 429 with Retry-After: 20, then 30 immediate retries
    await waitForSeen(31);
    await waitForRows(
      panel,
      (rows) => rows.length > 0 && rows.every((r) => r.code === 'RATE_LIMIT_EXCEEDED'),
      'the storm rows',
    );
    // The list follows the newest rows: all of them are retries that came too early.
    const badges = await panel.$$eval('.row', (rows) =>
      rows.map((r) => r.querySelector<HTMLElement>('.violation-badge')?.dataset['kinds'] ?? ''),
    );
    expect(badges.length).toBeGreaterThan(5);
    expect(badges.filter((k) => k !== '').length).toBeGreaterThanOrEqual(badges.length - 1);
    expect(new Set(badges.filter((k) => k !== ''))).toEqual(new Set(['retried-too-early']));

    await panel.click('#view-audit');
    await panel.waitForSelector('#audit-view .audit-row');
    await panel.waitForFunction(() => document.querySelectorAll('.audit-row').length === 30);
    expect(new Set(await auditKinds())).toEqual(new Set(['retried-too-early']));
    expect(await panel.$eval('#audit-count', (el) => el.textContent)).toBe('30 broken rules');
  });

  it('lists each rule the demo buttons break, and opens the error a retry retried', async () => {
    for (const rule of [
      'retryTooEarly',
      'retryA400',
      'tooManyAttempts',
      'blindPurchaseRetry',
    ] as const) {
      await breakRule(rule);
    }
    await waitForSeen(31 + 2 + 2 + 5 + 2);
    await panel.waitForFunction(
      () => document.querySelectorAll('.audit-row[data-kind="blind-retry"]').length === 1,
      { timeout: 20_000 },
    );
    const kinds = await auditKinds();
    expect(new Set(kinds)).toEqual(
      new Set(['retried-too-early', 'retried-non-retryable', 'too-many-attempts', 'blind-retry']),
    );
    expect(kinds.filter((k) => k === 'retried-non-retryable')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'too-many-attempts')).toHaveLength(1);

    await panel.click('.audit-row[data-kind="blind-retry"] .audit-retry-of');
    await panel.waitForSelector('#details');
    const selected = await panel.$eval('.row.selected', (r) => ({
      code: (r as HTMLElement).dataset['code'],
      advice: (r as HTMLElement).dataset['advice'],
    }));
    expect(selected).toEqual({ code: 'provider_error', advice: 'check-first' });
  });
});
