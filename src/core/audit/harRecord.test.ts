import { describe, expect, it } from 'vitest';
import { exchange } from '../../../test/helpers/exchange';
import { harRecord } from './harRecord';
import { bodyKeyOf } from './requestRecord';

const START = Date.parse('2026-06-23T10:00:00Z');
const ex = exchange({ method: 'POST', url: 'https://api.example.com:8443/v1/pay', status: 503 });
const advice = { retry: { advice: 'wait' as const, afterSeconds: 5, maxAttempts: 3 } };

describe('harRecord: one HAR entry as an audit record', () => {
  it('takes method, URL, status and start from the exchange, the rest from the entry', () => {
    const entry = {
      time: 250,
      pageref: 'page_2',
      request: { postData: { mimeType: 'application/json', text: '{"amount":5}' } },
    };
    expect(harRecord(7, entry, ex, advice)).toEqual({
      id: 7,
      method: 'POST',
      url: 'https://api.example.com:8443/v1/pay',
      bodyKey: bodyKeyOf('{"amount":5}'),
      host: 'api.example.com:8443',
      startedAt: START,
      endedAt: START + 250,
      status: 503,
      page: 'page_2',
      decoded: advice,
    });
  });

  it('reads a missing, negative or non-number time as 0, and no page when pageref is not text', () => {
    for (const time of [undefined, -40, Number.NaN, Infinity, '250'] as unknown[]) {
      const r = harRecord(1, { time, pageref: 3, request: {} }, ex, null);
      expect(r.endedAt).toBe(START);
      expect('page' in r).toBe(false);
    }
  });

  it('keys a request without a text body as no body, whatever the entry holds', () => {
    const noBody = bodyKeyOf(null);
    for (const entry of [
      null,
      'entry',
      {},
      { request: null },
      { request: { postData: null } },
      { request: { postData: { params: [] } } },
      { request: { postData: { text: 42 } } },
    ])
      expect(harRecord(1, entry, ex, null).bodyKey).toBe(noBody);
    expect(harRecord(1, { request: { postData: { text: '' } } }, ex, null).bodyKey).toBe(
      bodyKeyOf(''),
    );
  });
});
