import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Frame } from 'puppeteer-core';
import { launchChromium } from '../test/e2e/harness/chromium';
import { writeBigHar } from './bigHar';
import { fixed, MB, median } from './timing';

/**
 * Imports a ~100 MB HAR into the panel in real Chromium and reports what a user would feel:
 * the total time from picking the file to the summary, the longest main-thread task in the
 * panel (PerformanceObserver 'longtask') and the longest gap between 10 ms timer ticks. Once
 * through the worker, once through the main-thread fallback (Worker hidden) for comparison.
 *
 *   npx vite build --outDir /tmp/har-dist && AED_CHROME_DIST=/tmp/har-dist npx tsx bench/har-import.bench.ts
 */
const TARGET_BYTES = Number(process.env['HAR_MB'] ?? 100) * MB;

interface Figures {
  readonly totalMs: number;
  readonly longestTaskMs: number;
  readonly longTasks: number;
  readonly maxTimerGapMs: number;
  readonly progressUpdates: number;
  readonly summary: string;
  /** What the progress said, and when (ms after the file was picked). */
  readonly progress: readonly string[];
  /** The three longest tasks and timer gaps: [ms after the file was picked, duration]. */
  readonly topTasks: readonly [number, number][];
  readonly topGaps: readonly [number, number][];
}

/** Starts the probes; they stop when the import reports done or failed. */
async function probe(panel: Frame): Promise<void> {
  await panel.evaluate(() => {
    const w = window as unknown as { __bench: Promise<unknown> };
    w.__bench = new Promise((resolve) => {
      let start = 0;
      let longest = 0;
      let count = 0;
      let maxGap = 0;
      const tasks: [number, number][] = [];
      const progress: string[] = [];
      const gaps: [number, number][] = [];
      // No named helper functions in here: tsx would wrap them in a `__name` the page lacks.
      let updates = 0;
      let last = performance.now();
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          longest = Math.max(longest, e.duration);
          count++;
          tasks.push([e.startTime, e.duration]);
        }
      });
      observer.observe({ type: 'longtask', buffered: false });
      const timer = setInterval(() => {
        const now = performance.now();
        if (start > 0) {
          maxGap = Math.max(maxGap, now - last - 10);
          gaps.push([last, now - last - 10]);
        }
        last = now;
      }, 10);
      const input = document.getElementById('import-har-input');
      input?.addEventListener('change', () => (start = performance.now()), { capture: true });
      const watch = new MutationObserver(() => {
        const el = document.getElementById('import-progress');
        const state = el?.dataset['state'];
        if (state === 'running') {
          updates++;
          const text = `${Math.round(performance.now() - start)} ms ${el?.textContent ?? ''}`;
          if (progress.at(-1)?.replace(/^\d+ ms /, '') !== text.replace(/^\d+ ms /, '')) {
            progress.push(text);
          }
        }
        if (start === 0 || (state !== 'done' && state !== 'failed')) return;
        const totalMs = performance.now() - start;
        watch.disconnect();
        clearInterval(timer);
        // Long tasks are reported after they end: give the last one a moment.
        setTimeout(() => {
          observer.disconnect();
          resolve({
            totalMs,
            longestTaskMs: longest,
            longTasks: count,
            maxTimerGapMs: maxGap,
            progressUpdates: updates,
            summary: el?.textContent ?? '',
            progress,
            topTasks: tasks
              .sort((a, b) => b[1] - a[1])
              .slice(0, 3)
              .map(([at, ms]) => [Math.round(at - start), Math.round(ms)]),
            topGaps: gaps
              .sort((a, b) => b[1] - a[1])
              .slice(0, 3)
              .map(([at, ms]) => [Math.round(at - start), Math.round(ms)]),
          });
        }, 200);
      });
      watch.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
  });
}

async function importOnce(panel: Frame, file: string): Promise<Figures> {
  await probe(panel);
  const input = (await panel.$('#import-har-input')) as ElementHandle<HTMLInputElement> | null;
  if (input === null) throw new Error('no #import-har-input');
  await input.uploadFile(file);
  return (await panel.evaluate(
    () => (window as unknown as { __bench: Promise<unknown> }).__bench,
  )) as Figures;
}

async function reset(panel: Frame): Promise<void> {
  await panel.click('#clear');
  await panel.click('#import-dismiss');
}

function print(label: string, f: Figures): void {
  console.log(
    `  ${label.padEnd(22)} total ${fixed(f.totalMs / 1000, 2)} s | longest task ${fixed(f.longestTaskMs, 0)} ms ` +
      `(${f.longTasks} long tasks) | longest timer gap ${fixed(f.maxTimerGapMs, 0)} ms | ` +
      `${f.progressUpdates} progress updates | "${f.summary.replace('×', '').trim()}"`,
  );
  console.log(`  ${''.padEnd(22)} progress: ${f.progress.join(' → ').replaceAll('×', '')}`);
  const list = (l: readonly [number, number][]) =>
    l.map(([at, ms]) => `${ms} ms at +${at}`).join(', ');
  console.log(
    `  ${''.padEnd(22)} longest tasks: ${list(f.topTasks)}; longest gaps: ${list(f.topGaps)}`,
  );
}

const ROUNDS = Number(process.env['HAR_ROUNDS'] ?? 3);
const MODES = ['worker, cold panel', 'worker, warm panel', 'main-thread fallback'] as const;

/** One browser per round: the first import runs in a panel that has not imported before. */
async function round(file: string): Promise<Figures[]> {
  const session = await launchChromium({ protocolTimeout: 300_000 });
  try {
    const panel = await session.openPanel();
    const cold = await importOnce(panel, file);
    await reset(panel);
    const warm = await importOnce(panel, file);
    await reset(panel);
    await panel.evaluate(() => {
      (window as unknown as { Worker?: unknown }).Worker = undefined;
    });
    return [cold, warm, await importOnce(panel, file)];
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'aed-har-bench-'));
  try {
    const file = join(dir, 'big.har');
    const t = performance.now();
    const info = await writeBigHar(file, TARGET_BYTES);
    console.log(
      `HAR: ${fixed(info.bytes / MB)} MB, ${info.entries} entries, ${info.errors} errors ` +
        `(written in ${fixed((performance.now() - t) / 1000)} s); ${cpus().length} CPUs, ` +
        `load ${loadavg()[0]?.toFixed(1)}`,
    );
    const results: Figures[][] = [];
    for (let r = 0; r < ROUNDS; r++) {
      console.log(`round ${r + 1}`);
      const figures = await round(file);
      figures.forEach((f, i) => print(MODES[i] ?? '', f));
      results.push(figures);
    }
    console.log(`median of ${ROUNDS} rounds`);
    MODES.forEach((mode, i) => {
      const of = (pick: (f: Figures) => number) =>
        median(results.map((figures) => pick(figures[i] as Figures)));
      console.log(
        `${mode.padEnd(22)} total ${fixed(of((f) => f.totalMs) / 1000, 2)} s | longest task ` +
          `${fixed(
            of((f) => f.longestTaskMs),
            0,
          )} ms | longest timer gap ${fixed(
            of((f) => f.maxTimerGapMs),
            0,
          )} ms`,
      );
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
