import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appStore';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export interface SettingsSlice {
  readonly settings: Settings;
  /** Stored settings were read; until then the panel shows defaults. */
  readonly settingsLoaded: boolean;
  updateSettings(patch: Partial<Settings>): void;
  settingsLoadedFromStorage(stored: Partial<Settings>): void;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  settings: DEFAULT_SETTINGS,
  settingsLoaded: false,
  updateSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...patch } })),
  settingsLoadedFromStorage: (stored) =>
    set((s) => ({ settings: { ...s.settings, ...stored }, settingsLoaded: true })),
});
