import { describe, expect, it } from 'vitest';
import { redactAssignments, redactHeaderLines } from './redactAssignments';

// The nested redaction a caller passes for percent-encoded values: here this pass alone.
const nested = (value: string) => redactAssignments(value);

describe('redactHeaderLines', () => {
  it.each([
    ['Authorization: Bearer abc123', 'Authorization: Bearer [REDACTED]'],
    ['  X-Api-Key:\tk-123\nAccept: */*', '  X-Api-Key:\t[REDACTED]\nAccept: */*'],
    ['Accept: */*\nCookie: sid=1', 'Accept: */*\nCookie: [REDACTED]'],
    ['Cookie:   ', 'Cookie:   '],
    ['password=hunter2', 'password=hunter2'],
  ])('%j → %j', (text, expected) => {
    expect(redactHeaderLines(text)).toBe(expected);
  });
});

describe('redactAssignments: which characters make a name', () => {
  it.each([
    // Digits, capitals, `.`, `-`, `%` and brackets belong to the name: without them the name
    // would be cut to a harmless tail (`2`, `id`, `id]`).
    ['pin2=1234', 'pin2=[REDACTED]'],
    ['pin0=1234', 'pin0=[REDACTED]'],
    ['pin9=1234', 'pin9=[REDACTED]'],
    ['PIN_Z=1234', 'PIN_Z=[REDACTED]'],
    ['session.id=abc', 'session.id=[REDACTED]'],
    ['session-id=abc', 'session-id=[REDACTED]'],
    ['pass%77ord=x', 'pass%77ord=[REDACTED]'],
    ['session[id]=abc', 'session[id]=[REDACTED]'],
    ['user[password]=hunter2', 'user[password]=[REDACTED]'],
    // A space ends a name: `token abc` is prose before the name `abc`.
    ['token abc=1', 'token abc=1'],
    ['{token}id=1', '{token}id=1'],
    // OAuth's `code` only as a parameter: `x?code` is the name `code` after a `?`.
    ['x?code=abc', 'x?code=[REDACTED]'],
    ['code=abc', 'code=[REDACTED]'],
    ['a=1&code=abc', 'a=1&code=[REDACTED]'],
    ['#code=abc', '#code=[REDACTED]'],
    ['note code=abc', 'note code=abc'],
    // A backslash that starts no JSON escape of a break keeps the letter after it.
    ['dir \\pin=1234', 'dir \\pin=[REDACTED]'],
    // `\r`, `\t`, `\n` escapes in JSON text: their letter is not part of the name.
    ['a\\rpin=1234', 'a\\rpin=[REDACTED]'],
    ['a\\tpin=1234', 'a\\tpin=[REDACTED]'],
    ['a\\npin=1234', 'a\\npin=[REDACTED]'],
  ])('%j → %j', (text, expected) => {
    expect(redactAssignments(text)).toBe(expected);
  });

  it.each([
    // A Python or JS dict: the key is the name inside its quotes.
    [
      "Could not parse {'username': 'bob', 'password': 'Hunter2SECRET'}",
      "Could not parse {'username': 'bob', 'password': '[REDACTED]'}",
    ],
    ["{'pin' : 1234}", "{'pin' : [REDACTED]}"],
    ["{'note': 'a', 'b': 'token'}", "{'note': 'a', 'b': 'token'}"],
  ])('reads a single-quoted key before a colon: %j → %j', (text, expected) => {
    expect(redactAssignments(text)).toBe(expected);
  });

  it('reads a name at most 128 characters back from its separator', () => {
    // `pin_aaa…` (128 characters) is secret; the `x` before it is not read, so `xpin` is not.
    const name = `pin_${'a'.repeat(124)}`;
    expect(redactAssignments(`x${name}=1234`)).toBe(`x${name}=[REDACTED]`);
  });
});

