import { readTraceEvents } from './traceEvents';

/**
 * Sums up the collector's work on the extension renderer's main thread in a trace written with
 * `BENCH_TRACE=<file> BENCH_TRACE_GC=1 npm run bench:panel`: how many young (scavenge) and full
 * (mark-compact) pauses, their total and longest wall time.
 *
 *   npx tsx bench/traceGc.ts <file>
 */

const [file] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: traceGc.ts <trace.json>');
const events = readTraceEvents(file);

// The extension renderer's main thread: its process is named so by the metadata events.
const processes = new Set(
  events
    .filter(
      (e) => e.ph === 'M' && e.name === 'process_name' && e.args?.name === 'Extension Renderer',
    )
    .map((e) => e.pid),
);
const main = events.filter(
  (e) =>
    processes.has(e.pid) &&
    e.ph === 'X' &&
    (e.name === 'V8.GC_SCAVENGER' || e.name === 'V8.GC_MARK_COMPACTOR'),
);
// The main thread is the one that pauses for scavenges (helpers run their parallel parts).
const threads = new Map<string, number>();
for (const e of main) threads.set(`${e.pid}/${e.tid}`, (threads.get(`${e.pid}/${e.tid}`) ?? 0) + 1);
const busiest = [...threads].sort((a, b) => b[1] - a[1])[0]?.[0];
for (const name of ['V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR']) {
  const list = main
    .filter((e) => e.name === name && `${e.pid}/${e.tid}` === busiest)
    .map((e) => (e.dur ?? 0) / 1000);
  const sum = list.reduce((a, b) => a + b, 0);
  const over50 = list.filter((d) => d >= 50).length;
  const sorted = [...list].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  process.stdout.write(
    `${name}: ${list.length} pauses, ${sum.toFixed(0)} ms in all, median ${median.toFixed(0)} ms, longest ${Math.max(0, ...list).toFixed(0)} ms, ≥ 50 ms: ${over50}\n`,
  );
}
