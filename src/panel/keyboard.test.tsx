// @vitest-environment happy-dom
import { cleanup, fireEvent } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../store/appStore';
import { addErrors, captured, renderPanel, rows } from './testSupport';

afterEach(cleanup);

const press = (key: string, init: KeyboardEventInit = {}, target: Element = document.body) =>
  fireEvent.keyDown(target, { key, ...init });
const details = () => document.getElementById('details');
const filterInput = () => document.getElementById('filter') as HTMLInputElement;

let store: AppStore;
beforeEach(() => {
  ({ store } = renderPanel());
  addErrors(store, [
    captured(1, { status: 500 }),
    captured(2, { status: 404 }),
    captured(3, { status: 503 }),
  ]);
});

describe('keyboard', () => {
  it('moves the selection with the arrows, within the filtered rows', () => {
    press('ArrowDown');
    expect(store.getState().selectedId).toBe(1);
    press('ArrowDown');
    press('ArrowDown');
    press('ArrowDown'); // stays on the last row
    expect(store.getState().selectedId).toBe(3);
    press('ArrowUp');
    expect(store.getState().selectedId).toBe(2);
    expect(document.querySelector('.row.selected')?.getAttribute('data-id')).toBe('2');

    fireEvent.change(filterInput(), { target: { value: '-status-code:404' } });
    press('ArrowUp');
    expect(store.getState().selectedId).toBe(3); // 2 is hidden: start from the end
    press('ArrowUp');
    expect(store.getState().selectedId).toBe(1);
  });

  it('opens details with Enter and closes them with Esc', () => {
    press('ArrowDown');
    press('ArrowDown');
    expect(details()).toBeNull();
    press('Enter');
    expect(details()?.getAttribute('data-id')).toBe('2');
    press('ArrowDown'); // the open pane follows the selection
    expect(details()?.getAttribute('data-id')).toBe('3');
    press('Escape');
    expect(details()).toBeNull();
    expect(store.getState().selectedId).toBe(3);
  });

  it('closes details with their × button', () => {
    fireEvent.click(rows()[0] as HTMLElement);
    fireEvent.click(document.getElementById('details-close') as HTMLElement);
    expect(details()).toBeNull();
  });

  it('focuses the filter with Ctrl+F or ⌘+F, and Esc leaves it', () => {
    const ctrl = press('f', { ctrlKey: true });
    expect(ctrl).toBe(false); // default prevented
    expect(document.activeElement).toBe(filterInput());
    press('Escape', {}, filterInput());
    expect(document.activeElement).not.toBe(filterInput());
    press('F', { metaKey: true });
    expect(document.activeElement).toBe(filterInput());
  });

  it('Esc in the filter closes open details first and keeps the focus', () => {
    fireEvent.click(rows()[0] as HTMLElement);
    filterInput().focus();
    press('Escape', {}, filterInput());
    expect(details()).toBeNull();
    expect(document.activeElement).toBe(filterInput());
  });

  it('arrows still move the selection while typing in the filter', () => {
    filterInput().focus();
    press('ArrowDown', {}, filterInput());
    expect(store.getState().selectedId).toBe(1);
  });

  it('leaves arrows and Enter to other controls', () => {
    const lang = document.getElementById('lang') as HTMLSelectElement;
    press('ArrowDown', {}, lang);
    expect(store.getState().selectedId).toBeNull();
    press('ArrowDown');
    press('Enter', {}, document.getElementById('clear') as HTMLElement);
    expect(details()).toBeNull();
  });

  it('clears with Ctrl+L', () => {
    press('l', { ctrlKey: true });
    expect(rows()).toHaveLength(0);
    expect(store.getState().errors).toHaveLength(0);
  });
});

describe('keyboard on a long list', () => {
  it('scrolls the selected row into view', () => {
    cleanup();
    const big = createAppStore();
    const base = captured(0, { status: 500 });
    big.getState().addErrors(Array.from({ length: 500 }, (_, i) => ({ ...base, id: i + 1 })));
    renderPanel(big);
    press('End');
    expect(big.getState().selectedId).toBe(500);
    expect(document.querySelector('.row.selected')?.getAttribute('data-id')).toBe('500');
    press('Home');
    expect(document.querySelector('.row.selected')?.getAttribute('data-id')).toBe('1');
  });
});