describe('redactAssignments: names split by a tab or line break', () => {
  it.each([
    ['pass\rword=hunter2', 'pass\rword=[REDACTED]'],
    ['pass\nword=hunter2', 'pass\nword=[REDACTED]'],
    ['pass\tword=hunter2', 'pass\tword=[REDACTED]'],
    ['pass\\nword=hunter2', 'pass\\nword=[REDACTED]'],
    ['?co\tde=abc', '?co\tde=[REDACTED]'],
    ['?co\\nde=abc', '?co\\nde=[REDACTED]'],
    // Joined, the name is a query parameter, whose value runs past `'`.
    ["?pass\tword=it's", '?pass\tword=[REDACTED]'],
    // A break before the name, with none before it, is dropped all the same.
    ['?\tcode=abc', '?\tcode=[REDACTED]'],
    ['\tcode=abc', '\tcode=[REDACTED]'],
    ['?\\tcode=abc', '?\\tcode=[REDACTED]'],
    ["?a=1&\tpassword=pa'ss", '?a=1&\tpassword=[REDACTED]'],
    ["?a=1&\n\rpassword=pa'ss", '?a=1&\n\rpassword=[REDACTED]'],
    ['Error\ncode=500', 'Error\ncode=500'],
  ])('%j → %j', (text, expected) => {
    expect(redactAssignments(text)).toBe(expected);
  });
});

describe('redactAssignments: values', () => {
  it.each([
    ['password\t=\thunter2', 'password\t=\t[REDACTED]'],
    ['password = hunter2', 'password = [REDACTED]'],
    // Nothing to hide: an empty value stays empty.
    ['password=', 'password='],
    ['password=&a=1', 'password=&a=1'],
    ['x password=""', 'x password=""'],
    ['x password="two words" ok', 'x password="[REDACTED]" ok'],
    // Already redacted: left as it is.
    ['password=[REDACTED]', 'password=[REDACTED]'],
    ['x password="[REDACTED]"', 'x password="[REDACTED]"'],
    // A quote that does not close on its line: the value, quote and all, runs to the line's end.
    ['x password="hunter 2\nnext line', 'x password=[REDACTED]\nnext line'],
    ["x password='hunter 2\r\nnext", 'x password=[REDACTED]\r\nnext'],
    ['x password="hunter 2', 'x password=[REDACTED]'],
    ['x password="[REDACTED]', 'x password=[REDACTED]'],
    ['x password="\nnext', 'x password="\nnext'],
    // Quoted, spaces and all, in a parameter's place too.
    ["password='correct horse'", 'password=[REDACTED]'],
    ["?a=1&password='correct horse' ok", '?a=1&password=[REDACTED] ok'],
    ["x password='correct horse' ok", "x password='[REDACTED]' ok"],
    // First in a text, a name is read as a parameter's, whose value `"` still quotes; the
    // quotes go with it, as in a form body.
    ['password="two words" ok', 'password=[REDACTED] ok'],
    ['?password="two words"&a=1', '?password=[REDACTED]&a=1'],
    ['token="Bearer "', 'token=[REDACTED]'],
    ['token=""', 'token=""'],
    ["?password=it's", '?password=[REDACTED]'],
    // A separator first in the text is read like any other.
    ['=password=abc', '=password=[REDACTED]'],
    [':password=abc', ':password=[REDACTED]'],
  ])('%j → %j', (text, expected) => {
    expect(redactAssignments(text)).toBe(expected);
  });

  it.each([
    ['login failed, password:\nSECRETnl', 'login failed, password:\n[REDACTED]'],
    ['api_key=\nX', 'api_key=\n[REDACTED]'],
    ['token: \r\n\tabc def', 'token: \r\n\t[REDACTED] def'],
    ["password:\n'two words'", "password:\n'[REDACTED]'"],
    // A next line that is a pair of its own, or blank, is no value.
    ['X-Api-Key: \nAccept: */*', 'X-Api-Key: \nAccept: */*'],
    ['password:\n\nnext', 'password:\n\nnext'],
  ])(
    'reads the value on the next line after a separator ending its line: %j → %j',
    (text, expected) => {
      expect(redactAssignments(text)).toBe(expected);
    },
  );

  it.each([
    [
      'Rejected header Authorization: Bot MTk4SECRETdiscord.abc',
      'Rejected header Authorization: [REDACTED]',
    ],
    ['x Authorization: sso-key ABC:SECRET1 now', 'x Authorization: [REDACTED]'],
    ['x Authorization: Zoho-oauthtoken 1000.SECRET', 'x Authorization: [REDACTED]'],
    ['x Proxy-Authorization: Klaviyo-API-Key pk_SECRET', 'x Proxy-Authorization: [REDACTED]'],
    [
      'x Authorization: Digest username="u", response="SECRETdig"\r\nnext',
      'x Authorization: Digest [REDACTED]\r\nnext',
    ],
    // The quote around the header, in a shell word or a JSON string, ends it; escaped, not.
    [
      'curl -H "Authorization: Bot abc def" https://h/',
      'curl -H "Authorization: [REDACTED]" https://h/',
    ],
    [
      "curl -H 'Authorization: Bot abc ' https://h/",
      "curl -H 'Authorization: [REDACTED] ' https://h/",
    ],
    ['{"m":"x Authorization: Bot abc","code":1}', '{"m":"x Authorization: [REDACTED]","code":1}'],
    ['"x Authorization: Bot abc\\nnext"', '"x Authorization: [REDACTED]\\nnext"'],
    [
      '-H "x Authorization: Digest username=\\"u\\", response=\\"SECRET\\"" next',
      '-H "x Authorization: Digest [REDACTED]" next',
    ],
  ])(
    'redacts Authorization credentials in running text to their end: %j → %j',
    (text, expected) => {
      expect(redactAssignments(text)).toBe(expected);
    },
  );

  it.each([
    ['Authorization: Bearer abc123', 'Authorization: Bearer [REDACTED]'],
    ['Authorization:  Basic \tdXNlcjpwYXNz', 'Authorization:  Basic \t[REDACTED]'],
    ['Authorization: sk_live_abc', 'Authorization: [REDACTED]'],
    // The scheme word redactTokens kept before its placeholder stays, after a colon only.
    ['token: Bearer [REDACTED]', 'token: Bearer [REDACTED]'],
    ['token=Bearer [REDACTED]', 'token=[REDACTED] [REDACTED]'],
    // A scheme word alone is the value itself.
    ['token: Bearer', 'token: [REDACTED]'],
    ['token=basic', 'token=[REDACTED]'],
  ])('keeps the scheme word of a credential only: %j → %j', (text, expected) => {
    expect(redactAssignments(text)).toBe(expected);
  });
});

