import { describe, it, expect } from 'vitest';
import type { Catalog, ErrorFormat } from '../src/core/formats/format';
import { jsonRpcFormat } from '../src/core/formats/jsonrpc.format';
import { numericCodeFormat } from '../src/core/formats/numeric-code.format';
import { okFlagFormat } from '../src/core/formats/ok-flag.format';
import { stateMetaFormat } from '../src/core/formats/state-meta.format';
import { successFlagFormat } from '../src/core/formats/success-flag.format';
import { LANGS, RETRY_ADVICES, type RetryAdvice } from '../src/core/types';

/**
 * Every code and status of every seed's tables, typed out by hand from /work/shared/seeds,
 * with the retry advice the seed gives and, where the seed pairs one, the HTTP status.
 */
type Row = readonly [key: string, advice: RetryAdvice, status?: number];

interface Seed {
  readonly seed: string;
  readonly format: ErrorFormat;
  readonly codes: readonly Row[];
  readonly statuses: readonly Row[];
}

const SEEDS: readonly Seed[] = [
  {
    seed: '000',
    format: okFlagFormat,
    codes: [
      ['invalid_token', 'after-auth'],
      ['invalid_request', 'no'],
      ['insufficient_funds', 'no'],
      ['provider_error', 'wait'],
      ['internal_error', 'wait'],
    ],
    statuses: [
      ['400', 'no'],
      ['401', 'after-auth'],
      ['5xx', 'wait'],
    ],
  },
  {
    seed: '001',
    format: stateMetaFormat,
    codes: [
      ['authentication_required', 'after-auth'],
      ['invalid_token', 'after-auth'],
      ['signature_required', 'after-auth'],
      ['invalid_signature', 'after-auth'],
      ['signature_replay', 'after-auth'],
      ['scope_denied', 'no'],
      ['ip_not_allowed', 'no'],
      ['validation_error', 'no'],
      ['idempotency_conflict', 'no'],
      ['rate_limit_exceeded', 'wait'],
      ['quota_exceeded', 'no'],
    ],
    statuses: [
      ['400', 'no'],
      ['401', 'after-auth'],
      ['403', 'no'],
      ['404', 'no'],
      ['409', 'check-first'],
      ['422', 'no'],
      ['429', 'wait'],
      ['5xx', 'backoff'],
    ],
  },
  {
    seed: '002',
    format: successFlagFormat,
    codes: [
      ['AUTH_INVALID_KEY', 'no', 401],
      ['AUTH_EXPIRED_TOKEN', 'after-auth', 401],
      ['AUTH_INSUFFICIENT_PERMISSION', 'no', 403],
      ['RATE_LIMIT_EXCEEDED', 'wait', 429],
      ['ACCOUNT_DISABLED', 'no', 403],
      ['INSUFFICIENT_BALANCE', 'no', 402],
      ['SESSION_NOT_FOUND', 'no', 404],
      ['SESSION_EXPIRED', 'no', 410],
      ['SESSION_LIMIT_REACHED', 'no', 429],
      ['PRODUCT_NOT_FOUND', 'no', 404],
      ['PRODUCT_OUT_OF_STOCK', 'check-first', 409],
      ['INVALID_REQUEST', 'no', 400],
      ['IDEMPOTENCY_CONFLICT', 'no', 409],
      ['BACKEND_ERROR', 'backoff', 502],
      ['BACKEND_TIMEOUT', 'backoff', 504],
      ['INTERNAL_ERROR', 'no', 500],
    ],
    // Seed 002 has no status table; these are the statuses its code table uses.
    statuses: [
      ['400', 'no'],
      ['401', 'after-auth'],
      ['402', 'no'],
      ['403', 'no'],
      ['404', 'no'],
      ['409', 'check-first'],
      ['410', 'no'],
      ['429', 'wait'],
      ['500', 'no'],
      ['502', 'backoff'],
      ['504', 'backoff'],
    ],
  },
  {
    seed: '003',
    format: jsonRpcFormat,
    codes: [
      ['-32700', 'no'],
      ['-32600', 'no'],
      ['-32601', 'no'],
      ['-32602', 'no'],
      ['-32603', 'backoff'],
      ['-32001', 'no'],
      ['-32002', 'after-auth'],
      ['-32003', 'no'],
      ['-32004', 'check-first'],
      ['-32005', 'backoff'],
      ['-32006', 'no'],
    ],
    statuses: [],
  },
  {
    seed: '004',
    format: numericCodeFormat,
    codes: [
      ['1001', 'no', 400],
      ['1002', 'no', 400],
      ['1003', 'no', 400],
      ['1004', 'no', 400],
      ['1005', 'no', 400],
      ['1006', 'no', 400],
      ['2001', 'after-auth', 401],
      ['2002', 'after-auth', 401],
      ['2003', 'after-auth', 401],
      ['2004', 'after-auth', 401],
      ['3001', 'no', 403],
      ['4001', 'no', 404],
      ['5001', 'no', 405],
      ['6001', 'wait', 429],
    ],
    statuses: [
      ['400', 'no'],
      ['401', 'after-auth'],
      ['403', 'no'],
      ['404', 'no'],
      ['405', 'no'],
      ['429', 'wait'],
      ['500', 'backoff'],
    ],
  },
];

const CYRILLIC = /[\u0400-\u04ff]/;

function expectEntry(catalog: Catalog, [key, advice, status]: Row): void {
  const entry = catalog.get(key);
  expect(entry, `no entry for ${key}`).toBeDefined();
  if (entry === undefined) return;
  for (const text of [entry.title, entry.meaning, entry.action]) {
    for (const lang of LANGS) expect(text[lang].trim(), `${key} ${lang}`).not.toBe('');
    expect(text.ru, `${key} ru`).toMatch(CYRILLIC);
    expect(text.en, `${key} en`).not.toMatch(CYRILLIC);
  }
  expect(RETRY_ADVICES).toContain(entry.retry.advice);
  expect(entry.retry.advice, `${key} retry`).toBe(advice);
  if (status !== undefined) expect(entry.status, `${key} status`).toBe(status);
}

describe.each(SEEDS)('seed $seed', ({ format, codes, statuses }) => {
  it.each(codes.map((row) => [row[0], row] as const))('documents code %s', (_key, row) => {
    expectEntry(format.catalog, row);
  });

  if (statuses.length > 0) {
    it.each(statuses.map((row) => [row[0], row] as const))('documents status %s', (_key, row) => {
      expectEntry(format.statuses, row);
    });
  }

  it('holds nothing beyond the seed', () => {
    expect([...format.catalog.keys()].sort()).toEqual(codes.map(([key]) => key).sort());
    expect([...format.statuses.keys()].sort()).toEqual(statuses.map(([key]) => key).sort());
  });
});
