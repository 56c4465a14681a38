import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Lang } from '../core/types';
import { createAuditSlice, type AuditSlice } from './auditSlice';
import { createCaptureSlice, type CaptureSlice } from './captureSlice';
import { createCoverageSlice, type CoverageSlice } from './coverageSlice';
import { createHarImportSlice, type HarImportSlice } from './harImportSlice';
import { createSettingsSlice, type SettingsSlice } from './settingsSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

/** The one store: capture writes to it without React, components read it through selectors. */
export type AppState = CaptureSlice &
  ViewSlice &
  SettingsSlice &
  HarImportSlice &
  AuditSlice &
  CoverageSlice;
export type AppStore = StoreApi<AppState>;
export type { Theme } from './viewSlice';

export function createAppStore(): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createCaptureSlice(...a),
    ...createViewSlice(...a),
    ...createSettingsSlice(...a),
    ...createHarImportSlice(...a),
    ...createAuditSlice(...a),
    ...createCoverageSlice(...a),
  }));
}

/** The language the UI speaks now. */
export function uiLang(state: Pick<AppState, 'settings' | 'browserLang'>): Lang {
  return state.settings.lang === 'auto' ? state.browserLang : state.settings.lang;
}
