import { loadavg } from 'node:os';
import type { Frame } from 'puppeteer-core';
import { startDemoServer } from '../demo/server';
import { launchChromium } from '../test/e2e/harness/chromium';
import { fire, waitForRows } from '../test/e2e/harness/panel';
import { fixed, median } from './timing';

/**
 * The JSON tree in real Chromium, on the demo's 255 KB error body (19,257 values) and its body
 * nested 5,000 levels deep: how long opening the details pane takes until the tree is painted,
 * how long "Expand all" takes, and how many elements each leaves in the DOM. The text view of
 * the same body is measured beside it. Each figure is the median of RUNS.
 */
const RUNS = 5;

/** Clicks `selector` and times it: to the end of the click's own task, and to the next frame. */
async function timeClick(panel: Frame, selector: string, until: string) {
  return panel.evaluate(
    async (sel: string, ready: string) => {
      const t0 = performance.now();
      (document.querySelector(sel) as HTMLElement).click();
      const task = performance.now() - t0;
      while (document.querySelector(ready) === null) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return { task, frame: performance.now() - t0 };
    },
    selector,
    until,
  );
}

async function domCounts(panel: Frame) {
  return panel.evaluate(() => ({
    details: document.querySelectorAll('#details *').length,
    rows: document.querySelectorAll('.jt-row').length,
    treeRows: Number(document.querySelector('#json-tree')?.getAttribute('data-rows') ?? 0),
    document: document.querySelectorAll('*').length,
  }));
}

interface Row {
  readonly body: string;
  readonly step: string;
  readonly task: number;
  readonly frame: number;
  readonly details: number;
  readonly rows: number;
  readonly treeRows: number;
}

async function measure(panel: Frame, row: string, body: string): Promise<Row[]> {
  const samples = new Map<string, { task: number[]; frame: number[]; dom: Row | null }>();
  const add = (step: string, t: { task: number; frame: number }, dom: Row | null) => {
    const s = samples.get(step) ?? { task: [], frame: [], dom: null };
    s.task.push(t.task);
    s.frame.push(t.frame);
    s.dom = dom;
    samples.set(step, s);
  };
  const counted = async (step: string, t: { task: number; frame: number }) => {
    const c = await domCounts(panel);
    add(step, t, { body, step, ...t, ...c });
  };
  for (let i = 0; i < RUNS; i++) {
    await panel.evaluate(() =>
      (document.querySelector('#details-close') as HTMLElement | null)?.click(),
    );
    await counted('open details (tree)', await timeClick(panel, row, '#json-tree .jt-row'));
    await counted('expand all', await timeClick(panel, '#json-expand-all', '#json-tree'));
    await counted('collapse all', await timeClick(panel, '#json-collapse-all', '#json-tree'));
    await counted('text view', await timeClick(panel, '#body-view-text', '#details-body'));
    await counted('tree view', await timeClick(panel, '#body-view-tree', '#json-tree .jt-row'));
  }
  return [...samples.values()].map((s) => ({
    ...(s.dom as Row),
    task: median(s.task),
    frame: median(s.frame),
  }));
}

async function main() {
  const demo = await startDemoServer();
  const session = await launchChromium();
  try {
    await session.page.goto(demo.url + '/');
    const panel = await session.openPanel();
    await fire(session.page, ['/api/hostile/large-json', '/api/hostile/deep-json']);
    await waitForRows(panel, (r) => r.length === 2, 'the two large bodies');
    const rows = [
      ...(await measure(panel, '.row[data-status="400"]', '255 KB, 19,257 values')),
      ...(await measure(panel, '.row[data-status="500"]', '5,000 levels deep')),
    ];
    const load = loadavg()
      .map((l) => fixed(l))
      .join(' / ');
    console.log(`JSON tree in Chromium, median of ${RUNS}; load average ${load}\n`);
    console.log(
      'body                   step                 click task  to next frame  details elements  tree rows in DOM / rows',
    );
    for (const r of rows) {
      console.log(
        `${r.body.padEnd(22)} ${r.step.padEnd(20)} ${fixed(r.task).padStart(8)} ms  ${fixed(r.frame).padStart(10)} ms  ${String(r.details).padStart(16)}  ${String(r.rows).padStart(6)} / ${r.treeRows}`,
      );
    }
  } finally {
    await session.close();
    await demo.close();
  }
}

await main();
