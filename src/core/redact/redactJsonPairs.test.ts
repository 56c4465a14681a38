import { describe, expect, it } from 'vitest';
import { REDACTED } from './placeholder';
import { redactJsonPairs } from './redactJsonPairs';

const R = `"${REDACTED}"`;

describe('redactJsonPairs: values of secret keys', () => {
  it.each([
    // White space of every JSON kind around the colon.
    ['{"token" : "a"}', `{"token" : ${R}}`],
    ['{"token"\t:\t"a"}', `{"token"\t:\t${R}}`],
    ['{"token"\n:\n"a"}', `{"token"\n:\n${R}}`],
    ['{"token"\r:\r"a"}', `{"token"\r:\r${R}}`],
    // Numbers, whole, every sign and digit included.
    ['{"pin":-1029.5e+3E-1}', `{"pin":${R}}`],
    ['{"pin":0}', `{"pin":${R}}`],
    ['{"pin":9,"a":1}', `{"pin":${R},"a":1}`],
    ['{"pin":-5}', `{"pin":${R}}`],
    // Objects and arrays, nested, to their closing bracket and no further.
    ['{"token": {"a": {"b": 1}}, "x": 1}', `{"token": ${R}, "x": 1}`],
    ['{"token": {"a": [1, [2]]}, "x": 1}', `{"token": ${R}, "x": 1}`],
    ['{"token": [1, 2], "x": 1}', `{"token": ${R}, "x": 1}`],
    ['{"token": {"a": "}]"}, "x": 1}', `{"token": ${R}, "x": 1}`],
    // A string cut by a line break inside the value ends there; the object goes on after it.
    ['{"token": {"a": "b\n}, "x": 1}', `{"token": ${R}, "x": 1}`],
    ['{"token": "abc\n, "a": 1}', `{"token": ${R}\n, "a": 1}`],
    // Cut short: to the end of the text.
    ['{"token": {"a": "b', `{"token": ${R}`],
    ['{"token": "ab', `{"token": ${R}`],
    // The key is read unescaped.
    ['{"\\u0074oken": "s"}', `{"\\u0074oken": ${R}}`],
    ['{"\\qtoken": "s"}', `{"\\qtoken": ${R}}`],
    // A string broken by a line break ends there: what follows is read afresh.
    ['note "broken\n{"token": "s"}', `note "broken\n{"token": ${R}}`],
    ['x "a\n"token": "v"', `x "a\n"token": ${R}`],
    // Kept as sent: literals, and what is not JSON.
    ['{"token": true, "password": null}', '{"token": true, "password": null}'],
    ['{"ok": "token", "a": 1}', '{"ok": "token", "a": 1}'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(redactJsonPairs(text, 0)).toBe(expected);
  });
});

describe('redactJsonPairs: name/value list items', () => {
  it.each([
    [
      '[{"name":"token","value":"a"},{"name":"user","value":"b"}]',
      `[{"name":"token","value":${R}},{"name":"user","value":"b"}]`,
    ],
    ['{"value":"a","key":"X-Api-Key"}', `{"value":${R},"key":"X-Api-Key"}`],
    // A later secret member, and an array between the name and the value.
    [
      '{"name": "pwd", "value": "v", "token": "t"}',
      `{"name": "pwd", "value": ${R}, "token": ${R}}`,
    ],
    ['{"name":"token","x":[1],"value":"v"}', `{"name":"token","x":[1],"value":${R}}`],
    // The value is hidden whole, whatever it holds.
    ['{"name":"pwd","value":{"token":"x"}}', `{"name":"pwd","value":${R}}`],
    ['{"name": "token", "value": "{\\"token\\": \\"x\\"}"}', `{"name": "token", "value": ${R}}`],
    // Cut short: judged on what arrived.
    ['[{"name":"token","value":"T-1"', `[{"name":"token","value":${R}`],
    // The name belongs to an inner object only.
    ['{"x":{"name":"token"},"value":"v"}', '{"x":{"name":"token"},"value":"v"}'],
    ['{"name":"token","value":true}', '{"name":"token","value":true}'],
    ['{"name": "\\q", "value": "v"}', '{"name": "\\q", "value": "v"}'],
    ['{"name": 5, "value": "v"}', '{"name": 5, "value": "v"}'],
    // No object around them: no item.
    ['"name": "token", "value": "v"', '"name": "token", "value": "v"'],
  ])('%j → %j', (text, expected) => {
    expect(redactJsonPairs(text, 0)).toBe(expected);
  });
});

describe('redactJsonPairs: JSON inside strings, and URL strings', () => {
  const upper = (value: string) => value.toUpperCase();

  it.each([
    [
      '{"data": "{\\"token\\": \\"s\\", \\"n\\": 1}"}',
      '{"data": "{\\"token\\": \\"[REDACTED]\\", \\"n\\": 1}"}',
    ],
    // Unchanged inner JSON keeps its escapes as sent.
    ['["{\\"a\\":1}\\/"]', '["{\\"a\\":1}\\/"]'],
    ['["\\q\\"x"]', '["\\q\\"x"]'],
  ])('%j → %j', (text, expected) => {
    expect(redactJsonPairs(text, 0)).toBe(expected);
  });

  it('leaves URL strings as sent when given no URL redaction', () => {
    for (const text of ['{"u": "https://h/?token=x"}', '["https:\\/\\/h\\/"]']) {
      expect(redactJsonPairs(text, 0)).toBe(text);
    }
  });

  it.each([
    ['["abc", "https://h/x"]', '["abc", "HTTPS://H/X"]'],
    ['{"u":" mailto:a"}', '{"u":" MAILTO:A"}'],
    ['{"u":"https%3A%2F%2Fh"}', '{"u":"HTTPS%3A%2F%2FH"}'],
    ['{"u": "https://h/\\u0078"}', '{"u": "HTTPS://H/X"}'],
    // Not one URL, or not a string JSON can read: not passed on.
    ['{"u": "1https://h"}', '{"u": "1https://h"}'],
    ['["https://h/\\q"]', '["https://h/\\q"]'],
    ['{"https://h": 1}', '{"https://h": 1}'],
  ])('passes %j through the URL redaction: %j', (text, expected) => {
    expect(redactJsonPairs(text, 0, upper)).toBe(expected);
  });
});

describe('redactJsonPairs: the decoded text of strings with escapes', () => {
  const mark = (value: string) => `<${value}>`;

  it.each([
    ['["a\\"b"]', '["<a\\"b>"]'],
    ['["a\\u0062"]', '["<ab>"]'],
    // JSON inside: its pairs first, then the text they leave.
    ['["{\\"token\\":\\"x\\"}"]', '["<{\\"token\\":\\"[REDACTED]\\"}>"]'],
    // No escape: the raw passes read it as it reads decoded.
    ['["a b"]', '["a b"]'],
    // Not a string JSON can read: not passed on.
    ['["\\q"]', '["\\q"]'],
  ])('%j → %j', (text, expected) => {
    expect(redactJsonPairs(text, 0, undefined, mark)).toBe(expected);
  });

  it.each([
    ['["a\\"b', '["<a\\"b>'],
    ['["a\\"b\\\\', '["<a\\"b\\\\>'],
    // A cut escape is dropped.
    ['["a\\"b\\', '["<a\\"b>'],
    ['["a\\"b\\u004', '["<a\\"b>'],
    ['["ab', '["ab'],
  ])('reads a string cut at the end as if closed there: %j → %j', (text, expected) => {
    expect(redactJsonPairs(text, 0, undefined, mark)).toBe(expected);
  });

  it('stops at the deepest JSON it decodes', () => {
    expect(redactJsonPairs('["a\\"b"]', 2, undefined, mark)).toBe('["<a\\"b>"]');
    expect(redactJsonPairs('["a\\"b"]', 3, undefined, mark)).toBe('["a\\"b"]');
  });
});
