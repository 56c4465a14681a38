import { bodyKeyOf, requestKey, type RequestRecord } from '../core/audit/requestRecord';
import { RetryAuditor } from '../core/audit/retryAuditor';
import { isStaticResource } from '../core/capture/candidate';
import { displayHost, type CapturedError } from '../core/capture/capturedError';
import type { FinishedEntry } from '../platform/seam';
import type { AppStore } from '../store/appStore';
import type { AuditViolation } from '../store/auditSlice';

// Batched like the error rows: a 30-request retry storm is one store update, not thirty.
const FLUSH_MS = 50;

/** The capture's two calls into the retry audit; `stop` ends its timer and subscription. */
export interface RetryAuditFeed {
  /**
   * Every finished request, at once, before any filter. A `candidate` has its body fetched
   * and decoded: it waits for `decoded`. The body is never fetched for the audit. `page` names
   * the page load it belongs to: a retry chain never crosses into another one.
   */
  finished(entry: FinishedEntry, candidate: boolean, page: string): void;
  /** A candidate's decoding is known: the error row it became, or `null` for no error. */
  decoded(entry: FinishedEntry, error: CapturedError | null): void;
  stop(): void;
}

type Base = Omit<RequestRecord, 'id' | 'decoded'>;

interface Slot {
  readonly base: Base;
  readonly key: string;
  readonly epoch: number;
  settled: boolean;
  error: CapturedError | null;
}

function baseOf(entry: FinishedEntry, page: string): Base {
  const started = Date.parse(entry.startedDateTime);
  const startedAt = Number.isNaN(started) ? Date.now() : started;
  const url = entry.request.url;
  return {
    method: entry.request.method.toUpperCase(),
    url,
    // The request body is in the HAR entry itself: no getContent() round trip.
    bodyKey: bodyKeyOf(entry.request.postData?.text),
    host: displayHost(url),
    startedAt,
    // The same end as CapturedError.respondedAt, so the panel and the audit agree on delays.
    endedAt: startedAt + Math.max(0, entry.time || 0),
    status: entry.response.status,
    page,
  };
}

/**
 * Feeds live traffic to a RetryAuditor and writes what it finds to the store.
 *
 * Errors are decoded asynchronously (their body is fetched), so a retry can finish before
 * the error it retries is known to be one. Each call (method + URL + body) therefore has a
 * queue: its requests are audited in the order they finished, each once its own decoding is
 * known. Timings go to the auditor at once, for the blind-retry check. Requests of other
 * calls never wait for each other.
 */
export function startRetryAudit(store: AppStore): RetryAuditFeed {
  const auditor = new RetryAuditor();
  const queues = new Map<string, Slot[]>();
  const slots = new WeakMap<FinishedEntry, Slot>();
  let epoch = store.getState().auditEpoch;
  // Non-errors get negative ids: error ids (CapturedError ids) are the ones `retryOf` names.
  let nextOtherId = -1;
  let nextSeq = 1;
  let batch: AuditViolation[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const out = batch;
    batch = [];
    store.getState().addViolations(out);
  };

  const audit = (slot: Slot) => {
    const { base, error } = slot;
    const record: RequestRecord = {
      ...base,
      id: error?.id ?? nextOtherId--,
      decoded: error?.decoded ?? null,
    };
    for (const v of auditor.add(record)) {
      batch.push({
        seq: nextSeq++,
        errorId: error?.id ?? null,
        method: base.method,
        url: base.url,
        host: base.host,
        status: base.status,
        startedAt: base.startedAt,
        kind: v.kind,
        retryOf: v.retryOf,
      });
    }
    if (batch.length > 0) timer ??= setTimeout(flush, FLUSH_MS);
  };

  const drain = (key: string) => {
    const queue = queues.get(key);
    if (queue === undefined) return;
    while (queue[0]?.settled === true) audit(queue.shift() as Slot);
    if (queue.length === 0) queues.delete(key);
  };

  const settle = (slot: Slot, error: CapturedError | null) => {
    if (slot.epoch !== epoch || slot.settled) return;
    slot.settled = true;
    slot.error = error;
    drain(slot.key);
  };

  // A clear (the button, Ctrl+L, a navigation) forgets every chain: nothing retries a row
  // that is gone. Requests still being decoded are dropped with it.
  const unsubscribe = store.subscribe((state) => {
    if (state.auditEpoch === epoch) return;
    epoch = state.auditEpoch;
    auditor.clear();
    queues.clear();
    batch = [];
  });

  return {
    finished(entry, candidate, page) {
      if (isStaticResource(entry._resourceType)) return; // an icon is no check of an order
      const base = baseOf(entry, page);
      auditor.observe(base);
      const key = requestKey(base);
      const slot: Slot = { base, key, epoch, settled: false, error: null };
      const queue = queues.get(key);
      if (queue === undefined) queues.set(key, [slot]);
      else queue.push(slot);
      if (candidate) slots.set(entry, slot);
      else settle(slot, null);
    },
    decoded(entry, error) {
      const slot = slots.get(entry);
      if (slot === undefined) return;
      slots.delete(entry);
      settle(slot, error);
    },
    stop() {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    },
  };
}
