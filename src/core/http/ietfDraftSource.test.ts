import { describe, expect, it } from 'vitest';
import { headers } from '../../../test/helpers/exchange';
import { rateLimitOf } from './rateLimit';

const sources = (record: Record<string, string>) =>
  rateLimitOf(headers(record), 0)?.policies.map((p) => [p.quota, p.source]);

describe('quota-only policies of drafts 06–07 carry the draft their state came in', () => {
  it('draft 07 when a RateLimit Dictionary states the limit, draft 06 otherwise', () => {
    expect(
      sources({
        'RateLimit-Policy': '10;w=1, 50;w=60',
        RateLimit: 'limit=50, remaining=0, reset=7',
      }),
    ).toEqual([
      [50, 'ratelimit-draft07'],
      [10, 'ratelimit-draft07'],
    ]);
    expect(
      sources({
        'RateLimit-Policy': '10;w=1, 50;w=60',
        'RateLimit-Limit': '50',
        'RateLimit-Remaining': '0',
        'RateLimit-Reset': '7',
      }),
    ).toEqual([
      [50, 'ratelimit-draft06'],
      [10, 'ratelimit-draft06'],
    ]);
  });
});
