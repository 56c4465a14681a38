import { useEffect, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';

/** Bars `first..last` as picked by the mouse, in the order dragged. */
export interface Selection {
  readonly first: number;
  readonly last: number;
}

// Below this many pixels of travel a press is a click, which clears the range.
const CLICK_SLOP_PX = 3;

function barAt(clientX: number, rect: DOMRect, count: number): number {
  if (rect.width <= 0) return 0;
  const i = Math.floor(((clientX - rect.left) / rect.width) * count);
  return Math.min(count - 1, Math.max(0, i));
}

/**
 * Mouse down, drag, up over a strip of `count` bars. While dragging, `draft` is the live pick;
 * on release `onEnd` gets the pick, or `null` for a click without a drag. Moves and the release
 * are followed on the window, so a drag that leaves the strip still ends.
 */
export function useBrush(
  count: number,
  onEnd: (selection: Selection | null) => void,
): {
  readonly draft: Selection | null;
  readonly onMouseDown: (e: ReactMouseEvent<HTMLElement>) => void;
} {
  const [draft, setDraft] = useState<Selection | null>(null);
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);

  const onMouseDown = (e: ReactMouseEvent<HTMLElement>) => {
    if (e.button !== 0) return;
    e.preventDefault(); // no text selection while dragging
    e.currentTarget.focus();
    stop.current?.();
    const rect = e.currentTarget.getBoundingClientRect();
    const startX = e.clientX;
    const first = barAt(startX, rect, count);
    let last = first;
    let moved = false;
    setDraft({ first, last });

    const move = (ev: MouseEvent) => {
      moved ||= Math.abs(ev.clientX - startX) >= CLICK_SLOP_PX;
      last = barAt(ev.clientX, rect, count);
      setDraft({ first, last });
    };
    const up = (ev: MouseEvent) => {
      move(ev);
      stop.current?.();
      onEnd(moved ? { first, last } : null);
    };
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up);
    stop.current = () => {
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', up);
      stop.current = null;
      setDraft(null);
    };
  };

  return { draft, onMouseDown };
}
