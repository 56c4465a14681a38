import { describe, expect, it } from 'vitest';
import { exchange } from '../../test/helpers/exchange';
import type { ErrorFormat } from './formats/format';
import { resolveRetry } from './retry';

const ex = exchange({ status: 503, method: 'POST' });

describe("resolveRetry: the body's own delay (RetryInfo)", () => {
  it('takes a delay of zero seconds or more', () => {
    expect(resolveRetry({ advice: 'wait' }, ex, null, null, 0)).toMatchObject({
      afterSeconds: 0,
      afterSource: 'retry-info',
    });
    expect(resolveRetry({ advice: 'wait' }, ex, null, null, 7)).toMatchObject({
      afterSeconds: 7,
      afterSource: 'retry-info',
    });
  });

  it('ignores a missing, negative, infinite or NaN delay', () => {
    for (const bodySeconds of [undefined, -1, Infinity, NaN]) {
      expect(
        resolveRetry({ advice: 'wait' }, ex, null, null, bodySeconds),
        String(bodySeconds),
      ).toMatchObject({ afterSeconds: null, afterSource: null });
    }
  });
});

describe("resolveRetry: a format's check-first rule", () => {
  const warning = { en: 'It may have gone through.', ru: 'Он мог пройти.' };
  const format = { checkFirst: { methods: ['POST'], warning } } as unknown as ErrorFormat;

  it('turns wait and backoff into check-first for the listed methods', () => {
    for (const advice of ['wait', 'backoff'] as const) {
      expect(resolveRetry({ advice }, ex, format)).toMatchObject({
        advice: 'check-first',
        warning,
      });
      expect(resolveRetry({ advice }, { ...ex, method: 'post' }, format).advice).toBe(
        'check-first',
      );
      expect(resolveRetry({ advice }, { ...ex, method: 'get' }, format)).toMatchObject({
        advice,
        warning: null,
      });
    }
    expect(resolveRetry({ advice: 'no' }, { ...ex, method: 'post' }, format)).toMatchObject({
      advice: 'no',
      warning: null,
    });
  });
});
