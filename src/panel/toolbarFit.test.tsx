// @vitest-environment happy-dom
import { act, cleanup, fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPanel } from './testSupport';
import { nextFit, type FitState } from './toolbarFit';

const wide: FitState = { compact: false, wideWidth: 0 };

describe('toolbar fit', () => {
  it('folds when the one-row toolbar overflows, remembering the width it needed', () => {
    expect(nextFit(wide, 1000, 1000)).toBe(wide);
    expect(nextFit(wide, 1062, 900)).toEqual({ compact: true, wideWidth: 1062 });
  });

  it('unfolds only once there is room for everything again, so it cannot flip back and forth', () => {
    const folded: FitState = { compact: true, wideWidth: 1062 };
    expect(nextFit(folded, 900, 900)).toBe(folded);
    expect(nextFit(folded, 1061, 1061)).toBe(folded);
    expect(nextFit(folded, 1062, 1062)).toEqual(wide);
  });
});

describe('the folded toolbar', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  /** happy-dom lays nothing out: the toolbar's widths and its resize events are played here. */
  function renderToolbar() {
    const callbacks: (() => void)[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(cb: () => void) {
          callbacks.push(cb);
        }
        observe() {}
        disconnect() {}
      },
    );
    renderPanel();
    const toolbar = document.querySelector('.toolbar') as HTMLElement;
    const resize = (scrollWidth: number, clientWidth: number) => {
      Object.defineProperty(toolbar, 'scrollWidth', { configurable: true, value: scrollWidth });
      Object.defineProperty(toolbar, 'clientWidth', { configurable: true, value: clientWidth });
      act(() => callbacks.forEach((cb) => cb()));
    };
    return { toolbar, resize };
  }

  it('puts the less-used controls behind », and opens and closes that menu', () => {
    const { toolbar, resize } = renderToolbar();
    const menu = () => document.getElementById('toolbar-more') as HTMLElement;
    expect(document.getElementById('toolbar-more-toggle')).toBeNull();
    resize(1100, 900);
    expect(toolbar.dataset['compact']).toBe('true');
    expect(menu().contains(document.getElementById('watched-hosts-toggle'))).toBe(true);
    expect(menu().contains(document.getElementById('lang'))).toBe(true);
    expect(toolbar.contains(document.getElementById('filter'))).toBe(true);
    const toggle = document.getElementById('toolbar-more-toggle') as HTMLElement;
    fireEvent.click(toggle);
    expect(menu().dataset['open']).toBe('true');
    fireEvent.pointerDown(document.getElementById('import-har') as HTMLElement);
    expect(menu().dataset['open']).toBe('true'); // a press inside keeps it open
    fireEvent.pointerDown(document.body);
    expect(menu().dataset['open']).toBeUndefined();
    fireEvent.click(toggle);
    fireEvent.keyDown(document.getElementById('lang') as HTMLElement, { key: 'Escape' });
    expect(menu().dataset['open']).toBeUndefined();
    resize(1100, 1099);
    expect(toolbar.dataset['compact']).toBe('true');
    resize(1100, 1100);
    expect(toolbar.dataset['compact']).toBeUndefined();
    expect(document.getElementById('toolbar-more-toggle')).toBeNull();
  });
});
