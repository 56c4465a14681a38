// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exchange } from '../../../test/helpers/exchange';
import { toCapturedError, type CapturedError } from '../../core/capture/capturedError';
import { decodeWithoutBody, type GapReason } from '../../core/capture/gapReason';
import { decode } from '../../core/decode';
import type { Exchange } from '../../core/types';
import type { PermissionSeam } from '../../platform/seam';
import { createAppStore, type AppStore } from '../../store/appStore';
import { App } from '../App';
import { addErrors, rows } from '../testSupport';

afterEach(() => cleanup());

function row(
  id: number,
  over: Partial<Exchange> & { json?: unknown },
  extra: { gap?: GapReason; byExtension?: boolean } = {},
): CapturedError {
  const ex = exchange({ body: null, ...over });
  const decoded = extra.gap === undefined ? decode(ex) : decodeWithoutBody(ex);
  if (decoded === null) throw new Error('no error');
  return toCapturedError(id, ex, '', decoded, { bodyLimit: 1000, ...extra });
}

function panel(permissions: PermissionSeam | null = null): AppStore {
  const store = createAppStore();
  render(<App store={store} permissions={permissions} />);
  return store;
}

function open(store: AppStore, id: number): HTMLElement {
  act(() => store.getState().openDetails(id));
  const pane = document.getElementById('details');
  if (pane === null) throw new Error('details did not open');
  return pane;
}

describe('gap rows', () => {
  it('carry data-gap and a "no body" mark, and the details say what happened and what to do', () => {
    const store = panel();
    addErrors(store, [row(1, { status: 500 }, { gap: 'not-read' })]);
    const [r] = rows();
    expect(r?.dataset['gap']).toBe('not-read');
    expect(r?.querySelector('.gap-badge')?.getAttribute('title')).toBe(
      'Listed without its body: The page never read the body',
    );
    const pane = open(store, 1);
    expect(pane.querySelector('#gap-title')?.textContent).toBe('The page never read the body');
    expect(pane.querySelector('#gap-todo')?.textContent).toContain('await response.text()');
    expect(pane.querySelector('#details-body')?.textContent).toBe('(body unavailable: see above)');
  });

  it('explain every reason in both languages', () => {
    const store = panel();
    const reasons: GapReason[] = [
      'not-read',
      'service-worker',
      'evicted',
      'devtools-late',
      'firefox-network-panel',
      'truncated',
      'navigation-dropped',
      'unavailable',
    ];
    addErrors(
      store,
      reasons.map((gap, i) => row(i + 1, { status: 502 }, { gap })),
    );
    for (const lang of ['en', 'ru'] as const) {
      act(() => store.getState().updateSettings({ lang }));
      const seen = new Set<string>();
      reasons.forEach((_, i) => {
        const pane = open(store, i + 1);
        const text = `${pane.querySelector('#gap-what')?.textContent}`;
        expect(text.length).toBeGreaterThan(30);
        if (lang === 'ru') expect(text).toMatch(/[а-яё]/i);
        seen.add(text);
      });
      expect(seen.size).toBe(reasons.length);
    }
  });
});

describe('network rows', () => {
  it('show (failed) for no status, and say the body is missing below HTTP', () => {
    const store = panel();
    const refused = row(1, {
      status: 0,
      error: 'net::ERR_CONNECTION_REFUSED',
      responseHeaders: [],
    });
    addErrors(store, [refused]);
    const [r] = rows();
    expect(r?.dataset['format']).toBe('network');
    expect(r?.dataset['code']).toBe('net::ERR_CONNECTION_REFUSED');
    expect(r?.querySelector('.cell-status')?.textContent).toBe('(failed)');
    const pane = open(store, 1);
    expect(pane.querySelector('.badge-format')?.textContent).toBe('Network (no HTTP answer)');
    expect(pane.querySelector('#details-body')?.textContent).toContain('failed below HTTP');
    expect(pane.querySelector('#gap-title')).toBeNull();
  });
});

