import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cliRun';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SAMPLE = 'test/fixtures/sample.har';

/** The CLI run in this process: the entry point's own test spawns it (cli.test.ts). */
const cli = runCli;

describe('api-error-decoder report', { timeout: 30_000 }, () => {
  it('prints the Markdown support report of the entry decode --json calls 2', () => {
    const { code, stdout, stderr } = cli('report', '--entry', '2', SAMPLE);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^## API error report\n\n/);
    for (const line of [
      // The id sits in the body's meta.request_id; the response sent no X-Request-Id.
      '- **Request ID (X-Request-Id):** not sent',
      '- **Request ID in the body (meta.request_id):** `req_01J5Z8K2`',
      '- **Endpoint:** `http://127.0.0.1:8080/api/v1/exchanges`',
      '- **HTTP method:** `POST`',
      '- **Request time (UTC):** `2026-06-23T10:00:02.000Z`',
      '- **HTTP status:** `422`',
      '- **error.code:** `validation_error`',
      '- **Format:** state/meta envelope (`state-meta`)',
      '- **Decoded as:** Invalid data',
      '- **Server message:** `Validation failed`',
      "- **API key name:** [fill in the key's name — never the token itself]",
    ]) {
      expect(stdout).toContain(`${line}\n`);
    }
  });

  it('speaks Russian with --lang ru', () => {
    const { code, stdout } = cli('report', '--entry', '2', '--lang', 'ru', SAMPLE);
    expect(code).toBe(0);
    expect(stdout).toContain('## Отчёт об ошибке API');
    expect(stdout).toContain('- **Расшифровка:** Неверные данные');
    expect(stdout).toContain(
      '- **Название API-ключа:** [впишите название ключа — но не сам токен]',
    );
  });

  it('reads stdin for FILE "-"', () => {
    const result = spawnSync(
      process.execPath,
      ['bin/api-error-decoder.js', 'report', '--entry', '3', '-'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        input: readFileSync(new URL(`../${SAMPLE}`, import.meta.url), 'utf8'),
      },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('`RATE_LIMIT_EXCEEDED`');
  });

  it('exits 2 with one stderr line for an entry out of range or not an error', () => {
    const outOfRange = cli('report', '--entry', '8', SAMPLE);
    expect(outOfRange).toEqual({
      code: 2,
      stdout: '',
      stderr: `api-error-decoder: ${SAMPLE}: entry 8 out of range (8 entries, from 0)\n`,
    });
    const notAnError = cli('report', '--entry', '0', SAMPLE);
    expect(notAnError).toEqual({
      code: 2,
      stdout: '',
      stderr: `api-error-decoder: ${SAMPLE}: entry 0 is not an error (HTTP 200)\n`,
    });
  });

  it('exits 2 without --entry, and documents the command in --help', () => {
    const missing = cli('report', SAMPLE);
    expect(missing.code).toBe(2);
    expect(missing.stderr.split('\n')[0]).toBe('api-error-decoder: report needs --entry N');
    const help = cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('report --entry N FILE.har [--lang en|ru] [--curl]');
  });
});
