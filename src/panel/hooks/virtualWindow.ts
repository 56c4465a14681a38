/** The arithmetic of the virtual list, apart from React so that it can be tested alone. */

export const ROW_HEIGHT = 21;
/** Rows rendered above and below the viewport, so a fast scroll shows no blank frame. */
export const OVERSCAN = 8;
/** Rows to render while the viewport has no size yet (a hidden panel, or happy-dom). */
export const FALLBACK_ROWS = 40;

export interface ScrollState {
  readonly scrollTop: number;
  /** The viewport's height in px; 0 until measured. */
  readonly viewport: number;
  /** Stuck to the bottom: new rows scroll into view, as in the Network panel. */
  readonly following: boolean;
}

export interface VisibleRange {
  /**
   * How many rows a window of this viewport holds (one count while following, one otherwise):
   * `end - start` whenever the list has that many rows, so `index % slots` names a row's place
   * in the window (see ErrorList's keys).
   */
  readonly slots: number;
  readonly start: number;
  /** One past the last rendered row. */
  readonly end: number;
  readonly totalHeight: number;
  /** The scroll position the range was computed for. */
  readonly top: number;
  readonly viewport: number;
}

export function viewportOf(state: Pick<ScrollState, 'viewport'>): number {
  return state.viewport > 0 ? state.viewport : FALLBACK_ROWS * ROW_HEIGHT;
}

export function visibleRange(state: ScrollState, rowCount: number): VisibleRange {
  const totalHeight = rowCount * ROW_HEIGHT;
  const viewport = viewportOf(state);
  const maxTop = Math.max(0, totalHeight - viewport);
  // Following needs a measured viewport; unmeasured, show the first rows rather than guess.
  if (state.following && state.viewport > 0) {
    // At the bottom: the rows in view and overscan above them. As rows arrive, the one leaving
    // at the top and the one entering at the bottom share `index % slots`.
    const slots = Math.ceil(viewport / ROW_HEIGHT) + OVERSCAN;
    return {
      slots,
      start: Math.max(0, rowCount - slots),
      end: rowCount,
      totalHeight,
      top: maxTop,
      viewport,
    };
  }
  const top = Math.min(state.scrollTop, maxTop);
  const first = Math.floor(top / ROW_HEIGHT);
  const last = Math.ceil((top + viewport) / ROW_HEIGHT);
  // The most rows `first..last` can span, plus overscan on both sides. The window always holds
  // that many (more overscan where the list ends): as it slides, a row leaving at one end and
  // the one entering at the other share `index % slots`, so the row element is reused.
  const slots = Math.ceil(viewport / ROW_HEIGHT) + 1 + 2 * OVERSCAN;
  const end = Math.min(rowCount, Math.max(last + OVERSCAN, slots));
  const start = Math.max(0, Math.min(first - OVERSCAN, end - slots));
  return {
    slots,
    start,
    end: Math.min(rowCount, start + slots),
    totalHeight,
    top,
    viewport,
  };
}

/** The scroll position that shows row `index` whole, moving as little as possible. */
export function revealTop(range: VisibleRange, index: number): number {
  const rowTop = index * ROW_HEIGHT;
  if (rowTop < range.top) return rowTop;
  if (rowTop + ROW_HEIGHT > range.top + range.viewport) {
    return rowTop + ROW_HEIGHT - range.viewport;
  }
  return range.top;
}

/** Within half a row of the bottom counts as the bottom. */
export function isAtBottom(scrollTop: number, viewport: number, totalHeight: number): boolean {
  return scrollTop + viewport >= totalHeight - ROW_HEIGHT / 2;
}
