/**
 * A/B of decode() between another checkout's `src/` and this one, in one process: each row of
 * the decode bench's corpus is decoded by both, alternately (which goes first swaps each round),
 * timed in CPU time, and reported as new/old (median over rounds of each round's ratio). On a
 * loaded machine separate runs of `bench:decode` vary by more than the 10% this must resolve.
 * Both must give the same results as JSON on the whole corpus; a difference exits 1.
 *
 * Load order matters: the copy imported second measured ~2x slower on HTML pages and ~1.2x on
 * small errors with both copies being the same old code. So the script runs itself twice, old
 * copy imported first, then new first, and reports the geometric mean of the two ratios.
 *
 *   git archive 3208efa src schema package.json tsconfig.json | tar -x -C /tmp/ab-old
 *   ln -s "$PWD/node_modules" /tmp/ab-old/node_modules
 *
 * The old copy needs its package.json ("type": "module") and tsconfig.json: without them tsx
 * compiles it as CommonJS, a slower program, and an A/A run (two copies of the same code) read
 * 0.82–0.94 on the small error rows in favour of this checkout.
 *   AB_ROUNDS=15 npx tsx bench/ab-decode.ts /tmp/ab-old
 *
 * AB_EVERYDAY=1 adds issue 11's envelopes (google-rpc, Connect, Stripe, GitHub, …) for an old
 * checkout that has their packs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { decode } from '../src/core/decode';
import { buildCorpus, type Sample } from './corpus';
import { EVERYDAY_SHAPES } from './everydayCorpus';
import { buildGoogleCorpus } from './googleCorpus';
import { fixed, median } from './timing';

type Decode = typeof decode;
interface RowResult {
  readonly name: string;
  readonly bodies: number;
  readonly oldMicros: number;
  readonly newMicros: number;
  readonly ratio: number;
}
const WARMUP_ROUNDS = 3;

function rowsOf(corpus: readonly Sample[]) {
  const errors = corpus.filter((s) => s.shape.group === 'error');
  const labels = [...new Set(errors.map((s) => s.shape.label))];
  const pick = (group: Sample['shape']['group']) => corpus.filter((s) => s.shape.group === group);
  return [
    ...labels.map((label) => ({
      name: `error: ${label}`,
      samples: errors.filter((s) => s.shape.label === label),
    })),
    { name: 'errors ≤ 1 KB', samples: errors.filter((s) => s.bytes <= 1024) },
    { name: 'errors ≥ 100 KB', samples: errors.filter((s) => s.bytes >= 100_000) },
    { name: '(a) all error envelopes', samples: errors },
    { name: 'HTML error pages', samples: pick('html') },
    { name: '(b) 2xx, no "error" key', samples: pick('lean') },
    { name: '2xx with "error": null', samples: pick('errorNull') },
    { name: 'whole corpus', samples: corpus },
  ];
}

function cpuMicros(decode: Decode, samples: readonly Sample[]): number {
  const start = process.cpuUsage();
  for (const { exchange } of samples) decode(exchange);
  const spent = process.cpuUsage(start);
  return spent.user + spent.system;
}

/**
 * Results that differ as JSON (what `decode --json` prints and the panel stores): a failure.
 * Results equal as JSON but not deep-equal (an object's prototype, an undefined member) are
 * counted apart, for the reader to judge.
 */
function differences(corpus: readonly Sample[], decodeOld: Decode, decodeNew: Decode): number {
  let diffs = 0;
  let shapeOnly = 0;
  for (const { exchange, shape } of corpus) {
    const before = decodeOld(exchange);
    const after = decodeNew(exchange);
    if (isDeepStrictEqual(before, after)) continue;
    if (JSON.stringify(before) === JSON.stringify(after)) {
      shapeOnly++;
      continue;
    }
    if (diffs++ < 3) console.log(`DIFFERENT: ${shape.label}, status ${exchange.status}`);
  }
  if (shapeOnly > 0) console.log(`${shapeOnly} results equal as JSON, not deep-equal`);
  return diffs;
}

