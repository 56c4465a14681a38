import type { StateCreator } from 'zustand/vanilla';
import type { CapturedError } from '../core/capture/capturedError';
import type { AppState } from './appStore';
import { BodyBudget } from './bodyBudget';
import { HostTally } from './hostTally';

export interface CaptureSlice {
  /** Oldest first, at most `settings.maxEntries`. */
  readonly errors: readonly CapturedError[];
  /** Errors dropped because the buffer was full, since the last clear. */
  readonly dropped: number;
  /** Bodies dropped by the byte budget (`settings.bodyBudget`) since the last clear. */
  readonly droppedBodies: number;
  /** Kept errors whose body was cut at the body limit. */
  readonly truncatedBodies: number;
  /**
   * Kept errors per host. The same tally object throughout (updated in place, never copied):
   * `hostsVersion` changes whenever its counts do.
   */
  readonly hostCounts: HostTally;
  readonly hostsVersion: number;
  addErrors(batch: readonly CapturedError[]): void;
  /** Puts a row in the place of the one with its id (a gap row whose body turned up). */
  replaceError(error: CapturedError): void;
  clear(): void;
  /** The inspected page navigated: clear unless the log is preserved. */
  navigated(): void;
}

export const createCaptureSlice: StateCreator<AppState, [], [], CaptureSlice> = (set, get) => {
  const hosts = new HostTally();
  const budget = new BodyBudget();
  const truncated = (list: readonly CapturedError[]) =>
    list.reduce((n, e) => (e.bodyTruncated ? n + 1 : n), 0);

  return {
    errors: [],
    dropped: 0,
    droppedBodies: 0,
    truncatedBodies: 0,
    hostCounts: hosts,
    hostsVersion: 0,
    addErrors(batch) {
      if (batch.length === 0) return;
      set((s) => {
        const all = s.errors.concat(batch);
        const overflow = Math.max(0, all.length - s.settings.maxEntries);
        const evicted = overflow > 0 ? all.slice(0, overflow) : [];
        const errors = overflow > 0 ? all.slice(overflow) : all;
        for (const e of batch) hosts.add(e.host);
        for (const e of evicted) hosts.remove(e.host);
        budget.evicted(evicted);
        const droppedBodies = budget.add(batch, s.settings.bodyBudget);
        // Only the evicted few are looked at, not the whole buffer.
        const selectedGone = s.selectedId !== null && evicted.some((e) => e.id === s.selectedId);
        return {
          errors,
          dropped: s.dropped + overflow,
          droppedBodies: s.droppedBodies + droppedBodies,
          truncatedBodies: s.truncatedBodies + truncated(batch) - truncated(evicted),
          hostsVersion: s.hostsVersion + 1,
          ...(selectedGone ? { selectedId: null, detailsOpen: false } : {}),
        };
      });
    },
    replaceError(error) {
      set((s) => {
        const at = s.errors.findIndex((e) => e.id === error.id);
        if (at < 0) return {};
        const errors = [...s.errors];
        const old = errors[at] as CapturedError;
        errors[at] = error;
        // The row it replaces was listed without its body: only the new body joins the budget
        // (the old row's request body, if any, stays counted until a clear, erring on the safe side).
        const droppedBodies = budget.add([error], s.settings.bodyBudget);
        return {
          errors,
          droppedBodies: s.droppedBodies + droppedBodies,
          truncatedBodies: s.truncatedBodies + truncated([error]) - truncated([old]),
        };
      });
    },
    clear() {
      hosts.clear();
      budget.clear();
      set((s) => ({
        errors: [],
        dropped: 0,
        droppedBodies: 0,
        truncatedBodies: 0,
        hostsVersion: s.hostsVersion + 1,
        selectedId: null,
        detailsOpen: false,
        timeRange: null, // a range over errors no longer there would hide every new one
      }));
      get().clearAudit();
    },
    navigated() {
      if (!get().settings.preserveLog) get().clear();
    },
  };
};
