import { describe, expect, it } from 'vitest';
import { EXPONENTIAL_BACKOFF, unstated } from './retryRules';

describe('unstated', () => {
  it('keeps the rule and marks it as one the document does not give', () => {
    expect(unstated(EXPONENTIAL_BACKOFF)).toEqual({
      advice: 'backoff',
      schedule: { kind: 'exponential' },
      documented: false,
    });
    // The shared constant stays as documented.
    expect(EXPONENTIAL_BACKOFF).not.toHaveProperty('documented');
  });
});
