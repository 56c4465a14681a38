import type { RateLimitPolicy } from '../../src/core/types';

/** An expected rate-limit policy: every member unstated unless given. */
export function policy(fields: Partial<RateLimitPolicy>): RateLimitPolicy {
  return {
    source: 'ratelimit',
    name: null,
    quota: null,
    unit: 'requests',
    windowSeconds: null,
    remaining: null,
    resetSeconds: null,
    partitionKey: null,
    ...fields,
  };
}
