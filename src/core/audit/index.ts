/** The retry audit: did the inspected app follow each error's retry advice? */
export {
  bodyKeyOf,
  requestKey,
  VIOLATION_KINDS,
  type RequestRecord,
  type RequestTiming,
  type RetryFacts,
  type Violation,
  type ViolationKind,
} from './requestRecord';
export {
  RetryAuditor,
  RETRY_WINDOW_MS,
  DEFAULT_AUDIT_LIMITS,
  type AuditLimits,
} from './retryAuditor';
export { auditRetries } from './auditRetries';
