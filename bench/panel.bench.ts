import type { Frame, Page } from 'puppeteer-core';
import { startDemoServer } from '../demo/server';
import { launchChromium } from '../test/e2e/harness/chromium';

/**
 * Drives real Chromium: the demo page fires error responses in bulk while the panel is open,
 * and we read what a user would feel: how long the panel lags behind the last response, the
 * longest main-thread task, how many row elements exist, and the JS heap.
 */
const STEPS = [10_000, 50_000];
const CONCURRENCY = 50;
const CHUNK = 2_000;

type Demo = {
  bulk(n: number, c: number): Promise<{ completed: number; failed: number; ms: number }>;
};

async function observeLongTasks(frame: Frame | Page): Promise<void> {
  await frame.evaluate(() => {
    const w = window as unknown as { __longest?: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest ?? 0, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}

async function takeLongest(frame: Frame | Page): Promise<number> {
  return frame.evaluate(() => {
    const w = window as unknown as { __longest?: number };
    const v = w.__longest ?? 0;
    w.__longest = 0;
    return v;
  });
}

async function heapMb(panel: Frame): Promise<number> {
  return panel.evaluate(() => {
    (window as unknown as { gc?: () => void }).gc?.();
    const mem = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return (mem?.usedJSHeapSize ?? 0) / 1024 / 1024;
  });
}

const demo = await startDemoServer();
const session = await launchChromium({
  args: ['--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
try {
  await session.page.goto(demo.url + '/');
  const panel = await session.openPanel();
  const dt = await session.devtools();
  const devtoolsFrame = dt.frames().find((f) => /\/src\/devtools\/devtools\.html/.test(f.url()));
  const observed: (Frame | Page)[] = [panel, ...(devtoolsFrame ? [devtoolsFrame] : [])];
  for (const f of observed) await observeLongTasks(f);

  const rows: string[][] = [];
  let fired = 0;
  for (const total of STEPS) {
    const run = { failed: 0, ms: 0 };
    // In chunks, so progress shows and no single CDP call runs for minutes.
    for (let left = total - fired; left > 0; left -= CHUNK) {
      const chunk = await session.page.evaluate(
        (count: number, c: number) => (window as unknown as { demo: Demo }).demo.bulk(count, c),
        Math.min(CHUNK, left),
        CONCURRENCY,
      );
      run.failed += chunk.failed;
      run.ms += chunk.ms;
      process.stderr.write(`  fired ${total - left + Math.min(CHUNK, left)} (${chunk.ms} ms)\n`);
    }
    const lastResponse = Date.now();
    fired = total;
    await panel.waitForFunction(
      (want: number) =>
        Number(document.querySelector('#status-bar')?.getAttribute('data-seen')) >= want,
      { polling: 10, timeout: 120_000 },
      total - run.failed,
    );
    const lagMs = Date.now() - lastResponse;
    let longest = 0;
    for (const f of observed) longest = Math.max(longest, await takeLongest(f));
    const rowElements = await panel.$$eval('.row', (r) => r.length);
    const heap = await heapMb(panel);
    rows.push([
      total.toLocaleString('en'),
      `${(run.ms / 1000).toFixed(1)} s`,
      `${lagMs} ms`,
      longest === 0 ? '< 50 ms' : `${longest.toFixed(0)} ms`,
      String(rowElements),
      `${heap.toFixed(1)} MB`,
    ]);
  }
  const head = [
    'errors fired',
    'firing took',
    'panel lag',
    'longest task',
    'row elements',
    'JS heap',
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  process.stdout.write(`\nbench:panel (Chromium, default buffer of 5,000 errors)\n${line(head)}\n`);
  for (const r of rows) process.stdout.write(line(r) + '\n');
  process.stdout.write(
    'targets: < 100 row elements, no task over 100 ms, heap < 150 MB at 50,000\n',
  );
} finally {
  await session.close();
  await demo.close();
}
