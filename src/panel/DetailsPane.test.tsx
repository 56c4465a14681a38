// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { headers } from '../../test/helpers/exchange';
import type { CapturedError } from '../core/capture/capturedError';
import { addErrors, captured, okFalse, renderPanel } from './testSupport';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Renders a fresh panel (dropping any earlier one) with `error` open in the details pane. */
function openDetails(error: CapturedError): HTMLElement {
  cleanup();
  const { store } = renderPanel();
  addErrors(store, [error]);
  act(() => store.getState().openDetails(error.id));
  const pane = document.getElementById('details');
  if (pane === null) throw new Error('details did not open');
  return pane;
}

const json = { 'Content-Type': 'application/json' };

describe('details pane', () => {
  it('explains the error: title, meaning, action, format, code and server message', () => {
    const pane = openDetails(
      captured(1, { status: 400, json: okFalse('invalid_request', 'amount is required') }),
    );
    expect(pane.querySelector('.details-title')?.textContent).toBe('Invalid parameters or format');
    expect(pane.querySelector('.meaning')?.textContent).toBe(
      'The request parameters or their format are wrong.',
    );
    expect(pane.querySelector('.action')?.textContent).toContain('Do not retry as is.');
    expect(pane.querySelector('.badge-format')?.textContent).toBe('ok:false envelope');
    expect(pane.querySelector('.badge-code')?.textContent).toBe('Code: invalid_request');
    expect(pane.querySelector('.server-message')?.textContent).toBe('amount is required');
    expect(pane.querySelector('.http-meaning')?.textContent).toContain('HTTP 400');
    expect(pane.querySelector('.badge-undocumented')).toBeNull();
    expect(pane.querySelector('.advice')?.textContent).toBe('Do not retry as is');
  });

  it('flags an undocumented code and lists the notes', () => {
    const pane = openDetails(captured(1, { status: 400, json: okFalse('made_up_code') }));
    expect(pane.querySelector('.badge-undocumented')?.textContent).toBe('undocumented code');
    expect(pane.querySelector('.notes')?.textContent).toContain('made_up_code is undocumented');
  });

  it('masks credentials in the headers tables', () => {
    const pane = openDetails(
      captured(1, {
        status: 401,
        requestHeaders: headers({
          Authorization: 'Bearer sk_live_123',
          'X-Api-Key': 'k-999',
          Accept: '*/*',
        }),
        responseHeaders: headers({ ...json, 'Set-Cookie': 'sid=abc' }),
        json: okFalse('invalid_token'),
      }),
    );
    const text = pane.textContent ?? '';
    expect(text).not.toContain('sk_live_123');
    expect(text).not.toContain('k-999');
    expect(text).not.toContain('sid=abc');
    const request = pane.querySelector('table[data-kind="request"]');
    expect(request?.textContent).toContain('AuthorizationBearer ••••');
    expect(request?.textContent).toContain('Accept*/*');
    expect(pane.querySelector('.advice')?.textContent).toBe('Fix credentials, then retry');
  });

  it('shows a hostile body as text, never as markup', () => {
    const body = '<script>window.__pwned=1</script><b>x</b>';
    const pane = openDetails(
      captured(1, { status: 500, body, responseHeaders: headers({ 'Content-Type': 'text/html' }) }),
    );
    expect(pane.querySelector('script')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(pane.querySelector('#details-body')?.textContent).toBe(body);
    expect(pane.textContent).toContain('<script>');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('pretty-prints a JSON body and says when it was truncated', () => {
    const error = captured(
      1,
      { status: 400, json: okFalse('invalid_request', 'x'.repeat(3000)) },
      { bodyLimit: 2048 },
    );
    const pane = openDetails(error);
    expect(pane.querySelector('#body-truncated')?.textContent).toBe(
      'Body truncated at 2 KB of 3 KB',
    );
    const full = openDetails(captured(2, { status: 400, json: okFalse('invalid_request') }));
    // A whole JSON body opens as a tree; its Text tab is the pretty-printed text.
    fireEvent.click(full.querySelector('#body-view-text') as HTMLElement);
    expect(full.querySelector('#details-body')?.textContent).toContain('{\n  "ok": false,');
  });

  it('counts down to when a retry is allowed', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-06-23T10:00:00Z'));
    const error = captured(
      1,
      {
        status: 429,
        startedAt: Date.now(),
        responseHeaders: headers({ ...json, 'Retry-After': '30' }),
        json: { message: 'slow down' },
      },
      { respondedAt: Date.now() + 3000 },
    );
    const pane = openDetails(error);
    expect(pane.querySelector('.advice')?.textContent).toBe('Wait, then retry');
    const countdown = () => document.getElementById('retry-countdown')?.textContent;
    expect(countdown()).toBe('Retry allowed in 33 s');
    expect(pane.querySelector('.countdown')?.textContent).toContain('from Retry-After');
    act(() => vi.advanceTimersByTime(6000));
    expect(countdown()).toBe('Retry allowed in 27 s');
    act(() => vi.advanceTimersByTime(27_000));
    expect(countdown()).toBe('Retry allowed now');
    expect(vi.getTimerCount()).toBe(0); // the finished countdown stopped its timer
  });

  it('describes attempts and schedules', () => {
    const pane = openDetails(
      captured(1, { status: 502, method: 'GET', json: okFalse('provider_error') }),
    );
    expect(pane.querySelector('.advice')?.textContent).toBe('Wait, then retry');
    expect(pane.querySelector('.retry')?.textContent).toContain('At most 3 attempts');
    expect(pane.querySelector('.schedule')?.textContent).toBe('10–30 s between attempts');
    expect(pane.querySelector('.retry-undocumented')).toBeNull();
  });

  it('shows a schedule only as the document gives it, with no unit or series added', () => {
    const schedule = (error: CapturedError) =>
      openDetails(error).querySelector('.schedule')?.textContent ?? null;
    // Seed 002: "retry with 2^attempt delay", no unit.
    const seed002 = { success: false, data: null, error: { code: 'BACKEND_TIMEOUT' }, meta: {} };
    expect(schedule(captured(1, { status: 504, json: seed002 }))).toBe(
      'Delay between attempts: 2^attempt',
    );
    // Seed 003: "exponential delay", no formula.
    const seed003 = { jsonrpc: '2.0', error: { code: -32603, message: 'x' }, id: 1 };
    expect(schedule(captured(2, { status: 200, json: seed003 }))).toBe(
      'Exponentially growing delay between attempts',
    );
    // Seed 001: "Yes, with backoff", no formula at all; HTML error pages have none either.
    const seed001 = { state: 1, message: 'x', result: null, error: { code: 'zzz' }, meta: {} };
    expect(schedule(captured(3, { status: 503, json: seed001 }))).toBeNull();
    expect(schedule(captured(4, { status: 504, body: '' }))).toBeNull();
  });

  it('says when the documentation gives no retry rule', () => {
    // Seed 004 gives no rule for 500: the advice follows from the status, marked as such.
    const pane = openDetails(captured(1, { status: 500, json: { error: { code: 9999 } } }));
    expect(pane.querySelector('.advice')?.textContent).toBe('Retry with backoff (a growing delay)');
    expect(pane.querySelector('.retry-undocumented')?.textContent).toBe(
      'Not a documented rule: the documentation gives none for this error.',
    );
  });

  it('warns before repeating a purchase', () => {
    const pane = openDetails(
      captured(1, { status: 502, method: 'POST', json: okFalse('provider_error') }),
    );
    expect(pane.querySelector('.advice')?.textContent).toBe(
      'Check state first, do not retry blindly',
    );
    expect(pane.querySelector('.retry-warning')?.textContent).toMatch(
      /^If this was a purchase or renewal, /,
    );
  });

  it('shows rate-limit state with the reset as a local time', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-06-23T10:00:00Z'));
    const resetAt = Math.floor(Date.now() / 1000) + 90;
    const pane = openDetails(
      captured(1, {
        status: 429,
        responseHeaders: headers({
          ...json,
          'X-RateLimit-Limit': '100',
          'X-RateLimit-Remaining': '0',
          'X-RateLimit-Reset': String(resetAt),
        }),
        json: {},
      }),
    );
    const section = pane.querySelector('.rate-limit')?.textContent ?? '';
    expect(section).toContain('Limit100');
    expect(section).toContain('Remaining0');
    expect(section).toContain(new Date(resetAt * 1000).toLocaleTimeString('en-US'));
    expect(section).toContain('(in 90 s)');
  });

  it('copies the request id', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    const pane = openDetails(
      captured(1, {
        status: 500,
        responseHeaders: headers({ ...json, 'X-Request-Id': 'req-42' }),
        json: {},
      }),
    );
    expect(pane.querySelector('#request-id')?.textContent).toBe('req-42');
    fireEvent.click(pane.querySelector('#copy-request-id') as HTMLElement);
    expect(await screen.findByText('Copied')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith('req-42');
  });

  it('lists field errors and the errors of a JSON-RPC batch', () => {
    const validation = {
      state: 1,
      message: 'Validation failed',
      error: { code: 'validation_error', details: { amount: ['The amount field is required.'] } },
      meta: { request_id: 'r1' },
    };
    const pane = openDetails(captured(1, { status: 422, json: validation }));
    expect(pane.querySelector('.field-errors tbody')?.textContent).toBe(
      'amountThe amount field is required.',
    );

    const batch = [
      { jsonrpc: '2.0', error: { code: -32601, message: 'nope' }, id: 1 },
      { jsonrpc: '2.0', error: { code: -32600, message: 'bad' }, id: 2 },
    ];
    const rpc = openDetails(captured(2, { status: 200, json: batch }));
    const items = Array.from(rpc.querySelectorAll('.batch-list li')).map((li) => li.textContent);
    expect(items).toEqual(['-32601 Method not found', '-32600 Invalid request']);
  });
});
