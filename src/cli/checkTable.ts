import { allFindings, verdictLine, type CheckResult } from './checkResult';
import { groupByCode, groupViolations, retryWords } from './findings';
import { renderTable, type Column } from './table';

const CODE_COLUMNS: readonly Column[] = [
  { header: 'HOST', maxWidth: 40 },
  { header: 'FORMAT' },
  { header: 'CODE', maxWidth: 40 },
  { header: 'COUNT', align: 'right' },
  { header: 'MEANING', maxWidth: 50 },
  { header: 'RETRY' },
];

const VIOLATION_COLUMNS: readonly Column[] = [
  { header: 'HOST', maxWidth: 40 },
  { header: 'RETRY RULE BROKEN' },
  { header: 'AFTER', maxWidth: 50 },
  { header: 'COUNT', align: 'right' },
];

/** `check --format table`: errors by host → format → code, broken retry rules, the verdict. */
export function checkTable(result: CheckResult): string {
  const parts: string[] = [];
  const groups = groupByCode(allFindings(result));
  if (groups.length > 0) {
    const cells = groups.map((g) => [
      g.host,
      g.format,
      g.undocumented ? `${g.code} (undocumented)` : g.code,
      String(g.count),
      g.first.row.title ?? '-',
      retryWords(g.first.row),
    ]);
    parts.push(renderTable(CODE_COLUMNS, cells));
  }
  const violations = groupViolations(result.files);
  if (violations.length > 0) {
    const cells = violations.map((v) => [v.host, v.kind, `${v.format} ${v.code}`, String(v.count)]);
    parts.push(renderTable(VIOLATION_COLUMNS, cells));
  }
  parts.push(verdictLine(result));
  return `${parts.join('\n\n')}\n`;
}
