import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from '../store/appStore';

/** The devtools page's store, handed to the panel on attach; components never import a global. */
export const StoreContext = createContext<AppStore | null>(null);

export function useStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('A panel component rendered outside <App store>.');
  return store;
}

/** A narrow read of the store: the component re-renders only when the selected value changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useStoreApi(), selector);
}
