import type { ViolationKind } from '../core/audit/requestRecord';
import { displayHost } from '../core/capture/capturedError';
import { formatById } from '../core/formats/index';
import type { DecodedError } from '../core/types';
import type { FailOn } from './checkArgs';
import {
  decodeHar,
  type DecodeHarOptions,
  type DecodeReport,
  type ErrorRow,
} from './decodeCommand';
import { redactRow } from './redactRow';

/** One listed exchange of a HAR, with what `check` and `diff` judge it by. */
export interface Finding {
  readonly row: ErrorRow;
  /** Host with a non-default port. */
  readonly host: string;
  /** What to do, in the chosen language; null for a row listed only for a broken retry rule. */
  readonly action: string | null;
  /** Codes of this response that its format does not document (a batch may hold several). */
  readonly undocumented: readonly (string | number)[];
}

export interface HarFindings {
  readonly file: string;
  readonly report: DecodeReport;
  readonly findings: readonly Finding[];
}

/** Codes its format has no entry for; none for formats whose codes are per API (problem types). */
export function undocumentedCodes(decoded: DecodedError): (string | number)[] {
  if (formatById(decoded.format)?.hasCatalog === false) return [];
  const items = decoded.batch.length > 0 ? decoded.batch : [decoded];
  return items.flatMap((item) => (item.code !== null && !item.known ? [item.code] : []));
}

/** Decodes one HAR's entries into findings. Throws what reading the entries throws. */
export function findingsOf(
  file: string,
  entries: Iterable<unknown>,
  options: DecodeHarOptions,
): HarFindings {
  const extra = new Map<number, Pick<Finding, 'action' | 'undocumented'>>();
  const report = decodeHar(entries, {
    ...options,
    onDecoded: (entry, decoded) =>
      extra.set(entry, {
        action: decoded.action[options.lang],
        undocumented: undocumentedCodes(decoded),
      }),
  });
  const rows = report.rows.map(redactRow);
  const findings = rows.map((row) => ({
    row,
    host: displayHost(row.url),
    action: extra.get(row.entry)?.action ?? null,
    undocumented: extra.get(row.entry)?.undocumented ?? [],
  }));
  return { file, report: { ...report, rows }, findings };
}

/** Whether a finding makes `check --fail-on MODE` fail. */
export function fails(finding: Finding, failOn: FailOn): boolean {
  switch (failOn) {
    case 'error':
      return finding.row.format !== null;
    case 'unknown':
      return finding.undocumented.length > 0;
    case 'violation':
      return finding.row.violations.length > 0;
    case 'none':
      return false;
  }
}

/** An error's code as grouped and shown: an error without one counts by its HTTP status. */
export function codeLabel(row: Pick<ErrorRow, 'code' | 'status'>): string {
  return row.code === null ? `HTTP ${row.status}` : String(row.code);
}

/** The errors of one (host, format, code), described by the first of them. */
export interface CodeGroup {
  readonly host: string;
  readonly format: string;
  readonly code: string;
  readonly count: number;
  readonly first: Finding;
  /** Whether the code is one its format does not document. */
  readonly undocumented: boolean;
}

const key = (...parts: readonly string[]) => JSON.stringify(parts);

/** Errors grouped host → format → code, in that order; rows without an error are left out. */
export function groupByCode(findings: Iterable<Finding>): CodeGroup[] {
  const groups = new Map<string, CodeGroup>();
  for (const f of findings) {
    if (f.row.format === null) continue;
    const code = codeLabel(f.row);
    const k = key(f.host, f.row.format, code);
    const group = groups.get(k);
    groups.set(k, {
      host: f.host,
      format: f.row.format,
      code,
      count: (group?.count ?? 0) + 1,
      first: group?.first ?? f,
      undocumented: (group?.undocumented ?? false) || f.undocumented.length > 0,
    });
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, g]) => g);
}

/** Broken retry rules of one kind after errors of one (host, format, code). */
export interface ViolationGroup {
  readonly host: string;
  readonly kind: ViolationKind;
  /** The retried error's format and code; "-" when it is not among the findings. */
  readonly format: string;
  readonly code: string;
  readonly count: number;
}

/** Violations grouped by host, rule and the error that was retried, in that order. */
export function groupViolations(files: readonly HarFindings[]): ViolationGroup[] {
  const groups = new Map<string, ViolationGroup>();
  for (const { findings } of files) {
    const byEntry = new Map(findings.map((f) => [f.row.entry, f.row]));
    for (const f of findings) {
      for (const v of f.row.violations) {
        const retried = byEntry.get(v.retryOf);
        const format = retried?.format ?? '-';
        const code = retried ? codeLabel(retried) : '-';
        const k = key(f.host, v.kind, format, code);
        const count = (groups.get(k)?.count ?? 0) + 1;
        groups.set(k, { host: f.host, kind: v.kind, format, code, count });
      }
    }
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, g]) => g);
}

/** `wait 30 s`, `backoff ×3`, `no`: a row's retry advice in a few words. */
export function retryWords(row: ErrorRow): string {
  if (row.retry === null) return '-';
  const { advice, afterSeconds, maxAttempts } = row.retry;
  const after = afterSeconds === null ? '' : ` ${afterSeconds} s`;
  const attempts = maxAttempts === null ? '' : ` ×${maxAttempts}`;
  return `${advice}${after}${attempts}`;
}