const importDecode = async (root: string) =>
  ((await import(resolve(root, 'src/core/decode.ts'))) as { decode: Decode }).decode;

/** One child: both copies loaded in the order asked, every row timed; rows as JSON on stdout. */
async function child(oldRoot: string, newFirst: boolean): Promise<void> {
  const here = resolve(import.meta.dirname, '..');
  const first = await importDecode(newFirst ? here : oldRoot);
  const second = await importDecode(newFirst ? oldRoot : here);
  const [decodeNew, decodeOld] = newFirst ? [first, second] : [second, first];
  const rounds = Number(process.env.AB_ROUNDS ?? 15);
  const corpus =
    process.env.AB_EVERYDAY === '1'
      ? [...buildCorpus(), ...buildCorpus(undefined, EVERYDAY_SHAPES), ...buildGoogleCorpus()]
      : buildCorpus();
  const diffs = differences(corpus, decodeOld, decodeNew);
  const rows: RowResult[] = rowsOf(corpus).map(({ name, samples }) => {
    const ratios: number[] = [];
    const olds: number[] = [];
    const news: number[] = [];
    for (let round = 0; round < WARMUP_ROUNDS + rounds; round++) {
      const swap = round % 2 === 1;
      const n1 = swap ? cpuMicros(decodeNew, samples) : 0;
      const o = cpuMicros(decodeOld, samples);
      const n = swap ? n1 : cpuMicros(decodeNew, samples);
      if (round < WARMUP_ROUNDS) continue;
      ratios.push(n / o);
      olds.push(o);
      news.push(n);
    }
    const per = (values: number[]) => median(values) / samples.length;
    const bodies = samples.length;
    return { name, bodies, oldMicros: per(olds), newMicros: per(news), ratio: median(ratios) };
  });
  console.log(JSON.stringify({ bodies: corpus.length, diffs, rows }));
}

function runChild(oldRoot: string, newFirst: boolean) {
  const out = execFileSync(
    process.execPath,
    [...process.execArgv, process.argv[1] ?? '', oldRoot],
    {
      env: { ...process.env, AB_CHILD: newFirst ? 'new-first' : 'old-first' },
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    },
  );
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as {
    bodies: number;
    diffs: number;
    rows: RowResult[];
  };
}

async function main(): Promise<void> {
  const oldRoot = process.argv[2];
  if (oldRoot === undefined) throw new Error('usage: tsx bench/ab-decode.ts OLD_CHECKOUT');
  if (process.env.AB_CHILD !== undefined)
    return child(oldRoot, process.env.AB_CHILD === 'new-first');
  for (const file of ['package.json', 'tsconfig.json']) {
    if (!existsSync(resolve(oldRoot, file)))
      throw new Error(`${oldRoot} has no ${file}: tsx would compile it otherwise (see above)`);
  }
  const load = () =>
    loadavg()
      .map((l) => fixed(l, 2))
      .join(' ');
  const rounds = process.env.AB_ROUNDS ?? '15';
  console.log(
    `load ${load()}; per order ${rounds} rounds after ${WARMUP_ROUNDS} warm-up, CPU time`,
  );
  const a = runChild(oldRoot, false);
  const b = runChild(oldRoot, true);
  console.log(`results: ${a.bodies - a.diffs}/${a.bodies} bodies equal as JSON\n`);
  console.log('row | bodies | new/old, old loaded first | new first | geometric mean');
  for (const [i, row] of a.rows.entries()) {
    const other = b.rows[i]?.ratio ?? NaN;
    const mean = Math.sqrt(row.ratio * other);
    console.log(
      `${row.name} | ${row.bodies} | ${fixed(row.ratio, 3)} | ${fixed(other, 3)} | ` +
        `${fixed(mean, 3)}${mean > 1.1 ? ' OVER 1.10' : ''}`,
    );
  }
  console.log(`\nload at end ${load()}`);
  if (a.diffs + b.diffs > 0) process.exitCode = 1;
}

void main();
