import type { DevtoolsSeam, Unsubscribe } from '../platform/seam';
import type { AppStore } from '../store/appStore';
import { SETTINGS_KEY, sanitizeSettings } from '../store/settings';

/** Loads settings from storage.local, then writes every change back. */
export async function persistSettings(seam: DevtoolsSeam, store: AppStore): Promise<Unsubscribe> {
  let stored: unknown;
  try {
    stored = await seam.storageGet(SETTINGS_KEY);
  } catch {
    stored = undefined; // storage failing must not keep the panel from working
  }
  store.getState().settingsLoadedFromStorage(sanitizeSettings(stored));
  return store.subscribe((state, prev) => {
    if (state.settings !== prev.settings)
      void seam.storageSet(SETTINGS_KEY, state.settings).catch(() => {});
  });
}
