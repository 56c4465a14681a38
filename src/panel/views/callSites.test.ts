import { describe, expect, it } from 'vitest';
import { groupByCallSite } from './callSites';

const site = (line: number) => ({
  url: 'https://app.test/src/apiClient.ts',
  line,
  column: 3,
  app: true,
});

describe('groupByCallSite', () => {
  it('counts errors per call site and per status, busiest first, unknown callers last', () => {
    const errors = [
      ...Array.from({ length: 17 }, () => ({ initiator: site(42), status: 401 })),
      { initiator: site(42), status: 500 },
      { initiator: null, status: 502 },
      { initiator: null, status: 502 },
      { initiator: site(7), status: 404 },
    ];
    expect(groupByCallSite(errors)).toEqual([
      {
        site: site(42),
        count: 18,
        statuses: [
          [401, 17],
          [500, 1],
        ],
      },
      { site: null, count: 2, statuses: [[502, 2]] },
      { site: site(7), count: 1, statuses: [[404, 1]] },
    ]);
  });
});
