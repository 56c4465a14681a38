import type { ErrorFormat } from './formats/format';
import { retryAfterSeconds } from './http/headers';
import type { Exchange, Retry, RetryRule, Text } from './types';

/**
 * Turns a documented rule into advice for this exchange: the format may adjust it to the
 * request (purchases), and `Retry-After` overrides a documented delay when the response sends it.
 */
export function resolveRetry(
  documented: RetryRule,
  exchange: Exchange,
  format: ErrorFormat | null,
): Retry {
  let rule = documented;
  let warning: Text | null = null;
  if (format?.adjustRetry) ({ rule, warning } = format.adjustRetry(documented, exchange));

  const retryable = rule.advice !== 'no' && rule.advice !== 'after-auth';
  const fromHeader = retryable
    ? retryAfterSeconds(exchange.responseHeaders, exchange.startedAt)
    : null;
  const afterSeconds = fromHeader ?? (retryable ? (rule.delaySeconds ?? null) : null);
  return {
    advice: rule.advice,
    afterSeconds,
    afterSource: fromHeader !== null ? 'retry-after' : afterSeconds !== null ? 'documented' : null,
    maxAttempts: rule.maxAttempts ?? null,
    schedule: rule.schedule ?? null,
    warning,
  };
}
