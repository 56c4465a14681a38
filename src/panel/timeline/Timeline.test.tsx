// @vitest-environment happy-dom
import { act, cleanup, fireEvent } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppStore } from '../../store/appStore';
import { addErrors, captured, okFalse, renderPanel, rows } from '../testSupport';

afterEach(cleanup);

const T0 = Date.parse('2026-06-23T10:00:00Z');
const STRIP_PX = 300;
// A 300 px strip measured as 0 wide in happy-dom draws the default 150 bars: 2 px each.
const xOf = (ms: number, span: number) => (ms / span) * STRIP_PX;

const ids = () => rows().map((r) => r.dataset['id']);
const timeline = () => document.getElementById('timeline');
const strip = () => document.querySelector<HTMLElement>('.timeline-strip') as HTMLElement;

function drag(fromX: number, toX: number) {
  vi.spyOn(strip(), 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, STRIP_PX, 36));
  fireEvent.mouseDown(strip(), { button: 0, clientX: fromX });
  fireEvent.mouseMove(window, { clientX: (fromX + toX) / 2 });
  fireEvent.mouseMove(window, { clientX: toX });
  fireEvent.mouseUp(window, { clientX: toX });
}

let store: AppStore;
beforeEach(() => {
  ({ store } = renderPanel());
});

describe('the timeline', () => {
  it('is hidden until an error is captured', () => {
    expect(timeline()).toBeNull();
    addErrors(store, [captured(1, { status: 500 })]);
    expect(timeline()).not.toBeNull();
  });

  describe('with errors over ten seconds', () => {
    const SPAN = 10_000;
    beforeEach(() => {
      addErrors(store, [
        captured(1, { startedAt: T0, status: 500 }),
        captured(2, { startedAt: T0 + 1000, status: 429 }),
        captured(3, { startedAt: T0 + 2000, status: 401, json: okFalse('invalid_token') }),
        captured(4, { startedAt: T0 + 5000, status: 404 }),
        captured(5, { startedAt: T0 + 9000, status: 503 }),
        captured(6, { startedAt: T0 + SPAN, status: 400 }),
      ]);
    });

    it('draws a stacked bar per busy time bucket, coloured by retry advice', () => {
      expect(timeline()?.dataset['busy']).toBe('6');
      // One path per advice, whatever the number of bars.
      const segs = Array.from(document.querySelectorAll<SVGElement>('.timeline-seg'));
      const advices = segs.map((s) => s.dataset['advice']);
      const rowAdvices = new Set(rows().map((r) => r.dataset['advice']));
      expect(new Set(advices)).toEqual(rowAdvices);
      expect(advices).toHaveLength(rowAdvices.size);
      const strip = document.querySelector('.timeline-strip') as HTMLElement;
      fireEvent.mouseMove(strip, { clientX: 0 });
      expect(strip.dataset['tip']).toContain('1 error');
      fireEvent.mouseLeave(strip);
      expect(strip.dataset['tip']).toBeUndefined();
    });

    it('lists only the brushed span, and clears on a click', () => {
      drag(xOf(0, SPAN), xOf(2500, SPAN));
      expect(store.getState().timeRange).toEqual({ from: T0, to: T0 + 2000 });
      expect(ids()).toEqual(['1', '2', '3']);
      expect(document.querySelector('.timeline-brush')).not.toBeNull();
      expect(document.getElementById('timeline-range-label')?.textContent).toMatch(
        /^Only \d\d:\d\d:\d\d\.000 – \d\d:\d\d:\d\d\.000$/,
      );

      drag(xOf(4000, SPAN), xOf(4000, SPAN) + 1); // under the click slop: a click
      expect(store.getState().timeRange).toBeNull();
      expect(ids()).toEqual(['1', '2', '3', '4', '5', '6']);
      expect(document.querySelector('.timeline-brush')).toBeNull();
    });

    it('brushes right to left too, and combines with the filter text', () => {
      fireEvent.change(document.getElementById('filter') as HTMLElement, {
        target: { value: '-status-code:429' },
      });
      drag(xOf(10_000, SPAN), xOf(900, SPAN));
      expect(ids()).toEqual(['3', '4', '5', '6']);
    });

    it('clears with the × button and with Esc on the strip', () => {
      drag(xOf(4500, SPAN), xOf(9500, SPAN));
      expect(ids()).toEqual(['4', '5']);
      fireEvent.click(document.getElementById('timeline-clear') as HTMLElement);
      expect(ids()).toHaveLength(6);

      drag(xOf(4500, SPAN), xOf(9500, SPAN));
      expect(ids()).toEqual(['4', '5']);
      fireEvent.keyDown(strip(), { key: 'Escape' });
      expect(store.getState().timeRange).toBeNull();
      expect(document.getElementById('timeline-clear')).toBeNull();
    });

    it('shows all again when the brush catches no error', () => {
      drag(xOf(6000, SPAN), xOf(8000, SPAN));
      expect(store.getState().timeRange).toBeNull();
      expect(ids()).toHaveLength(6);
    });

    it('keeps the range for errors that arrive later', () => {
      drag(xOf(0, SPAN), xOf(2500, SPAN));
      addErrors(store, [
        captured(7, { startedAt: T0 + 1500, status: 500 }),
        captured(8, { startedAt: T0 + 20_000, status: 500 }),
      ]);
      expect(ids()).toEqual(['1', '2', '3', '7']);
      expect(Number(timeline()?.dataset['busy'])).toBeGreaterThan(0);
    });

    it('forgets the range when the log is cleared', () => {
      drag(xOf(0, SPAN), xOf(2500, SPAN));
      act(() => store.getState().clear());
      expect(store.getState().timeRange).toBeNull();
      expect(timeline()).toBeNull();
      addErrors(store, [captured(9, { startedAt: T0 + 60_000, status: 500 })]);
      expect(ids()).toEqual(['9']);
    });
  });

  it('counts only the watched hosts', () => {
    addErrors(store, [
      captured(1, { url: 'https://api.example.com/a', startedAt: T0, status: 500 }),
      captured(2, { url: 'https://cdn.other.test/b', startedAt: T0 + 500, status: 500 }),
    ]);
    expect(timeline()?.dataset['total']).toBe('2');
    act(() => store.getState().updateSettings({ watchedHosts: ['api.example.com'] }));
    expect(timeline()?.dataset['total']).toBe('1');
    act(() => store.getState().updateSettings({ watchedHosts: ['nothing.test'] }));
    expect(timeline()).toBeNull();
  });
});
