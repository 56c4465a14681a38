// @vitest-environment happy-dom
import { cleanup, fireEvent } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FORMATS } from '../../core/formats/index';
import type { AppStore } from '../../store/appStore';
import { addErrors, captured, renderPanel } from '../testSupport';

afterEach(cleanup);

const input = () => document.getElementById('pin-host-input') as HTMLInputElement;
const select = () => document.getElementById('pin-format-select') as HTMLSelectElement;
const pinRows = () =>
  Array.from(document.querySelectorAll<HTMLElement>('.pin-row')).map((r) => [
    r.dataset['host'],
    r.dataset['format'],
  ]);

function pin(host: string, format: string) {
  fireEvent.change(input(), { target: { value: host } });
  fireEvent.change(select(), { target: { value: format } });
  fireEvent.click(document.getElementById('pin-add') as HTMLElement);
}

let store: AppStore;
beforeEach(() => {
  ({ store } = renderPanel());
  addErrors(store, [
    captured(1, { url: 'https://api.example.com/a', status: 500 }),
    captured(2, { url: 'http://localhost:3000/b', status: 500 }),
  ]);
  fireEvent.click(document.getElementById('watched-hosts-toggle') as HTMLElement);
});

describe('the format pins editor', () => {
  it('opens with the watched hosts, says when pins apply, and lists every format', () => {
    expect(document.getElementById('pin-settings')?.textContent).toContain(
      'Pins apply to responses captured from now on.',
    );
    expect(document.getElementById('pin-settings')?.textContent).toContain('No pins');
    expect(Array.from(select().options).map((o) => o.value)).toEqual(FORMATS.map((f) => f.id));
  });

  it('suggests the hosts seen so far', () => {
    const options = document.querySelectorAll('#pin-host-suggestions option');
    expect(Array.from(options).map((o) => o.getAttribute('value'))).toEqual([
      'api.example.com',
      'localhost:3000',
    ]);
  });

  it('adds a pin to the settings, normalizing the host, and replaces it on a second add', () => {
    pin(' API.example.com ', 'numeric-code');
    expect(store.getState().settings.pins).toEqual({ 'api.example.com': 'numeric-code' });
    expect(pinRows()).toEqual([['api.example.com', 'numeric-code']]);
    expect(input().value).toBe('');
    // A pinned host is no longer suggested.
    expect(document.querySelectorAll('#pin-host-suggestions option')).toHaveLength(1);

    pin('https://api.example.com/v1/x', 'state-meta');
    pin('localhost:3000', 'jsonrpc');
    expect(store.getState().settings.pins).toEqual({
      'api.example.com': 'state-meta',
      'localhost:3000': 'jsonrpc',
    });
  });

  it('adds on Enter in the host input', () => {
    fireEvent.change(input(), { target: { value: 'localhost:3000' } });
    fireEvent.submit(input());
    expect(store.getState().settings.pins).toEqual({ 'localhost:3000': FORMATS[0]?.id });
  });

  it('refuses a pattern or an empty host and says why', () => {
    pin('*.example.com', 'ok-flag');
    expect(store.getState().settings.pins).toEqual({});
    expect(document.getElementById('pin-host-error')).not.toBeNull();
    expect(input().getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(input(), { target: { value: 'api.example.com' } });
    expect(document.getElementById('pin-host-error')).toBeNull();
  });

  it('removes a pin with its × button', () => {
    pin('api.example.com', 'numeric-code');
    pin('localhost:3000', 'jsonrpc');
    fireEvent.click(
      document.querySelector('.pin-row[data-host="api.example.com"] .pin-remove') as HTMLElement,
    );
    expect(store.getState().settings.pins).toEqual({ 'localhost:3000': 'jsonrpc' });
    expect(pinRows()).toEqual([['localhost:3000', 'jsonrpc']]);
  });
});
