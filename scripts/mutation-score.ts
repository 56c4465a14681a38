/**
 * Mutation score of src/core from Stryker's JSON reports (mutation-testing-report-schema):
 * `tsx scripts/mutation-score.ts [report.json ...] [--merge-into out.json]`.
 *
 * Stryker is run folder by folder (a full run takes hours on two shared cores); each chunk
 * leaves a report. This prints one table per folder and a total, counting each file from the
 * last report that holds it. With `--merge-into`, it writes the merged report, with the test
 * ids of every input renumbered, as an incremental file that a later `npm run mutate` reuses.
 * Without report arguments it reads the committed `stryker-incremental.json`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

interface Mutant {
  id: string;
  status: string;
  coveredBy?: string[];
  killedBy?: string[];
  [key: string]: unknown;
}
interface FileResult {
  mutants: Mutant[];
  [key: string]: unknown;
}
interface TestDefinition {
  id: string;
  name: string;
  [key: string]: unknown;
}
interface TestFile {
  tests: TestDefinition[];
  source?: string;
  [key: string]: unknown;
}
interface Report {
  files: Record<string, FileResult>;
  testFiles?: Record<string, TestFile>;
  [key: string]: unknown;
}

export interface Counts {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  ignored: number;
  errors: number;
}

const emptyCounts = (): Counts => ({
  killed: 0,
  timeout: 0,
  survived: 0,
  noCoverage: 0,
  ignored: 0,
  errors: 0,
});

/** Adds a mutant's status to the counts, as Stryker's own score groups them. */
function count(counts: Counts, status: string): void {
  if (status === 'Killed') counts.killed++;
  else if (status === 'Timeout') counts.timeout++;
  else if (status === 'Survived') counts.survived++;
  else if (status === 'NoCoverage') counts.noCoverage++;
  else if (status === 'Ignored') counts.ignored++;
  else counts.errors++; // CompileError, RuntimeError, Pending: not part of the score
}

/** Detected / valid mutants, in percent (Stryker's "mutation score"); NaN when none. */
export function score(c: Counts): number {
  const valid = c.killed + c.timeout + c.survived + c.noCoverage;
  return valid === 0 ? NaN : ((c.killed + c.timeout) * 100) / valid;
}

/** Per-folder counts of every file, folders sorted by name, plus the total. */
export function tally(files: Record<string, FileResult>): {
  folders: Map<string, Counts>;
  total: Counts;
} {
  const folders = new Map<string, Counts>();
  const total = emptyCounts();
  for (const [path, file] of Object.entries(files)) {
    const folder = dirname(path);
    const counts = folders.get(folder) ?? emptyCounts();
    folders.set(folder, counts);
    for (const mutant of file.mutants) {
      count(counts, mutant.status);
      count(total, mutant.status);
    }
  }
  return { folders: new Map([...folders].sort(([a], [b]) => a.localeCompare(b))), total };
}

/**
 * Merges reports: each file from the last report holding it, test ids renumbered so that one
 * test (file and name) has one id, and every mutant's coveredBy/killedBy rewritten to them.
 */
export function merge(reports: Report[]): Report {
  const testFiles: Record<string, TestFile> = {};
  const newIdByKey = new Map<string, string>();
  const files: Record<string, FileResult> = {};
  for (const report of reports) {
    const keyById = new Map<string, string>();
    for (const [fileName, testFile] of Object.entries(report.testFiles ?? {})) {
      const merged = (testFiles[fileName] ??= { ...testFile, tests: [] });
      if (testFile.source !== undefined) merged.source = testFile.source;
      for (const test of testFile.tests) {
        const key = `${fileName}\n${test.name}`;
        keyById.set(test.id, key);
        let id = newIdByKey.get(key);
        if (id === undefined) {
          id = String(newIdByKey.size);
          newIdByKey.set(key, id);
          merged.tests.push({ ...test, id });
        }
      }
    }
    const renumber = (ids: string[] | undefined): string[] | undefined =>
      ids?.flatMap((id) => {
        const key = keyById.get(id);
        const newId = key === undefined ? undefined : newIdByKey.get(key);
        return newId === undefined ? [] : [newId];
      });
    for (const [path, file] of Object.entries(report.files)) {
      files[path] = {
        ...file,
        mutants: file.mutants.map((m) => ({
          ...m,
          coveredBy: renumber(m.coveredBy),
          killedBy: renumber(m.killedBy),
        })),
      };
    }
  }
  const last = reports[reports.length - 1] ?? { files: {} };
  return { ...last, files, testFiles };
}

function row(name: string, c: Counts): string {
  const s = score(c);
  const cells = [c.killed, c.timeout, c.survived, c.noCoverage, c.ignored];
  return `| ${name} | ${Number.isNaN(s) ? '–' : s.toFixed(2) + ' %'} | ${cells.join(' | ')} |`;
}

function main(args: string[]): void {
  const at = args.indexOf('--merge-into');
  const out = at >= 0 ? args[at + 1] : undefined;
  const inputs = args.filter((_, i) => at < 0 || (i !== at && i !== at + 1));
  const paths = inputs.length > 0 ? inputs : ['stryker-incremental.json'];
  const reports = paths.map((p) => JSON.parse(readFileSync(p, 'utf8')) as Report);
  const merged = merge(reports);
  const { folders, total } = tally(merged.files);
  const lines = [
    '| folder | score | killed | timeout | survived | no coverage | ignored (static) |',
    '|---|---|---|---|---|---|---|',
    ...[...folders].map(([folder, c]) => row(folder, c)),
    row('**total measured**', total),
  ];
  console.log(lines.join('\n'));
  if (out !== undefined) writeFileSync(out, JSON.stringify(merged, null, 2) + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
