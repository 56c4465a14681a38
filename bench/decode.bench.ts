/**
 * decode() against bare JSON.parse over the same bodies (issue 13): at most 1.2× a parse on
 * error bodies, at most 1.0× over the whole corpus (2xx bodies that hold no error envelope are
 * skipped unparsed). Times are CPU time of the measuring process (user + system), not wall
 * time: on a shared machine the wall clock mostly measures the other processes. Every row is
 * measured in BENCH_PROCESSES fresh processes (3), and reported as the median of their ratios
 * with its range.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { decode } from '../src/core/index';
import { decodeDigest, DIGEST_BEFORE_SPEED_WORK } from './decodeDigest';
import { renderTable, type Column } from '../src/cli/table';
import { buildCorpus, type Sample } from './corpus';
import { buildGoogleCorpus, buildGrpcWebCorpus } from './googleCorpus';
import { measureEverydayRows, printEverydayTable } from './everyday.bench';
import { cpuMs, fixed, isMain, loadAverage, MB, median } from './timing';

const WARMUP_ROUNDS = 3;
const ROUNDS = 11;
const TARGET_RATIO = 1.2;
const CORPUS_TARGET_RATIO = 1.0;
/** Issue 11's JSON envelopes (google-rpc, connect): within 1.5× a bare JSON.parse. */
const ISSUE_11_TARGET_RATIO = 1.5;
/** Fresh processes that measure every row; BENCH_PROCESSES overrides. */
const DEFAULT_PROCESSES = 3;

export interface Row {
  readonly name: string;
  readonly samples: readonly Sample[];
  /** What the row is judged by: the decode/parse target, or a speed-up over parsing. */
  readonly goal: 'ratio' | 'corpus' | 'speedup' | 'issue11' | 'throughput';
}

export function parseAll(samples: readonly Sample[]): number {
  let parsed = 0;
  for (const { exchange } of samples) {
    try {
      if (JSON.parse(exchange.body ?? '') !== undefined) parsed++;
    } catch {
      // HTML pages: JSON.parse gives up at the first character, as it would in real code.
    }
  }
  return parsed;
}

export function decodeAll(samples: readonly Sample[]): number {
  let errors = 0;
  for (const { exchange } of samples) if (decode(exchange) !== null) errors++;
  return errors;
}

/** Median CPU ms of `fn` and of `baseline`, run alternately so drift hits both alike. */
export function timePair(
  fn: () => number,
  baseline: () => number,
): { fnMs: number; baseMs: number } {
  const fnTimes: number[] = [];
  const baseTimes: number[] = [];
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
    let start = cpuMs();
    baseline();
    const base = cpuMs() - start;
    start = cpuMs();
    fn();
    const own = cpuMs() - start;
    if (round >= WARMUP_ROUNDS) {
      baseTimes.push(base);
      fnTimes.push(own);
    }
  }
  return { fnMs: median(fnTimes), baseMs: median(baseTimes) };
}

function rowsOf(corpus: readonly Sample[]): Row[] {
  const errors = corpus.filter((s) => s.shape.group === 'error');
  const labels = [...new Set(errors.map((s) => s.shape.label))];
  const pick = (group: Sample['shape']['group']) => corpus.filter((s) => s.shape.group === group);
  return [
    ...labels.map((label): Row => ({
      name: `error: ${label}`,
      samples: errors.filter((s) => s.shape.label === label),
      goal: 'ratio',
    })),
    { name: 'errors ≤ 1 KB', samples: errors.filter((s) => s.bytes <= 1024), goal: 'ratio' },
    { name: 'errors ≥ 100 KB', samples: errors.filter((s) => s.bytes >= 100_000), goal: 'ratio' },
    { name: '(a) all error envelopes', samples: errors, goal: 'ratio' },
    { name: 'HTML error pages', samples: pick('html'), goal: 'ratio' },
    { name: '(b) 2xx, no "error" key', samples: pick('lean'), goal: 'speedup' },
    {
      name: '(b) 2xx ≥ 100 KB, no "error"',
      samples: pick('lean').filter((s) => s.bytes >= 100_000),
      goal: 'speedup',
    },
    { name: '2xx with "error": null', samples: pick('errorNull'), goal: 'ratio' },
    { name: 'whole corpus', samples: corpus, goal: 'corpus' },
  ];
}

