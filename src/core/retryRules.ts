import type { RetryRule } from './types';

/** Rule shorthands shared by format modules; each format states its own delays and counts. */
export const NO_RETRY: RetryRule = { advice: 'no' };
export const AFTER_AUTH: RetryRule = { advice: 'after-auth' };
export const CHECK_FIRST: RetryRule = { advice: 'check-first' };
export const WAIT_RETRY_AFTER: RetryRule = { advice: 'wait', useRetryAfter: true };
export const EXPONENTIAL_BACKOFF: RetryRule = {
  advice: 'backoff',
  useRetryAfter: true,
  schedule: { kind: 'exponential', base: 2 },
};
