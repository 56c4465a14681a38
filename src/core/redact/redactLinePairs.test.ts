import { describe, expect, it } from 'vitest';
import { redactLinePairs } from './redactLinePairs';

describe('redactLinePairs', () => {
  it.each([
    // A text/plain form body: a secret value runs to the end of its line.
    [
      'user=bob\r\npassword=correct horse battery staple\r\n',
      'user=bob\r\npassword=[REDACTED]\r\n',
    ],
    ['user=bob\npassword=a b', 'user=bob\npassword=[REDACTED]'],
    ['code=abc def\n\nstate=x y\n', 'code=[REDACTED]\n\nstate=x y\n'],
    ['user=bob\npassword=\npin=[REDACTED]\n', 'user=bob\npassword=\npin=[REDACTED]\n'],
    // Not such a body: one line only, or a line that is no pair. Prose rules read these.
    ['password=a b', 'password=a b'],
    ['note: hi\npassword=a b', 'note: hi\npassword=a b'],
    ['user name=bob\npassword=a b', 'user name=bob\npassword=a b'],
    ['https://h/a;jsessionid=1 2?o\ntp=3', 'https://h/a;jsessionid=1 2?o\ntp=3'],
  ])('%j → %j', (text, expected) => {
    expect(redactLinePairs(text)).toBe(expected);
  });
});
