// @vitest-environment happy-dom
import { act, cleanup, fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { headers } from '../../../test/helpers/exchange';
import type { CapturedError } from '../../core/capture/capturedError';
import type { AppStore } from '../../store/appStore';
import { addErrors, captured, renderPanel, type ExchangeOverrides } from '../testSupport';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

let store: AppStore;

function open(error: CapturedError): HTMLElement {
  cleanup();
  store = renderPanel().store;
  addErrors(store, [error]);
  act(() => store.getState().openDetails(error.id));
  const pane = document.getElementById('details');
  if (pane === null) throw new Error('details did not open');
  return pane;
}

const openBody = (overrides: ExchangeOverrides) => open(captured(1, overrides));
const $ = (selector: string) => document.querySelector<HTMLElement>(selector);
const click = (selector: string) => fireEvent.click($(selector) as HTMLElement);
const rowAt = (pointer: string) => $(`.jt-row[data-pointer="${pointer}"]`);
const domRows = () => document.querySelectorAll('.jt-row').length;
const treeRows = () => Number($('#json-tree')?.dataset['rows']);
const find = (text: string) =>
  fireEvent.change($('#json-find') as HTMLElement, { target: { value: text } });

const VALIDATION = {
  state: 1,
  message: 'Validation failed',
  result: null,
  error: { code: 'validation_error', details: { amount: ['The amount field is required.'] } },
  meta: { request_id: 'req_42', retry_after: 5 },
};

/** An ok:false error whose details list `n` items: 1,750 make a body of 255 KB. */
function bigBody(n: number, needleEvery = 97) {
  const items = Array.from({ length: n }, (_, i) => ({
    id: i,
    name: `item number ${i}`,
    tags: ['alpha', 'beta', i % needleEvery === 0 ? 'Needle' : 'gamma'],
    price: { amount: i * 1.5, currency: 'EUR', note: 'VAT included where applicable' },
  }));
  return {
    ok: false,
    error: { code: 'invalid_request', message: 'Bad items', details: { items } },
  };
}

function recordClipboard(): string[] {
  const copied: string[] = [];
  const writeText = vi.fn((text: string) => {
    copied.push(text);
    return Promise.resolve();
  });
  vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
  return copied;
}

describe('the JSON tree of a response body', () => {
  it('opens a JSON body as a tree, with the fields the decoder read highlighted', () => {
    openBody({ status: 422, json: VALIDATION });
    expect($('#body-view-tree')?.getAttribute('aria-selected')).toBe('true');
    expect(rowAt('/error/code')?.dataset['field']).toBe('code');
    expect(rowAt('/error/code')?.textContent).toContain('"validation_error"');
    expect(rowAt('/message')?.dataset['field']).toBe('message');
    expect(rowAt('/meta/request_id')?.dataset['field']).toBe('requestId');
    expect(rowAt('/error/details/amount')?.dataset['field']).toBe('fieldError');
    expect(rowAt('/meta/retry_after')?.dataset['field']).toBe('retryHint');
    expect(rowAt('/state')?.dataset['field']).toBeUndefined();
    const legend = Array.from(document.querySelectorAll('.jt-legend-item'), (b) => b.textContent);
    expect(legend).toEqual(['code', 'message', 'request id', 'field error', 'retry hint']);
  });

  it('expands and collapses all, while only a window of rows is in the DOM', () => {
    // Just under the 256 KB kept per body by default, so it is whole and parses.
    const size = JSON.stringify(bigBody(1750)).length;
    expect(size).toBeGreaterThan(250 * 1024);
    expect(size).toBeLessThanOrEqual(256 * 1024);
    openBody({ status: 400, json: bigBody(1750) });
    const first = treeRows();
    click('#json-expand-all');
    // ok, error, code, message, details, items; 11 values per item.
    expect(treeRows()).toBe(6 + 1750 * 11);
    expect(domRows()).toBeLessThanOrEqual(60);
    click('#json-collapse-all');
    expect(treeRows()).toBe(2);
    expect(first).toBeGreaterThan(2);
  });

  it('finds text case-insensitively, opens its path, and steps through the matches', () => {
    openBody({ status: 400, json: bigBody(30, 9) }); // 336 values: opens two levels deep
    click('#json-collapse-all');
    find('NEEDLE');
    expect($('#json-find-count')?.textContent).toBe('1 of 4');
    const current = () => $('.jt-row.current')?.dataset['pointer'];
    expect(current()).toBe('/error/details/items/0/tags/2');
    expect($('.jt-row.current mark')?.textContent).toBe('Needle');
    click('#json-find-next');
    expect($('#json-find-count')?.textContent).toBe('2 of 4');
    expect(current()).toBe('/error/details/items/9/tags/2');
    fireEvent.keyDown($('#json-find') as HTMLElement, { key: 'Enter', shiftKey: true });
    fireEvent.keyDown($('#json-find') as HTMLElement, { key: 'Enter', shiftKey: true });
    expect($('#json-find-count')?.textContent).toBe('4 of 4');
    expect(current()).toBe('/error/details/items/27/tags/2');
    find('no such text');
    expect($('#json-find-count')?.textContent).toBe('No match');
    fireEvent.keyDown($('#json-find') as HTMLElement, { key: 'Escape' });
    expect(($('#json-find') as HTMLInputElement).value).toBe('');
    expect($('#details')).not.toBeNull(); // that Escape cleared the search, not the details
  });

  it('copies a value, its JSON Pointer and its property path', async () => {
    const copied = recordClipboard();
    openBody({ status: 422, json: VALIDATION });
    click('.jt-legend-item[data-role="code"]');
    expect(rowAt('/error/code')?.getAttribute('aria-selected')).toBe('true');
    expect($('#json-selected-path')?.textContent).toBe('error.code');
    await act(async () => click('#json-copy-value'));
    await act(async () => click('#json-copy-pointer'));
    await act(async () => click('#json-copy-path'));
    fireEvent.click(rowAt('/error/details') as HTMLElement);
    await act(async () => click('#json-copy-value'));
    expect(copied).toEqual([
      'validation_error',
      '/error/code',
      'error.code',
      JSON.stringify(VALIDATION.error.details, null, 2),
    ]);
    expect($('.jt-copybar [role="status"]')?.textContent).toBe('Copied');
  });

  it('moves, opens and closes with the arrow keys, without moving the error list', () => {
    openBody({ status: 422, json: VALIDATION });
    const tree = $('#json-tree') as HTMLElement;
    const selected = () => $('.jt-row.selected')?.dataset['pointer'];
    fireEvent.keyDown(tree, { key: 'ArrowDown' });
    expect(selected()).toBe('/state');
    fireEvent.keyDown(tree, { key: 'End' });
    expect(selected()).toBe('/meta/retry_after');
    fireEvent.keyDown(tree, { key: 'ArrowLeft' });
    expect(selected()).toBe('/meta');
    fireEvent.keyDown(tree, { key: 'ArrowLeft' });
    expect(rowAt('/meta')?.getAttribute('aria-expanded')).toBe('false');
    expect(rowAt('/meta/request_id')).toBeNull();
    fireEvent.keyDown(tree, { key: 'ArrowRight' });
    fireEvent.keyDown(tree, { key: 'ArrowRight' });
    expect(selected()).toBe('/meta/request_id');
    expect(store.getState().detailsOpen).toBe(true);
  });

  it('switches to the text view and keeps that choice for the next body', () => {
    openBody({ status: 422, json: VALIDATION });
    click('#body-view-text');
    expect($('#json-tree')).toBeNull();
    expect($('#details-body')?.textContent).toContain('"validation_error"');
    expect(store.getState().settings.bodyView).toBe('text');
    const next = captured(2, { status: 400, json: bigBody(1) });
    addErrors(store, [next]);
    act(() => store.getState().openDetails(2));
    expect($('#json-tree')).toBeNull();
    click('#body-view-tree');
    expect($('#json-tree')).not.toBeNull();
  });

  it('shows a body that is not JSON, or is cut, as text only', () => {
    openBody({
      status: 500,
      body: '<h1>oops</h1>',
      responseHeaders: headers({ 'Content-Type': 'text/html' }),
    });
    expect($('#body-view-tree')).toBeNull();
    expect($('#details-body')?.textContent).toBe('<h1>oops</h1>');
    open(captured(2, { status: 400, json: bigBody(50) }, { bodyLimit: 2048 }));
    expect($('#body-view-tree')).toBeNull();
    expect($('#body-truncated')).not.toBeNull();
  });

  it('shows hostile names and values as text, and reads "__proto__" as a plain key', () => {
    const body =
      '{"__proto__":{"polluted":true},"<img src=x onerror=window.__pwned=1>":' +
      '"<script>window.__pwned=2</script>"}';
    const pane = openBody({ status: 500, body });
    expect(pane.querySelector('img, script')).toBeNull();
    expect(pane.querySelector('.jt-scroll')?.textContent).toContain('<img src=x onerror');
    expect(rowAt('/__proto__')?.textContent).toContain('__proto__');
    expect(rowAt('/__proto__/polluted')).not.toBeNull();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('survives a body nested 5,000 levels deep: expand all, and find at the bottom', () => {
    const depth = 5000;
    openBody({ status: 500, body: '['.repeat(depth) + '"the bottom"' + ']'.repeat(depth) });
    click('#json-expand-all');
    expect(treeRows()).toBe(depth);
    expect(domRows()).toBeLessThanOrEqual(60);
    click('#json-collapse-all');
    find('BOTTOM');
    expect($('#json-find-count')?.textContent).toBe('1 of 1');
    expect($('.jt-row.current')?.textContent).toContain('"the bottom"');
    expect(treeRows()).toBe(depth);
  });

  it('keeps a body with too many values for a tree in the text view, and says so', () => {
    const body = '[' + '0,'.repeat(1_000_000) + '0]';
    open(captured(1, { status: 500, body }, { bodyLimit: body.length }));
    expect($('#body-too-large')).not.toBeNull();
    expect($('#json-tree')).toBeNull();
  });
});
