import type { CheckArgs } from './checkArgs';
import { checkJunit } from './checkJunit';
import { checkMarkdown } from './checkMarkdown';
import { summarize, type CheckResult } from './checkResult';
import { checkTable } from './checkTable';
import { jsonErrors } from './decodeJson';
import { fails, findingsOf, groupByCode, groupViolations, type HarFindings } from './findings';
import { harFileEntries } from './harFile';
import { packsForRun } from './packFiles';
import { EXIT_OK, harFileFailure, type CliIo } from './run';
import { jsonText } from '../core/text/controlChars';

/** `check` found what `--fail-on` names. */
export const EXIT_FAILED = 1;

/** `check --format json`: the verdict, the summary, each file's errors and the groups. */
export function checkJson(result: CheckResult): string {
  const summary = summarize(result);
  const doc = {
    failOn: result.failOn,
    failed: summary.failing > 0,
    summary,
    files: result.files.map((f) => ({
      file: f.file,
      entries: f.report.entries,
      errors: jsonErrors(f.report),
      // Entries (as in `errors[].entry`) that fail per --fail-on.
      failing: f.findings.filter((x) => fails(x, result.failOn)).map((x) => x.row.entry),
    })),
    groups: groupByCode(result.files.flatMap((f) => f.findings)).map((g) => ({
      host: g.host,
      format: g.format,
      code: g.code,
      count: g.count,
      undocumented: g.undocumented,
      title: g.first.row.title,
      action: g.first.action,
      retry: g.first.row.retry,
    })),
    violations: groupViolations(result.files),
  };
  return `${jsonText(doc)}\n`;
}

const RENDER: Record<CheckArgs['format'], (result: CheckResult) => string> = {
  table: checkTable,
  json: checkJson,
  markdown: checkMarkdown,
  junit: checkJunit,
};

/** `check FILE.har...`: decodes every file, prints the report, exits 1 when it fails. */
export function runCheck(args: CheckArgs, io: CliIo): number {
  const run = packsForRun(io, args.packs, args.pins);
  if ('exit' in run) return run.exit;
  const options = { ...args, packs: run.packs };
  const files: HarFindings[] = [];
  try {
    for (const file of args.files) files.push(findingsOf(file, harFileEntries(io, file), options));
  } catch (error) {
    return harFileFailure(error, io);
  }
  const result: CheckResult = { failOn: args.failOn, files };
  io.stdout(RENDER[args.format](result));
  return summarize(result).failing > 0 ? EXIT_FAILED : EXIT_OK;
}
