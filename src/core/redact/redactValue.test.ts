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
    // Malformed escapes stay as they are; the well-formed ones around them are decoded.
    ['%E0%A4%A', '%E0%A4%A'],
    ['100%+x', '100% x'],
    ['%', '%'],
    ['50%%20off', '50% off'],
    ['%7B%22a%22%3A%22%', '{"a":"%'],
    ['%22%2', '"%2'],
    ['%zz%41', '%zzA'],
    // Bytes that spell no UTF-8 stay escaped, one by one; a valid sequence after them decodes.
    ['%C3%28', '%C3('],
    ['%C0%AF%E0%A4%A8', '%C0%AF\u0928'],
    ['%FF%F0%9F%98%80', '%FF\u{1F600}'],
    ['%E0%A4', '%E0%A4'],
    ['%E0%80%80%ED%A0%80%41', '%E0%80%80%ED%A0%80A'],
  ])('%j → %j', (text, expected) => {
    expect(safeDecode(text)).toBe(expected);
  });
});
