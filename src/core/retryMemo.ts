import type { ErrorFormat } from './formats/format';
import { resolveRetry } from './retry';
import type { Exchange, RateLimit, Retry, RetryRule } from './types';

/**
 * Retry advice for the items of one response. A batch's items mostly share a rule and the
 * headers, so the last advice is reused when the rule and the body's delay are the same.
 */
export class RetryMemo {
  private rule: RetryRule | undefined;
  private seconds: number | undefined;
  private retry: Retry | undefined;

  constructor(
    private readonly exchange: Exchange,
    private readonly format: ErrorFormat,
    private readonly rateLimit: RateLimit | null,
  ) {}

  resolve(rule: RetryRule, seconds: number | undefined): Retry {
    if (this.retry !== undefined && rule === this.rule && seconds === this.seconds) {
      return this.retry;
    }
    this.rule = rule;
    this.seconds = seconds;
    return (this.retry = resolveRetry(rule, this.exchange, this.format, this.rateLimit, seconds));
  }
}
