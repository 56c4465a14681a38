import type { AppStore } from '../store/appStore';

/**
 * What the devtools page hands the panel. The store lives in the devtools page, which loads
 * when DevTools opens, so requests made before the panel was first shown are already in it.
 */
export interface PanelHost {
  readonly store: AppStore;
  /** Opens a script in DevTools' Sources panel (through the devtools page's seam). */
  readonly openResource?: (url: string, line: number, column: number) => void;
}

/** The panel announces itself here, so a reloaded panel is attached again. */
export const PANEL_CHANNEL = 'api-error-decoder/panel';

export interface PanelReadyMessage {
  readonly type: 'panel-ready';
  readonly tabId: number;
}

export function isPanelReady(data: unknown, tabId: number): boolean {
  const m = data as Partial<PanelReadyMessage> | null;
  return m?.type === 'panel-ready' && m.tabId === tabId;
}

declare global {
  interface Window {
    /** Defined by the panel page; the devtools page calls it with the shared store. */
    __apiErrorDecoderAttach?: (host: PanelHost) => void;
  }
}
