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

interface StatedDelay {
  readonly seconds: number;
  readonly source: Exclude<RetryAfterSource, 'documented'>;
}

/**
 * A delay the response states besides `Retry-After`, which comes first (it "MUST take
 * precedence" over RateLimit, draft 11 §7): the body's RetryInfo, then an exhausted
 * `RateLimit` policy's reset, then an exhausted `X-RateLimit-*` reset (issue 11's order).
 */
function laterStatedDelay(
  rateLimit: RateLimit | null,
  bodySeconds: number | undefined,
): StatedDelay | null {
  if (bodySeconds !== undefined && Number.isFinite(bodySeconds) && bodySeconds >= 0) {
    return { seconds: bodySeconds, source: 'retry-info' };
  }
  const quota = exhaustedQuotaWait(rateLimit);
  return quota === null ? null : { seconds: quota.seconds, source: quota.source };
}

/**
 * Turns a documented rule into advice for this exchange. A format's check-first rule turns a
 * retry of a purchase into "check first". A delay the response states sets
 * the wait, but never below a documented minimum: the delay is the larger of the two.
 */
export function resolveRetry(
  rule: RetryRule,
  exchange: Exchange,
  format: ErrorFormat | null,
  /** The response's rate-limit state (rateLimitOf), read once per response. */
  rateLimit: RateLimit | null = null,
  /** The body's own delay (EnvelopeError.retryDelaySeconds). */
  bodySeconds?: number,
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
  // Retry-After first, read inline: most responses that state a delay use it.
  let stated = retryable ? retryAfterSeconds(exchange.responseHeaders, exchange.startedAt) : null;
  let source: StatedDelay['source'] = 'retry-after';
  if (retryable && stated === null) {
    const later = laterStatedDelay(rateLimit, bodySeconds);
    if (later !== null) ({ seconds: stated, source } = later);
  }
  const minimum = retryable ? (rule.minDelaySeconds ?? null) : null;
  const statedWins = stated !== null && (minimum === null || stated >= minimum);
  const afterSeconds = statedWins ? stated : minimum;
  return {
    advice,
    afterSeconds,
    afterSource: statedWins ? source : afterSeconds !== null ? 'documented' : null,
    maxAttempts: rule.maxAttempts ?? null,
    schedule: rule.schedule ?? null,
    warning,
    documented: rule.documented !== false,
  };
}
