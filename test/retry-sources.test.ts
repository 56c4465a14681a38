import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decode } from '../src/core/decode';
import type { Header } from '../src/core/types';
import { exchange, headers } from './helpers/exchange';
import { runCli } from './helpers/cliRun';

/**
 * Issue 11 across its parts: a delay the body states (google.rpc.RetryInfo, read by the
 * google-rpc pack) feeds the retry advice in the order the issue gives, and the retry audit
 * judges a retry by that same figure. The body is AIP-193's own RESOURCE_EXHAUSTED example
 * (https://google.aip.dev/193, "Error model"), with a RetryInfo detail as
 * https://cloud.google.com/apis/design/errors#retry_info describes it.
 */
const RATE_LIMITED = {
  error: {
    code: 429,
    message: "Quota exceeded for quota metric 'Queries' of service 'pubsub.googleapis.com'.",
    status: 'RESOURCE_EXHAUSTED',
    details: [
      {
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason: 'RATE_LIMIT_EXCEEDED',
        domain: 'googleapis.com',
        metadata: { service: 'pubsub.googleapis.com', quota_metric: 'pubsub.googleapis.com/x' },
      },
      { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '13s' },
    ],
  },
};

const URL = 'https://pubsub.googleapis.com/v1/projects/p/topics';

function decodeWith(responseHeaders: Header[] = []) {
  const decoded = decode(exchange({ url: URL, status: 429, json: RATE_LIMITED, responseHeaders }));
  if (decoded === null) throw new Error('not decoded');
  return decoded;
}

describe('the delay a google-rpc body states', () => {
  it('is the retry delay when no Retry-After is sent, and says where it came from', () => {
    const decoded = decodeWith();
    expect(decoded.format).toBe('google-rpc');
    expect(decoded.retry).toMatchObject({ afterSeconds: 13, afterSource: 'retry-info' });
  });

  it('gives way to Retry-After, which comes first', () => {
    const decoded = decodeWith(headers({ 'Retry-After': '20' }));
    expect(decoded.retry).toMatchObject({ afterSeconds: 20, afterSource: 'retry-after' });
  });

  it('comes before an exhausted RateLimit policy', () => {
    const decoded = decodeWith(
      headers({ 'RateLimit-Policy': '"default";q=100;w=60', RateLimit: '"default";r=0;t=40' }),
    );
    expect(decoded.retry).toMatchObject({ afterSeconds: 13, afterSource: 'retry-info' });
  });
});

describe("GitHub's primary rate limit", () => {
  // https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api: a 403 or
  // 429 with x-ratelimit-remaining 0 is the primary limit; wait until x-ratelimit-reset, a
  // Unix time. The github pack names the code; the rate-limit reader gives the delay.
  it.each([403, 429])('under %i waits until the epoch reset', (status) => {
    const now = Date.parse('2026-06-23T10:00:00Z');
    const decoded = decode(
      exchange({
        url: 'https://api.github.com/repos/o/r/issues',
        status,
        startedAt: now,
        json: { message: 'API rate limit exceeded for 1.2.3.4.', documentation_url: 'x' },
        responseHeaders: headers({
          Date: new Date(now).toUTCString(),
          'x-ratelimit-limit': '60',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '60',
          'x-ratelimit-reset': String(now / 1000 + 1200),
          'x-ratelimit-resource': 'core',
        }),
      }),
    );
    expect(decoded).toMatchObject({ format: 'github', code: 'primary_rate_limit' });
    expect(decoded?.retry).toMatchObject({
      advice: 'wait',
      afterSeconds: 1200,
      afterSource: 'x-ratelimit-reset',
    });
    expect(decoded?.rateLimit).toMatchObject({ resetKind: 'epoch' });
  });
});

describe('the retry audit on the same figure', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aed-retry-sources-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const T0 = Date.parse('2026-06-23T10:00:00Z');

  function entry(startedAfterMs: number, status: number, body: unknown) {
    return {
      startedDateTime: new Date(T0 + startedAfterMs).toISOString(),
      time: 100,
      request: { method: 'GET', url: URL, headers: [] },
      response: {
        status,
        headers: [{ name: 'Content-Type', value: 'application/json' }],
        content: { mimeType: 'application/json', text: JSON.stringify(body) },
      },
    };
  }

  function violations(retryAfterMs: number) {
    const file = join(dir, `retry-${retryAfterMs}.har`);
    const har = {
      log: {
        version: '1.2',
        entries: [entry(0, 429, RATE_LIMITED), entry(retryAfterMs, 200, { topics: [] })],
      },
    };
    writeFileSync(file, JSON.stringify(har));
    const run = runCli('decode', file, '--json');
    expect(run.code).toBe(0);
    const rows = (JSON.parse(run.stdout) as { errors: { entry: number; violations: unknown }[] })
      .errors;
    return rows.find((r) => r.entry === 1)?.violations ?? [];
  }

  it('flags a retry sent before the RetryInfo delay, and not one sent after it', () => {
    expect(violations(5_000)).toEqual([{ kind: 'retried-too-early', retryOf: 0 }]);
    expect(violations(14_000)).toEqual([]);
  });
});
