import {
  requestKey,
  type RequestRecord,
  type RequestTiming,
  type RetryFacts,
  type Violation,
  type ViolationKind,
} from './requestRecord';

/** A later request is a retry only within this time after the error response ended. */
export const RETRY_WINDOW_MS = 10 * 60 * 1000;

/** How long after an error a request of its key is its retry: the wait it states, if longer. */
function retryWindowMs(retry: RetryFacts): number {
  const stated = retry.afterSeconds ?? 0;
  return Number.isFinite(stated) ? Math.max(RETRY_WINDOW_MS, stated * 1000) : RETRY_WINDOW_MS;
}

/**
 * Requests that may charge twice when repeated: the seeds' purchases and renewals. PUT is in:
 * a renewal is often one, and ok-flag's purchase check covers the same three methods.
 */
const NON_IDEMPOTENT = new Set(['POST', 'PUT', 'PATCH']);

export interface AuditLimits {
  /** Distinct method + URL + body keys remembered (least recently seen dropped first). */
  readonly maxKeys: number;
  /** Responses remembered per key. */
  readonly answersPerKey: number;
  /** Hosts whose recent requests are remembered for the blind-retry check. */
  readonly maxHosts: number;
  /** Recent requests remembered per host. */
  readonly requestsPerHost: number;
}

export const DEFAULT_AUDIT_LIMITS: AuditLimits = {
  maxKeys: 5000,
  answersPerKey: 16,
  maxHosts: 500,
  requestsPerHost: 256,
};

/** The retries so far after the error that started a chain; shared by the chain's errors. */
interface Chain {
  retries: number;
}

/** A response of one key: an error (with its advice and chain) or a success. */
interface Answer {
  readonly id: number;
  readonly endedAt: number;
  readonly retry: RetryFacts | null;
  readonly chain: Chain | null;
  readonly page: string | undefined;
}

interface Seen {
  readonly key: string;
  readonly startedAt: number;
  readonly endedAt: number;
}

/** Map.get that also marks the entry as the most recently used one. */
function touch<K, V>(map: Map<K, V>, key: K, create: () => V, max: number): V {
  const found = map.get(key);
  if (found !== undefined) {
    map.delete(key);
    map.set(key, found);
    return found;
  }
  const value = create();
  map.set(key, value);
  if (map.size > max) {
    const oldest = map.keys().next();
    if (oldest.done !== true) map.delete(oldest.value);
  }
  return value;
}

/**
 * The retry audit, one request at a time, in bounded memory.
 *
 * Definitions (the issue's, made precise):
 * - A request R *retries* error E when both have the same method, URL (query included) and
 *   body; E's response ended no later than R started, at most 10 minutes before (inclusive),
 *   or within E's own stated wait when that is longer (an hour's GitHub reset: a request 11
 *   minutes on is 49 minutes early, not a new request); and E is the latest response of that key to end before R started. So a request sent
 *   while E was still in flight is not its retry, and a success ends the chain: a request
 *   after a success retries nothing.
 * - Attempts: the retries of a chain after the error that started it, counted in the order
 *   they reach `add` (live: the order their responses finished). The retry judged by
 *   `maxAttempts` is the one being added; `maxAttempts` retries are allowed, one more is not.
 * - `retried-too-early`: R started less than `afterSeconds` after E's response ended
 *   (exactly `afterSeconds` is allowed).
 * - A retry is made by the same page load as its error: what a reload or a navigation asks
 *   for again is the user's doing, not the app's retry logic (HAR `pageref`, live: navigations).
 * - `blind-retry`: E advised `check-first`, R is a POST, PUT or PATCH, and no request of another
 *   key to the same host happened in between: started at or after E ended and ended at or
 *   before R started. A check whose answer the app did not wait for is no check.
 * A retry is judged against E's own advice; a successful retry is judged too.
 *
 * Call `observe` for every request as soon as it finishes and `add` once it is known whether
 * it was an error. Each key's requests must be added in the order they finished; requests of
 * other keys may be added in any order, since only the observed timings of other keys matter.
 */
