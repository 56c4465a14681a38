import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Browser, CDPSession, Frame, Page, Protocol } from 'puppeteer-core';
import { startDemoServer } from '../demo/server';
import { launchChromium } from '../test/e2e/harness/chromium';
import { feedRequests } from './panelFeed';

/**
 * Drives real Chromium with the panel open and reads what a user would feel: how long the panel
 * lags behind the last response, the longest main-thread task while ingesting, how many row
 * elements exist, the JS heap, and how long a filter change takes to show.
 *
 * The 10,000 step is real traffic (the demo page fires it); the 100,000 step feeds the other
 * 90,000 through DevTools' own network model (see panelFeed.ts): real requests would take over
 * 20 minutes here. The table says which is which.
 */
const STEPS: readonly { total: number; source: 'real' | 'fed' }[] = [
  // BENCH_FED_ONLY=1 skips the real step, for quick profiling rounds.
  ...(process.env['BENCH_FED_ONLY'] ? [] : [{ total: 10_000, source: 'real' as const }]),
  { total: 100_000, source: 'fed' },
];
// BENCH_PROFILE=<file prefix> writes a CPU profile of the panel's process per step
// (<prefix>-<errors>.cpuprofile; open it in DevTools' Performance panel or speedscope).
const PROFILE = process.env['BENCH_PROFILE'] ?? null;
// BENCH_TRACE=<file> records a Chromium trace (devtools.timeline) of the fed step's last 10,000
// errors: style, layout, paint and GC per task, which a CPU profile does not tell apart.
// Read it with bench/traceTasks.ts.
const TRACE = process.env['BENCH_TRACE'] ?? null;
// BENCH_TRACE_GC=1 traces the whole fed step, with only the collector's events (MinorGC,
// MajorGC and their phases): how often and how long it collects, over all 100,000.
const TRACE_GC = process.env['BENCH_TRACE_GC'] !== undefined;
const GC_CATEGORIES = ['disabled-by-default-v8.gc', 'toplevel'];
// BENCH_ALLOC=<file> samples the panel renderer's allocations over the fed step, garbage
// included (a .heapprofile: DevTools' Memory panel, or bench/allocSites.ts).
const ALLOC = process.env['BENCH_ALLOC'] ?? null;
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'toplevel',
];
const CONCURRENCY = 50;
const CHUNK = 2_000;

type Demo = {
  bulk(n: number, c: number): Promise<{ completed: number; failed: number; ms: number }>;
};

async function observeLongTasks(frame: Frame | Page): Promise<void> {
  await frame.evaluate(() => {
    const v = window as unknown as { __longest?: number; __tasks?: [number, number][] };
    v.__longest = 0;
    v.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        v.__longest = Math.max(v.__longest ?? 0, e.duration);
        v.__tasks?.push([e.startTime, e.duration]);
      }
    }).observe({ type: 'longtask', buffered: false });
  });
}

/** The longest task since the last call, and how many were 50 ms or more. */
async function takeLongest(frame: Frame | Page): Promise<{ longest: number; count: number }> {
  return frame.evaluate(() => {
    const w = window as unknown as { __longest?: number; __counted?: number; __tasks?: unknown[] };
    const longest = w.__longest ?? 0;
    const count = (w.__tasks?.length ?? 0) - (w.__counted ?? 0);
    w.__longest = 0;
    w.__counted = w.__tasks?.length ?? 0;
    return { longest, count };
  });
}

async function heapMb(panel: Frame): Promise<number> {
  return panel.evaluate(() => {
    (window as unknown as { gc?: () => void }).gc?.();
    const mem = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return (mem?.usedJSHeapSize ?? 0) / 1024 / 1024;
  });
}

/** Types `text` into the filter and times it until the frame after React's commit. */
async function filterMs(panel: Frame, text: string): Promise<number> {
  return panel.evaluate(async (value: string) => {
    const input = document.querySelector('#filter') as HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    const t0 = performance.now();
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  }, text);
}

const FILTER_SAMPLES = 5;

/** The middle value: one filter sample varied 5–10× between runs of the same build. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Each of the three filter changes, `FILTER_SAMPLES` rounds in turn; the median of each. */
async function filterMedians(panel: Frame): Promise<number[]> {
  const texts = ['domain:127.0.0.1', 'body:batch996', ''];
  const samples: number[][] = texts.map(() => []);
  for (let round = 0; round < FILTER_SAMPLES; round++) {
    for (const [i, text] of texts.entries()) samples[i]?.push(await filterMs(panel, text));
  }
  return samples.map(median);
}