describe('redactAssignments: percent-encoded values of other names', () => {
  it.each([
    ['q=password%3Dx', 'q=password%3D%5BREDACTED%5D'],
    ['a=%70assword%3Dx', 'a=password%3D%5BREDACTED%5D'],
    ['https://h/?q=password%3Dx', 'https://h/?q=password%3D%5BREDACTED%5D'],
    ['=password%3Dhunter2', '=password%3D%5BREDACTED%5D'],
    // A value the nested redaction leaves alone keeps its own encoding.
    ['a=%41&b=%7E', 'a=%41&b=%7E'],
    // A colon's value, or one after a space, is not a parameter's.
    ['x:password%3Dabc', 'x:password%3Dabc'],
    // `+` alone does not make a value encoded: it is searched on as raw text.
    ['q=password=a+b&x=%41', 'q=password=[REDACTED]&x=%41'],
    ['=password=a+b', '=password=[REDACTED]'],
    ['=%41&q=password=a+b', '=%41&q=password=[REDACTED]'],
    // A value that does not decode is raw: searched on.
    ['see q=password=hunter2%zz now', 'see q=password=[REDACTED] now'],
    ['q=%zz&token=abc', 'q=%zz&token=[REDACTED]'],
    // An encoded value is judged whole, once.
    ['q=a=password%3Dx', 'q=a%3Dpassword%3D%5BREDACTED%5D'],
    ['ver%3D2;password=abc', 'ver%3D2;password=[REDACTED]'],
    // A secret's value is skipped whole: nothing inside it is read again.
    ['x password="q=password%3Dy"', 'x password="[REDACTED]"'],
    ['password=a=%70assword%3Dx', 'password=[REDACTED]'],
  ])('%j → %j', (text, expected) => {
    expect(redactAssignments(text, nested)).toBe(expected);
  });

  it('leaves encoded values alone without a nested redaction', () => {
    expect(redactAssignments('a=%41&q=password%3Dx')).toBe('a=%41&q=password%3Dx');
  });
});

describe("redactAssignments: a parameter's value that starts with a quote", () => {
  it('reads an empty quote followed by more as an unquoted value (property test)', () => {
    // ae553fb read `''` as the whole quoted value and left what followed it in the clear.
    expect(redactAssignments("https://h/o?access_token=''2aaaaaaaaaaaa")).toBe(
      'https://h/o?access_token=[REDACTED]',
    );
    expect(redactAssignments("?access_token='ab'cd&x=1")).toBe('?access_token=[REDACTED]&x=1');
  });

  it('still reads a whole quoted value, spaces and all', () => {
    expect(redactAssignments("password='correct horse'&x=1")).toBe('password=[REDACTED]&x=1');
  });
});
