// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../store/appStore';
import { addErrors, captured, okFalse, renderPanel, rows } from './testSupport';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('panel shell', () => {
  it('marks the body ready once mounted, and follows the store theme', () => {
    delete document.body.dataset['ready'];
    const { store } = renderPanel();
    expect(document.body.dataset['ready']).toBe('true');
    expect(document.documentElement.dataset['theme']).toBe('light');
    act(() => store.getState().setTheme('dark'));
    expect(document.documentElement.dataset['theme']).toBe('dark');
  });

  it('speaks Russian when settings.lang is ru, and sets <html lang>', () => {
    const { store } = renderPanel();
    addErrors(store, [captured(1, { status: 400, json: okFalse('invalid_request') })]);
    expect(document.documentElement.lang).toBe('en');
    act(() => store.getState().updateSettings({ lang: 'ru' }));
    expect(document.documentElement.lang).toBe('ru');
    expect(screen.getByText('Показано ошибок: 1 из 1')).toBeTruthy();
    expect(screen.getByText('Сохранять журнал')).toBeTruthy();
    expect(rows()[0]?.textContent).toContain('Неверные параметры или формат');
    fireEvent.click(rows()[0] as HTMLElement);
    expect(document.querySelector('.advice')?.textContent).toBe('Не повторяйте как есть');
  });

  it('follows the browser language on Auto, and the switch changes the setting', () => {
    const store = createAppStore();
    store.getState().setBrowserLang('ru');
    renderPanel(store);
    expect(screen.getByText('Очистить')).toBeTruthy();
    fireEvent.change(document.getElementById('lang') as HTMLSelectElement, {
      target: { value: 'en' },
    });
    expect(store.getState().settings.lang).toBe('en');
    expect(screen.getByText('Clear')).toBeTruthy();
  });

  it('binds Preserve log: off, a navigation clears; on, rows stay', () => {
    const { store } = renderPanel();
    const checkbox = document.getElementById('preserve-log') as HTMLInputElement;
    addErrors(store, [captured(1, { status: 500 })]);
    act(() => store.getState().navigated());
    expect(rows()).toHaveLength(0);

    fireEvent.click(checkbox);
    expect(store.getState().settings.preserveLog).toBe(true);
    expect(checkbox.checked).toBe(true);
    addErrors(store, [captured(2, { status: 500 })]);
    act(() => store.getState().navigated());
    expect(rows()).toHaveLength(1);
  });

  it('clears with the Clear button', () => {
    const { store } = renderPanel();
    addErrors(store, [captured(1, { status: 500 })]);
    fireEvent.click(document.getElementById('clear') as HTMLElement);
    expect(store.getState().errors).toHaveLength(0);
    expect(document.querySelector('.host-chip')).toBeNull();
  });
});

describe('empty state', () => {
  it('says what it waits for, which hosts are watched, and how to get a request', () => {
    renderPanel();
    const empty = document.getElementById('empty-state')?.textContent ?? '';
    expect(empty).toContain('Waiting for failed API calls…');
    expect(empty).toContain('status ≥ 400');
    expect(empty).toContain('JSON-RPC / ok:false / success:false errors sent with 200');
    expect(empty).toContain('Watched hosts: all hosts.');
    expect(empty).toContain('Reload the page or trigger the API call; keep DevTools open.');
    expect(empty).toContain(
      "A response whose body the page never reads is listed without it (marked 'no body')",
    );
    expect(document.getElementById('firefox-hint')).toBeNull(); // a Chrome build
    expect(screen.getByText('0 errors shown of 0 captured')).toBeTruthy();
  });

  it('names the watched hosts', () => {
    const store = createAppStore();
    store.getState().updateSettings({ watchedHosts: ['api.example.com', '*.test'] });
    renderPanel(store);
    expect(document.getElementById('empty-watched')?.textContent).toBe(
      'Watched hosts: api.example.com, *.test.',
    );
  });

  it('tells Firefox users to open the Network panel until traffic is seen', () => {
    vi.stubGlobal('__BROWSER__', 'firefox');
    const { store } = renderPanel();
    expect(document.getElementById('firefox-hint')?.textContent).toContain('open the Network tab');
    act(() => store.getState().markNetworkSeen());
    expect(document.getElementById('firefox-hint')).toBeNull();
  });
});

describe('status bar', () => {
  it('counts dropped errors and truncated bodies', () => {
    const store = createAppStore();
    store.getState().updateSettings({ maxEntries: 2 });
    renderPanel(store);
    addErrors(store, [
      captured(1, { status: 500 }),
      captured(2, { status: 500, body: 'x'.repeat(50) }, { bodyLimit: 10 }),
      captured(3, { status: 500 }),
    ]);
    const bar = document.getElementById('status-bar')?.textContent ?? '';
    expect(bar).toContain('2 errors shown of 2 captured');
    expect(bar).toContain('1 dropped (buffer limit 2)');
    expect(bar).toContain('1 body truncated');
  });
});
