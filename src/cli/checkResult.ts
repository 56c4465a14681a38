import type { FailOn } from './checkArgs';
import { fails, type Finding, type HarFindings } from './findings';

/** What `check` found in its HAR files, judged by `--fail-on`. */
export interface CheckResult {
  readonly failOn: FailOn;
  readonly files: readonly HarFindings[];
}

export interface CheckSummary {
  readonly files: number;
  readonly entries: number;
  /** Decoded errors (rows listed only for a broken retry rule are not errors). */
  readonly errors: number;
  /** Errors with a code that their format does not document. */
  readonly undocumented: number;
  /** Broken retry rules. */
  readonly violations: number;
  /** Rows that fail per `--fail-on`. */
  readonly failing: number;
}

export function allFindings(result: CheckResult): Finding[] {
  return result.files.flatMap((f) => f.findings);
}

export function summarize(result: CheckResult): CheckSummary {
  const findings = allFindings(result);
  return {
    files: result.files.length,
    entries: result.files.reduce((n, f) => n + f.report.entries, 0),
    errors: findings.filter((f) => f.row.format !== null).length,
    undocumented: findings.filter((f) => f.undocumented.length > 0).length,
    violations: findings.reduce((n, f) => n + f.row.violations.length, 0),
    failing: findings.filter((f) => fails(f, result.failOn)).length,
  };
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The one-line outcome, e.g. `FAIL (--fail-on error): 6 errors in 16 entries of 2 files,
 * 2 with an undocumented code, 1 retry rule broken`.
 */
export function verdictLine(result: CheckResult): string {
  const s = summarize(result);
  const verdict = s.failing > 0 ? 'FAIL' : 'PASS';
  const where = `${count(s.errors, 'error', 'errors')} in ${count(s.entries, 'entry', 'entries')} of ${count(s.files, 'file', 'files')}`;
  const undocumented = `${s.undocumented === 0 ? 'none' : s.undocumented} with an undocumented code`;
  const violations = `${s.violations === 0 ? 'no' : s.violations} retry ${s.violations === 1 ? 'rule' : 'rules'} broken`;
  return `${verdict} (--fail-on ${result.failOn}): ${where}, ${undocumented}, ${violations}`;
}
