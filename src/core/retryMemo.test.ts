import { describe, expect, it } from 'vitest';
import { FORMATS } from './formats/index';
import { resolveRetry } from './retry';
import { RetryMemo } from './retryMemo';
import type { Exchange, RetryRule } from './types';

const exchange: Exchange = {
  url: 'https://api.example.com/batch',
  method: 'POST',
  status: 429,
  requestHeaders: [],
  responseHeaders: [],
  body: null,
  startedAt: 0,
};
const format = FORMATS[0];
const wait: RetryRule = { advice: 'wait', minDelaySeconds: 10 };
const backoff: RetryRule = { advice: 'backoff', maxAttempts: 3 };

describe('RetryMemo', () => {
  it('gives what resolveRetry gives, for each rule and body delay in turn', () => {
    if (format === undefined) throw new Error('no built-in format');
    const memo = new RetryMemo(exchange, format, null);
    for (const [rule, seconds] of [
      [wait, undefined],
      [wait, undefined],
      [wait, 30],
      [backoff, 30],
      [wait, undefined],
    ] as const) {
      expect(memo.resolve(rule, seconds)).toEqual(
        resolveRetry(rule, exchange, format, null, seconds),
      );
    }
  });

  it('reuses the advice only while the rule and the delay repeat', () => {
    if (format === undefined) throw new Error('no built-in format');
    const memo = new RetryMemo(exchange, format, null);
    const first = memo.resolve(wait, undefined);
    expect(memo.resolve(wait, undefined)).toBe(first);
    expect(memo.resolve(wait, 30)).not.toBe(first);
    expect(memo.resolve({ ...wait }, 30)).not.toBe(memo.resolve(wait, 30));
  });
});
