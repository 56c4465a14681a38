import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from './helpers/cliRun';

const SAMPLE = 'test/fixtures/sample.har';

/** The CLI run in this process: the entry point's own test spawns it (cli.test.ts). */
const cli = runCli;

interface JsonError {
  entry: number;
  url: string;
  format: string;
  code: string | number | null;
  status: number;
  title: string;
  retry: { advice: string; afterSeconds: number | null; maxAttempts: number | null };
  requestId: string | null;
}

function json(...args: string[]): JsonError[] {
  const { code, stdout } = cli('decode', SAMPLE, '--json', ...args);
  expect(code).toBe(0);
  return (JSON.parse(stdout) as { errors: JsonError[] }).errors;
}

describe('api-error-decoder decode', { timeout: 30_000 }, () => {
  it('prints a table with every format and code, and a summary', () => {
    // The real entry point, as a user runs it after `npm ci`.
    const { code, stdout, stderr } = spawnCli('decode', SAMPLE);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const text of [
      'ok-flag',
      'provider_error',
      'state-meta',
      'validation_error',
      'success-flag',
      'RATE_LIMIT_EXCEEDED',
      'jsonrpc',
      '-32601',
      'numeric-code',
      '1001',
      'http',
    ]) {
      expect(stdout).toContain(text);
    }
    expect(stdout).toContain('Too many requests');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('6 errors in 8 entries');
  });

  it('gives Cyrillic titles with --lang ru', () => {
    const { stdout } = cli('decode', SAMPLE, '--lang', 'ru');
    expect(stdout).toMatch(/[А-Яа-яЁё]{4,}/);
    const titles = json('--lang', 'ru').map((e) => e.title);
    expect(titles.every((t) => /[А-Яа-яЁё]/.test(t))).toBe(true);
  });

  it('prints one JSON document with entries, formats, codes and retry advice', () => {
    const errors = json();
    expect(errors.map((e) => [e.entry, e.format, e.code, e.status])).toEqual([
      [1, 'ok-flag', 'provider_error', 502],
      [2, 'state-meta', 'validation_error', 422],
      [3, 'success-flag', 'RATE_LIMIT_EXCEEDED', 429],
      [4, 'jsonrpc', -32601, 200],
      [5, 'numeric-code', 1001, 400],
      [6, 'http', null, 500],
    ]);
    const byEntry = new Map(errors.map((e) => [e.entry, e]));
    expect(byEntry.get(1)?.retry.advice).toBe('wait');
    expect(byEntry.get(2)?.retry.advice).toBe('no');
    expect(byEntry.get(2)?.requestId).toBe('req_01J5Z8K2');
    expect(byEntry.get(3)?.retry).toMatchObject({ advice: 'wait', afterSeconds: 30 });
    expect(byEntry.get(3)?.requestId).toBe('req_7f3a');
  });

  it('keeps only matching hosts with --host', () => {
    expect(json('--host', '*.example.com').map((e) => e.entry)).toEqual([1, 3, 5, 6]);
    expect(json('--host', '127.0.0.1:8080').map((e) => e.entry)).toEqual([2, 4]);
    expect(json('--host', '127.0.0.1:9999').map((e) => e.entry)).toEqual([]);
    const ored = json('--host', 'api.example.com', '--host', '127.0.0.1');
    expect(ored.map((e) => e.entry)).toEqual([1, 2, 3, 4, 5]);
  });

  it.each([
    ['test/fixtures/missing.har', 'no such file'],
    ['test/fixtures/not-json.txt', 'not JSON'],
    ['test/fixtures/not-har.har', 'not a HAR file'],
  ])('rejects %s with exit code 2 and one stderr line', (file, reason) => {
    const { code, stdout, stderr } = cli('decode', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`api-error-decoder: ${file}: ${reason}`);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('prints usage on stderr with exit code 2 for an unknown command or option', () => {
    for (const args of [['explain', SAMPLE], ['decode', SAMPLE, '--verbose'], []]) {
      const { code, stdout, stderr } = cli(...args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('Usage: api-error-decoder decode');
    }
  });

  it('prints usage on stdout with exit code 0 for --help', () => {
    const { code, stdout, stderr } = cli('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: api-error-decoder decode');
    expect(stderr).toBe('');
  });
});
