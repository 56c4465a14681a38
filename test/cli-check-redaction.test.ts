import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cliRun';
import { har } from './helpers/cliHar';

// check's JUnit and JSON are CI artifacts: what the HAR holds of a secret must not reach them
// (a redaction audit found decode's rows printed as they came).
const SECRETS = ['SECRETQ1', 'SECRETU1', 'SECRETM1', 'SECRETM2', 'SECRETB1', 'SECRETF1'];

const body = (message: string, extra: object = {}) =>
  JSON.stringify({ ok: false, error: { code: 'invalid_request', message, ...extra } });

function file(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'aed-redact-')), 'x.har');
  writeFileSync(
    path,
    har([
      {
        url: 'https://api.example.com/v1/x?api_key=SECRETQ1&page=2',
        status: 400,
        body: body('access_token=SECRETM1 expired; password=SECRETM2'),
      },
      {
        url: 'https://user:SECRETU1@api.example.com/v1/y',
        status: 400,
        body: body('Bearer SECRETB1xyz is bad'),
      },
      {
        url: 'https://api.example.com/v1/z',
        status: 422,
        body: JSON.stringify({
          state: 1,
          message: 'Validation failed',
          result: null,
          error: { code: 'validation_error', details: { card: ['api_key=SECRETF1 is wrong'] } },
          meta: {},
        }),
      },
    ]),
  );
  return path;
}

describe('check redacts what it publishes', { timeout: 30_000 }, () => {
  it.each(['json', 'junit', 'markdown', 'table'])('--format %s', (format) => {
    const { stdout } = runCli('check', file(), '--format', format);
    for (const secret of SECRETS) expect(stdout, secret).not.toContain(secret);
    // What is no secret stays: the host, the path and the other parameters.
    expect(stdout).toContain('api.example.com');
  });

  it('keeps the rest of each row for the JSON reader', () => {
    const { stdout } = runCli('check', file(), '--format', 'json');
    const doc = JSON.parse(stdout) as {
      files: { errors: { url: string; code: string; message: string }[] }[];
    };
    const errors = doc.files[0]?.errors ?? [];
    expect(errors.map((e) => e.code)).toEqual([
      'invalid_request',
      'invalid_request',
      'validation_error',
    ]);
    expect(errors[0]?.url).toContain('page=2');
    expect(errors[0]?.message).toContain('expired');
  });
});
