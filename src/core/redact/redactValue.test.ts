import { describe, expect, it } from 'vitest';
import { REDACTED } from './placeholder';
import { safeDecode, secretHeaderValue } from './redactValue';

describe('secretHeaderValue', () => {
  it.each([
    ['X-Api-Key', 'k-1', REDACTED],
    ['Authorization', 'Bearer abc', `Bearer ${REDACTED}`],
    // Nothing to hide in a blank value: it is kept as sent, spaces included.
    ['X-Api-Key', '', ''],
    ['X-Api-Key', '   ', '   '],
    ['Authorization', ' \t', ' \t'],
  ])('%s: %j → %j', (name, value, expected) => {
    expect(secretHeaderValue(name, value)).toBe(expected);
  });
});

describe('safeDecode', () => {
  it.each([
    ['plain', 'plain'],
    ['a+b', 'a b'],
    ['a%20b+c', 'a b c'],
    ['%41%2F', 'A/'],
    // Malformed escapes: the text comes back as it was, `+` included.
    ['%E0%A4%A', '%E0%A4%A'],
    ['100%+x', '100%+x'],
    ['%', '%'],
  ])('%j → %j', (text, expected) => {
    expect(safeDecode(text)).toBe(expected);
  });
});
