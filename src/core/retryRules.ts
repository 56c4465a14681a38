import type { RetryRule } from './types';

/** Rule shorthands shared by format modules; each format states its own delays and counts. */
export const NO_RETRY: RetryRule = { advice: 'no' };
export const AFTER_AUTH: RetryRule = { advice: 'after-auth' };
export const CHECK_FIRST: RetryRule = { advice: 'check-first' };
export const WAIT_RETRY_AFTER: RetryRule = { advice: 'wait' };
/** "Retry with backoff", and no formula: a document that gives none gets no schedule. */
export const BACKOFF: RetryRule = { advice: 'backoff' };
/** "Exponential delay", without a base: the document names the kind, not the formula. */
export const EXPONENTIAL_BACKOFF: RetryRule = {
  advice: 'backoff',
  schedule: { kind: 'exponential' },
};

/** The same rule, marked as one the document does not give (see `RetryRule.documented`). */
export function unstated(rule: RetryRule): RetryRule {
  return { ...rule, documented: false };
}
