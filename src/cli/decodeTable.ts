import type { DecodeReport, ErrorRow } from './decodeCommand';
import { violationsLine, withViolationColumn } from './auditHar';
import { adviceCell, adviceFootnote } from './retryCell';
import { renderTable, type Column } from './table';

const TABLE_COLUMNS: readonly Column[] = [
  { header: '#', align: 'right' },
  { header: 'METHOD' },
  { header: 'URL', maxWidth: 60 },
  { header: 'STATUS', align: 'right' },
  { header: 'FORMAT' },
  { header: 'CODE', maxWidth: 32 },
  { header: 'RETRY' },
  { header: 'MEANING', maxWidth: 60 },
];

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "12 errors in 40 entries", saying how many entries `--host` kept when it was given. */
export function summaryLine(report: DecodeReport, filtered: boolean): string {
  const errors = report.rows.filter((row) => row.format !== null).length;
  const base = `${plural(errors, 'error', 'errors')} in ${plural(report.entries, 'entry', 'entries')}`;
  return filtered ? `${base} (${report.matched} matching --host)` : base;
}

function codeCell(row: ErrorRow): string {
  const code = row.code === null ? '-' : String(row.code);
  return row.batchSize > 1 ? `${code} (+${row.batchSize - 1})` : code;
}

/** The readable report: a table of the errors (none when there are none) and a summary line. */
export function toTable(report: DecodeReport, filtered: boolean): string {
  const summary = summaryLine(report, filtered);
  if (report.rows.length === 0) return `${summary}\n`;
  const cells = report.rows.map((row) => [
    String(row.entry),
    row.method,
    row.url,
    String(row.status),
    row.format ?? '-',
    codeCell(row),
    adviceCell(row.retry),
    row.title ?? '-',
  ]);
  const table = withViolationColumn(TABLE_COLUMNS, cells, report.rows);
  const footnote = adviceFootnote(report.rows.map((row) => row.retry));
  return `${renderTable(table.columns, table.cells)}\n\n${footnote}${violationsLine(report.rows)}${summary}\n`;
}

const MAX_INVALID_LINES = 5;

/** One stderr line per invalid entry (a few, then a count): they are neither rows nor errors. */
export function invalidLines(file: string, report: DecodeReport): string {
  const invalid = report.invalid ?? [];
  const lines = invalid
    .slice(0, MAX_INVALID_LINES)
    .map(
      ({ entry, status }) =>
        `api-error-decoder: ${file}: entry ${entry} is invalid: status ${status} is not an HTTP status (an integer from 100 to 599)\n`,
    );
  const more = invalid.length - MAX_INVALID_LINES;
  if (more > 0) lines.push(`api-error-decoder: ${file}: ${more} more invalid entries\n`);
  return lines.join('');
}
