import { auditRetries } from '../core/audit/auditRetries';
import { VIOLATION_KINDS, type RequestRecord, type Violation } from '../core/audit/requestRecord';
import type { Column } from './table';
import type { ErrorRow } from './decodeCommand';

/**
 * Adds the retry audit to the error rows: each row gets its `violations`, and an exchange
 * that is no error but broke a retry rule (a successful retry) gets a row of its own, with
 * `format`, `code`, `title`, `retry`, `requestId` and the texts null, `known` false. HAR order.
 * `records` holds every exchange the rows were chosen from, with its HAR index as id.
 */
export function withViolations(
  rows: readonly ErrorRow[],
  records: readonly RequestRecord[],
): ErrorRow[] {
  const found = auditRetries(records);
  if (found.size === 0) return [...rows];
  const out = rows.map((row) => {
    const violations = found.get(row.entry);
    found.delete(row.entry);
    return violations === undefined ? row : { ...row, violations };
  });
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const [entry, violations] of found) {
    const record = byId.get(entry);
    if (record === undefined) continue;
    out.push({
      entry,
      url: record.url,
      method: record.method,
      status: record.status,
      format: null,
      code: null,
      known: false,
      title: null,
      retry: null,
      requestId: null,
      batchSize: 1,
      violations,
      message: null,
      meaning: null,
      action: null,
      rateLimit: null,
      fieldErrors: [],
      notes: [],
    });
  }
  return out.sort((a, b) => a.entry - b.entry);
}

function violationCell(violations: readonly Violation[]): string {
  const first = violations[0];
  if (first === undefined) return '';
  return `${violations.map((v) => v.kind).join(', ')} (retry of #${first.retryOf})`;
}

/** The table gains a RETRY RULES column, only when some row broke a rule. */
export function withViolationColumn(
  columns: readonly Column[],
  cells: readonly string[][],
  rows: readonly ErrorRow[],
): { columns: readonly Column[]; cells: readonly string[][] } {
  if (!rows.some((r) => r.violations.length > 0)) return { columns, cells };
  return {
    columns: [...columns, { header: 'RETRY RULES BROKEN', maxWidth: 70 }],
    cells: cells.map((row, i) => [...row, violationCell(rows[i]?.violations ?? [])]),
  };
}

/** "3 retry rules broken: 2 retried-too-early, 1 blind-retry", or nothing when none were. */
export function violationsLine(rows: readonly ErrorRow[]): string {
  const counts = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    for (const v of row.violations) {
      counts.set(v.kind, (counts.get(v.kind) ?? 0) + 1);
      total++;
    }
  }
  if (total === 0) return '';
  const parts = VIOLATION_KINDS.filter((k) => counts.has(k)).map((k) => `${counts.get(k)} ${k}`);
  return `${total} retry ${total === 1 ? 'rule' : 'rules'} broken: ${parts.join(', ')}\n`;
}
