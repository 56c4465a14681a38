// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { headers } from '../../test/helpers/exchange';
import { createAppStore } from '../store/appStore';
import { ROW_HEIGHT } from './hooks/virtualWindow';
import { addErrors, captured, okFalse, renderPanel, rows } from './testSupport';

afterEach(cleanup);

describe('the error list', () => {
  it('renders one row per error with its data attributes and columns', () => {
    const { store } = renderPanel();
    addErrors(store, [
      captured(1, { status: 400, json: okFalse('invalid_request') }),
      captured(2, {
        status: 503,
        url: 'https://pay.example.org:8443/v2/charge?x=1',
        method: 'POST',
        body: '<html>down</html>',
        responseHeaders: headers({ 'Content-Type': 'text/html' }),
      }),
    ]);
    const [first, second] = rows();
    expect(first?.dataset).toMatchObject({
      id: '1',
      format: 'ok-flag',
      code: 'invalid_request',
      status: '400',
      advice: 'no',
    });
    expect(first?.getAttribute('role')).toBe('row');
    expect(first?.textContent).toContain('Invalid parameters or format');
    expect(second?.dataset).toMatchObject({ id: '2', format: 'http', status: '503' });
    expect(second?.getAttribute('data-code')).toBe('');
    expect(second?.textContent).toContain('pay.example.org:8443/v2/charge?x=1');
    expect(second?.textContent).toContain('POST');
    expect(second?.textContent).toMatch(/\d\d:\d\d:\d\d\.\d\d\d/);
  });

  it('keeps the DOM bounded with 50,000 errors', () => {
    const store = createAppStore();
    store.getState().updateSettings({ maxEntries: 100_000 });
    const base = captured(0, { status: 500 });
    store.getState().addErrors(Array.from({ length: 50_000 }, (_, i) => ({ ...base, id: i + 1 })));
    renderPanel(store);
    expect(rows().length).toBeGreaterThan(0);
    expect(rows().length).toBeLessThan(100);
    expect(document.querySelectorAll('[data-id]').length).toBeLessThan(100);
    const spacer = document.querySelector<HTMLElement>('.list-spacer');
    expect(spacer?.style.height).toBe(`${50_000 * ROW_HEIGHT}px`);
    expect(screen.getByText('50,000 errors shown of 50,000 captured')).toBeTruthy();
  });

  it('renders the rows around the scroll position', () => {
    const store = createAppStore();
    store.getState().updateSettings({ maxEntries: 100_000 });
    const base = captured(0, { status: 500 });
    store.getState().addErrors(Array.from({ length: 10_000 }, (_, i) => ({ ...base, id: i + 1 })));
    renderPanel(store);
    const scroller = document.querySelector<HTMLElement>('.list-scroll');
    if (scroller === null) throw new Error('no scroller');
    act(() => {
      scroller.scrollTop = 5_000 * ROW_HEIGHT;
      fireEvent.scroll(scroller);
    });
    const ids = rows().map((r) => Number(r.dataset['id']));
    expect(ids).toContain(5_001);
    expect(ids).not.toContain(1);
    expect(ids.length).toBeLessThan(100);
  });

  it('appends new rows at the bottom', () => {
    const { store } = renderPanel();
    addErrors(store, [captured(1, { status: 500 })]);
    addErrors(store, [captured(2, { status: 502 })]);
    expect(rows().map((r) => r.dataset['id'])).toEqual(['1', '2']);
  });

  it('opens the details of a clicked row', () => {
    const { store } = renderPanel();
    addErrors(store, [captured(1, { status: 500 }), captured(2, { status: 404 })]);
    fireEvent.click(rows()[1] as HTMLElement);
    expect(store.getState()).toMatchObject({ selectedId: 2, detailsOpen: true });
    expect(rows()[1]?.classList.contains('selected')).toBe(true);
    expect(document.getElementById('details')?.textContent).toContain('Not found');
  });
});

