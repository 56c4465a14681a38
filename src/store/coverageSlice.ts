import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appStore';

/** What the panel can and cannot see of the traffic, so it can say so. */
export interface CoverageSlice {
  /** The opt-in webRequest listener is on: its optional permission was granted. */
  readonly webRequestOn: boolean;
  /**
   * Firefox drops responses that finish just before a navigation: set when the page navigated
   * while the log was kept, so the panel can say some may be missing.
   */
  readonly navigationMayDrop: boolean;
  /** The panel shows why and how to turn the listener on. */
  readonly listenerOfferOpen: boolean;
  /**
   * How many requests DevTools' log held when it grew too long to poll for responses the page
   * never read (0: it did not): the panel says so until the next navigation, or until dismissed.
   */
  readonly harPollPaused: number;
  setWebRequestOn(on: boolean): void;
  setNavigationMayDrop(may: boolean): void;
  setHarPollPaused(logLength: number): void;
  setListenerOfferOpen(open: boolean): void;
}

export const createCoverageSlice: StateCreator<AppState, [], [], CoverageSlice> = (set) => ({
  webRequestOn: false,
  navigationMayDrop: false,
  listenerOfferOpen: false,
  harPollPaused: 0,
  setWebRequestOn: (webRequestOn) =>
    set(webRequestOn ? { webRequestOn, listenerOfferOpen: false } : { webRequestOn }),
  setListenerOfferOpen: (listenerOfferOpen) => set({ listenerOfferOpen }),
  setNavigationMayDrop: (navigationMayDrop) => set({ navigationMayDrop }),
  setHarPollPaused: (harPollPaused) => set({ harPollPaused }),
});
