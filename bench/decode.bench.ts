/**
 * decode() against bare JSON.parse over the same bodies (issue 13): at most 1.2× a parse on
 * error bodies, at most 1.0× over the whole corpus (2xx bodies that hold no error envelope are
 * skipped unparsed). Times are CPU time of this process (user + system), not wall time: on a
 * shared machine the wall clock mostly measures the other processes.
 */
import { loadavg } from 'node:os';
import { decode } from '../src/core/index';
import { decodeDigest, DIGEST_BEFORE_SPEED_WORK } from './decodeDigest';
import { renderTable, type Column } from '../src/cli/table';
import { buildCorpus, type Sample } from './corpus';
import { buildGoogleCorpus, buildGrpcWebCorpus } from './googleCorpus';
import { runEverydayBench } from './everyday.bench';
import { fixed, isMain, MB, median } from './timing';

const WARMUP_ROUNDS = 3;
const ROUNDS = 11;
const TARGET_RATIO = 1.2;
const CORPUS_TARGET_RATIO = 1.0;
/** Issue 11's JSON envelopes (google-rpc, connect): within 1.5× a bare JSON.parse. */
const ISSUE_11_TARGET_RATIO = 1.5;

interface Row {
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

/** Milliseconds of CPU time this process has used so far, all threads (GC helpers too). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
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

function verdict(row: Row, ratio: number): string {
  switch (row.goal) {
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
];

export function runDecodeBench(): void {
  const corpus = buildCorpus();
  const totalMb = corpus.reduce((sum, s) => sum + s.bytes, 0) / MB;
  console.log(
    `decode() vs JSON.parse: ${corpus.length} bodies, ${fixed(totalMb)} MB, 100 B–1 MB; ` +
      `median CPU time of ${ROUNDS} rounds after ${WARMUP_ROUNDS} warm-up; load average ` +
      `${loadavg()
        .map((l) => fixed(l, 2))
        .join(' ')}\n`,
  );
  const cells = [...rowsOf(corpus), ...issue11Rows()].map((row) => {
    const mb = row.samples.reduce((sum, s) => sum + s.bytes, 0) / MB;
    const found = () => `${decodeAll(row.samples)}/${row.samples.length}`;
    if (row.goal === 'throughput') {
      const fnMs = timeOne(() => decodeAll(row.samples));
      const mbps = fixed(mb / (fnMs / 1000), 0);
      return [
        row.name,
        String(row.samples.length),
        fixed(mb),
        '–',
        mbps,
        '–',
        found(),
        verdict(row, 0),
      ];
    }
    const { fnMs, baseMs } = timePair(
      () => decodeAll(row.samples),
      () => parseAll(row.samples),
    );
    const ratio = fnMs / baseMs;
    return [
      row.name,
      String(row.samples.length),
      fixed(mb),
      fixed(mb / (baseMs / 1000), 0),
      fixed(mb / (fnMs / 1000), 0),
      `${fixed(ratio, 2)}×`,
      found(),
      verdict(row, ratio),
    ];
  });
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
      `; load average ${loadavg()
        .map((l) => fixed(l, 2))
        .join(' ')}`,
  );
  runEverydayBench();
}

if (isMain(import.meta.url)) runDecodeBench();
