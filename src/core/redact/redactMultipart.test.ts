import { describe, expect, it } from 'vitest';
import { redactMultipart } from './redactMultipart';

const part = (name: string, content: string, nl = '\n') =>
  `Content-Disposition: form-data; name=${name}${nl}${nl}${content}`;

describe('redactMultipart', () => {
  it.each([
    [
      'CRLF parts: the secret one loses its content, the line break before the delimiter stays',
      `--b\r\n${part('"password"', 'hunter2', '\r\n')}\r\n--b\r\n${part('"user"', 'bob', '\r\n')}\r\n--b--`,
      `--b\r\n${part('"password"', '[REDACTED]', '\r\n')}\r\n--b\r\n${part('"user"', 'bob', '\r\n')}\r\n--b--`,
    ],
    [
      'LF parts, an unquoted name',
      `--b\n${part('password', 'hunter2')}\n--b--`,
      `--b\n${part('password', '[REDACTED]')}\n--b--`,
    ],
    [
      'a preamble before the first delimiter',
      `preamble\n--b\n${part('"password"', 'hunter2')}\n--b\n${part('"user"', 'bob')}\n--b--`,
      `preamble\n--b\n${part('"password"', '[REDACTED]')}\n--b\n${part('"user"', 'bob')}\n--b--`,
    ],
    [
      'a line break before the first delimiter',
      `\n--b\n${part('"password"', 'hunter2')}\n--b\n${part('"user"', 'bob')}\n--b--`,
      `\n--b\n${part('"password"', '[REDACTED]')}\n--b\n${part('"user"', 'bob')}\n--b--`,
    ],
    [
      'headers first in the text, without delimiter: the part runs to the end',
      part('"password"', 'hunter2\n--b--'),
      part('"password"', '[REDACTED]'),
    ],
    [
      'no delimiter line before the part: the line before it is not one',
      `junk\n${part('"password"', 'hunter2\njunk\nmore')}`,
      `junk\n${part('"password"', '[REDACTED]')}`,
    ],
    [
      'no delimiter line before the part, and a line like the first one after it',
      `junk\n${part('"password"', 'hunter2\nunk\nmore')}`,
      `junk\n${part('"password"', '[REDACTED]')}`,
    ],
    [
      'a bare `--` line is no delimiter',
      `--\n${part('"password"', 'hunter2\n--b--')}`,
      `--\n${part('"password"', '[REDACTED]')}`,
    ],
    [
      'content that looks like part headers is replaced once, with the rest',
      `--b\n${part('"password"', part('"pin"', '1234'))}\n--b--`,
      `--b\n${part('"password"', '[REDACTED]')}\n--b--`,
    ],
  ])('%s', (_, text, expected) => {
    expect(redactMultipart(text)).toBe(expected);
  });

  it.each([
    ['an empty secret part', `--b\n${part('"password"', '')}\n--b--`],
    ['an empty secret part, CRLF', `--b\r\n${part('"password"', '', '\r\n')}\r\n--b--`],
    ['a part already redacted', `--b\n${part('"password"', '[REDACTED]')}\n--b--`],
    ['a part without a name', '--b\nContent-Disposition: form-data\n\nhunter2\n--b--'],
    ['headers cut before their end', '--b\nContent-Disposition: form-data; name="password"'],
    ['headers cut after a line', '--b\nContent-Disposition: form-data; name="password"\n'],
    [
      'a disposition that does not start its line',
      'x content-disposition: form-data; name="password"\n\nhunter2',
    ],
    ['a part that is not secret', `--b\n${part('"user"', 'bob')}\n--b--`],
  ])('leaves alone %s', (_, text) => {
    expect(redactMultipart(text)).toBe(text);
  });
});
