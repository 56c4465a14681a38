// @vitest-environment happy-dom
import { act, cleanup, fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { headers } from '../../../test/helpers/exchange';
import type { CapturedError } from '../../core/capture/capturedError';
import { addErrors, captured, renderPanel } from '../testSupport';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const SECRETS = ['SECRET-TOKEN', 'SECRET-KEY', 'SECRET-QUERY', 'SECRET-PASSWORD', 'SECRET-COOKIE'];

const error: CapturedError = {
  ...captured(7, {
    url: 'https://api.example.com/v1/orders?api_key=SECRET-QUERY&page=1',
    method: 'POST',
    status: 401,
    requestHeaders: headers({
      Authorization: 'Bearer SECRET-TOKEN',
      'X-Api-Key': 'SECRET-KEY',
      Cookie: 'sid=SECRET-COOKIE',
      'Content-Type': 'application/json',
    }),
    responseHeaders: headers({ 'Content-Type': 'application/json', 'X-Request-Id': 'req_77' }),
    json: {
      state: 1,
      message: 'Invalid token',
      result: null,
      error: { code: 'invalid_token', details: null },
      meta: { request_id: 'req_77' },
    },
  }),
  requestBody: '{"login":"bob","password":"SECRET-PASSWORD"}',
};

function open(lang: 'en' | 'ru' = 'en') {
  const copied: string[] = [];
  const writeText = vi.fn((text: string) => {
    copied.push(text);
    return Promise.resolve();
  });
  vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
  const { store } = renderPanel();
  act(() => store.getState().updateSettings({ lang }));
  addErrors(store, [error]);
  act(() => store.getState().openDetails(error.id));
  const pane = document.getElementById('details');
  if (pane === null) throw new Error('details did not open');
  return { pane, copied };
}

async function click(pane: HTMLElement, selector: string): Promise<void> {
  await act(async () => {
    fireEvent.click(pane.querySelector(selector) as HTMLElement);
    await Promise.resolve();
  });
}

function expectNoSecret(text: string): void {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe('report buttons', () => {
  it('copies a redacted Markdown support report and says so', async () => {
    const { pane, copied } = open();
    const button = pane.querySelector('#copy-report');
    expect(button?.textContent).toBe('Copy support report');
    await click(pane, '#copy-report');
    expect(copied).toHaveLength(1);
    const report = copied[0] ?? '';
    expect(report).toMatch(/^## API error report\n/);
    expect(report).toContain('`req_77`');
    expect(report).toContain('`401`');
    expect(report).toContain('`invalid_token`');
    expect(report).toContain('api_key=[REDACTED]');
    expectNoSecret(report);
    expect(button?.parentElement?.querySelector('[role="status"]')?.textContent).toBe('Copied');
  });

  it('copies a redacted cURL command with the request body', async () => {
    const { pane, copied } = open();
    expect(pane.querySelector('#copy-curl')?.textContent).toBe('Copy as cURL');
    await click(pane, '#copy-curl');
    const curl = copied[0] ?? '';
    expect(curl).toMatch(
      /^curl \\\n {2}-X POST .* \\\n {2}-- 'https:\/\/api\.example\.com\/v1\/orders\?api_key=\[REDACTED\]&page=1'$/s,
    );
    expect(curl).toContain("-H 'Authorization: Bearer [REDACTED]'");
    expect(curl).toContain(`--data-raw '{"login":"bob","password":"[REDACTED]"}'`);
    expectNoSecret(curl);
  });

  it('speaks the UI language: Russian buttons, Russian report', async () => {
    const { pane, copied } = open('ru');
    expect(pane.querySelector('#copy-report')?.textContent).toBe('Копировать отчёт для поддержки');
    expect(pane.querySelector('#copy-curl')?.textContent).toBe('Копировать как cURL');
    await click(pane, '#copy-report');
    expect(copied[0]).toContain('## Отчёт об ошибке API');
    expect(copied[0]).toContain('Название API-ключа');
    expect(pane.querySelector('.report-buttons [role="status"]')?.textContent).toBe('Скопировано');
  });

  it('says when the copy failed', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({
      writeText: () => Promise.reject(new Error('denied')),
    } as unknown as Clipboard);
    document.execCommand = vi.fn(() => false);
    const { store } = renderPanel();
    addErrors(store, [error]);
    act(() => store.getState().openDetails(error.id));
    const pane = document.getElementById('details') as HTMLElement;
    await click(pane, '#copy-curl');
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(pane.querySelector('.report-buttons [role="status"]')?.textContent).toBe('Copy failed');
  });
});
