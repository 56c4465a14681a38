/**
 * `npm run bench:floor`: how close decode() can come to a bare JSON.parse at all. For each error
 * row of `npm run bench`, three timings of the same bodies in alternating rounds:
 *
 * - parse: bare JSON.parse, the bench's baseline;
 * - floor: JSON.parse, then the reader of the format that decode() picks for these bodies, told
 *   that its claim holds. That is the work no decoder can skip (read the code, message, request
 *   id and field errors; decode Connect's protobuf details). It leaves out finding the format
 *   among the packs, the catalog, rate limits, retry advice, notes and the result;
 * - decode(): all of it.
 *
 * A row whose floor alone is near or over its target cannot meet that target by trimming the
 * rest. CPU time, medians, as in decode.bench.
 */
import { decode } from '../src/core/index';
import { BUILTIN_SET } from '../src/core/pack/packSet';
import { bodyText, parseJson } from '../src/core/json/body';
import { lowerHeaderValue } from '../src/core/http/headers';
import type { ErrorFormat, RecognizeContext } from '../src/core/formats/format';
import { renderTable } from '../src/cli/table';
import { buildCorpus, type Sample } from './corpus';
import { EVERYDAY_SHAPES } from './everydayCorpus';
import { buildGoogleCorpus } from './googleCorpus';
import { cpuMs, fixed, isMain, loadAverage, median } from './timing';

const WARMUP_ROUNDS = 3;
const ROUNDS = 15; // a multiple of 3: each of the three goes first equally often

interface Row {
  readonly name: string;
  readonly target: number;
  readonly samples: readonly Sample[];
}

function rows(): Row[] {
  const byLabel = (corpus: readonly Sample[], target: number): Row[] => {
    const errors = corpus.filter((s) => s.shape.group === 'error');
    return [...new Set(errors.map((s) => s.shape.label))].map((label) => ({
      name: `error: ${label}`,
      target,
      samples: errors.filter((s) => s.shape.label === label),
    }));
  };
  const main = buildCorpus();
  return [
    ...byLabel(main, 1.2),
    {
      name: 'errors ≤ 1 KB',
      target: 1.2,
      samples: main.filter((s) => s.shape.group === 'error' && s.bytes <= 1024),
    },
    ...byLabel(buildGoogleCorpus(), 1.5),
    ...byLabel(buildCorpus(undefined, EVERYDAY_SHAPES), 1.5),
  ];
}

/** A body with the format decode() gave it and the context its reader is handed. */
interface Prepared {
  readonly text: string | null;
  readonly format: ErrorFormat;
  readonly context: RecognizeContext;
}

function prepare(samples: readonly Sample[]): Prepared[] {
  return samples.map(({ exchange }) => {
    const id = decode(exchange)?.format;
    const format = id === undefined ? undefined : BUILTIN_SET.byId(id);
    if (format === undefined) throw new Error(`${exchange.url}: no format decoded it`);
    const mimeType =
      exchange.mimeType || (lowerHeaderValue(exchange.responseHeaders, 'content-type') ?? '');
    return {
      text: bodyText(exchange),
      format,
      context: { mimeType, headers: exchange.responseHeaders, status: exchange.status },
    };
  });
}

function measure(row: Row): { parse: number; floor: number; decode: number } {
  const prepared = prepare(row.samples);
  let sink = 0;
  const runs = {
    parse: () => {
      for (const { text } of prepared) if (JSON.parse(text ?? '') !== undefined) sink++;
    },
    floor: () => {
      for (const { text, format, context } of prepared) {
        const parsed = parseJson(text);
        if (parsed.ok && format.recognize(parsed.value, context, true) !== null) sink++;
      }
    },
    decode: () => {
      for (const { exchange } of row.samples) if (decode(exchange) !== null) sink++;
    },
  };
  const times = { parse: [] as number[], floor: [] as number[], decode: [] as number[] };
  const keys = ['parse', 'floor', 'decode'] as const;
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
    // Each run leaves garbage that the next one's allocations collect: rotate who goes first.
    for (let k = 0; k < keys.length; k++) {
      const key = keys[(round + k) % keys.length] as (typeof keys)[number];
      const start = cpuMs();
      runs[key]();
      if (round >= WARMUP_ROUNDS) times[key].push(cpuMs() - start);
    }
  }
  if (sink === 0) throw new Error(`${row.name}: nothing parsed`);
  return { parse: median(times.parse), floor: median(times.floor), decode: median(times.decode) };
}

export function runFloorBench(): void {
  console.log(
    `the floor under decode(): JSON.parse + the format's own reader, nothing else; ` +
      `median CPU time of ${ROUNDS} rounds after ${WARMUP_ROUNDS} warm-up; load average ${loadAverage()}\n`,
  );
  const cells = rows().map((row) => {
    const { parse, floor, decode: own } = measure(row);
    const floorRatio = floor / parse;
    return [
      row.name,
      String(row.samples.length),
      `${fixed(floorRatio, 2)}×`,
      `${fixed(own / parse, 2)}×`,
      `${fixed(row.target, 1)}×`,
      // What the target leaves for finding the format, texts, retry advice and the result.
      `${fixed(row.target - floorRatio, 2)}`,
      `${fixed(own / parse - floorRatio, 2)}`,
    ];
  });
  console.log(
    renderTable(
      [
        { header: 'bodies' },
        { header: 'count', align: 'right' },
        { header: 'floor/parse', align: 'right' },
        { header: 'decode/parse', align: 'right' },
        { header: 'target', align: 'right' },
        { header: 'left by target', align: 'right' },
        { header: 'used by decode', align: 'right' },
      ],
      cells,
    ),
  );
  console.log(`\nload average ${loadAverage()}`);
}

if (isMain(import.meta.url)) runFloorBench();
