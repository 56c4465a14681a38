import { readFileSync } from 'node:fs';
import type { Protocol } from 'puppeteer-core';

/**
 * Reads what `BENCH_ALLOC=<file> npm run bench:panel` wrote: the functions that allocated most
 * (self), and the stacks that led there.
 *
 *   npx tsx bench/allocSites.ts <file> [how many, 25]
 */
const [file, many = '25'] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: allocSites.ts <file.heapprofile> [n]');
const { head } = JSON.parse(
  readFileSync(file, 'utf8'),
) as Protocol.HeapProfiler.SamplingHeapProfile;

type Node = Protocol.HeapProfiler.SamplingHeapProfileNode;
const name = (n: Node) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber}`;
const self = new Map<string, number>();
const stacks = new Map<string, number>();
let total = 0;
const walk = (n: Node, path: string[]) => {
  const here = [...path, name(n)];
  if (n.selfSize > 0) {
    total += n.selfSize;
    self.set(name(n), (self.get(name(n)) ?? 0) + n.selfSize);
    const key = here.slice(-5).join(' < ');
    stacks.set(key, (stacks.get(key) ?? 0) + n.selfSize);
  }
  for (const c of n.children) walk(c, here);
};
walk(head, []);
const mb = (b: number) => (b / 1024 / 1024).toFixed(1).padStart(7);
const top = (m: Map<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(many))
    .map(([k, v]) => `${mb(v)} MB  ${k}`)
    .join('\n');
process.stdout.write(
  `${mb(total)} MB sampled in all\n\nself:\n${top(self)}\n\nstacks:\n${top(stacks)}\n`,
);