/** Starts sampling the panel's renderer (the devtools page shares its process and thread). */
async function startProfile(panel: Frame): Promise<{ cdp: CDPSession; mark: number }> {
  // A frame's own session (an out-of-process frame has one): not public API, fine for a bench.
  const cdp = (panel as unknown as { client: CDPSession }).client;
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  // A 20 ms spin with a name the samples will show: it puts the panel's clock on the profile's.
  const mark = (await panel.evaluate(`(function __benchClockMark() {
    const t = performance.now();
    while (performance.now() - t < 20);
    return t;
  })()`)) as number;
  return { cdp, mark };
}

/**
 * Writes the profile, and beside it the long tasks the panel saw with their start on the
 * profile's clock (µs), so that each can be looked up among the samples.
 */
async function stopProfile(
  { cdp, mark }: { cdp: CDPSession; mark: number },
  frames: readonly (Frame | Page)[],
  file: string,
): Promise<void> {
  const { profile } = await cdp.send('Profiler.stop');
  const markAt = firstSampleOf(profile, '__benchClockMark');
  const longTasks: { frame: number; start: number; ms: number }[] = [];
  for (const [i, frame] of frames.entries()) {
    const { now, tasks } = await frame.evaluate(() => ({
      now: performance.now(),
      tasks: (window as unknown as { __tasks?: [number, number][] }).__tasks ?? [],
    }));
    // The panel's own clock is placed by the mark; another frame's by "the profile ended about
    // now", which is off by a round trip.
    const offset = i === 0 && markAt !== null ? markAt - mark * 1000 : profile.endTime - now * 1000;
    for (const [start, ms] of tasks) longTasks.push({ frame: i, start: start * 1000 + offset, ms });
  }
  writeFileSync(file, JSON.stringify(profile));
  writeFileSync(file.replace(/\.cpuprofile$/, '.tasks.json'), JSON.stringify(longTasks));
  process.stderr.write(`  profile: ${file}\n`);
}

/** When (profile clock, µs) the first sample inside the named function was taken. */
function firstSampleOf(profile: Protocol.Profiler.Profile, name: string): number | null {
  const ids = new Set(
    profile.nodes.filter((n) => n.callFrame.functionName === name).map((n) => n.id),
  );
  let t = profile.startTime;
  for (const [i, id] of (profile.samples ?? []).entries()) {
    t += profile.timeDeltas?.[i] ?? 0;
    if (ids.has(id)) return t;
  }
  return null;
}

/** Starts a browser-wide trace whose buffer holds the whole fed chunk (the default fills in 3 s). */
async function startTrace(browser: Browser): Promise<CDPSession> {
  const cdp = await browser.target().createCDPSession();
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      recordMode: 'recordUntilFull',
      traceBufferSizeInKb: 1_000_000,
      includedCategories: TRACE_GC ? GC_CATEGORIES : TRACE_CATEGORIES,
    },
  });
  return cdp;
}

async function stopTrace(cdp: CDPSession, file: string): Promise<void> {
  const done = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e: Protocol.Tracing.TracingCompleteEvent) =>
      resolve(e.stream ?? ''),
    ),
  );
  await cdp.send('Tracing.end');
  const handle = await done;
  const parts: string[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle, size: 16 * 1024 * 1024 });
    parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  writeFileSync(file, parts.join(''));
  await cdp.detach();
  process.stderr.write(`  trace: ${file}\n`);
}

async function fireReal(page: Page, from: number, to: number) {
  const run = { failed: 0, ms: 0 };
  for (let done = from; done < to; done += CHUNK) {
    const chunk = await page.evaluate(
      (count: number, c: number) => (window as unknown as { demo: Demo }).demo.bulk(count, c),
      Math.min(CHUNK, to - done),
      CONCURRENCY,
    );
    run.failed += chunk.failed;
    run.ms += chunk.ms;
    process.stderr.write(`  fired ${done + Math.min(CHUNK, to - done)} (${chunk.ms} ms)\n`);
  }
  return run;
}

