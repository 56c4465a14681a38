import { describe, expect, it } from 'vitest';
import { exchange } from '../../../test/helpers/exchange';
import { decode } from '../decode';
import { decodeWithoutBody, GAP_REASONS, isTruncated, missingBodyReason } from './gapReason';

const facts = (navigatedSince: boolean, serviceWorker: boolean, backfilled: boolean) => ({
  navigatedSince,
  serviceWorker,
  backfilled,
});

describe('missingBodyReason: the most specific reason first', () => {
  it('blames a navigation before a service worker, and a worker before a late start', () => {
    expect(missingBodyReason(facts(true, true, true))).toBe('evicted');
    expect(missingBodyReason(facts(false, true, true))).toBe('service-worker');
    expect(missingBodyReason(facts(false, false, true))).toBe('devtools-late');
    expect(missingBodyReason(facts(false, false, false))).toBe('unavailable');
  });

  it('gives only reasons the panel explains', () => {
    for (const f of [
      facts(true, false, false),
      facts(false, true, false),
      facts(false, false, true),
    ])
      expect(GAP_REASONS).toContain(missingBodyReason(f));
    expect(GAP_REASONS).toContain('unavailable');
    expect(new Set(GAP_REASONS).size).toBe(GAP_REASONS.length);
  });
});

describe('isTruncated: the browser reported more than it kept', () => {
  it('is false without a reported size, or when the text is as long as reported', () => {
    expect(isTruncated('abc', undefined)).toBe(false);
    expect(isTruncated('abc', 3)).toBe(false);
    expect(isTruncated('abc', 2)).toBe(false);
    expect(isTruncated('', 0)).toBe(false);
  });

  it('is true when an ASCII text is shorter than the reported bytes', () => {
    expect(isTruncated('abc', 4)).toBe(true);
    expect(isTruncated('abc', 10)).toBe(true);
    expect(isTruncated('', 1)).toBe(true);
  });

  it('counts UTF-8 bytes, not UTF-16 units, when the sizes are close', () => {
    // 'é' is 2 bytes, '€' 3: a whole body can report more bytes than it has characters.
    expect(isTruncated('ééé', 6)).toBe(false);
    expect(isTruncated('ééé', 5)).toBe(false);
    expect(isTruncated('ééé', 7)).toBe(true);
    expect(isTruncated('€', 3)).toBe(false);
    expect(isTruncated('€', 2)).toBe(false);
    expect(isTruncated('€', 4)).toBe(true);
  });
});

describe('decodeWithoutBody: a row for a request listed without its body', () => {
  const envelope = { error: { code: 'x', message: 'm' } };

  it('decodes an error status by the status alone, ignoring any body', () => {
    const ex = exchange({ status: 400, json: envelope });
    expect(decode(ex)?.format).not.toBe('http');
    const decoded = decodeWithoutBody(ex);
    expect(decoded).toEqual(decode({ ...ex, body: null }));
    expect(decoded).toMatchObject({ format: 'http', status: 400, title: { en: 'Bad request' } });
    expect(decodeWithoutBody(exchange({ status: 503 }))?.retry.advice).not.toBe('check-first');
  });

  it('says the outcome of a 2xx is unknown: its error envelope could only be in the body', () => {
    for (const status of [200, 299]) {
      expect(decodeWithoutBody(exchange({ status, json: envelope }))).toEqual({
        format: 'http',
        code: null,
        known: false,
        message: null,
        details: null,
        fieldErrors: [],
        title: { en: 'Outcome unknown', ru: 'Исход неизвестен' },
        meaning: {
          en: `HTTP ${status} reports success, but an error envelope (JSON-RPC, ok:false) could only be in the body, which was not available.`,
          ru: `HTTP ${status} сообщает об успехе, но конверт ошибки (JSON-RPC, ok:false) мог быть только в теле, а оно недоступно.`,
        },
        action: {
          en: 'Check how the page handled this response, or make it again with DevTools open.',
          ru: 'Проверьте, как страница обработала ответ, или повторите запрос при открытых DevTools.',
        },
        retry: expect.objectContaining({ advice: 'check-first' }),
        status,
        httpMeaning: { en: `HTTP ${status} Success`, ru: `HTTP ${status} Успех` },
        requestId: null,
        rateLimit: null,
        notes: [],
        batch: [],
      });
    }
  });

  it('lists nothing for a 1xx, a redirect, or a request the page cancelled', () => {
    expect(decodeWithoutBody(exchange({ status: 199 }))).toBeNull();
    expect(decodeWithoutBody(exchange({ status: 300 }))).toBeNull();
    expect(decodeWithoutBody(exchange({ status: 304 }))).toBeNull();
    expect(decodeWithoutBody(exchange({ status: 200, error: 'net::ERR_ABORTED' }))).toBeNull();
    expect(decodeWithoutBody(exchange({ status: 200, error: null }))?.title.en).toBe(
      'Outcome unknown',
    );
  });
});
