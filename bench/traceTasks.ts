import { readTraceEvents, type ProfileNode, type TraceEvent } from './traceEvents';

/**
 * Reads what `BENCH_TRACE=<file> npm run bench:panel` wrote: the extension renderer's main-thread
 * tasks of 50 ms or more, and for each where its time went by trace event (self time: Layout,
 * UpdateLayoutTree, Paint, MinorGC, FunctionCall…) and its top-level children in order.
 *
 *   npx tsx bench/traceTasks.ts <file> [how many tasks, 10]
 */
interface Span {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly detail: string;
}

const [file, many = '10'] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: traceTasks.ts <trace.json> [n]');
const events = readTraceEvents(file);

// The thread that runs our pages' scripts: the extension renderer's main thread.
const ours = events.find(
  (e) => e.name === 'FunctionCall' && (e.args?.data?.url ?? '').startsWith('chrome-extension://'),
);
if (ours === undefined) throw new Error('no FunctionCall from chrome-extension:// in the trace');
const onThread = events
  .filter((e) => e.pid === ours.pid && e.tid === ours.tid)
  .sort((a, b) => a.ts - b.ts);

// Complete ('X') events and begin/end pairs, as spans.
const spans: Span[] = [];
const open = new Map<string, TraceEvent[]>();
for (const e of onThread) {
  const detail = e.args?.data?.functionName || e.args?.data?.url?.replace(/^.*\//, '') || '';
  if (e.ph === 'X') spans.push({ name: e.name, start: e.ts, end: e.ts + (e.dur ?? 0), detail });
  else if (e.ph === 'B') open.set(e.name, [...(open.get(e.name) ?? []), e]);
  else if (e.ph === 'E') {
    const b = open.get(e.name)?.pop();
    if (b !== undefined) spans.push({ name: e.name, start: b.ts, end: e.ts, detail });
  }
}
spans.sort((a, b) => a.start - b.start || b.end - a.end);

// JS samples (category disabled-by-default-v8.cpu_profiler): the profile of our thread's
// isolate, its nodes and samples sent in chunks.
const nodes = new Map<number, ProfileNode>();
const samples: { ts: number; node: number }[] = [];
{
  const profile = events.find(
    (e) => e.name === 'Profile' && e.pid === ours.pid && e.tid === ours.tid,
  );
  let t = profile?.args?.data?.startTime ?? 0;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.id !== profile?.id || e.pid !== ours.pid) continue;
    for (const n of e.args?.data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const ids = e.args?.data?.cpuProfile?.samples ?? [];
    const deltas = e.args?.data?.timeDeltas ?? [];
    for (const [i, id] of ids.entries()) {
      t += deltas[i] ?? 0;
      samples.push({ ts: t, node: id });
    }
  }
  samples.sort((a, b) => a.ts - b.ts);
}
const frameName = (id: number) => {
  const f = nodes.get(id)?.callFrame;
  if (f === undefined) return '?';
  const file = (f.url ?? '').replace(/^.*\//, '');
  return `${f.functionName || '(anonymous)'}${file ? ` ${file}:${(f.lineNumber ?? 0) + 1}:${f.columnNumber ?? 0}` : ''}`;
};
const stackOf = (id: number) => {
  const names: string[] = [];
  for (let at: number | undefined = id; at !== undefined; at = nodes.get(at)?.parent) {
    names.unshift(frameName(at));
  }
  return names.slice(1).slice(-6).join(' < ');
};
function jsIn(span: Span): string {
  const self = new Map<string, number>();
  const stacks = new Map<string, number>();
  let n = 0;
  for (const x of samples) {
    if (x.ts < span.start || x.ts > span.end) continue;
    n++;
    self.set(frameName(x.node), (self.get(frameName(x.node)) ?? 0) + 1);
    stacks.set(stackOf(x.node), (stacks.get(stackOf(x.node)) ?? 0) + 1);
  }
  const list = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([w, c]) => `    ${String(c).padStart(5)}  ${w}`)
      .join('\n');
  return `  ${n} JS samples; self:\n${list(self, 8)}\n  stacks (leaf last):\n${list(stacks, 6)}\n`;
}

const tasks = spans.filter((s) => s.name === 'RunTask');
const long = tasks.filter((t) => t.end - t.start >= 50_000);
const ms = (us: number) => (us / 1000).toFixed(1);
const total = (tasks.at(-1)?.end ?? 0) - (tasks[0]?.start ?? 0);
const busy = tasks.reduce((n, t) => n + t.end - t.start, 0);
process.stdout.write(
  `${tasks.length} tasks over ${ms(total)} ms (busy ${ms(busy)} ms); ` +
    `≥ 50 ms: ${long.length}, longest ${ms(Math.max(0, ...long.map((t) => t.end - t.start)))} ms\n`,
);

// Self time per event name, over all tasks and over the long ones.
function selfTimes(within: Span): Map<string, number> {
  const inside = spans.filter(
    (s) => s !== within && s.start >= within.start && s.end <= within.end,
  );
  const self = new Map<string, number>();
  const stack: { span: Span; child: number }[] = [{ span: within, child: 0 }];
  const pop = () => {
    const top = stack.pop();
    if (top === undefined) return;
    const key = top.span.name;
    self.set(key, (self.get(key) ?? 0) + top.span.end - top.span.start - top.child);
    const parent = stack.at(-1);
    if (parent !== undefined) parent.child += top.span.end - top.span.start;
  };
  for (const s of inside) {
    while (stack.length > 1 && (stack.at(-1) as { span: Span }).span.end <= s.start) pop();
    stack.push({ span: s, child: 0 });
  }
  while (stack.length > 0) pop();
  return self;
}

const top = (m: Map<string, number>, k: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([what, us]) => `    ${ms(us).padStart(7)} ms  ${what}`)
    .join('\n');

const sum = new Map<string, number>();
for (const t of long) for (const [k, v] of selfTimes(t)) sum.set(k, (sum.get(k) ?? 0) + v);
process.stdout.write(`\nall long tasks, self time by event:\n${top(sum, 12)}\n`);

for (const task of [...long]
  .sort((a, b) => b.end - b.start - (a.end - a.start))
  .slice(0, Number(many))) {
  const children = spans.filter(
    (s) => s !== task && s.start >= task.start && s.end <= task.end && s.end - s.start >= 2_000,
  );
  const direct = children.filter(
    (c) =>
      !children.some(
        (p) => p !== c && p.start <= c.start && p.end >= c.end && p.end - p.start > c.end - c.start,
      ),
  );
  process.stdout.write(
    `\n${ms(task.end - task.start)} ms task at ${ms(task.start - (tasks[0]?.start ?? 0))} ms\n` +
      `  self by event:\n${top(selfTimes(task), 8)}\n  top-level parts ≥ 2 ms:\n` +
      direct
        .map((c) => `    ${ms(c.end - c.start).padStart(7)} ms  ${c.name} ${c.detail}`)
        .join('\n') +
      '\n' +
      jsIn(task),
  );
}
