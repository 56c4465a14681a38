import type { StateCreator } from 'zustand/vanilla';
import type { CapturedError } from '../core/capture/capturedError';
import type { AppState } from './appStore';

export interface CaptureSlice {
  /** Oldest first, at most `settings.maxEntries`. */
  readonly errors: readonly CapturedError[];
  /** Errors dropped because the buffer was full, since the last clear. */
  readonly dropped: number;
  /** Errors seen per host since the last clear, dropped ones included. */
  readonly hostCounts: Readonly<Record<string, number>>;
  addErrors(batch: readonly CapturedError[]): void;
  /** Puts a row in the place of the one with its id (a gap row whose body turned up). */
  replaceError(error: CapturedError): void;
  clear(): void;
  /** The inspected page navigated: clear unless the log is preserved. */
  navigated(): void;
}

export const createCaptureSlice: StateCreator<AppState, [], [], CaptureSlice> = (set, get) => ({
  errors: [],
  dropped: 0,
  hostCounts: {},
  addErrors(batch) {
    if (batch.length === 0) return;
    set((s) => {
      const all = s.errors.concat(batch);
      const overflow = Math.max(0, all.length - s.settings.maxEntries);
      const hostCounts: Record<string, number> = { ...s.hostCounts };
      for (const e of batch) hostCounts[e.host] = (hostCounts[e.host] ?? 0) + 1;
      const errors = overflow > 0 ? all.slice(overflow) : all;
      const selectedGone =
        s.selectedId !== null && overflow > 0 && !errors.some((e) => e.id === s.selectedId);
      return {
        errors,
        dropped: s.dropped + overflow,
        hostCounts,
        ...(selectedGone ? { selectedId: null, detailsOpen: false } : {}),
      };
    });
  },
  replaceError(error) {
    set((s) => {
      const at = s.errors.findIndex((e) => e.id === error.id);
      if (at < 0) return {};
      const errors = [...s.errors];
      errors[at] = error;
      return { errors };
    });
  },
  clear() {
    set({
      errors: [],
      dropped: 0,
      hostCounts: {},
      selectedId: null,
      detailsOpen: false,
      timeRange: null, // a range over errors no longer there would hide every new one
    });
    get().clearAudit();
  },
  navigated() {
    if (!get().settings.preserveLog) get().clear();
  },
});
