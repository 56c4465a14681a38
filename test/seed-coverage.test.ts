import { describe, it, expect } from 'vitest';
import type { Catalog, ErrorFormat } from '../src/core/formats/format';
import { FORMATS } from '../src/core/formats/index';
import {
  LANGS,
  RETRY_ADVICES,
  type CatalogEntry,
  type RetryAdvice,
  type RetrySchedule,
} from '../src/core/types';
import { builtin } from './helpers/builtin';

// The seed formats, compiled from their packs in src/core/packs/*.json.
const okFlagFormat = builtin('ok-flag');
const stateMetaFormat = builtin('state-meta');
const successFlagFormat = builtin('success-flag');
const jsonRpcFormat = builtin('jsonrpc');
const numericCodeFormat = builtin('numeric-code');

/**
 * Every code and status of every seed's tables, typed out by hand from /work/shared/seeds, with
 * the retry advice the seed gives and every fact the catalog may claim beyond the advice. A fact
 * left out of a row is one the seed does not state, and the catalog must not claim it either:
 * - `status`: only seeds 002 and 004 pair codes with HTTP statuses (000 and 001 have no status
 *   column in their code tables, 003 carries errors in the body);
 * - `schedule`, `minDelaySeconds`, `maxAttempts`: only seed 000 (10–30 s, 1–3 attempts), 002
 *   (2^attempt) and 003 ("exponential", no base) give them;
 * - `unstated`: the seed gives no retry rule for it, so the advice must be marked as ours.
 */
interface Facts {
  readonly status?: number;
  readonly schedule?: RetrySchedule;
  readonly minDelaySeconds?: number;
  readonly maxAttempts?: number;
  readonly unstated?: true;
}

type Row = readonly [key: string, advice: RetryAdvice, facts?: Facts];

interface Seed {
  readonly seed: string;
  readonly format: ErrorFormat;
  readonly codes: readonly Row[];
  readonly statuses: readonly Row[];
}

// Seed 000: "for provider_error and 5xx: retry after 10–30 seconds, 1–3 attempts".
const SEED_000_GENTLE: Facts = {
  schedule: { kind: 'range', minSeconds: 10, maxSeconds: 30 },
  minDelaySeconds: 10,
  maxAttempts: 3,
};
// Seed 002: "retry with 2^attempt delay".
const TWO_TO_THE_ATTEMPT: Facts = { schedule: { kind: 'exponential', base: 2 } };
// Seed 003: "retry with exponential delay for temporary errors (server errors)".
const EXPONENTIAL: Facts = { schedule: { kind: 'exponential' } };
const UNSTATED: Facts = { unstated: true };

