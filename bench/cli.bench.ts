/** End-to-end wall time of the CLI on a generated 100,000-entry HAR, as a user would run it. */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderTable } from '../src/cli/table';
import { padFor, SHAPES, type Group, type Shape } from './corpus';
import { fixed, isMain, MB, median } from './timing';

const ENTRIES = 100_000;
const RUNS = 3;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/api-error-decoder.js');

// Share of entries per group: mostly successes, as in a real session.
const GROUP_WEIGHTS: Record<Group, number> = { lean: 50, errorNull: 10, error: 35, html: 5 };
// Mostly small bodies, with the occasional large one.
const SIZE_CYCLE = [100, 200, 300, 300, 500, 500, 800, 1_000, 2_000, 3_000];

/** A deterministic interleaving of shapes that follows GROUP_WEIGHTS. */
function shapeCycle(): Shape[] {
  const cycle: Shape[] = [];
  for (const [group, weight] of Object.entries(GROUP_WEIGHTS)) {
    const members = SHAPES.filter((s) => s.group === group);
    for (let i = 0; i < weight; i++) cycle.push(members[i % members.length] as Shape);
  }
  // Spread the groups out instead of running 50 successes in a row.
  return cycle
    .map((shape, i) => ({ shape, key: (i * 37) % cycle.length }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.shape);
}

function sizeOf(i: number): number {
  if (i % 10_000 === 9_999) return 1_000_000;
  if (i % 1_000 === 999) return 30_000;
  return SIZE_CYCLE[i % SIZE_CYCLE.length] ?? 100;
}

function harEntry(shape: Shape, body: string, i: number): string {
  const mimeType = shape.mimeType ?? 'application/json';
  return JSON.stringify({
    startedDateTime: new Date(Date.UTC(2026, 5, 23) + i * 50).toISOString(),
    time: 42,
    request: {
      method: shape.method,
      url: shape.url,
      httpVersion: 'HTTP/1.1',
      headers: [
        { name: 'Accept', value: 'application/json' },
        { name: 'Authorization', value: 'Bearer <redacted>' },
      ],
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: 0,
    },
    response: {
      status: shape.status,
      statusText: '',
      httpVersion: 'HTTP/1.1',
      headers: [
        { name: 'Content-Type', value: mimeType },
        { name: 'X-Request-Id', value: `req_${i.toString(36)}` },
        ...(shape.headers ?? []),
      ],
      cookies: [],
      content: { size: body.length, mimeType, text: body },
      redirectURL: '',
      headersSize: -1,
      bodySize: body.length,
    },
    cache: {},
    timings: { send: 1, wait: 40, receive: 1 },
  });
}

/** Writes the HAR and returns how many of its entries are errors. */
function writeHar(file: string): number {
  const cycle = shapeCycle();
  const bodies = new Map<string, string[]>();
  const entries: string[] = [];
  let errors = 0;
  for (let i = 0; i < ENTRIES; i++) {
    const shape = cycle[i % cycle.length] as Shape;
    const size = sizeOf(i);
    const key = `${shape.label}/${size}`;
    // A few variants per (shape, size) keep generation fast without identical bodies throughout.
    let variants = bodies.get(key);
    if (variants === undefined) {
      const n = padFor(shape, size);
      variants = [0, 1, 2, 3].map((seed) => shape.body(n, seed));
      bodies.set(key, variants);
    }
    entries.push(harEntry(shape, variants[i % variants.length] ?? '', i));
    if (shape.group === 'error' || shape.group === 'html') errors++;
  }
  const har = `{"log":{"version":"1.2","creator":{"name":"bench","version":"1"},"entries":[\n${entries.join(',\n')}\n]}}\n`;
  writeFileSync(file, har);
  return errors;
}

/** Median wall seconds of the CLI with stdout to /dev/null. */
function timeCli(args: readonly string[]): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const devNull = openSync('/dev/null', 'w');
    const start = performance.now();
    const result = spawnSync(process.execPath, [BIN, ...args], {
      stdio: ['ignore', devNull, 'pipe'],
    });
    times.push((performance.now() - start) / 1000);
    closeSync(devNull);
    if (result.status !== 0)
      throw new Error(`CLI failed (${result.status}): ${String(result.stderr)}`);
  }
  return median(times);
}

function countJsonErrors(file: string): number {
  const result = spawnSync(process.execPath, [BIN, 'decode', file, '--json'], {
    encoding: 'utf8',
    maxBuffer: 1024 * MB,
  });
  // Exchanges listed only for a broken retry rule (successful retries) have format null.
  const { errors } = JSON.parse(result.stdout) as { errors: { format: string | null }[] };
  return errors.filter((e) => e.format !== null).length;
}

export function runCliBench(): void {
  const dir = mkdtempSync(join(tmpdir(), 'api-error-decoder-bench-'));
  try {
    const file = join(dir, 'bench.har');
    let start = performance.now();
    const expected = writeHar(file);
    const generateSeconds = (performance.now() - start) / 1000;
    const sizeMb = statSync(file).size / MB;
    const found = countJsonErrors(file);
    if (found !== expected) throw new Error(`--json listed ${found} errors, expected ${expected}`);
    console.log(
      `\nCLI end to end: ${ENTRIES} entries, ${fixed(sizeMb)} MB HAR, ${expected} errors ` +
        `(generated in ${fixed(generateSeconds)} s); median of ${RUNS} runs, stdout to /dev/null\n`,
    );

    start = performance.now();
    JSON.parse(readFileSync(file, 'utf8'));
    const parseSeconds = (performance.now() - start) / 1000;
    const rows = [
      ['startup only: --help', timeCli(['--help'])],
      ['decode FILE --json', timeCli(['decode', file, '--json'])],
      ['decode FILE (table)', timeCli(['decode', file])],
      [
        "decode FILE --json --host '*.example.com'",
        timeCli(['decode', file, '--json', '--host', '*.example.com']),
      ],
      ['(reference: read + JSON.parse of the HAR, in-process)', parseSeconds],
    ] as const;
    const columns = [{ header: 'run' }, { header: 'wall s', align: 'right' }] as const;
    console.log(
      renderTable(
        columns,
        rows.map(([name, s]) => [name, fixed(s, 2)]),
      ),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) runCliBench();
