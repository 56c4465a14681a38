import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cliRun';

// One exchange breaking each retry rule, and the boundary cases that break none.
const RETRIES = 'test/fixtures/retries.har';

/** The CLI run in this process: the entry point's own test spawns it (cli.test.ts). */
const cli = runCli;

interface JsonRow {
  entry: number;
  status: number;
  format: string | null;
  code: string | null;
  known: boolean;
  title: string | null;
  retry: unknown;
  requestId: string | null;
  violations: { kind: string; retryOf: number }[];
}

function rows(...args: string[]): JsonRow[] {
  const { code, stdout } = cli('decode', RETRIES, '--json', ...args);
  expect(code).toBe(0);
  return (JSON.parse(stdout) as { errors: JsonRow[] }).errors;
}

describe('api-error-decoder decode: the retry audit', { timeout: 30_000 }, () => {
  it('gives every object its violations, empty when there are none', () => {
    const byEntry = new Map(rows().map((r) => [r.entry, r.violations]));
    expect(Object.fromEntries(byEntry)).toEqual({
      0: [],
      1: [{ kind: 'retried-non-retryable', retryOf: 0 }],
      2: [],
      3: [{ kind: 'retried-too-early', retryOf: 2 }],
      4: [],
      5: [], // exactly afterSeconds (10 s) after the error ended
      6: [],
      7: [], // the third retry: exactly maxAttempts
      8: [{ kind: 'too-many-attempts', retryOf: 7 }],
      9: [],
      10: [{ kind: 'blind-retry', retryOf: 9 }],
      12: [], // GET /api/orders/42 (entry 11) checked first
      13: [], // another body: not a retry
    });
  });

  it('lists a successful retry that broke a rule, in HAR order, as a non-error', () => {
    const list = rows();
    expect(list.map((r) => r.entry)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13]);
    expect(list.find((r) => r.entry === 3)).toEqual({
      entry: 3,
      url: 'https://shop.example.com/api/limited',
      method: 'GET',
      status: 200,
      format: null,
      code: null,
      known: false,
      title: null,
      retry: null,
      requestId: null,
      violations: [{ kind: 'retried-too-early', retryOf: 2 }],
      message: null,
      meaning: null,
      action: null,
      rateLimit: null,
      fieldErrors: [],
      notes: [],
    });
  });

  it('audits only the hosts --host keeps', () => {
    expect(rows('--host', 'other.example.com')).toEqual([]);
    expect(rows('--host', 'shop.example.com')).toHaveLength(13);
  });

  it('adds a column and a count to the table, and still counts errors only', () => {
    const { code, stdout } = cli('decode', RETRIES);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/RETRY RULES BROKEN$/);
    expect(stdout).toContain('blind-retry (retry of #9)');
    expect(lines.at(-2)).toBe(
      '4 retry rules broken: 1 retried-non-retryable, 1 retried-too-early, 1 too-many-attempts, 1 blind-retry',
    );
    expect(lines.at(-1)).toBe('12 errors in 14 entries');
  });

  it('leaves a HAR without retries as it was', () => {
    const { stdout } = cli('decode', 'test/fixtures/sample.har');
    expect(stdout).not.toContain('RETRY RULES');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('6 errors in 8 entries');
  });
});
