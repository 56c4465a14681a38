import { useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

export interface FitState {
  /** The less-used controls sit behind the overflow button. */
  readonly compact: boolean;
  /** The width the full toolbar needed when it last overflowed, in px. */
  readonly wideWidth: number;
}

/**
 * Whether the toolbar folds its less-used controls into an overflow menu, as DevTools' toolbars
 * do: fold when the one-row toolbar overflows, unfold once it is as wide as it needed then.
 */
export function nextFit(state: FitState, scrollWidth: number, clientWidth: number): FitState {
  if (!state.compact) {
    return scrollWidth > clientWidth + 1 ? { compact: true, wideWidth: scrollWidth } : state;
  }
  return clientWidth >= state.wideWidth ? { compact: false, wideWidth: 0 } : state;
}

/**
 * Watches the toolbar and the parts whose width can change (`[data-fit-watch]` children), and
 * says whether it must fold. Decided in the resize callback and flushed before paint, so the
 * two-row toolbar never shows for a frame.
 */
export function useToolbarFit(): [(el: HTMLElement | null) => (() => void) | undefined, boolean] {
  const [compact, setCompact] = useState(false);
  const state = useRef<FitState>({ compact: false, wideWidth: 0 });
  const ref = useCallback((el: HTMLElement | null) => {
    if (el === null || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      const next = nextFit(state.current, el.scrollWidth, el.clientWidth);
      if (next === state.current) return;
      state.current = next;
      flushSync(() => setCompact(next.compact));
    });
    observer.observe(el);
    for (const part of el.querySelectorAll('[data-fit-watch]')) observer.observe(part);
    return () => observer.disconnect();
  }, []);
  return [ref, compact];
}