const SEEDS: readonly Seed[] = [
  {
    seed: '000',
    format: okFlagFormat,
    codes: [
      ['invalid_token', 'after-auth'],
      ['invalid_request', 'no'],
      ['insufficient_funds', 'no'],
      ['provider_error', 'wait', SEED_000_GENTLE],
      // "careful retry, if it repeats, to support": the same words as provider_error, and the
      // 5xx row's "internal error"; section 4's 10–30 s rule is read as covering it.
      ['internal_error', 'wait', SEED_000_GENTLE],
    ],
    statuses: [
      ['400', 'no'],
      ['401', 'after-auth'],
      ['5xx', 'wait', SEED_000_GENTLE],
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
      ['quota_exceeded', 'wait'],
    ],
    statuses: [
      ['400', 'no'],
      ['401', 'after-auth'],
      ['403', 'no'],
      ['404', 'no'],
      ['409', 'check-first'],
      ['422', 'no'],
      ['429', 'wait'],
      ['5xx', 'backoff'], // "Yes, with backoff": no formula
    ],
  },
  {
    seed: '002',
    format: successFlagFormat,
    codes: [
      ['AUTH_INVALID_KEY', 'no', { status: 401 }],
      ['AUTH_EXPIRED_TOKEN', 'after-auth', { status: 401 }],
      ['AUTH_INSUFFICIENT_PERMISSION', 'no', { status: 403 }],
      ['RATE_LIMIT_EXCEEDED', 'wait', { status: 429 }],
      ['ACCOUNT_DISABLED', 'no', { status: 403 }],
      ['INSUFFICIENT_BALANCE', 'no', { status: 402 }],
      ['SESSION_NOT_FOUND', 'no', { status: 404 }],
      ['SESSION_EXPIRED', 'no', { status: 410 }],
      ['SESSION_LIMIT_REACHED', 'no', { status: 429 }],
      ['PRODUCT_NOT_FOUND', 'no', { status: 404 }],
      ['PRODUCT_OUT_OF_STOCK', 'wait', { status: 409 }], // "Retry or other product"
      ['INVALID_REQUEST', 'no', { status: 400 }],
      ['IDEMPOTENCY_CONFLICT', 'no', { status: 409 }],
      ['BACKEND_ERROR', 'backoff', { status: 502, ...TWO_TO_THE_ATTEMPT }],
      ['BACKEND_TIMEOUT', 'backoff', { status: 504, ...TWO_TO_THE_ATTEMPT }],
      ['INTERNAL_ERROR', 'no', { status: 500 }],
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
      ['502', 'backoff', TWO_TO_THE_ATTEMPT],
      ['504', 'backoff', TWO_TO_THE_ATTEMPT],
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
      ['-32603', 'backoff', EXPONENTIAL],
      ['-32001', 'no'],
      ['-32002', 'after-auth', UNSTATED],
      ['-32003', 'no'],
      ['-32004', 'check-first', UNSTATED],
      ['-32005', 'backoff', EXPONENTIAL], // in the server-error range
      ['-32006', 'no'],
    ],
    statuses: [],
  },
  {
    seed: '004',
    format: numericCodeFormat,
    codes: [
      ['1001', 'no', { status: 400 }],
      ['1002', 'no', { status: 400 }],
      ['1003', 'no', { status: 400 }],
      ['1004', 'no', { status: 400 }],
      ['1005', 'no', { status: 400 }],
      ['1006', 'no', { status: 400 }],
      ['2001', 'after-auth', { status: 401, ...UNSTATED }],
      ['2002', 'after-auth', { status: 401, ...UNSTATED }],
      ['2003', 'after-auth', { status: 401, ...UNSTATED }],
      ['2004', 'after-auth', { status: 401, ...UNSTATED }],
      ['3001', 'no', { status: 403, ...UNSTATED }],
      ['4001', 'no', { status: 404, ...UNSTATED }],
      ['5001', 'no', { status: 405, ...UNSTATED }],
      ['6001', 'wait', { status: 429 }],
    ],
    // Only 400 ("must not repeat without changes") and 429 (Retry-After) come with a rule.
    statuses: [
      ['400', 'no'],
      ['401', 'after-auth', UNSTATED],
      ['403', 'no', UNSTATED],
      ['404', 'no', UNSTATED],
      ['405', 'no', UNSTATED],
      ['429', 'wait'],
      ['500', 'backoff', UNSTATED],
    ],
  },
];

const CYRILLIC = /[\u0400-\u04ff]/;

function expectEntry(catalog: Catalog, [key, advice, facts = {}]: Row): void {
  const entry = catalog.get(key);
  expect(entry, `no entry for ${key}`).toBeDefined();
  if (entry === undefined) return;
  expectTexts(key, entry);
  expect(RETRY_ADVICES).toContain(entry.retry.advice);
  expect(entry.retry.advice, `${key} retry`).toBe(advice);
  // Every fact the entry claims, and only those: an absent fact must be absent from the entry.
  expect(entry.status, `${key} status pairing`).toBe(facts.status);
  expect(entry.retry.schedule, `${key} schedule`).toEqual(facts.schedule);
  expect(entry.retry.minDelaySeconds, `${key} minimum delay`).toBe(facts.minDelaySeconds);
  expect(entry.retry.maxAttempts, `${key} attempts`).toBe(facts.maxAttempts);
  expect(entry.retry.documented, `${key} "no rule given" marker`).toBe(
    facts.unstated ? false : undefined,
  );
}

