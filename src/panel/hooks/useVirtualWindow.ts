import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import {
  ROW_HEIGHT,
  isAtBottom,
  revealTop,
  visibleRange,
  viewportOf,
  type ScrollState,
  type VisibleRange,
} from './virtualWindow';

export interface VirtualWindow {
  readonly range: VisibleRange;
  /** Goes on the scrolling element. */
  readonly scrollRef: RefObject<HTMLDivElement | null>;
  readonly onScroll: () => void;
  /** Scrolls just enough to show row `index`, as arrow keys in the Network panel do. */
  readonly reveal: (index: number) => void;
}

export interface VirtualWindowOptions {
  /** Stick to the bottom as rows arrive, like the Network log; a tree view does not. */
  readonly follow?: boolean;
}

/** Which rows of a fixed-height list are on screen; only those are rendered. */
export function useVirtualWindow(
  rowCount: number,
  { follow = true }: VirtualWindowOptions = {},
): VirtualWindow {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<ScrollState>({
    scrollTop: 0,
    viewport: 0,
    following: follow,
  });
  const range = visibleRange(state, rowCount);

  // ResizeObserver reports once on observe, then on every resize. A hidden panel reports 0:
  // the last real height is kept so that showing it again does not jump.
  useEffect(() => {
    const el = scrollRef.current;
    if (el === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const viewport = el.clientHeight;
      if (viewport > 0) setState((s) => (s.viewport === viewport ? s : { ...s, viewport }));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // While following, new rows move the bottom: move the real scroll position with it before the
  // next paint. Not in the commit: reading or writing scrollTop there forces a style and layout
  // of the panel per commit (the longest tasks of a storm); in the frame callback, the layout is
  // the one the frame does anyway, once however many commits came before it.
  const { following, viewport } = state;
  const followTop = following && viewport > 0 ? range.top : null;
  // The position this hook last scrolled to: its own scroll event must not read as the user's.
  const followed = useRef<number | null>(null);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (el === null || followTop === null) return;
    const frame = requestAnimationFrame(() => {
      if (el.scrollTop !== followTop) el.scrollTop = followTop;
      followed.current = el.scrollTop;
    });
    return () => cancelAnimationFrame(frame);
  }, [followTop]);

  const { totalHeight } = range;
  const onScroll = useCallback(() => {
    const el = scrollRef.current;
    if (el === null) return;
    const scrollTop = el.scrollTop;
    // The follow scroll's event may come after more rows made the list taller (its frame
    // scrolls to the new bottom): it is still at the bottom. Compared now: the updater below
    // may run later, after the next follow scroll moved `followed`.
    const ours = scrollTop === followed.current;
    setState((s) => {
      // The height is known from the row count: reading scrollHeight would force a layout.
      const atBottom =
        follow && ((s.following && ours) || isAtBottom(scrollTop, viewportOf(s), totalHeight));
      return s.scrollTop === scrollTop && s.following === atBottom
        ? s
        : { ...s, scrollTop, following: atBottom };
    });
  }, [totalHeight, follow]);

  const reveal = (index: number) => {
    const top = revealTop(range, index);
    if (scrollRef.current !== null) scrollRef.current.scrollTop = top;
    setState((s) => ({
      ...s,
      scrollTop: top,
      following: follow && s.viewport > 0 && isAtBottom(top, s.viewport, rowCount * ROW_HEIGHT),
    }));
  };

  return { range, scrollRef, onScroll, reveal };
}
