/**
 * The CLI on big HARs, read as a stream: wall time and peak resident memory of decode, check,
 * diff and report on generated 150 MB and 1 GB files, against the in-memory reader it replaced.
 * Goal: under 500 MB at 1 GB. `HAR_SIZES_MB=150,1024` changes the sizes.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderTable } from '../src/cli/table';
import { writeBigHar } from './bigHar';
import { fixed, isMain, MB } from './timing';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/api-error-decoder.js');
// In-process, as bin/ does it: tsx's CLI would run the script in a child that RSS_HOOK misses.
const TSX_LOADER = ['--import', 'tsx'];
const RSS_HOOK = join(ROOT, 'bench/maxRss.mjs');
const GOAL_MB = 500;
const SIZES_MB = (process.env['HAR_SIZES_MB'] ?? '150,1024').split(',').map(Number);

interface Run {
  readonly seconds: number;
  readonly peakMb: number;
  readonly code: number | null;
  readonly stderr: string;
}

/** Runs `node --import maxRss.mjs ...args` with stdout to /dev/null. */
function measure(args: readonly string[], dir: string): Run {
  const rssFile = join(dir, 'rss');
  const devNull = openSync('/dev/null', 'w');
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', RSS_HOOK, ...args], {
    stdio: ['ignore', devNull, 'pipe'],
    env: { ...process.env, AED_BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
  });
  const seconds = (performance.now() - start) / 1000;
  closeSync(devNull);
  const peakMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  rmSync(rssFile);
  return { seconds, peakMb, code: result.status, stderr: result.stderr };
}

export async function runHarStreamBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'api-error-decoder-har-bench-'));
  try {
    console.log(
      `\nBig HARs, read as a stream: wall time and peak RSS of one CLI run (goal: < ${GOAL_MB} MB)\n`,
    );
    const rows: string[][] = [];
    for (const sizeMb of SIZES_MB) {
      const file = join(dir, `${sizeMb}.har`);
      const { entries, errors } = await writeBigHar(file, sizeMb * MB);
      const label = `${sizeMb} MB, ${entries.toLocaleString('en-US')} entries, ${errors.toLocaleString('en-US')} errors`;
      const runs: [string, readonly string[], number][] = [
        ['startup only: --help', [BIN, '--help'], 0],
        ['decode --json', [BIN, 'decode', file, '--json'], 0],
        ['check --format junit', [BIN, 'check', file, '--format', 'junit'], 1],
        ['diff FILE FILE (reads it twice)', [BIN, 'diff', file, file], 0],
        [
          'report --entry <last>',
          [BIN, 'report', '--entry', String(entries - 1), file, '--curl'],
          0,
        ],
        [
          'before: read whole + JSON.parse, decode --json',
          [...TSX_LOADER, join(ROOT, 'bench/inMemoryDecode.ts'), file],
          0,
        ],
      ];
      for (const [name, args, expected] of runs) {
        const run = measure(args, dir);
        const failed = run.code !== expected;
        rows.push([
          label,
          name,
          failed
            ? `exit ${run.code}: ${run.stderr.trim().split('\n')[0] ?? ''}`
            : fixed(run.seconds, 1),
          fixed(run.peakMb, 0),
          failed ? '-' : fixed(run.peakMb / sizeMb, 2),
        ]);
      }
      rmSync(file);
    }
    const columns = [
      { header: 'HAR' },
      { header: 'run' },
      { header: 'wall s', align: 'right' },
      { header: 'peak RSS MB', align: 'right' },
      { header: 'RSS / size', align: 'right' },
    ] as const;
    console.log(renderTable(columns, rows));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) await runHarStreamBench();
