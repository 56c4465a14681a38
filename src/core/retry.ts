import type { ErrorFormat } from './formats/format';
import { retryAfterSeconds } from './http/headers';
import { exhaustedQuotaWait } from './http/rateLimit';
import type {
  Exchange,
  RateLimit,
  Retry,
  RetryAdvice,
  RetryAfterSource,
  RetryRule,
  Text,
} from './types';

/** Whether an advice allows a retry at all: waiting without new credentials does not help. */
function allowsRetry(advice: RetryAdvice): boolean {
  return advice !== 'no' && advice !== 'after-auth';
}

/** What the response itself says of the wait, besides `Retry-After`. */
export interface StatedDelays {
  /** The response's rate-limit state (rateLimitOf), read once per response. */
  readonly rateLimit?: RateLimit | null;
  /** The body's own delay (EnvelopeError.retryDelaySeconds). */
  readonly bodySeconds?: number | undefined;
}

interface StatedDelay {
  readonly seconds: number;
  readonly source: Exclude<RetryAfterSource, 'documented'>;
}

/**
 * The first delay the response states, in the order of issue 11: `Retry-After` (which "MUST
 * take precedence" over RateLimit, draft 11 §7), the body's RetryInfo, an exhausted `RateLimit`
 * policy's reset, an exhausted `X-RateLimit-*` reset.
 */
function statedDelay(exchange: Exchange, stated: StatedDelays): StatedDelay | null {
  const header = retryAfterSeconds(exchange.responseHeaders, exchange.startedAt);
  if (header !== null) return { seconds: header, source: 'retry-after' };
  const body = stated.bodySeconds;
  if (body !== undefined && Number.isFinite(body) && body >= 0) {
    return { seconds: body, source: 'retry-info' };
  }
  const quota = exhaustedQuotaWait(stated.rateLimit ?? null);
  return quota === null ? null : { seconds: quota.seconds, source: quota.source };
}

/**
 * Turns a documented rule into advice for this exchange. A format's check-first rule turns a
 * retry of a purchase into "check first". A delay the response states (see statedDelay) sets
 * the wait, but never below a documented minimum: the delay is the larger of the two.
 */
export function resolveRetry(
  rule: RetryRule,
  exchange: Exchange,
  format: ErrorFormat | null,
  stated: StatedDelays = {},
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
  const fromResponse = retryable ? statedDelay(exchange, stated) : null;
  const minimum = retryable ? (rule.minDelaySeconds ?? null) : null;
  const responseWins =
    fromResponse !== null && (minimum === null || fromResponse.seconds >= minimum);
  const afterSeconds = responseWins ? fromResponse.seconds : minimum;
  return {
    advice,
    afterSeconds,
    afterSource: responseWins ? fromResponse.source : afterSeconds !== null ? 'documented' : null,
    maxAttempts: rule.maxAttempts ?? null,
    schedule: rule.schedule ?? null,
    warning,
    documented: rule.documented !== false,
  };
}
