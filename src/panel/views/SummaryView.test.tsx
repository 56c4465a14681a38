// @vitest-environment happy-dom
import { act, cleanup, fireEvent } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppStore } from '../../store/appStore';
import { addErrors, captured, okFalse, renderPanel, rows } from '../testSupport';

afterEach(cleanup);

const T0 = Date.parse('2026-06-23T10:00:00Z');
const summaryRows = () =>
  Array.from(document.querySelectorAll<HTMLElement>('.summary-row')).map((r) => ({
    host: r.dataset['host'],
    format: r.dataset['format'],
    code: r.dataset['code'],
    cells: Array.from(r.querySelectorAll('td')).map((td) => td.textContent),
  }));
const row = (code: string) =>
  document.querySelector<HTMLElement>(`.summary-row[data-code="${code}"]`) as HTMLElement;

let store: AppStore;
beforeEach(() => {
  ({ store } = renderPanel());
  addErrors(store, [
    captured(1, {
      url: 'https://api.example.com/a',
      status: 502,
      startedAt: T0 + 2000,
      json: okFalse('provider_error'),
    }),
    captured(2, { url: 'https://api.example.com/b', status: 500, startedAt: T0 + 3000 }),
    captured(3, {
      url: 'https://api.example.com/c',
      status: 502,
      startedAt: T0 + 1000,
      json: okFalse('provider_error'),
    }),
    captured(4, { url: 'http://localhost:3000/x', status: 404, startedAt: T0 }),
  ]);
  fireEvent.click(document.getElementById('view-summary') as HTMLElement);
});

describe('the summary view', () => {
  it('groups host → format → code with counts and first and last seen', () => {
    expect(document.getElementById('summary-view')).not.toBeNull();
    const hosts = Array.from(document.querySelectorAll<HTMLElement>('.summary-host'));
    expect(
      hosts.map((h) => [h.dataset['host'], h.querySelector('.summary-count')?.textContent]),
    ).toEqual([
      ['api.example.com', '3'],
      ['localhost:3000', '1'],
    ]);
    const clock = (ms: number) => {
      const d = new Date(T0 + ms);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}.000`;
    };
    expect(summaryRows()).toEqual([
      {
        host: 'api.example.com',
        format: 'ok-flag',
        code: 'provider_error',
        cells: ['provider_error', '2', clock(1000), clock(2000)],
      },
      {
        host: 'api.example.com',
        format: 'http',
        code: '',
        cells: ['none', '1', clock(3000), clock(3000)],
      },
      {
        host: 'localhost:3000',
        format: 'http',
        code: '',
        cells: ['none', '1', clock(0), clock(0)],
      },
    ]);
  });

  it('opens the errors view filtered to a code row on click', () => {
    act(() => store.getState().setTimeRange({ from: T0 + 5000, to: T0 + 6000 }));
    fireEvent.click(row('provider_error'));
    expect(store.getState().activeView).toBe('errors');
    expect(store.getState().timeRange).toBeNull();
    expect((document.getElementById('filter') as HTMLInputElement).value).toBe(
      'domain:api.example.com format:ok-flag code:provider_error',
    );
    expect(rows().map((r) => r.dataset['id'])).toEqual(['1', '3']);
  });

  it('filters a code-less row by host and format', () => {
    fireEvent.click(
      document.querySelector('.summary-row[data-host="localhost:3000"] button') as HTMLElement,
    );
    expect(store.getState().filterText).toBe('domain:localhost:3000 format:http');
    expect(rows().map((r) => r.dataset['id'])).toEqual(['4']);
  });

  it('leaves out hosts that are not watched, and says when nothing is captured', () => {
    act(() => store.getState().updateSettings({ watchedHosts: ['localhost'] }));
    expect(summaryRows().map((r) => r.host)).toEqual(['localhost:3000']);
    act(() => store.getState().clear());
    expect(document.querySelector('.summary-table')).toBeNull();
    expect(document.querySelector('#summary-view .placeholder')?.textContent).toBe(
      'No errors captured yet.',
    );
  });

  it('follows new errors as they arrive', () => {
    addErrors(store, [
      captured(5, {
        url: 'https://api.example.com/d',
        status: 502,
        startedAt: T0 + 9000,
        json: okFalse('provider_error'),
      }),
    ]);
    expect(summaryRows()[0]?.cells[1]).toBe('3');
  });
});
