import type { StateCreator } from 'zustand/vanilla';
import type { HarImportFailure, SkippedEntry } from '../core/har/importHar';
import type { AppState } from './appStore';

/** The one HAR import at a time: the toolbar shows it, the drop zone and the picker start it. */
export type HarImportStatus =
  | { readonly state: 'idle' }
  | {
      readonly state: 'running';
      readonly fileName: string;
      readonly percent: number;
      /** Stops the import; rows already added stay. */
      readonly cancel: () => void;
    }
  | {
      readonly state: 'done';
      readonly fileName: string;
      readonly entries: number;
      readonly errors: number;
      /** Entries left out (invalid status, not transferable), and the first few of them. */
      readonly skipped: number;
      readonly firstSkipped: readonly SkippedEntry[];
    }
  | { readonly state: 'failed'; readonly fileName: string; readonly reason: HarImportFailure };

export interface HarImportSlice {
  readonly harImport: HarImportStatus;
  setHarImport(status: HarImportStatus): void;
}

export const createHarImportSlice: StateCreator<AppState, [], [], HarImportSlice> = (set) => ({
  harImport: { state: 'idle' },
  setHarImport: (harImport) => set({ harImport }),
});
