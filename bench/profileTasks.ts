import { readFileSync } from 'node:fs';
import type { Protocol } from 'puppeteer-core';

/**
 * Reads what `BENCH_PROFILE=<prefix> npm run bench:panel` wrote: the longest tasks, and for each
 * the functions its samples were in (self) and the stacks that led there.
 *
 *   npx tsx bench/profileTasks.ts <prefix>-100000 [how many tasks, 10]
 */
interface LongTask {
  readonly frame: number;
  /** On the profile's clock, µs. */
  readonly start: number;
  readonly ms: number;
}

const [prefix, many = '10'] = process.argv.slice(2);
if (prefix === undefined) throw new Error('usage: profileTasks.ts <prefix>-<errors> [n]');
const profile = JSON.parse(
  readFileSync(`${prefix}.cpuprofile`, 'utf8'),
) as Protocol.Profiler.Profile;
// The file lists every task the panel saw since it opened: keep those inside this profile.
const tasks = (JSON.parse(readFileSync(`${prefix}.tasks.json`, 'utf8')) as LongTask[]).filter(
  (x) => x.start >= profile.startTime && x.start <= profile.endTime,
);

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (id: number) => {
  const f = nodes.get(id)?.callFrame;
  return `${f?.functionName || '(anonymous)'}:${(f?.lineNumber ?? 0) + 1}`;
};
const stackOf = (id: number) => {
  const names: string[] = [];
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    names.unshift(name(at));
  }
  return names.slice(1, 7).join(' > ');
};

// Sample times on the profile's clock.
const samples = profile.samples ?? [];
const times: number[] = [];
let t = profile.startTime;
for (let i = 0; i < samples.length; i++) {
  t += profile.timeDeltas?.[i] ?? 0;
  times.push(t);
}

const top = (m: Map<string, number>, k: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([what, n]) => `    ${String(n).padStart(5)}  ${what}`)
    .join('\n');

const over = (ms: number) => tasks.filter((x) => x.ms >= ms).length;
process.stdout.write(
  `${tasks.length} long tasks; ≥ 100 / 200 / 400 ms: ${over(100)} / ${over(200)} / ${over(400)}\n`,
);
for (const task of [...tasks].sort((a, b) => b.ms - a.ms).slice(0, Number(many))) {
  const self = new Map<string, number>();
  const stacks = new Map<string, number>();
  let count = 0;
  for (let i = 0; i < samples.length; i++) {
    const at = times[i] ?? 0;
    if (at < task.start || at > task.start + task.ms * 1000) continue;
    const id = samples[i] as number;
    count++;
    self.set(name(id), (self.get(name(id)) ?? 0) + 1);
    stacks.set(stackOf(id), (stacks.get(stackOf(id)) ?? 0) + 1);
  }
  process.stdout.write(
    `\n${task.ms.toFixed(0)} ms (frame ${task.frame}), ${count} samples\n  self:\n${top(self, 6)}\n  stacks:\n${top(stacks, 5)}\n`,
  );
}