export class RetryAuditor {
  private readonly answers = new Map<string, Answer[]>();
  private readonly hosts = new Map<string, Seen[]>();

  constructor(private readonly limits: AuditLimits = DEFAULT_AUDIT_LIMITS) {}

  /**
   * Notes a finished request's timing, for the blind-retry check of later retries. `key`: its
   * requestKey, when the caller has it (a HAR's audit hashed each request twice, ~1 % of it).
   */
  observe(request: RequestTiming, key = requestKey(request)): void {
    const seen = touch(this.hosts, request.host, () => [], this.limits.maxHosts);
    seen.push({ key, startedAt: request.startedAt, endedAt: request.endedAt });
    if (seen.length > this.limits.requestsPerHost) seen.shift();
  }

  /** Audits one request and remembers its response; returns the rules it broke. */
  add(record: RequestRecord, key = requestKey(record)): Violation[] {
    const answers = touch(this.answers, key, () => [], this.limits.maxKeys);
    const previous = latestBefore(answers, record.startedAt);

    let violations: Violation[] = [];
    let chain: Chain | null = null;
    if (
      previous !== undefined &&
      previous.retry !== null &&
      previous.chain !== null &&
      previous.page === record.page &&
      record.startedAt - previous.endedAt <= retryWindowMs(previous.retry)
    ) {
      chain = previous.chain;
      chain.retries += 1;
      violations = this.judge(record, key, previous, previous.retry, chain.retries);
    }
    if (record.decoded !== null) chain ??= { retries: 0 };
    insertByEnd(
      answers,
      {
        id: record.id,
        endedAt: record.endedAt,
        retry: record.decoded?.retry ?? null,
        chain: record.decoded === null ? null : chain,
        page: record.page,
      },
      this.limits.answersPerKey,
    );
    return violations;
  }

  clear(): void {
    this.answers.clear();
    this.hosts.clear();
  }

  private judge(
    record: RequestRecord,
    key: string,
    error: Answer,
    retry: RetryFacts,
    attempt: number,
  ): Violation[] {
    const errorEnd = error.endedAt;
    const kinds: ViolationKind[] = [];
    if (retry.advice === 'no') kinds.push('retried-non-retryable');
    if (retry.afterSeconds !== null && record.startedAt - errorEnd < retry.afterSeconds * 1000) {
      kinds.push('retried-too-early');
    }
    if (retry.maxAttempts !== null && attempt > retry.maxAttempts) {
      kinds.push('too-many-attempts');
    }
    if (
      retry.advice === 'check-first' &&
      NON_IDEMPOTENT.has(record.method) &&
      !this.checkedBetween(record.host, key, errorEnd, record.startedAt)
    ) {
      kinds.push('blind-retry');
    }
    return kinds.map((kind) => ({ kind, retryOf: error.id }));
  }

  /** Whether a request of another key to `host` ran wholly between `from` and `to`. */
  private checkedBetween(host: string, key: string, from: number, to: number): boolean {
    const seen = this.hosts.get(host);
    if (seen === undefined) return false;
    return seen.some((s) => s.key !== key && s.startedAt >= from && s.endedAt <= to);
  }
}

/** The answer with the latest end at or before `time`; `answers` is sorted by end. */
function latestBefore(answers: readonly Answer[], time: number): Answer | undefined {
  for (let i = answers.length - 1; i >= 0; i--) {
    const answer = answers[i] as Answer;
    if (answer.endedAt <= time) return answer;
  }
  return undefined;
}

/** Keeps `answers` sorted by end; responses mostly arrive in that order, so this is O(1). */
function insertByEnd(answers: Answer[], answer: Answer, max: number): void {
  let i = answers.length;
  while (i > 0 && (answers[i - 1] as Answer).endedAt > answer.endedAt) i--;
  answers.splice(i, 0, answer);
  if (answers.length > max) answers.shift();
}
