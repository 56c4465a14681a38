import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { decode, exchangeFromHarEntry, harEntries } from '../../src/core/index';

/** test/fixtures/secrets.har, read once for the tests in this process and through the CLI. */
export const SECRETS_HAR = 'test/fixtures/secrets.har';
export const ENTRIES = harEntries(
  readFileSync(new URL('../fixtures/secrets.har', import.meta.url), 'utf8'),
);

/** Every secret the fixture holds, spelled out: none may appear in anything we print. */
export const SECRETS = [
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

export function expectNoSecret(text: string, what: string): void {
  for (const secret of SECRETS) {
    expect(text.includes(secret), `${what} leaks ${secret}:\n${text}`).toBe(false);
  }
  expect(text, what).not.toMatch(MARKER);
}

export const entries = ENTRIES.map((raw, index) => {
  const exchange = exchangeFromHarEntry(raw);
  return { index, raw, exchange, decoded: decode(exchange) };
});
export const errors = entries.flatMap((e) =>
  e.decoded === null ? [] : [{ ...e, decoded: e.decoded }],
);