describe('the error list with a measured viewport', () => {
  const VIEWPORT = 10 * ROW_HEIGHT;
  const isScroller = (el: HTMLElement) => el.classList.contains('list-scroll');
  const spacerHeight = (el: HTMLElement) =>
    parseFloat(el.querySelector<HTMLElement>('.list-spacer')?.style.height ?? '0');

  beforeEach(() => {
    // happy-dom does no layout: give the scroller a height and report it as a browser would.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (
      this: HTMLElement,
    ) {
      return isScroller(this) ? VIEWPORT : 0;
    });
    vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (
      this: HTMLElement,
    ) {
      return isScroller(this) ? spacerHeight(this) : 0;
    });
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private readonly callback: () => void) {}
        observe() {
          this.callback();
        }
        disconnect() {}
      },
    );
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  const scroller = () => document.querySelector('.list-scroll') as HTMLElement;
  const ids = () => rows().map((r) => Number(r.dataset['id']));
  const batch = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => captured(from + i, { status: 500 }));

  /** Runs the frame callbacks queued so far (the follow scroll is one). */
  const nextFrame = () =>
    act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

  it('follows new rows while scrolled to the bottom', async () => {
    const { store } = renderPanel();
    addErrors(store, batch(1, 100));
    await nextFrame();
    expect(scroller().scrollTop).toBe(100 * ROW_HEIGHT - VIEWPORT);
    expect(ids()).toContain(100);
    expect(ids()).not.toContain(1);
    addErrors(store, batch(101, 5));
    await nextFrame();
    expect(scroller().scrollTop).toBe(105 * ROW_HEIGHT - VIEWPORT);
    expect(ids()).toContain(105);
  });

  it('moves the scroll position in the next frame, not in the commit', async () => {
    const { store } = renderPanel();
    addErrors(store, batch(1, 100));
    await nextFrame();
    // Touching scrollTop during a commit forces a layout of the panel, per commit.
    const get = vi.spyOn(scroller(), 'scrollTop', 'get');
    const set = vi.spyOn(scroller(), 'scrollTop', 'set');
    addErrors(store, batch(101, 5));
    addErrors(store, batch(106, 5));
    expect(get).not.toHaveBeenCalled();
    expect(set).not.toHaveBeenCalled();
    get.mockRestore();
    set.mockRestore();
    await nextFrame();
    expect(scroller().scrollTop).toBe(110 * ROW_HEIGHT - VIEWPORT);
  });

  it('keeps following when its own scroll event arrives after more rows', async () => {
    const { store } = renderPanel();
    addErrors(store, batch(1, 100));
    await nextFrame();
    addErrors(store, batch(101, 20));
    // The event of the last follow scroll, dispatched before this frame's scroll is written.
    act(() => {
      fireEvent.scroll(scroller());
    });
    await nextFrame();
    expect(scroller().scrollTop).toBe(120 * ROW_HEIGHT - VIEWPORT);
    expect(ids()).toContain(120);
    addErrors(store, batch(121, 5));
    await nextFrame();
    expect(ids()).toContain(125);
  });

  it('keeps following when its own scroll event is handled after the next follow scroll', () => {
    // Frames run when the test says, so that one can run between a scroll event and the render
    // that applies the event's state update, as a browser frame can.
    const frames: (FrameRequestCallback | null)[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frames.push(callback),
    );
    vi.stubGlobal('cancelAnimationFrame', (id: number) => {
      frames[id - 1] = null;
    });
    const runFrames = () => {
      for (const callback of frames.splice(0)) callback?.(0);
    };
    const { store } = renderPanel();
    addErrors(store, batch(1, 100));
    act(runFrames);
    expect(scroller().scrollTop).toBe(100 * ROW_HEIGHT - VIEWPORT);
    addErrors(store, batch(101, 20)); // committed; its follow scroll waits for the frame
    act(() => {
      // A render of the list's component is already pending (the theme it reads changed), so
      // React queues the scroll event's state update instead of computing it at once.
      store.getState().setTheme('dark');
      fireEvent.scroll(scroller()); // the event of the follow scroll to row 100
      runFrames(); // the frame scrolls to row 120 before React applies that update
    });
    addErrors(store, batch(121, 5));
    act(runFrames);
    expect(scroller().scrollTop).toBe(125 * ROW_HEIGHT - VIEWPORT);
    expect(ids()).toContain(125);
  });

  it('reuses the row elements as new rows push the window down', async () => {
    const { store } = renderPanel();
    addErrors(store, batch(1, 100));
    await nextFrame();
    const before = new Set(rows());
    addErrors(store, batch(101, 5));
    await nextFrame();
    const after = rows();
    expect(ids()).toContain(105);
    // Same elements, new text: no element removed and none created.
    expect(after.length).toBe(before.size);
    expect(after.every((r) => before.has(r))).toBe(true);
  });

  it('keeps its place when the user scrolled up', async () => {
    const { store } = renderPanel();
    addErrors(store, batch(1, 100));
    await nextFrame();
    act(() => {
      scroller().scrollTop = 20 * ROW_HEIGHT;
      fireEvent.scroll(scroller());
    });
    addErrors(store, batch(101, 5));
    await nextFrame();
    expect(scroller().scrollTop).toBe(20 * ROW_HEIGHT);
    expect(ids()).toContain(21);
    expect(ids()).not.toContain(105);
  });
});
