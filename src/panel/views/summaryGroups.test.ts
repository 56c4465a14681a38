import { describe, expect, it } from 'vitest';
import type { FormatId } from '../../core/types';
import { groupSummary, summaryFilter } from './summaryGroups';

const T0 = Date.parse('2026-06-23T10:00:00Z');

function err(host: string, format: FormatId, code: string | number | null, ms: number) {
  return { host, startedAt: T0 + ms, decoded: { format, code } } as Parameters<
    typeof groupSummary
  >[0][number];
}

describe('groupSummary', () => {
  it('is empty without errors', () => {
    expect(groupSummary([])).toEqual([]);
  });

  it('groups host → format → code with counts and first and last seen', () => {
    const groups = groupSummary([
      err('api.example.com', 'ok-flag', 'provider_error', 300),
      err('auth.example.com', 'problem-json', null, 50),
      err('api.example.com', 'ok-flag', 'provider_error', 100),
      err('api.example.com', 'http', null, 200),
      err('api.example.com', 'ok-flag', 'rate_limited', 400),
    ]);
    expect(groups).toEqual([
      {
        host: 'api.example.com',
        count: 4,
        firstSeen: T0 + 100,
        lastSeen: T0 + 400,
        formats: [
          {
            format: 'ok-flag',
            count: 3,
            firstSeen: T0 + 100,
            lastSeen: T0 + 400,
            codes: [
              { code: 'provider_error', count: 2, firstSeen: T0 + 100, lastSeen: T0 + 300 },
              { code: 'rate_limited', count: 1, firstSeen: T0 + 400, lastSeen: T0 + 400 },
            ],
          },
          {
            format: 'http',
            count: 1,
            firstSeen: T0 + 200,
            lastSeen: T0 + 200,
            codes: [{ code: null, count: 1, firstSeen: T0 + 200, lastSeen: T0 + 200 }],
          },
        ],
      },
      {
        host: 'auth.example.com',
        count: 1,
        firstSeen: T0 + 50,
        lastSeen: T0 + 50,
        formats: [
          {
            format: 'problem-json',
            count: 1,
            firstSeen: T0 + 50,
            lastSeen: T0 + 50,
            codes: [{ code: null, count: 1, firstSeen: T0 + 50, lastSeen: T0 + 50 }],
          },
        ],
      },
    ]);
  });

  it('takes a number and its string as one code, but no code apart from "null"', () => {
    const [host] = groupSummary([
      err('h', 'numeric-code', 1001, 0),
      err('h', 'numeric-code', '1001', 1),
      err('h', 'numeric-code', null, 2),
      err('h', 'numeric-code', 'null', 3),
    ]);
    expect(host?.formats[0]?.codes.map((c) => [c.code, c.count])).toEqual([
      [1001, 2],
      [null, 1],
      ['null', 1],
    ]);
  });

  it('orders ties by name', () => {
    const groups = groupSummary([err('b.test', 'http', null, 0), err('a.test', 'http', null, 0)]);
    expect(groups.map((g) => g.host)).toEqual(['a.test', 'b.test']);
  });
});

describe('summaryFilter', () => {
  it('narrows the list to one host, format and code', () => {
    expect(summaryFilter('api.example.com', 'ok-flag', 'provider_error')).toBe(
      'domain:api.example.com format:ok-flag code:provider_error',
    );
    expect(summaryFilter('localhost:3000', 'jsonrpc', -32601)).toBe(
      'domain:localhost:3000 format:jsonrpc code:-32601',
    );
  });

  it('leaves out what a token cannot say', () => {
    expect(summaryFilter('h.test', 'http', null)).toBe('domain:h.test format:http');
    expect(summaryFilter('h.test', 'ok-flag', 'two words')).toBe('domain:h.test format:ok-flag');
    expect(summaryFilter('', 'http', null)).toBe('format:http');
  });
});
