// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppStore } from '../store/appStore';
import { addErrors, captured, okFalse, renderPanel, rows } from './testSupport';

afterEach(cleanup);

const ids = () => rows().map((r) => r.dataset['id']);
const filterInput = () => document.getElementById('filter') as HTMLInputElement;
const type = (text: string) => fireEvent.change(filterInput(), { target: { value: text } });

let store: AppStore;
beforeEach(() => {
  ({ store } = renderPanel());
  addErrors(store, [
    captured(1, { url: 'https://api.example.com/v1/a', status: 404 }),
    captured(2, { url: 'https://api.example.com/v1/b', status: 500 }),
    captured(3, {
      url: 'https://auth.other.test/login',
      status: 401,
      json: okFalse('invalid_token', 'Token expired'),
    }),
  ]);
});

describe('the filter', () => {
  it('narrows by domain:, keeps the text in the store, and counts what is shown', () => {
    type('domain:api.example.com');
    expect(ids()).toEqual(['1', '2']);
    expect(store.getState().filterText).toBe('domain:api.example.com');
    expect(screen.getByText('2 errors shown of 3 captured')).toBeTruthy();
  });

  it('negates with a leading minus', () => {
    type('-status-code:404');
    expect(ids()).toEqual(['2', '3']);
  });

  it('matches free text against the URL, code and server message', () => {
    type('login');
    expect(ids()).toEqual(['3']);
    type('expired');
    expect(ids()).toEqual(['3']);
    type('invalid_token');
    expect(ids()).toEqual(['3']);
  });

  it('applies to rows that arrive later', () => {
    type('domain:api.example.com');
    addErrors(store, [
      captured(4, { url: 'https://cdn.test/x', status: 500 }),
      captured(5, { url: 'https://api.example.com/v1/c', status: 502 }),
    ]);
    expect(ids()).toEqual(['1', '2', '5']);
  });

  it('says when nothing matches and offers to clear the filter', () => {
    type('nothing-like-this');
    expect(rows()).toHaveLength(0);
    expect(screen.getByText('No errors match the filter')).toBeTruthy();
    fireEvent.click(document.getElementById('clear-filter') as HTMLElement);
    expect(filterInput().value).toBe('');
    expect(ids()).toEqual(['1', '2', '3']);
  });
});

describe('host chips', () => {
  const chip = (host: string) =>
    document.querySelector<HTMLButtonElement>(`.host-chip[data-host="${host}"]`);

  it('shows a chip per host with its count', () => {
    expect(chip('api.example.com')?.textContent).toBe('api.example.com2');
    expect(chip('auth.other.test')?.textContent).toBe('auth.other.test1');
  });

  it('filters by a host on click, replaces another host, and toggles off', () => {
    type('-status-code:500');
    fireEvent.click(chip('api.example.com') as HTMLElement);
    expect(filterInput().value).toBe('domain:api.example.com -status-code:500');
    expect(ids()).toEqual(['1']);
    expect(chip('api.example.com')?.getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(chip('auth.other.test') as HTMLElement);
    expect(filterInput().value).toBe('domain:auth.other.test -status-code:500');
    expect(ids()).toEqual(['3']);

    fireEvent.click(chip('auth.other.test') as HTMLElement);
    expect(filterInput().value).toBe('-status-code:500');
    expect(ids()).toEqual(['1', '3']);
  });
});

describe('watched hosts', () => {
  const input = () => document.getElementById('watched-host-input') as HTMLInputElement;
  const open = () =>
    fireEvent.click(document.getElementById('watched-hosts-toggle') as HTMLElement);

  it('adds patterns with the button and with Enter, and shows only their rows', () => {
    open();
    fireEvent.change(input(), { target: { value: '*.other.test' } });
    fireEvent.click(document.getElementById('watched-host-add') as HTMLElement);
    expect(store.getState().settings.watchedHosts).toEqual(['*.other.test']);
    expect(ids()).toEqual(['3']);
    expect(input().value).toBe('');

    fireEvent.change(input(), { target: { value: 'domain:api.example.com' } });
    fireEvent.submit(input().form as HTMLFormElement); // what Enter in the input does
    expect(store.getState().settings.watchedHosts).toEqual(['*.other.test', 'api.example.com']);
    expect(ids()).toEqual(['1', '2', '3']);
    expect(document.getElementById('watched-hosts-toggle')?.textContent).toBe('Watched hosts (2)');
  });

  it('removes a pattern with ×', () => {
    act(() => store.getState().updateSettings({ watchedHosts: ['api.example.com', 'x.test'] }));
    open();
    const remove = document.querySelector<HTMLElement>(
      '.watched-host[data-host="api.example.com"] .watched-host-remove',
    );
    fireEvent.click(remove as HTMLElement);
    expect(store.getState().settings.watchedHosts).toEqual(['x.test']);
    expect(rows()).toHaveLength(0);
    expect(screen.getByText('No captured error comes from the watched hosts')).toBeTruthy();
  });
});
