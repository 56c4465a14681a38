import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from './helpers/cliRun';

/*
 * Made for this test: NEW has BASE's errors, provider_error three times instead of once, two
 * codes BASE never had on billing.example.com, and a retry of 1001 that the API forbids.
 */
const BASE = 'test/fixtures/diff-base.har';
const NEW = 'test/fixtures/diff-new.har';

interface DiffJson {
  base: string;
  new: string;
  factor: number;
  somethingNew: boolean;
  newErrors: { host: string; format: string; code: string; count: number; title: string }[];
  grown: { host: string; code: string; before: number; count: number }[];
  newViolations: { host: string; kind: string; format: string; code: string; count: number }[];
}

function diffJson(...args: string[]): { code: number; doc: DiffJson } {
  const { code, stdout, stderr } = runCli('diff', ...args, '--json');
  expect(stderr).toBe('');
  return { code, doc: JSON.parse(stdout) as DiffJson };
}

describe('api-error-decoder diff', () => {
  it('finds new codes, grown counts and new broken retry rules, and exits 1', () => {
    const { code, doc } = diffJson(BASE, NEW);
    expect(code).toBe(1);
    expect(doc).toMatchObject({ base: BASE, new: NEW, factor: 2, somethingNew: true });
    expect(doc.newErrors.map((g) => [g.host, g.format, g.code, g.count])).toEqual([
      ['billing.example.com', 'numeric-code', '1001', 2],
      ['billing.example.com', 'numeric-code', '1999', 1],
    ]);
    expect(doc.grown).toEqual([
      {
        host: 'api.example.com',
        format: 'ok-flag',
        code: 'provider_error',
        count: 3,
        title: 'Temporary provider error',
        before: 1,
      },
    ]);
    // BASE already retried RATE_LIMIT_EXCEEDED too early: only the forbidden retry is new.
    expect(doc.newViolations).toEqual([
      {
        host: 'billing.example.com',
        kind: 'retried-non-retryable',
        format: 'numeric-code',
        code: '1001',
        count: 1,
      },
    ]);
  });

  it('counts growth only past --factor', () => {
    expect(diffJson(BASE, NEW, '--factor', '3').doc.grown).toEqual([]);
    expect(diffJson(BASE, NEW, '--factor=2.9').doc.grown).toHaveLength(1);
  });

  it('finds nothing new against itself or in the smaller recording, and exits 0', () => {
    for (const [base, next] of [
      [NEW, NEW],
      [NEW, BASE],
    ] as const) {
      const { code, doc } = diffJson(base, next);
      expect(code).toBe(0);
      expect(doc).toMatchObject({
        somethingNew: false,
        newErrors: [],
        grown: [],
        newViolations: [],
      });
    }
  });

  it('prints a table per kind of news and one line that sums it up', () => {
    const { code, stdout } = runCli('diff', BASE, NEW);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^New errors\nHOST +FORMAT +CODE +COUNT +MEANING\n/);
    expect(stdout).toMatch(/^billing\.example\.com +numeric-code +1999 +1 /m);
    expect(stdout).toMatch(/^Grown more than 2×\nHOST +FORMAT +CODE +BEFORE +NOW +MEANING\n/m);
    expect(stdout).toMatch(/^api\.example\.com +ok-flag +provider_error +1 +3 /m);
    expect(stdout).toMatch(/^New retry rules broken\n/m);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      `New in ${NEW} against ${BASE}: 2 new error codes, 1 code grown more than 2×, ` +
        '1 new retry violation',
    );
    expect(runCli('diff', NEW, BASE).stdout).toBe(`Nothing new in ${BASE} against ${NEW}\n`);
  });

  it('gives the exit code to the process', () => {
    expect(spawnCli('diff', BASE, NEW).code).toBe(1);
    expect(spawnCli('diff', NEW, BASE).code).toBe(0);
  });

  it.each([
    [[BASE], 'diff needs BASE.har and NEW.har'],
    [[BASE, NEW, NEW], 'unexpected argument'],
    [[BASE, NEW, '--factor', '0.5'], '--factor must be a number of at least 1'],
    [[BASE, NEW, '--factor', 'x'], '--factor must be a number of at least 1'],
    [['-', '-'], 'only one of BASE and NEW can be stdin'],
    [[BASE, 'test/fixtures/not-json.txt'], 'not-json.txt: not JSON'],
  ])('exits 2 for %j', (args, message) => {
    const { code, stdout, stderr } = runCli('diff', ...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });
});
