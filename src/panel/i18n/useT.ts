import { useMemo } from 'react';
import type { Lang } from '../../core/types';
import { uiLang } from '../../store/appStore';
import { useAppStore } from '../storeContext';
import { translator, type Translate } from './translate';

/** The language the UI speaks now: the user's choice, or the browser's when set to Auto. */
export function useLang(): Lang {
  return useAppStore(uiLang);
}

export function useT(): Translate {
  const lang = useLang();
  return useMemo(() => translator(lang), [lang]);
}
