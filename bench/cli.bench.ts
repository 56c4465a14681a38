/**
 * End-to-end time of the CLI on a generated 100,000-entry HAR, as a user would run it, against
 * reading and parsing that HAR in-process (issue 13: at most 1.5× it). Wall time and CPU time
 * (user + system): on a shared machine, the CPU time is the figure that other processes move
 * least.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
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
import { fixed, isMain, loadAverage, MB, median } from './timing';

const ENTRIES = 100_000;
const RUNS = 3;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/api-error-decoder.js');
// What `npm install` gives a user: the bundle `npm run build:lib` makes (the bin in a checkout
// runs the TypeScript source through tsx, ~0.4 s of CPU to load it).
const BUILT = join(ROOT, 'dist/lib/cli.js');
const CPU_HOOK = join(ROOT, 'bench/maxRss.mjs');
const TARGET_RATIO = 1.5;

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
export function writeHar(file: string): number {
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

interface Timing {
  /** Median seconds. */
  readonly wall: number;
  readonly cpu: number;
}

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Median wall and CPU seconds of the CLI with stdout to /dev/null. */
function timeCli(args: readonly string[], dir: string, bin = BIN): Timing {
  const walls: number[] = [];
  const cpus: number[] = [];
  const cpuFile = join(dir, 'cpu.txt');
  for (let run = 0; run < RUNS; run++) {
    const devNull = openSync('/dev/null', 'w');
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--import', CPU_HOOK, bin, ...args], {
      stdio: ['ignore', devNull, 'pipe'],
      env: { ...process.env, AED_BENCH_CPU_FILE: cpuFile },
    });
    walls.push((performance.now() - start) / 1000);
    closeSync(devNull);
    if (result.status !== 0)
      throw new Error(`CLI failed (${result.status}): ${String(result.stderr)}`);
    cpus.push(Number(readFileSync(cpuFile, 'utf8')) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

/** Median wall and CPU seconds of reading and parsing the HAR in this process. */
function timeParse(file: string): Timing {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const wallStart = performance.now();
    const cpuStart = cpuSeconds();
    JSON.parse(readFileSync(file, 'utf8'));
    cpus.push(cpuSeconds() - cpuStart);
    walls.push((performance.now() - wallStart) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

/** sha256 of `decode --json`, so a speed-up can be shown to change no byte of it. */
function outputDigest(stdout: string): string {
  return createHash('sha256').update(stdout).digest('hex');
}

function decodeJson(file: string): { errors: number; digest: string } {
  const result = spawnSync(process.execPath, [BIN, 'decode', file, '--json'], {
    encoding: 'utf8',
    maxBuffer: 1024 * MB,
  });
  // Exchanges listed only for a broken retry rule (successful retries) have format null.
  const { errors } = JSON.parse(result.stdout) as { errors: { format: string | null }[] };
  return {
    errors: errors.filter((e) => e.format !== null).length,
    digest: outputDigest(result.stdout),
  };
}

// `decode --json` of the bench HAR at 57aab0a, before issue 13's speed work.
const JSON_DIGEST_BEFORE = '669766622be757c7a9f507490ee5cdadfa900658b4518131a227ff84e930aba1';

export function runCliBench(): void {
  const dir = mkdtempSync(join(tmpdir(), 'api-error-decoder-bench-'));
  try {
    const file = join(dir, 'bench.har');
    const start = performance.now();
    const expected = writeHar(file);
    const generateSeconds = (performance.now() - start) / 1000;
    const sizeMb = statSync(file).size / MB;
    const found = decodeJson(file);
    if (found.errors !== expected)
      throw new Error(`--json listed ${found.errors} errors, expected ${expected}`);
    console.log(
      `\nCLI end to end: ${ENTRIES} entries, ${fixed(sizeMb)} MB HAR, ${expected} errors ` +
        `(generated in ${fixed(generateSeconds)} s); median of ${RUNS} runs, stdout to ` +
        `/dev/null; load average ${loadAverage()}. Rows run bin/api-error-decoder.js (the source, ` +
        `through tsx) unless marked "built" (dist/lib/cli.js, the bundle npm installs).\n`,
    );

    const build = spawnSync('npm', ['run', '-s', 'build:lib'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build:lib failed: ${build.stderr}`);
    const reference = timeParse(file);
    const rows = [
      ['startup only: --help', timeCli(['--help'], dir), false],
      ['decode FILE --json', timeCli(['decode', file, '--json'], dir), true],
      ['decode FILE (table)', timeCli(['decode', file], dir), true],
      [
        "decode FILE --json --host '*.example.com'",
        timeCli(['decode', file, '--json', '--host', '*.example.com'], dir),
        true,
      ],
      ['built: decode FILE --json', timeCli(['decode', file, '--json'], dir, BUILT), true],
      ['built: decode FILE (table)', timeCli(['decode', file], dir, BUILT), true],
      ['(reference: read + JSON.parse of the HAR, in-process)', reference, false],
    ] as const;
    const columns = [
      { header: 'run' },
      { header: 'wall s', align: 'right' },
      { header: 'CPU s', align: 'right' },
      { header: 'CPU / reference', align: 'right' },
      { header: '' },
    ] as const;
    console.log(
      renderTable(
        columns,
        rows.map(([name, t, judged]) => {
          const ratio = t.cpu / reference.cpu;
          const verdict =
            ratio <= TARGET_RATIO ? `ok (≤ ${TARGET_RATIO}×)` : `OVER ${TARGET_RATIO}×`;
          return [
            name,
            fixed(t.wall, 2),
            fixed(t.cpu, 2),
            `${fixed(ratio, 2)}×`,
            judged ? verdict : '',
          ];
        }),
      ),
    );
    const same = found.digest === JSON_DIGEST_BEFORE;
    console.log(
      `\ndecode --json digest ${found.digest.slice(0, 16)}: ` +
        (same ? 'identical to 57aab0a, before the speed work' : 'CHANGED since 57aab0a') +
        `; load average ${loadAverage()}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) runCliBench();
