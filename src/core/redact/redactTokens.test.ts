import { describe, expect, it } from 'vitest';
import { redactTokens } from './redactTokens';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln';

describe('redactTokens', () => {
  it.each([
    ['Bearer abc.def-123', 'Bearer [REDACTED]'],
    ['Basic dXNlcjpwYXNz', 'Basic [REDACTED]'],
    [JWT, '[REDACTED]'],
    // A JWT at the end of a dotted run: the parts before it are kept.
    [`app.v1.${JWT}`, 'app.v1.[REDACTED]'],
    [`id=${JWT}.`, 'id=[REDACTED].'],
    // Prose, not credentials.
    ['Bearer token missing', 'Bearer token missing'],
    ['Basic Authentication failed', 'Basic Authentication failed'],
    // `eyJ` with nothing after it in its part starts no JWT header.
    ['monkeyJ.test.case', 'monkeyJ.test.case'],
    // Two parts are no JWT: it has a third, the signature (which may be empty).
    ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0'],
  ])('%j → %j', (text, expected) => {
    expect(redactTokens(text)).toBe(expected);
  });
});
