import { harRecord } from '../core/audit/harRecord';
import type { RequestRecord, RetryFacts, Violation } from '../core/audit/requestRecord';
import {
  compileHostPatterns,
  decode,
  exchangeFromHarEntry,
  harEntries,
  statusKind,
} from '../core/index';
import { escapeJsonControls } from '../core/text/controlChars';
import type { DecodedError, FormatId, Lang, RetryAdvice } from '../core/types';
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
  readonly invalid?: readonly { readonly entry: number; readonly status: number }[];
}

export interface DecodeHarOptions {
  readonly lang: Lang;
  readonly hosts: readonly string[];
  /** `--pin`: a matching host's bodies are decoded as its format first. */
  readonly pins?: readonly Pin[];
  /** Sees each error's whole decoding, for what a row leaves out (check, diff). */
  readonly onDecoded?: (entry: number, decoded: DecodedError) => void;
}

/** Decodes a HAR's entries one at a time, as they arrive; `report()` adds the retry audit. */
export interface HarDecoder {
  add(entry: unknown): void;
  report(): DecodeReport;
}

function retryFacts(decoded: DecodedError): RetryFacts {
  const { advice, afterSeconds, maxAttempts } = decoded.retry;
  return { advice, afterSeconds, maxAttempts };
}

export function harDecoder(options: DecodeHarOptions): HarDecoder {
  const records: RequestRecord[] = [];
  const hostMatches = options.hosts.length > 0 ? compileHostPatterns(options.hosts) : null;
  const pinOf = options.pins?.length ? pinResolver(options.pins) : null;
  const rows: ErrorRow[] = [];
  const invalid: { entry: number; status: number }[] = [];
  let matched = 0;
  let entry = -1;
  const add = (item: unknown): void => {
    entry++;
    const exchange = exchangeFromHarEntry(item);
    if (hostMatches !== null && !hostMatches(exchange.url)) return;
    matched++;
    if (statusKind(exchange.status) === 'invalid') invalid.push({ entry, status: exchange.status });
    const pin = pinOf?.(exchange.url);
    const decoded = decode(exchange, pin === undefined ? {} : { pin });
    // The audit keeps a record of every entry: only the retry advice, not the whole decoding.
    records.push(harRecord(entry, item, exchange, decoded && { retry: retryFacts(decoded) }));
    if (decoded === null) return;
    options.onDecoded?.(entry, decoded);
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
  };
  const report = () => ({
    rows: withViolations(rows, records),
    entries: entry + 1,
    matched,
    invalid,
  });
  return { add, report };
}

/**
 * A HAR (its text, or its entries as a stream) → its error exchanges in HAR order. Throws
 * HarError when the text is not a HAR.
 */
export function decodeHar(
  input: string | Iterable<unknown>,
  options: DecodeHarOptions,
): DecodeReport {
  const decoder = harDecoder(options);
  for (const item of typeof input === 'string' ? harEntries(input) : input) decoder.add(item);
  return decoder.report();
}

/** The objects of `--json`'s "errors" array, fields in a fixed order; the library's rows too. */
export function jsonErrors(report: DecodeReport) {
  return report.rows.map((row) => ({
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
}

/** The `--json` document: `{"errors": [...]}`, one object per error. */
export function toJson(report: DecodeReport): string {
  return `${escapeJsonControls(JSON.stringify({ errors: jsonErrors(report) }))}\n`;
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
