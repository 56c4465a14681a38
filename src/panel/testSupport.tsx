/** Builders for the panel's tests; imported by *.test.tsx only. */
import { act, cleanup, render, type RenderResult } from '@testing-library/react';
import { exchange } from '../../test/helpers/exchange';
import { toCapturedError, type CapturedError } from '../core/capture/capturedError';
import { decode } from '../core/decode';
import type { Exchange, Lang } from '../core/types';
import { createAppStore, type AppStore } from '../store/appStore';
import { App } from './App';

export type ExchangeOverrides = Partial<Exchange> & { json?: unknown };

/** A captured error built the way capture builds one: decode, then trim. */
export function captured(
  id: number,
  overrides: ExchangeOverrides = {},
  options: { respondedAt?: number; bodyLimit?: number } = {},
): CapturedError {
  const ex = exchange(overrides);
  const decoded = decode(ex);
  if (decoded === null) throw new Error(`exchange ${id} is not an error`);
  return toCapturedError(id, ex, ex.body ?? '', decoded, {
    bodyLimit: options.bodyLimit ?? 256 * 1024,
    respondedAt: options.respondedAt ?? ex.startedAt,
  });
}

export const okFalse = (code: string, message = 'Something failed') => ({
  ok: false,
  error: { code, message, details: null },
});

export function renderPanel(
  store: AppStore = createAppStore(),
): RenderResult & { store: AppStore } {
  return { store, ...render(<App store={store} />) };
}

/** Store writes come from outside React (capture); act() flushes the re-render they cause. */
export function addErrors(store: AppStore, batch: readonly CapturedError[]): void {
  act(() => store.getState().addErrors(batch));
}

export function rows(container: HTMLElement = document.body): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>('.row'));
}

/** Renders a fresh panel (dropping any earlier one) with `error` open in the details pane. */
export function openDetails(error: CapturedError, lang: Lang = 'en'): HTMLElement {
  cleanup();
  const { store } = renderPanel();
  act(() => store.getState().updateSettings({ lang }));
  addErrors(store, [error]);
  act(() => store.getState().openDetails(error.id));
  const pane = document.getElementById('details');
  if (pane === null) throw new Error('details did not open');
  return pane;
}
