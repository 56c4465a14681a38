import { requestKey, type RequestRecord, type Violation } from './requestRecord';
import { RetryAuditor } from './retryAuditor';

/**
 * Audits a whole recording (a HAR file): record id → the rules it broke, for the records
 * that broke any. Records are taken in the order their responses ended, as live capture
 * sees them, so the panel and the command line agree.
 */
export function auditRetries(records: readonly RequestRecord[]): Map<number, Violation[]> {
  const order = records
    .map((record, index) => ({ record, index }))
    .sort((a, b) => a.record.endedAt - b.record.endedAt || a.index - b.index);
  const auditor = new RetryAuditor();
  const out = new Map<number, Violation[]>();
  for (const { record } of order) {
    const key = requestKey(record);
    auditor.observe(record, key);
    const violations = auditor.add(record, key);
    if (violations.length > 0) out.set(record.id, violations);
  }
  return out;
}
