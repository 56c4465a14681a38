import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli } from './helpers/cliRun';

const SAMPLE = 'test/fixtures/sample.har'; // 6 documented errors, no broken retry rule
const RETRIES = 'test/fixtures/retries.har'; // documented errors and 4 broken retry rules
const NEW = 'test/fixtures/diff-new.har'; // 9 errors, one with the undocumented code 1999

let dir = '';
let clean = '';
let hostile = '';

function harOf(entries: readonly { url: string; status: number; text: string }[]): string {
  return JSON.stringify({
    log: {
      entries: entries.map((e, i) => ({
        startedDateTime: new Date(Date.UTC(2026, 5, 23, 10, 0, i)).toISOString(),
        request: { method: 'GET', url: e.url },
        response: { status: e.status, content: { mimeType: 'application/json', text: e.text } },
      })),
    },
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'aed-check-'));
  clean = join(dir, 'clean.har');
  writeFileSync(
    clean,
    harOf([
      { url: 'https://api.example.com/a', status: 200, text: '{"ok":true,"data":{}}' },
      { url: 'https://api.example.com/b', status: 204, text: '' },
    ]),
  );
  // Codes a server chose to break our output with: terminal escapes, markup, a lone surrogate.
  hostile = join(dir, 'hostile.har');
  const code = (c: string) => JSON.stringify({ ok: false, error: { code: c, message: 'x' } });
  writeFileSync(
    hostile,
    harOf([
      { url: 'https://api.example.com/1', status: 400, text: code('\x1b[2J\x1b]0;pwned\x07') },
      { url: 'https://api.example.com/2', status: 400, text: code('a|b`c</failure>&<img src=x>') },
      { url: 'https://api.example.com/3', status: 400, text: code('half \ud800 \uffff \x00') },
    ]),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check --fail-on', () => {
  it.each([
    // [mode, file, exit code]
    ['error', SAMPLE, 1],
    ['error', () => clean, 0],
    ['unknown', NEW, 1],
    ['unknown', SAMPLE, 0],
    ['violation', RETRIES, 1],
    ['violation', SAMPLE, 0],
    ['none', RETRIES, 0],
    ['none', NEW, 0],
  ] as const)('%s on %s exits %i', (mode, file, exit) => {
    const path = typeof file === 'function' ? file() : file;
    const { code, stdout, stderr } = runCli('check', path, '--fail-on', mode);
    expect(code).toBe(exit);
    expect(stderr).toBe('');
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(
      new RegExp(`^${exit === 1 ? 'FAIL' : 'PASS'} \\(--fail-on ${mode}\\): `),
    );
  });

  it('fails on error by default, over every file given', () => {
    const { code, stdout } = runCli('check', clean, SAMPLE);
    expect(code).toBe(1);
    expect(stdout).toContain(
      'FAIL (--fail-on error): 6 errors in 10 entries of 2 files, none with an undocumented code',
    );
    expect(runCli('check', clean, clean).code).toBe(0);
  });

  it('gives the exit code to the process', () => {
    expect(spawnCli('check', SAMPLE).code).toBe(1);
    expect(spawnCli('check', SAMPLE, '--fail-on', 'violation').code).toBe(0);
  });

  it.each([
    [['check'], 'missing FILE.har'],
    [['check', SAMPLE, '--fail-on', 'warning'], '--fail-on must be one of: error, unknown'],
    [['check', SAMPLE, '--format', 'html'], '--format must be one of: table, json, markdown'],
    [['check', 'test/fixtures/missing.har'], 'test/fixtures/missing.har: no such file'],
    [['check', SAMPLE, 'test/fixtures/not-har.har'], 'not-har.har: not a HAR file'],
  ])('exits 2 for %j', (args, message) => {
    const { code, stdout, stderr } = runCli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });
});