function expectTexts(key: string, entry: CatalogEntry): void {
  for (const text of [entry.title, entry.meaning, entry.action]) {
    for (const lang of LANGS) expect(text[lang].trim(), `${key} ${lang}`).not.toBe('');
    expect(text.ru, `${key} ru`).toMatch(CYRILLIC);
    expect(text.en, `${key} en`).not.toMatch(CYRILLIC);
  }
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

describe('seed 003: the server-error range is documented as a whole', () => {
  it('holds -32099..-32000 as a documented range with exponential backoff', () => {
    const ranges = jsonRpcFormat.codeRanges ?? [];
    const server = ranges.find((r) => r.documented);
    expect(server).toMatchObject({ min: -32099, max: -32000 });
    if (server === undefined) return;
    expectTexts('-32099..-32000', server.entry);
    expect(server.entry.retry).toEqual({ advice: 'backoff', schedule: { kind: 'exponential' } });
    // Any other range comes from the JSON-RPC specification, not the seed: no rule of its own.
    for (const other of ranges.filter((r) => !r.documented)) {
      expect(other.entry.retry.documented).toBe(false);
    }
  });
});

describe('the words around the catalogs', () => {
  it('names every format in both languages, with no English name inside Russian', () => {
    for (const format of FORMATS) {
      for (const lang of LANGS) expect(format.name[lang].trim()).not.toBe('');
      if (/envelope|error code/i.test(format.name.en)) {
        expect(format.name.ru, format.id).toMatch(CYRILLIC);
        expect(format.name.ru, format.id).not.toContain(format.name.en);
      }
    }
  });

  it('gives every format that marks errors under 2xx its own undocumented-code text', () => {
    for (const format of FORMATS.filter((f) => f.errorOn2xx)) {
      const entry = format.undocumentedCode;
      expect(entry, format.id).toBeDefined();
      if (entry === undefined) continue;
      expectTexts(format.id, entry);
      expect(entry.retry.documented, format.id).toBe(false);
    }
  });

  it('claims no schedule, minimum or attempt count in any format the seeds do not give', () => {
    // The one figure a public document gives: GitHub's "wait for at least one minute before
    // retrying" a secondary rate limit without retry-after
    // (docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api).
    const documented = new Map([['github secondary_rate_limit', 60]]);
    for (const format of FORMATS) {
      const seeded = SEEDS.some((s) => s.format === format);
      if (seeded) continue; // checked row by row above
      for (const [key, entry] of [...format.catalog, ...format.statuses]) {
        const at = `${format.id} ${key}`;
        expect(entry.retry.schedule, at).toBeUndefined();
        expect(entry.retry.minDelaySeconds, at).toBe(documented.get(at));
        expect(entry.retry.maxAttempts, `${format.id} ${key}`).toBeUndefined();
      }
    }
  });
});

describe('Russian in the seeds’ own words', () => {
  const allEntries = FORMATS.flatMap((f) => [
    ...[...f.catalog, ...f.statuses].map(([key, entry]) => [`${f.id} ${key}`, entry] as const),
    ...(f.codeRanges ?? []).map((r) => [`${f.id} ${r.min}..${r.max}`, r.entry] as const),
    ...(f.undocumentedCode ? [[`${f.id} undocumented`, f.undocumentedCode] as const] : []),
  ]);

  it('has no English words where Russian has its own', () => {
    for (const [key, entry] of allEntries) {
      for (const text of [entry.title.ru, entry.meaning.ru, entry.action.ru]) {
        expect(text, key).not.toMatch(/backend|envelope|\^attempt|\^попытка|своя у реализации/i);
      }
    }
  });

  it('uses the wording the review asked for', () => {
    const ru = (format: ErrorFormat, key: string, field: 'title' | 'meaning' | 'action') =>
      format.catalog.get(key)?.[field].ru;
    expect(jsonRpcFormat.codeRanges?.[0]?.entry.title.ru).toBe(
      'Ошибка сервера (определяется реализацией)',
    );
    expect(ru(successFlagFormat, 'BACKEND_ERROR', 'title')).toBe('Сбой бэкенда');
    expect(ru(successFlagFormat, 'BACKEND_TIMEOUT', 'title')).toBe('Таймаут бэкенда');
    expect(ru(successFlagFormat, 'PRODUCT_NOT_FOUND', 'meaning')).toBe(
      'Неверный или неизвестный продукт.',
    );
    expect(ru(numericCodeFormat, '1003', 'title')).toBe(
      'Пользователь с такой электронной почтой уже существует',
    );
    expect(successFlagFormat.statuses.get('409')?.action.ru).toBe(
      'Перед повтором посмотрите error.code: товар может снова появиться в наличии (или выберите другой продукт), а для повторного ключа идемпотентности нужен новый ключ или сохранённый ответ.',
    );
  });
});
