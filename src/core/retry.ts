import type { ErrorFormat } from './formats/format';
import { retryAfterSeconds } from './http/headers';
import type { Exchange, Retry, RetryAdvice, RetryRule, Text } from './types';

/** Whether an advice allows a retry at all: waiting without new credentials does not help. */
function allowsRetry(advice: RetryAdvice): boolean {
  return advice !== 'no' && advice !== 'after-auth';
}

/**
 * Turns a documented rule into advice for this exchange. A format's check-first rule turns a
 * retry of a purchase into "check first". `Retry-After` sets the delay when the response sends
 * it, but never below a documented minimum: the delay is the larger of the two.
 */
export function resolveRetry(
  rule: RetryRule,
  exchange: Exchange,
  format: ErrorFormat | null,
): Retry {
  let advice = rule.advice;
  let warning: Text | null = null;
  const check = format?.checkFirst;
  if (
    check !== undefined &&
    (advice === 'wait' || advice === 'backoff') &&
    check.methods.includes(exchange.method.toUpperCase())
  ) {
    advice = 'check-first';
    warning = check.warning;
  }

  const retryable = allowsRetry(advice);
  const fromHeader = retryable
    ? retryAfterSeconds(exchange.responseHeaders, exchange.startedAt)
    : null;
  const minimum = retryable ? (rule.minDelaySeconds ?? null) : null;
  const headerWins = fromHeader !== null && (minimum === null || fromHeader >= minimum);
  const afterSeconds = headerWins ? fromHeader : minimum;
  return {
    advice,
    afterSeconds,
    afterSource: headerWins ? 'retry-after' : afterSeconds !== null ? 'documented' : null,
    maxAttempts: rule.maxAttempts ?? null,
    schedule: rule.schedule ?? null,
    warning,
    documented: rule.documented !== false,
  };
}
