import { harRecord } from '../core/audit/harRecord';
import type { RequestRecord, Violation } from '../core/audit/requestRecord';
import {
  compileHostPatterns,
  decode,
  exchangeFromHarEntry,
  harEntries,
  statusKind,
} from '../core/index';
import { escapeJsonControls } from '../core/text/controlChars';
import type { FormatId, Lang, RetryAdvice } from '../core/types';
import { violationsLine, withViolationColumn, withViolations } from './auditHar';
import { pinResolver, type Pin } from './pins';
import { renderTable, type Column } from './table';

/**
 * One error exchange, as `--json` prints it. A successful retry that broke a retry rule is
 * listed too: its `format`, `title` and `retry` are null.
 */
export interface ErrorRow {
  /** 0-based index in log.entries. */
  readonly entry: number;
  readonly url: string;
  readonly method: string;
  readonly status: number;
  readonly format: FormatId | null;
  readonly code: string | number | null;
  readonly known: boolean;
  readonly title: string | null;
  readonly retry: {
    readonly advice: RetryAdvice;
    readonly afterSeconds: number | null;
    readonly maxAttempts: number | null;
  } | null;
  readonly requestId: string | null;
  /** How many errors a JSON-RPC batch held (1 otherwise); the row describes the first. */
  readonly batchSize: number;
  /** Retry rules this exchange broke; `retryOf` is the entry index of the error it retried. */
  readonly violations: readonly Violation[];
}

export interface DecodeReport {
  readonly rows: readonly ErrorRow[];
  /** Entries in the HAR. */
  readonly entries: number;
  /** Entries whose host passed `--host` (all of them without it). */
  readonly matched: number;
  /** Entries whose status is no HTTP status (500.5): invalid, left out of `rows`. */
  readonly invalid: readonly { readonly entry: number; readonly status: number }[];
}

export interface DecodeHarOptions {
  readonly lang: Lang;
  readonly hosts: readonly string[];
  /** `--pin`: a matching host's bodies are decoded as its format first. */
  readonly pins?: readonly Pin[];
}

/** HAR text → its error exchanges in HAR order. Throws HarError when the text is not a HAR. */
export function decodeHar(text: string, options: DecodeHarOptions): DecodeReport {
  const raw = harEntries(text);
  const exchanges = raw.map(exchangeFromHarEntry);
  const records: RequestRecord[] = [];
  const hostMatches = options.hosts.length > 0 ? compileHostPatterns(options.hosts) : null;
  const pinOf = options.pins?.length ? pinResolver(options.pins) : null;
  const rows: ErrorRow[] = [];
  const invalid: { entry: number; status: number }[] = [];
  let matched = 0;
  exchanges.forEach((exchange, entry) => {
    if (hostMatches !== null && !hostMatches(exchange.url)) return;
    matched++;
    if (statusKind(exchange.status) === 'invalid') invalid.push({ entry, status: exchange.status });
    const pin = pinOf?.(exchange.url);
    const decoded = decode(exchange, pin === undefined ? {} : { pin });
    records.push(harRecord(entry, raw[entry], exchange, decoded));
    if (decoded === null) return;
    rows.push({
      entry,
      url: exchange.url,
      method: exchange.method,
      status: decoded.status,
      format: decoded.format,
      code: decoded.code,
      known: decoded.known,
      title: decoded.title[options.lang],
      retry: {
        advice: decoded.retry.advice,
        afterSeconds: decoded.retry.afterSeconds,
        maxAttempts: decoded.retry.maxAttempts,
      },
      requestId: decoded.requestId,
      batchSize: Math.max(1, decoded.batch.length),
      violations: [],
    });
  });
  return { rows: withViolations(rows, records), entries: exchanges.length, matched, invalid };
}

/** The `--json` document: `{"errors": [...]}`, one object per error, fields in a fixed order. */
export function toJson(report: DecodeReport): string {
  const errors = report.rows.map((row) => ({
    entry: row.entry,
    url: row.url,
    method: row.method,
    status: row.status,
    format: row.format,
    code: row.code,
    known: row.known,
    title: row.title,
    retry: row.retry,
    requestId: row.requestId,
    violations: row.violations,
  }));
  return `${escapeJsonControls(JSON.stringify({ errors }))}\n`;
}

const TABLE_COLUMNS: readonly Column[] = [
  { header: '#', align: 'right' },
  { header: 'METHOD' },
  { header: 'URL', maxWidth: 60 },
  { header: 'STATUS', align: 'right' },
  { header: 'FORMAT' },
  { header: 'CODE', maxWidth: 32 },
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
    row.title ?? '-',
  ]);
  const table = withViolationColumn(TABLE_COLUMNS, cells, report.rows);
  return `${renderTable(table.columns, table.cells)}\n\n${violationsLine(report.rows)}${summary}\n`;
}

const MAX_INVALID_LINES = 5;

/** One stderr line per invalid entry (a few, then a count): they are neither rows nor errors. */
export function invalidLines(file: string, report: DecodeReport): string {
  const lines = report.invalid
    .slice(0, MAX_INVALID_LINES)
    .map(
      ({ entry, status }) =>
        `api-error-decoder: ${file}: entry ${entry} is invalid: status ${status} is not an HTTP status (an integer from 100 to 599)\n`,
    );
  const more = report.invalid.length - MAX_INVALID_LINES;
  if (more > 0) lines.push(`api-error-decoder: ${file}: ${more} more invalid entries\n`);
  return lines.join('');
}
