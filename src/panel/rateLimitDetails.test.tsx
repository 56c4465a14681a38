// @vitest-environment happy-dom
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { headers } from '../../test/helpers/exchange';
import { captured, openDetails } from './testSupport';

// Issue 11: the details pane says where the retry delay came from, how X-RateLimit-Reset was
// read, and lists every rate-limit policy with its remaining quota, in English and Russian.

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const START = Date.parse('2026-06-23T10:00:00Z');
const json = { 'Content-Type': 'application/json' };

const text = (pane: HTMLElement, selector: string) =>
  pane.querySelector(selector)?.textContent ?? null;

function policyRows(pane: HTMLElement): string[][] {
  return Array.from(pane.querySelectorAll('.rate-limit-policies tbody tr')).map((tr) =>
    Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? ''),
  );
}

const ietf = (extra: Record<string, string> = {}) =>
  captured(1, {
    status: 429,
    responseHeaders: headers({
      ...json,
      'RateLimit-Policy': '"burst";q=100;w=60, "daily";q=1000;w=86400;qu="content-bytes"',
      RateLimit: '"burst";r=40;t=20, "daily";r=0;t=3600',
      ...extra,
    }),
    json: {},
  });

describe('rate limits in the details pane', () => {
  it('lists every policy with its quota, what remains, its reset and its header', () => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
    const pane = openDetails(ietf());
    expect(text(pane, '.rate-limit .subsection-title')).toBe('Policies (2)');
    expect(policyRows(pane)).toEqual([
      ['burst', '100 requests per 60 s', '40', '20 s after the response', 'RateLimit'],
      ['daily', '1,000 bytes per 86,400 s', '0', '3,600 s after the response', 'RateLimit'],
    ]);
    expect(pane.querySelector('.rate-limit-policies tr.exhausted td code')?.textContent).toBe(
      'daily',
    );
    // The summary is the policy closest to exhaustion.
    expect(text(pane, '.rate-limit .facts')).toContain('Remaining0');
  });

  it('says the delay came from the exhausted RateLimit policy', () => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
    const pane = openDetails(ietf());
    expect(text(pane, '#retry-countdown')).toBe('Retry allowed in 3,600 s');
    expect(text(pane, '.delay-source')).toBe(
      '(from RateLimit: quota “daily” used up, it resets then)',
    );
  });

  it('says Retry-After wins over RateLimit', () => {
    const pane = openDetails(ietf({ 'Retry-After': '15' }));
    expect(text(pane, '.delay-source')).toBe('(from Retry-After)');
  });

  it('reads a GitHub reset as a Unix time and says so, with the X-RateLimit source', () => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
    const pane = openDetails(
      captured(1, {
        status: 429,
        responseHeaders: headers({
          ...json,
          Date: 'Tue, 23 Jun 2026 10:00:00 GMT',
          'X-RateLimit-Limit': '60',
          'X-RateLimit-Remaining': '0',
          'X-RateLimit-Reset': String(START / 1000 + 90),
        }),
        json: {},
      }),
    );
    expect(text(pane, '.reset-kind')).toBe(
      'X-RateLimit-Reset read as a Unix time: it is too large to be a delay, against the response’s Date.',
    );
    expect(text(pane, '.delay-source')).toBe(
      '(from X-RateLimit-Reset: the quota is used up, it resets then)',
    );
    expect(text(pane, '#retry-countdown')).toBe('Retry allowed in 90 s');
    // X-RateLimit alone: the summary says it all, no policy table.
    expect(pane.querySelector('.rate-limit-policies')).toBeNull();
  });

  it('reads a small reset as a delay and says so', () => {
    const pane = openDetails(
      captured(1, {
        status: 429,
        responseHeaders: headers({
          ...json,
          'X-RateLimit-Remaining': '0',
          'X-RateLimit-Reset': '30',
        }),
        json: {},
      }),
    );
    expect(pane.querySelector('.reset-kind')?.getAttribute('data-kind')).toBe('delay');
    expect(text(pane, '.reset-kind')).toMatch(/^X-RateLimit-Reset read as a delay in seconds/);
  });

  it('speaks Russian', () => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
    const pane = openDetails(ietf(), 'ru');
    expect(text(pane, '.rate-limit .subsection-title')).toBe('Политики (2)');
    expect(policyRows(pane)[0]).toEqual([
      'burst',
      '100 запросов за 60 с',
      '40',
      'через 20 с после ответа',
      'RateLimit',
    ]);
    expect(text(pane, '.delay-source')).toBe(
      '(по RateLimit: квота «daily» исчерпана, тогда она обновится)',
    );
  });

  it('names older drafts in the header column', () => {
    const pane = openDetails(
      captured(1, {
        status: 503,
        responseHeaders: headers({
          ...json,
          'RateLimit-Policy': '100;w=10',
          RateLimit: 'limit=100, remaining=0, reset=5',
          'X-RateLimit-Limit': '100',
          'X-RateLimit-Remaining': '0',
        }),
        json: {},
      }),
    );
    expect(policyRows(pane).map((r) => [r[0], r[1], r[4]])).toEqual([
      ['(unnamed)', '100 requests per 10 s', 'RateLimit (draft 07)'],
      ['(unnamed)', '100 requests', 'X-RateLimit-*'],
    ]);
    expect(text(pane, '.delay-source')).toBe(
      '(from RateLimit: the quota is used up, it resets then)',
    );
  });
});