describe('check --format', () => {
  it('table: errors by host, format and code with counts, broken rules, the verdict', () => {
    const { stdout } = runCli('check', RETRIES, NEW, '--format', 'table');
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^HOST +FORMAT +CODE +COUNT +MEANING +RETRY$/);
    const row = (host: string, code: string) =>
      lines.find((l) => l.startsWith(host) && l.includes(` ${code} `));
    expect(row('shop.example.com', 'provider_error')).toMatch(/ok-flag +provider_error +9 /);
    expect(row('api.example.com', 'provider_error')).toMatch(/ +3 +Temporary provider error/);
    expect(row('billing.example.com', '1999')).toContain('1999 (undocumented)');
    expect(stdout).toMatch(/^HOST +RETRY RULE BROKEN +AFTER +COUNT$/m);
    expect(stdout).toMatch(/billing\.example\.com +retried-non-retryable +numeric-code 1001 +1$/m);
  });

  it('json: the verdict, the summary and which entries fail', () => {
    const { stdout } = runCli('check', SAMPLE, NEW, '--format', 'json', '--fail-on', 'unknown');
    const doc = JSON.parse(stdout) as {
      failOn: string;
      failed: boolean;
      summary: Record<string, number>;
      files: { file: string; entries: number; errors: { entry: number }[]; failing: number[] }[];
      groups: { host: string; code: string; count: number; undocumented: boolean }[];
    };
    expect(doc.failOn).toBe('unknown');
    expect(doc.failed).toBe(true);
    expect(doc.summary).toEqual({
      files: 2,
      entries: 17,
      errors: 15,
      undocumented: 1,
      violations: 2,
      failing: 1,
    });
    expect(doc.files.map((f) => [f.file, f.errors.length, f.failing])).toEqual([
      [SAMPLE, 6, []],
      [NEW, 9, [8]],
    ]);
    expect(doc.groups.find((g) => g.code === '1999')).toMatchObject({
      host: 'billing.example.com',
      count: 1,
      undocumented: true,
    });
  });

  it('markdown: a pull-request summary with counts, advice and broken rules', () => {
    const { stdout } = runCli('check', RETRIES, '--format', 'markdown');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('### API errors: failed');
    expect(lines).toContain('| Host | Format | Code | Count | Meaning | What to do | Retry |');
    expect(lines).toContain(
      '| `shop.example.com` | `ok-flag` | `provider_error` | 9 | Temporary provider error | ' +
        'Retry carefully: after 10–30 seconds, at most 3 attempts. | `wait 10 s ×3` |',
    );
    expect(lines).toContain('#### Retry rules broken');
    expect(lines).toContain(
      '| `shop.example.com` | `blind-retry` | `ok-flag` `provider_error` | 1 |',
    );
    expect(runCli('check', clean, '--format', 'markdown').stdout).toMatch(
      /^### API errors: passed\n\nPASS \(--fail-on error\): 0 errors/,
    );
  });

  it('junit: XML with one test case per error, failing per --fail-on', () => {
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'testcase' });
    const suiteOf = (mode: string) => {
      const { stdout } = runCli('check', NEW, '--format', 'junit', '--fail-on', mode);
      expect(XMLValidator.validate(stdout)).toBe(true);
      const doc = parser.parse(stdout) as {
        testsuites: {
          testsuite: { '@_tests': string; '@_failures': string; testcase: { failure?: unknown }[] };
        };
      };
      return doc.testsuites.testsuite;
    };
    const error = suiteOf('error');
    expect(error['@_tests']).toBe('9');
    expect(error.testcase).toHaveLength(9);
    expect(error.testcase.filter((c) => c.failure).length).toBe(9);
    expect(error['@_failures']).toBe('9');
    const unknown = suiteOf('unknown');
    const failing = unknown.testcase.filter((c) => c.failure);
    expect(failing).toHaveLength(1);
    expect(failing[0]).toMatchObject({
      '@_classname': 'billing.example.com',
      '@_name': '#8 GET https://billing.example.com/invoices → numeric-code 1999',
      failure: {
        '@_type': 'undocumented-code',
        '#text': expect.stringContaining('Undocumented code: 1999'),
      },
    });
    expect(suiteOf('violation').testcase.filter((c) => c.failure)).toHaveLength(2);
    expect(suiteOf('none').testcase.filter((c) => c.failure)).toHaveLength(0);
  });

  it.each(['table', 'json', 'markdown', 'junit'])(
    '%s: hostile codes cannot drive the terminal or break the format',
    (format) => {
      const { code, stdout } = runCli('check', hostile, '--format', format);
      expect(code).toBe(1);
      // eslint-disable-next-line no-control-regex
      expect(stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
      if (format === 'junit') expect(XMLValidator.validate(stdout)).toBe(true);
      if (format === 'json') expect(JSON.parse(stdout)).toMatchObject({ failed: true });
      if (format === 'markdown') {
        // Markup stays inside a code span, which Markdown shows as text.
        expect(stdout).toContain('| ``a\\|b`c</failure>&<img src=x>`` (undocumented) |');
        // Every table row keeps its 7 cells: no `|` of a code splits one.
        const rows = stdout.split('\n').filter((l) => l.startsWith('| `api'));
        expect(rows).toHaveLength(3);
        for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(9);
      }
    },
  );
});