/** Issue 11's rows, from their own corpus: the main corpus and its digest stay as they were. */
function issue11Rows(): Row[] {
  const google = buildGoogleCorpus();
  const labels = [...new Set(google.map((s) => s.shape.label))];
  return [
    ...labels.map((label): Row => ({
      name: `error: ${label}`,
      samples: google.filter((s) => s.shape.label === label),
      goal: 'issue11',
    })),
    // Binary frames: no JSON.parse to compare with; the figure is MB/s of body bytes.
    { name: 'error: grpc-web 200 (base64)', samples: buildGrpcWebCorpus(), goal: 'throughput' },
  ];
}

/** Median CPU ms of `fn` alone, for rows with no parse to compare with. */
function timeOne(fn: () => number): number {
  const times: number[] = [];
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
    const start = cpuMs();
    fn();
    if (round >= WARMUP_ROUNDS) times.push(cpuMs() - start);
  }
  return median(times);
}

function verdict(goal: Row['goal'], ratio: number): string {
  switch (goal) {
    case 'issue11':
      return ratio <= ISSUE_11_TARGET_RATIO
        ? `ok (≤ ${ISSUE_11_TARGET_RATIO}×)`
        : `OVER ${ISSUE_11_TARGET_RATIO}×`;
    case 'throughput':
      return 'no parse baseline';
    case 'ratio':
      return ratio <= TARGET_RATIO ? `ok (≤ ${TARGET_RATIO}×)` : `OVER ${TARGET_RATIO}×`;
    case 'corpus':
      return ratio <= CORPUS_TARGET_RATIO
        ? `ok (≤ ${CORPUS_TARGET_RATIO}×)`
        : `OVER ${CORPUS_TARGET_RATIO}×`;
    case 'speedup':
      return `${fixed(1 / ratio, 0)}× faster than parse`;
  }
}

/** The columns of a decode/parse table; each bench adds its own verdict columns after them. */
export const RATIO_COLUMNS: readonly Column[] = [
  { header: 'bodies' },
  { header: 'count', align: 'right' },
  { header: 'MB', align: 'right' },
  { header: 'JSON.parse MB/s', align: 'right' },
  { header: 'decode MB/s', align: 'right' },
  { header: 'decode/parse', align: 'right' },
  { header: 'range', align: 'right' },
];

/** One row as one process measured it; `baseMs` is null for a row with no parse baseline. */
export interface Measured {
  readonly name: string;
  readonly goal: Row['goal'];
  readonly count: number;
  readonly mb: number;
  readonly baseMs: number | null;
  readonly fnMs: number;
  readonly found: string;
}

export function measureRow(name: string, goal: Row['goal'], samples: readonly Sample[]): Measured {
  const mb = samples.reduce((sum, s) => sum + s.bytes, 0) / MB;
  const found = `${decodeAll(samples)}/${samples.length}`;
  if (goal === 'throughput') {
    const fnMs = timeOne(() => decodeAll(samples));
    return { name, goal, count: samples.length, mb, baseMs: null, fnMs, found };
  }
  const { fnMs, baseMs } = timePair(
    () => decodeAll(samples),
    () => parseAll(samples),
  );
  return { name, goal, count: samples.length, mb, baseMs, fnMs, found };
}

function measureDecodeRows(): Measured[] {
  return [...rowsOf(buildCorpus()), ...issue11Rows()].map((row) =>
    measureRow(row.name, row.goal, row.samples),
  );
}

/**
 * A row over the processes that measured it: MB/s from the median times, the ratio as the
 * median of each process's own ratio, and the range of those ratios.
 */
