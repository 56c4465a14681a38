import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cliRun';
import { supportReport } from '../src/core/report/index';
import { LANGS } from '../src/core/types';
import { SECRETS_HAR as FIXTURE, errors, expectNoSecret } from './helpers/secretsHar';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// Apart from test/redaction.test.ts: mutation testing leaves out the tests that run the CLI.
describe('secrets.har through the command line', () => {
  it('the command line prints the same report, and leaks nothing either', () => {
    for (const { index, exchange, decoded } of errors) {
      for (const lang of LANGS) {
        // In this process; the --curl run below goes through the real entry point.
        const result = runCli('report', '--entry', String(index), '--lang', lang, FIXTURE);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout).toBe(supportReport({ ...exchange, decoded }, lang));
      }
    }
    const curl = spawnSync(
      process.execPath,
      ['bin/api-error-decoder.js', 'report', '--entry', '1', '--curl', FIXTURE],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(curl.status).toBe(0);
    expectNoSecret(curl.stdout, 'report --curl');
    expect(curl.stdout).toContain('--data-raw');
  }, 60_000);
});