describe("other extensions' requests", () => {
  it('are marked on their row', () => {
    const store = panel();
    addErrors(store, [row(1, { status: 404, json: {} }, { byExtension: true })]);
    expect(rows()[0]?.dataset['byExtension']).toBe('true');
    expect(rows()[0]?.querySelector('.extension-badge')).not.toBeNull();
  });

  it('can be audited too, from the Retry audit view', () => {
    const store = panel();
    act(() => store.getState().setActiveView('audit'));
    const box = document.getElementById('audit-extensions') as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(store.getState().settings.auditExtensions).toBe(true);
  });
});

describe('the opt-in webRequest listener', () => {
  it('is offered with why, its switch opened on click, then said to be on', () => {
    const permissions = { openListenerPage: vi.fn() };
    const store = panel(permissions);
    expect(document.getElementById('listener-offer')).toBeNull();
    fireEvent.click(screen.getByText('See requests DevTools misses…'));
    expect(document.getElementById('listener-why')?.textContent).toContain(
      'needs permission to observe requests on all sites',
    );
    fireEvent.click(document.getElementById('listener-on') as HTMLElement);
    expect(permissions.openListenerPage).toHaveBeenCalledOnce();
    // The devtools page hears from the background that it was granted.
    act(() => store.getState().setWebRequestOn(true));
    expect(document.getElementById('listener-offer')).toBeNull();
    expect(document.getElementById('listener-on-status')?.textContent).toContain(
      'Listening with webRequest',
    );
    fireEvent.click(document.getElementById('listener-off') as HTMLElement);
    expect(permissions.openListenerPage).toHaveBeenCalledTimes(2);
  });

  it('is not offered where no page can switch it (a test render)', () => {
    panel(null);
    expect(screen.queryByText('See requests DevTools misses…')).toBeNull();
  });

  it('says a navigation may have dropped pending responses, until dismissed', () => {
    const store = panel({ openListenerPage: () => {} });
    act(() => store.getState().setNavigationMayDrop(true));
    const notice = document.getElementById('navigation-drop');
    expect(notice?.textContent).toContain('A navigation may have dropped responses');
    fireEvent.click(screen.getByText('Turn on the webRequest listener to list them.'));
    expect(document.getElementById('listener-offer')).not.toBeNull();
    fireEvent.click(screen.getByLabelText('Dismiss'));
    expect(document.getElementById('navigation-drop')).toBeNull();
  });

  it('says when the log grew too long to poll, with the listener as the way on', () => {
    const store = panel({ openListenerPage: () => {} });
    expect(document.getElementById('har-poll-paused')).toBeNull();
    act(() => store.getState().setHarPollPaused(2431));
    const notice = document.getElementById('har-poll-paused');
    expect(notice?.textContent).toContain("DevTools' log holds 2,431 requests or more");
    expect(notice?.textContent).toContain('until the next navigation');
    fireEvent.click(screen.getByText('Turn on the webRequest listener to list them.'));
    expect(document.getElementById('listener-offer')).not.toBeNull();
    fireEvent.click(screen.getByLabelText('Dismiss'));
    expect(document.getElementById('har-poll-paused')).toBeNull();
    expect(store.getState().harPollPaused).toBe(0);
  });

  it('does not say so with the listener on, which sees those responses anyway', () => {
    const store = panel({ openListenerPage: () => {} });
    act(() => {
      store.getState().setWebRequestOn(true);
      store.getState().setHarPollPaused(5000);
    });
    expect(document.getElementById('har-poll-paused')).toBeNull();
  });

  it('says it in Russian too', () => {
    const store = panel({ openListenerPage: () => {} });
    act(() => {
      store.getState().updateSettings({ lang: 'ru' });
      store.getState().setHarPollPaused(2431);
    });
    // 2 431 with the locale's group separator, a no-break space.
    expect(document.getElementById('har-poll-paused')?.textContent).toMatch(
      /^В журнале DevTools не меньше 2\s431 запроса: /,
    );
  });
});
