import type { Lang } from '../core/types';
import type { DevtoolsSeam, Unsubscribe } from '../platform/seam';
import type { AppStore, Theme } from '../store/appStore';

export function themeOf(name: string): Theme {
  return name === 'dark' ? 'dark' : 'light';
}

export function langOf(uiLanguage: string): Lang {
  return uiLanguage.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** Mirrors the DevTools theme (live) and the browser's UI language into the store. */
export function followEnvironment(seam: DevtoolsSeam, store: AppStore): Unsubscribe {
  const { setTheme, setBrowserLang } = store.getState();
  setTheme(themeOf(seam.themeName()));
  setBrowserLang(langOf(seam.uiLanguage()));
  return seam.onThemeChanged((name) => setTheme(themeOf(name)));
}
