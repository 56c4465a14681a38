// @vitest-environment happy-dom
import { act, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { toCapturedError, URL_LIMIT } from '../core/capture/capturedError';
import { createAppStore } from '../store/appStore';
import { MAX_HOST_CHIPS } from './HostStrip';
import { addErrors, captured, okFalse, renderPanel } from './testSupport';

afterEach(cleanup);

describe('the panel under bounded memory', () => {
  it('shows at most a capped number of host chips, busiest first, and says how many more', () => {
    const { store } = renderPanel();
    const base = captured(1, { status: 500 });
    addErrors(store, [
      ...Array.from({ length: 1000 }, (_, i) => ({ ...base, id: i + 1, host: `h${i}.test` })),
      { ...base, id: 2000, host: 'busy.test' },
      { ...base, id: 2001, host: 'busy.test' },
    ]);
    const chips = document.querySelectorAll('.host-chip');
    expect(chips).toHaveLength(MAX_HOST_CHIPS);
    expect(chips[0]?.getAttribute('data-host')).toBe('busy.test');
    expect(document.getElementById('host-more')?.textContent).toBe(
      `+${1001 - MAX_HOST_CHIPS} more`,
    );
  });

  it('counts dropped bodies apart from dropped errors, and says a body was dropped', () => {
    const store = createAppStore();
    store.getState().updateSettings({ maxEntries: 3, bodyBudget: 60 });
    renderPanel(store);
    const errors = [1, 2, 3, 4].map((id) =>
      captured(id, { status: 400, json: okFalse(`code_${id}`, 'x'.repeat(10)) }),
    );
    addErrors(store, errors);
    const bar = document.getElementById('status-bar')?.textContent ?? '';
    expect(bar).toContain('1 dropped (buffer limit 3)');
    expect(bar).toMatch(/\d+ bod(y|ies) dropped \(body budget 0 MB\)/);
    act(() => store.getState().openDetails(2));
    const pane = document.getElementById('details');
    expect(pane?.querySelector('#body-dropped')?.textContent).toContain('body budget');
    // The decoded error is still all there.
    expect(pane?.querySelector('.badge-code')?.textContent).toBe('Code: code_2');
  });

  it('says where the URL and the request body were cut', () => {
    const { store } = renderPanel();
    const base = captured(1, { status: 500 });
    const url = `https://api.example.com/q?x=${'a'.repeat(URL_LIMIT)}`;
    const error = toCapturedError(7, { ...exchangeOf(base), url }, '', base.decoded, {
      bodyLimit: 100,
      requestBody: 'b'.repeat(300),
    });
    addErrors(store, [error]);
    act(() => store.getState().openDetails(7));
    expect(document.getElementById('url-truncated')?.textContent).toMatch(/^URL truncated at 16/);
    expect(document.getElementById('request-body-truncated')?.textContent).toBe(
      'Request body truncated at 0.1 KB of 0.3 KB',
    );
    expect(document.getElementById('details-request-body')?.textContent).toBe('b'.repeat(100));
  });
});

function exchangeOf(e: ReturnType<typeof captured>) {
  return {
    url: e.url,
    method: e.method,
    status: e.status,
    requestHeaders: e.requestHeaders,
    responseHeaders: e.responseHeaders,
    body: e.body,
    startedAt: e.startedAt,
  };
}