export function ratioCells(runs: readonly Measured[]): string[] {
  const [first] = runs;
  if (first === undefined) throw new Error('no measurement');
  const fnMs = median(runs.map((r) => r.fnMs));
  const mbps = (ms: number) => fixed(first.mb / (ms / 1000), 0);
  const head = [first.name, String(first.count), fixed(first.mb)];
  if (first.baseMs === null) return [...head, '–', mbps(fnMs), '–', '–', first.found];
  const ratios = runs.map((r) => r.fnMs / (r.baseMs ?? NaN));
  const ratio = median(ratios);
  const range =
    runs.length > 1 ? `${fixed(Math.min(...ratios), 2)}–${fixed(Math.max(...ratios), 2)}` : '–';
  return [
    ...head,
    mbps(median(runs.map((r) => r.baseMs ?? NaN))),
    mbps(fnMs),
    `${fixed(ratio, 2)}×`,
    range,
    first.found,
  ];
}

/** The median ratio of a row over its processes, for its verdict. */
export function medianRatio(runs: readonly Measured[]): number {
  return median(runs.map((r) => r.fnMs / (r.baseMs ?? NaN)));
}

/** Each row's measurements from every process, rows in their order. */
function byRow(processes: readonly (readonly Measured[])[]): Measured[][] {
  const [first = []] = processes;
  return first.map((_, i) => processes.map((rows) => rows[i] as Measured));
}

interface WorkerResult {
  readonly decode: Measured[];
  readonly everyday: Measured[];
}

const WORKER_ENV = 'AED_BENCH_WORKER';

/**
 * Runs the measurements in `count` fresh processes, one after the other: a row's ratio moved
 * by 10–25 % from one process to the next (JIT and heap state, the machine's other load),
 * more than a change must be seen through.
 */
function runWorkers(count: number): WorkerResult[] {
  const script = fileURLToPath(import.meta.url);
  return Array.from({ length: count }, () => {
    const out = execFileSync(process.execPath, [...process.execArgv, script], {
      encoding: 'utf8',
      env: { ...process.env, [WORKER_ENV]: '1' },
      maxBuffer: 64 * MB,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    return JSON.parse(out) as WorkerResult;
  });
}

export function runDecodeBench(): void {
  const corpus = buildCorpus();
  const totalMb = corpus.reduce((sum, s) => sum + s.bytes, 0) / MB;
  const processes = Math.max(1, Number(process.env.BENCH_PROCESSES ?? DEFAULT_PROCESSES));
  console.log(
    `decode() vs JSON.parse: ${corpus.length} bodies, ${fixed(totalMb)} MB, 100 B–1 MB; ` +
      `in each of ${processes} fresh processes, median CPU time of ${ROUNDS} rounds after ` +
      `${WARMUP_ROUNDS} warm-up; decode/parse is the median of the processes' ratios, range ` +
      `their lowest and highest; load average ${loadAverage()}\n`,
  );
  const results = runWorkers(processes);
  const cells = byRow(results.map((r) => r.decode)).map((runs) => [
    ...ratioCells(runs),
    verdict(runs[0]?.goal ?? 'ratio', medianRatio(runs)),
  ]);
  const columns: Column[] = [
    ...RATIO_COLUMNS,
    { header: 'errors found', align: 'right' },
    { header: '' },
  ];
  console.log(renderTable(columns, cells));
  // Speed work must not change a result: every decoding of the corpus, byte for byte.
  const digest = decodeDigest(corpus);
  const same = digest === DIGEST_BEFORE_SPEED_WORK;
  console.log(
    `\nresults digest ${digest.slice(0, 16)}: ` +
      (same
        ? 'identical to 57aab0a, before the speed work (plus issue 11 keys)'
        : 'CHANGED since 57aab0a (plus issue 11 keys)') +
      `; load average ${loadAverage()}`,
  );
  printEverydayTable(byRow(results.map((r) => r.everyday)));
}

if (process.env[WORKER_ENV] === '1') {
  const result: WorkerResult = { decode: measureDecodeRows(), everyday: measureEverydayRows() };
  process.stdout.write(JSON.stringify(result));
} else if (isMain(import.meta.url)) runDecodeBench();
