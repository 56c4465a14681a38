/**
 * Issue 11: a row per everyday envelope, decode() against bare JSON.parse over the same bodies
 * (target ≤ 1.5×), and the XML row in MB/s (JSON.parse has nothing to compare: it gives up at
 * the first "<"). CPU time of this process, median of alternating rounds, as decode.bench.
 */
import { decode } from '../src/core/index';
import { renderTable } from '../src/cli/table';
import type { Sample } from './corpus';
import { buildEverydayCorpus, EVERYDAY_SHAPES, XML_SHAPE } from './everydayCorpus';
import { fixed, isMain, MB, median } from './timing';

const WARMUP_ROUNDS = 3;
const ROUNDS = 11;
const TARGET_RATIO = 1.5;

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function parseAll(samples: readonly Sample[]): number {
  let parsed = 0;
  for (const { exchange } of samples) {
    try {
      if (JSON.parse(exchange.body ?? '') !== undefined) parsed++;
    } catch {
      // XML: not JSON
    }
  }
  return parsed;
}

function decodeAll(samples: readonly Sample[]): number {
  let found = 0;
  for (const { exchange } of samples) if (decode(exchange) !== null) found++;
  return found;
}

function timePair(fn: () => number, baseline: () => number): { fnMs: number; baseMs: number } {
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

/** Decoded to the shape's own format, or the row measures the wrong thing. */
function expectFormat(samples: readonly Sample[], format: string): void {
  for (const { exchange } of samples.slice(0, 3)) {
    const got = decode(exchange)?.format;
    if (got !== format) throw new Error(`${exchange.url}: decoded as ${got}, not ${format}`);
  }
}

export function runEverydayBench(): void {
  const json = buildEverydayCorpus(EVERYDAY_SHAPES);
  const xml = buildEverydayCorpus([XML_SHAPE]);
  console.log(`\nissue 11 envelopes, 100 B–1 MB; target decode/parse ≤ ${TARGET_RATIO}×\n`);
  const rows = EVERYDAY_SHAPES.map((shape) => {
    const samples = json.filter((s) => s.shape === shape);
    expectFormat(samples, shape.label.split(' ')[0] ?? '');
    const mb = samples.reduce((sum, s) => sum + s.bytes, 0) / MB;
    const { fnMs, baseMs } = timePair(
      () => decodeAll(samples),
      () => parseAll(samples),
    );
    const ratio = fnMs / baseMs;
    return [
      `error: ${shape.label}`,
      String(samples.length),
      fixed(mb),
      fixed(mb / (baseMs / 1000), 0),
      fixed(mb / (fnMs / 1000), 0),
      `${fixed(ratio, 2)}×`,
      ratio <= TARGET_RATIO ? `ok (≤ ${TARGET_RATIO}×)` : `OVER ${TARGET_RATIO}×`,
    ];
  });
  expectFormat(xml, 'aws-xml');
  const xmlMb = xml.reduce((sum, s) => sum + s.bytes, 0) / MB;
  const { fnMs } = timePair(
    () => decodeAll(xml),
    () => 0,
  );
  rows.push([
    `error: ${XML_SHAPE.label}`,
    String(xml.length),
    fixed(xmlMb),
    '—',
    fixed(xmlMb / (fnMs / 1000), 0),
    '—',
    'XML: no JSON.parse baseline',
  ]);
  const columns = [
    { header: 'bodies' },
    { header: 'count', align: 'right' },
    { header: 'MB', align: 'right' },
    { header: 'JSON.parse MB/s', align: 'right' },
    { header: 'decode MB/s', align: 'right' },
    { header: 'decode/parse', align: 'right' },
    { header: '' },
  ] as const;
  console.log(renderTable(columns, rows));
}

if (isMain(import.meta.url)) runEverydayBench();
