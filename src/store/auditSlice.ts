import type { StateCreator } from 'zustand/vanilla';
import type { ViolationKind } from '../core/audit/requestRecord';
import type { AppState } from './appStore';

/** One broken retry rule, as the Retry audit view lists it. */
export interface AuditViolation {
  /** Unique in the session: a React key. */
  readonly seq: number;
  /** The offending request's error row; `null` when it was no error (a successful retry). */
  readonly errorId: number | null;
  readonly method: string;
  readonly url: string;
  readonly host: string;
  readonly status: number;
  readonly startedAt: number;
  readonly kind: ViolationKind;
  /** The id of the error row it retried. */
  readonly retryOf: number;
}

// A retry storm can break rules thousands of times; the oldest go first, as errors do.
export const MAX_VIOLATIONS = 5000;

export interface AuditSlice {
  /** Oldest first, at most MAX_VIOLATIONS. */
  readonly auditViolations: readonly AuditViolation[];
  /** Error row id → the rules that request broke, for the row badges. */
  readonly violationKinds: Readonly<Record<number, readonly ViolationKind[]>>;
  /** Bumped by every clear: live capture forgets its retry chains when it changes. */
  readonly auditEpoch: number;
  addViolations(batch: readonly AuditViolation[]): void;
  clearAudit(): void;
}

function kindsById(
  violations: readonly AuditViolation[],
  into: Record<number, ViolationKind[]> = {},
): Record<number, ViolationKind[]> {
  for (const v of violations) {
    if (v.errorId === null) continue;
    const kinds = (into[v.errorId] ??= []);
    if (!kinds.includes(v.kind)) kinds.push(v.kind);
  }
  return into;
}

export const createAuditSlice: StateCreator<AppState, [], [], AuditSlice> = (set) => ({
  auditViolations: [],
  violationKinds: {},
  auditEpoch: 0,
  addViolations(batch) {
    if (batch.length === 0) return;
    set((s) => {
      const all = s.auditViolations.concat(batch);
      if (all.length > MAX_VIOLATIONS) {
        // Rebuilt from what is kept, so the badge map stays bounded too.
        const kept = all.slice(all.length - MAX_VIOLATIONS);
        return { auditViolations: kept, violationKinds: kindsById(kept) };
      }
      // Only the touched rows get new arrays: other badges keep their props and do not re-render.
      const touched: Record<number, ViolationKind[]> = {};
      for (const v of batch) {
        if (v.errorId !== null) touched[v.errorId] ??= [...(s.violationKinds[v.errorId] ?? [])];
      }
      return {
        auditViolations: all,
        violationKinds: { ...s.violationKinds, ...kindsById(batch, touched) },
      };
    });
  },
  clearAudit() {
    set((s) => ({ auditViolations: [], violationKinds: {}, auditEpoch: s.auditEpoch + 1 }));
  },
});
