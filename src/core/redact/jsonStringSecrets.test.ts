import { describe, expect, it } from 'vitest';
import { redactBodyText } from './redact';

// Free text inside a JSON string is judged as its decoded text reads: `"password=\"x\""` holds
// `password="x"`, a quoted password, though the raw text shows an escape after the `=`.
describe('secrets in the free text of JSON strings', () => {
  it.each([
    ['{"q":"password=\\"two words\\""}', '{"q":"password=[REDACTED]"}'],
    ['{"q":"password=\\"x\\" and more"}', '{"q":"password=[REDACTED] and more"}'],
    ['{"q":"a password=\\"x\\""}', '{"q":"a password=\\"[REDACTED]\\""}'],
    ['{"q":"password=\\u0022two words\\u0022"}', '{"q":"password=[REDACTED]"}'],
    ['{"q":"password=\'two words\'"}', '{"q":"password=\'[REDACTED]\'"}'],
    ['{"q":"password=\'x\' and more"}', '{"q":"password=\'[REDACTED]\' and more"}'],
    ['{"a":[{"b":{"q":"password=\\"two words\\""}}]}', '{"a":[{"b":{"q":"password=[REDACTED]"}}]}'],
    // JSON inside a JSON string, its string holding escaped quotes in turn.
    [
      '{"d":"{\\"q\\":\\"password=\\\\\\"two words\\\\\\"\\"}"}',
      '{"d":"{\\"q\\":\\"password=[REDACTED]\\"}"}',
    ],
  ])('%s → %s, still valid JSON', (text, expected) => {
    const out = redactBodyText(text);
    expect(out).toBe(expected);
    expect(() => JSON.parse(out) as unknown).not.toThrow();
  });

  it.each([
    '{"q":"color=\\"dark blue\\" and more"}',
    '{"d":"{\\"q\\":\\"color=\\\\\\"dark blue\\\\\\"\\"}"}',
  ])('keeps %s, whose name is no secret', (text) => {
    expect(redactBodyText(text)).toBe(text);
  });

  it.each([
    ['{"q":"password=\\"two words', '{"q":"password=[REDACTED]'],
    ['{"q":"password=\\"two words\\', '{"q":"password=[REDACTED]'],
    ['{"q":"password=\\"two words\\u00', '{"q":"password=[REDACTED]'],
    ['{"q":"password=\\"two words\\"', '{"q":"password=[REDACTED]'],
    ['{"q":"color=\\"dark blue', '{"q":"color=\\"dark blue'],
  ])('reads a string that truncation cut as if closed there: %s → %s', (text, expected) => {
    expect(redactBodyText(text)).toBe(expected);
  });
});
