/**
 * Issue 11: a row per everyday envelope, decode() against bare JSON.parse over the same bodies
 * (target ≤ 1.5×), and the XML row in MB/s (JSON.parse has nothing to compare: it gives up at
 * the first "<"). decode.bench's timing: CPU time, median of alternating rounds; `npm run bench`
 * measures these rows in each of its processes, run alone this file measures them once.
 */
import { decode } from '../src/core/index';
import { renderTable } from '../src/cli/table';
import { buildCorpus, type Sample } from './corpus';
import { measureRow, medianRatio, RATIO_COLUMNS, ratioCells, type Measured } from './decode.bench';
import { EVERYDAY_SHAPES, XML_SHAPE } from './everydayCorpus';
import { isMain } from './timing';

const TARGET_RATIO = 1.5;

/** Decoded to the shape's own format, or the row measures the wrong thing. */
function expectFormat(samples: readonly Sample[], format: string): void {
  for (const { exchange } of samples.slice(0, 3)) {
    const got = decode(exchange)?.format;
    if (got !== format) throw new Error(`${exchange.url}: decoded as ${got}, not ${format}`);
  }
}

export function measureEverydayRows(): Measured[] {
  const json = buildCorpus(undefined, EVERYDAY_SHAPES);
  const xml = buildCorpus(undefined, [XML_SHAPE]);
  const rows = EVERYDAY_SHAPES.map((shape) => {
    const samples = json.filter((s) => s.shape === shape);
    expectFormat(samples, shape.label.split(' ')[0] ?? '');
    return measureRow(`error: ${shape.label}`, 'issue11', samples);
  });
  expectFormat(xml, 'aws-xml');
  rows.push(measureRow(`error: ${XML_SHAPE.label}`, 'throughput', xml));
  return rows;
}

/** The rows, each over the processes that measured it. */
export function printEverydayTable(rows: readonly (readonly Measured[])[]): void {
  console.log(`\nissue 11 envelopes, 100 B–1 MB; target decode/parse ≤ ${TARGET_RATIO}×\n`);
  const cells = rows.map((runs) => {
    const cellsOfRow = ratioCells(runs).slice(0, -1); // no "errors found" column here
    if (runs[0]?.baseMs === null) return [...cellsOfRow, 'XML: no JSON.parse baseline'];
    const ratio = medianRatio(runs);
    return [
      ...cellsOfRow,
      ratio <= TARGET_RATIO ? `ok (≤ ${TARGET_RATIO}×)` : `OVER ${TARGET_RATIO}×`,
    ];
  });
  console.log(renderTable([...RATIO_COLUMNS, { header: '' }], cells));
}

if (isMain(import.meta.url)) printEverydayTable(measureEverydayRows().map((row) => [row]));
