import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cliRun';
import { toCapturedError } from '../src/core/capture/capturedError';
import { decode, exchangeFromHarEntry, harEntries } from '../src/core/index';
import { redactExchange } from '../src/core/redact/index';
import { harRequestBody, supportReport, toCurl } from '../src/core/report/index';
import { LANGS } from '../src/core/types';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = 'test/fixtures/secrets.har';
const ENTRIES = harEntries(
  readFileSync(new URL('./fixtures/secrets.har', import.meta.url), 'utf8'),
);

/** Every secret the fixture holds, spelled out: none may appear in anything we print. */
const SECRETS = [
  // headers
  'S3CR3T-bearer-header',
  'S3CR3T-api-key-header',
  'S3CR3T-cookie-sid',
  'S3CR3T-cookie-theme',
  'S3CR3T-set-cookie',
  'S3CR3T-set-cookie-2',
  'UzNDUjNULXByb3h5OnBhc3M=', // Proxy-Authorization: Basic S3CR3T-proxy:pass
  'S3CR3T-signature-header',
  'S3CR3T-session-token-header',
  'S3CR3T-referer-token',
  'S3CR3T-auth-token-header',
  'S3CR3T-cookie-session',
  // URLs: query, fragment, user-info
  'S3CR3T-session-query',
  'S3CR3T-signature-query',
  'S3CR3T-api-key-query',
  'S3CR3T-fragment-token',
  'S3CR3T-userinfo-password',
  // JWTs: in a query parameter and an Authorization header, a JSON body, a response body
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJxdWVyeS11c2VyIiwic2NvcGUiOiJTM0NSM1QifQ.UzNDUjNULXNpZ25hdHVyZS1xdWVyeS11c2Vy',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJib2R5LXVzZXIiLCJzY29wZSI6IlMzQ1IzVCJ9.UzNDUjNULXNpZ25hdHVyZS1ib2R5LXVzZXI',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJyZXNwb25zZS11c2VyIiwic2NvcGUiOiJTM0NSM1QifQ.UzNDUjNULXNpZ25hdHVyZS1yZXNwb25zZS11c2Vy',
  // their payloads and signatures alone
  'eyJzdWIiOiJxdWVyeS11c2VyIiwic2NvcGUiOiJTM0NSM1QifQ',
  'UzNDUjNULXNpZ25hdHVyZS1ib2R5LXVzZXI',
  // request bodies: JSON, form, JSON-RPC params, JSON inside a JSON string
  'S3CR3T-password-json',
  'S3CR3T-client-secret',
  'S3CR3T-form-password',
  'S3CR3T-api-key-rpc',
  '12345678',
  'S3CR3T-private-key',
  'S3CR3T-nested-json-token',
  // response bodies: server messages, echoed requests
  'S3CR3T-bearer-in-message',
  'S3CR3T-secret-in-message',
  'S3CR3T-rpc-bearer',
  'S3CR3T-refresh-token',
  'S3CR3T-rpc-session-key',
  'S3CR3T-echoed-bearer',
  'S3CR3T-echoed-api-key',
  'S3CR3T-echoed-form-password',
  'S3CR3T-success-token',
];

/** The fixture marks every secret it holds; a partial leak shows as the marker. */
const MARKER = /S3CR3T/i;

function expectNoSecret(text: string, what: string): void {
  for (const secret of SECRETS) {
    expect(text.includes(secret), `${what} leaks ${secret}:\n${text}`).toBe(false);
  }
  expect(text, what).not.toMatch(MARKER);
}

const entries = ENTRIES.map((raw, index) => {
  const exchange = exchangeFromHarEntry(raw);
  return { index, raw, exchange, decoded: decode(exchange) };
});
const errors = entries.flatMap((e) => (e.decoded === null ? [] : [{ ...e, decoded: e.decoded }]));

describe('secrets.har: what we print for support never holds a secret', () => {
  it('the fixture is full of secrets, and most entries are errors', () => {
    const raw = JSON.stringify(ENTRIES);
    for (const secret of SECRETS) expect(raw, secret).toContain(secret);
    expect(entries).toHaveLength(6);
    expect(errors.map((e) => e.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('support reports, in every language, from the HAR and as the panel builds them', () => {
    for (const { index, exchange, decoded } of errors) {
      const captured = toCapturedError(index, exchange, exchange.body ?? '', decoded, {
        bodyLimit: 256 * 1024,
        requestBody: null,
      });
      for (const lang of LANGS) {
        const report = supportReport({ ...exchange, decoded }, lang);
        expectNoSecret(report, `report ${index} (${lang})`);
        expect(supportReport(captured, lang)).toBe(report);
        expect(report).toContain('[REDACTED]');
      }
    }
  });

  it('keeps what support needs: request id, status and code', () => {
    const first = errors[0];
    if (first === undefined) throw new Error('no error entry');
    const report = supportReport({ ...first.exchange, decoded: first.decoded }, 'en');
    expect(report).toContain('`req_secrets_0`');
    expect(report).toContain('`401`');
    expect(report).toContain('`invalid_token`');
    expect(report).toContain('`https://api.example.com/v1/state?access_token=[REDACTED]');
  });

  it('cURL commands of every entry, bodies included', () => {
    for (const { index, raw, exchange } of entries) {
      const requestBody = harRequestBody(raw);
      const curl = toCurl({ ...exchange, requestBody });
      expectNoSecret(curl, `curl ${index}`);
      expect(curl).toContain('[REDACTED]');
      if (requestBody !== null) expect(curl).toContain('--data-raw');
    }
  });

  it('redacted exchanges (for HAR export): URL, headers and both bodies', () => {
    for (const { index, raw, exchange } of entries) {
      const withRequestBody = { ...exchange, requestBody: harRequestBody(raw) };
      const redacted = redactExchange(withRequestBody);
      expectNoSecret(JSON.stringify(redacted), `exchange ${index}`);
    }
  });

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
