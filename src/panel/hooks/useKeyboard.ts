import { useEffect, useEffectEvent, type RefObject } from 'react';
import type { CapturedError } from '../../core/capture/capturedError';
import { useStoreApi } from '../storeContext';

interface KeyboardOptions {
  /** The rows as filtered: arrow keys move within what the user sees. */
  readonly rows: readonly CapturedError[];
  readonly filterRef: RefObject<HTMLInputElement | null>;
  readonly reveal: (index: number) => void;
}

/** Arrows and Enter belong to a control that has focus, except the one-line filter input. */
function ownedByControl(target: EventTarget | null, filter: HTMLInputElement | null): boolean {
  if (!(target instanceof HTMLElement) || target === filter) return false;
  return (
    target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'].includes(target.tagName)
  );
}

function nextIndex(key: string, current: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : Math.min(current + 1, count - 1);
    case 'ArrowUp':
      return current < 0 ? count - 1 : Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** The Network panel's shortcuts, on the whole panel document. */
export function useKeyboard({ rows, filterRef, reveal }: KeyboardOptions): void {
  const store = useStoreApi();

  const onKeyDown = useEffectEvent((e: KeyboardEvent) => {
    const s = store.getState();
    const key = e.key.toLowerCase();
    if ((e.ctrlKey || e.metaKey) && !e.altKey && key === 'f') {
      e.preventDefault(); // instead of DevTools' own search
      filterRef.current?.focus();
      filterRef.current?.select();
      return;
    }
    if (e.ctrlKey && !e.metaKey && !e.altKey && key === 'l') {
      e.preventDefault();
      s.clear();
      return;
    }
    if (e.key === 'Escape') {
      const filter = filterRef.current;
      if (s.detailsOpen) s.closeDetails();
      else if (filter !== null && document.activeElement === filter) filter.blur();
      else return;
      // Handled here: DevTools must not also toggle its console drawer.
      e.preventDefault();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || ownedByControl(e.target, filterRef.current)) return;
    // In the filter input, Home and End move the caret.
    if ((e.key === 'Home' || e.key === 'End') && e.target === filterRef.current) return;

    const current = s.selectedId === null ? -1 : rows.findIndex((r) => r.id === s.selectedId);
    if (e.key === 'Enter') {
      const row = rows[current];
      if (row !== undefined) {
        e.preventDefault();
        s.openDetails(row.id);
      }
      return;
    }
    const next = rows.length === 0 ? null : nextIndex(e.key, current, rows.length);
    const row = next === null ? undefined : rows[next];
    if (next === null || row === undefined) return;
    e.preventDefault(); // the list scrolls by the selection, not by the key's default
    s.select(row.id);
    reveal(next);
  });

  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKeyDown(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
