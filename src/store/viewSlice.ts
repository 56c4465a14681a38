import type { StateCreator } from 'zustand/vanilla';
import type { Lang } from '../core/types';
import type { AppState } from './appStore';

export type Theme = 'light' | 'dark';
export type ActiveView = 'errors' | 'audit' | 'summary';
/** A brushed span of the timeline, in ms since the epoch (start times of requests). */
export interface TimeRange {
  readonly from: number;
  readonly to: number;
}

/** What the user is looking at; it lives outside React so it survives panel switches. */
export interface ViewSlice {
  readonly filterText: string;
  readonly selectedId: number | null;
  readonly detailsOpen: boolean;
  readonly theme: Theme;
  /** The browser's UI language, used when `settings.lang` is `auto`. */
  readonly browserLang: Lang;
  /** Any network event at all reached us (Firefox sends none until its Network panel opened). */
  readonly networkSeen: boolean;
  readonly activeView: ActiveView;
  /** The list shows only errors that started in this range; `null` shows all. */
  readonly timeRange: TimeRange | null;
  setFilterText(text: string): void;
  select(id: number | null): void;
  openDetails(id: number): void;
  closeDetails(): void;
  setTheme(theme: Theme): void;
  setBrowserLang(lang: Lang): void;
  markNetworkSeen(): void;
  setActiveView(view: ActiveView): void;
  setTimeRange(range: TimeRange | null): void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  filterText: '',
  selectedId: null,
  detailsOpen: false,
  theme: 'light',
  browserLang: 'en',
  networkSeen: false,
  activeView: 'errors',
  timeRange: null,
  setFilterText: (filterText) => set({ filterText }),
  select: (selectedId) => set({ selectedId }),
  openDetails: (id) => set({ selectedId: id, detailsOpen: true }),
  closeDetails: () => set({ detailsOpen: false }),
  setTheme: (theme) => set({ theme }),
  setBrowserLang: (browserLang) => set({ browserLang }),
  setActiveView: (activeView) => set({ activeView }),
  setTimeRange: (timeRange) => set({ timeRange }),
  markNetworkSeen: () => {
    if (!get().networkSeen) set({ networkSeen: true });
  },
});
