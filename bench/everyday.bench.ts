/**
 * Issue 11: a row per everyday envelope, decode() against bare JSON.parse over the same bodies
 * (target ≤ 1.5×), and the XML row in MB/s (JSON.parse has nothing to compare: it gives up at
 * the first "<"). decode.bench's timing: CPU time, median of alternating rounds.
 */
import { decode } from '../src/core/index';
import { renderTable } from '../src/cli/table';
import { buildCorpus, type Sample } from './corpus';
import { decodeAll, parseAll, RATIO_COLUMNS, timePair } from './decode.bench';
import { EVERYDAY_SHAPES, XML_SHAPE } from './everydayCorpus';
import { fixed, isMain, MB } from './timing';

const TARGET_RATIO = 1.5;

/** Decoded to the shape's own format, or the row measures the wrong thing. */
function expectFormat(samples: readonly Sample[], format: string): void {
  for (const { exchange } of samples.slice(0, 3)) {
    const got = decode(exchange)?.format;
    if (got !== format) throw new Error(`${exchange.url}: decoded as ${got}, not ${format}`);
  }
}

export function runEverydayBench(): void {
  const json = buildCorpus(undefined, EVERYDAY_SHAPES);
  const xml = buildCorpus(undefined, [XML_SHAPE]);
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
  console.log(renderTable([...RATIO_COLUMNS, { header: '' }], rows));
}

if (isMain(import.meta.url)) runEverydayBench();