const demo = await startDemoServer();
const session = await launchChromium({
  args: ['--js-flags=--expose-gc', '--enable-precise-memory-info'],
  protocolTimeout: 600_000,
});
try {
  await session.page.goto(demo.url + '/');
  const panel = await session.openPanel();
  const dt = await session.devtools();
  const devtoolsFrame = dt.frames().find((f) => /\/src\/devtools\/devtools\.html/.test(f.url()));
  const observed: (Frame | Page)[] = [panel, ...(devtoolsFrame ? [devtoolsFrame] : [])];
  for (const f of observed) await observeLongTasks(f);

  const rows: string[][] = [];
  // One real error first: the feed borrows DevTools' content class from it.
  await session.page.evaluate(() =>
    (
      window as unknown as { demo: { fireEndpoint(p: string): Promise<unknown> } }
    ).demo.fireEndpoint('/api/bulk?i=0'),
  );
  let fired = 1;
  let failed = 0;
  for (const { total, source } of STEPS) {
    let ms: number;
    const profiling = PROFILE === null ? null : await startProfile(panel);
    const lastResponse = () => Date.now();
    if (source === 'real') {
      const run = await fireReal(session.page, fired, total);
      ms = run.ms;
      failed += run.failed;
    } else {
      ms = 0;
      const cdp = (panel as unknown as { client: CDPSession }).client;
      if (ALLOC !== null) {
        await cdp.send('HeapProfiler.enable');
        await cdp.send('HeapProfiler.startSampling', {
          samplingInterval: 16_384,
          includeObjectsCollectedByMajorGC: true,
          includeObjectsCollectedByMinorGC: true,
        });
      }
      let traceSession: CDPSession | null = null;
      for (let at = fired; at < total; at += 10_000) {
        const tracing = TRACE !== null && (TRACE_GC ? at === fired : at + 10_000 >= total);
        if (tracing) traceSession = await startTrace(session.browser);
        ms += await feedRequests(dt, at, Math.min(10_000, total - at));
        if (TRACE !== null && at + 10_000 >= total) {
          await panel.waitForFunction(
            (want: number) =>
              Number(document.querySelector('#status-bar')?.getAttribute('data-seen')) >= want,
            { polling: 50, timeout: 600_000 },
            total - failed,
          );
          if (traceSession !== null) await stopTrace(traceSession, TRACE);
        }
        process.stderr.write(`  fed up to ${Math.min(total, at + 10_000)}\n`);
      }
      if (ALLOC !== null) {
        const { profile } = await cdp.send('HeapProfiler.stopSampling');
        writeFileSync(ALLOC, JSON.stringify(profile));
        process.stderr.write(`  allocations: ${ALLOC}\n`);
      }
    }
    const last = lastResponse();
    fired = total;
    await panel.waitForFunction(
      (want: number) =>
        Number(document.querySelector('#status-bar')?.getAttribute('data-seen')) >= want,
      { polling: 50, timeout: 600_000 },
      total - failed,
    );
    const lagMs = Date.now() - last;
    if (profiling !== null)
      await stopProfile(profiling, observed, `${PROFILE}-${total}.cpuprofile`);
    let longest = 0;
    let longTasks = 0;
    for (const f of observed) {
      const taken = await takeLongest(f);
      longest = Math.max(longest, taken.longest);
      longTasks += taken.count;
    }
    const rowElements = await panel.$$eval('.row', (r) => r.length);
    const heap = await heapMb(panel);
    const filterProfile = PROFILE === null ? null : await startProfile(panel);
    const filters = await filterMedians(panel);
    if (filterProfile !== null)
      await stopProfile(filterProfile, observed, `${PROFILE}-${total}-filter.cpuprofile`);
    for (const f of observed) await takeLongest(f); // the filter's own tasks are not ingest's
    rows.push([
      `${total.toLocaleString('en')} (${source})`,
      `${(ms / 1000).toFixed(1)} s`,
      `${lagMs} ms`,
      longest === 0 ? '< 50 ms' : `${longest.toFixed(0)} ms (${longTasks})`,
      String(rowElements),
      `${heap.toFixed(1)} MB`,
      filters.map((f) => f.toFixed(0)).join(' / ') + ' ms',
    ]);
  }
  const head = [
    'errors',
    'firing took',
    'panel lag',
    'longest task (tasks ≥ 50 ms)',
    'row elements',
    'JS heap',
    `filter domain:/body:/clear (median of ${FILTER_SAMPLES})`,
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  process.stdout.write(
    `\nbench:panel (Chromium, default settings; load average ${load})\n${line(head)}\n`,
  );
  for (const r of rows) process.stdout.write(line(r) + '\n');
  process.stdout.write(
    'real: fired by the demo page; fed: through DevTools network model (bench/panelFeed.ts)\n' +
      'targets at 100,000: < 100 row elements, no task over 50 ms, filter < 100 ms, heap < 200 MB\n',
  );
} finally {
  await session.close();
  await demo.close();
}
