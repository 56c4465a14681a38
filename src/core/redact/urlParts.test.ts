import { describe, expect, it } from 'vitest';
import { REDACTED } from './placeholder';
import {
  authorityAt,
  parserInput,
  redactAuthority,
  redactUserinfoInText,
  splitUrl,
  trimUrl,
} from './urlParts';

const never = () => false;

describe('trimUrl and parserInput', () => {
  it.each([
    ['https://h/', 'https://h/'],
    ['a ', 'a'],
    [' a', 'a'],
    [' \t\n\0https://h/ x \r\n\u001f ', 'https://h/ x'],
    ['   ', ''],
    ['', ''],
  ])('trimUrl(%j) → %j', (url, expected) => {
    expect(trimUrl(url)).toBe(expected);
  });

  it.each([
    ['https://h/', 'https://h/'],
    ['  https://h/x  ', 'https://h/x'],
    [' ht\ttps://h\n/x?a=\r1 ', 'https://h/x?a=1'],
    ['a b', 'a b'],
  ])('parserInput(%j) → %j', (url, expected) => {
    expect(parserInput(url)).toBe(expected);
  });
});

describe('authorityAt', () => {
  it.each([
    // Special schemes: any run of slashes or backslashes, then up to a slash or `?`.
    ['https://u:p@h/x', 6, true, { start: 8, end: 13 }],
    ['https:\\\\h\\x', 6, true, { start: 8, end: 9 }],
    ['https:h?q', 6, true, { start: 6, end: 7 }],
    ['https://h', 6, true, { start: 8, end: 9 }],
    ['https://h#f', 6, true, { start: 8, end: 11 }],
    // Others need two slashes, and a backslash is no slash.
    ['redis://u:p@h\\x/y', 6, false, { start: 8, end: 15 }],
    ['mailto:u@h', 7, false, null],
    ['urn:/x', 4, false, null],
    ['', 0, false, null],
  ] as const)('%j from %i (special %s) → %j', (text, afterScheme, special, expected) => {
    expect(authorityAt(text, afterScheme, special, never)).toEqual(expected);
  });

  it('also ends the authority at a character the caller stops at', () => {
    expect(authorityAt('https://u:p@h x', 6, true, (c) => c === ' ')).toEqual({
      start: 8,
      end: 13,
    });
  });
});

describe('redactAuthority', () => {
  it.each([
    ['u:pw@h', `u:${REDACTED}@h`],
    ['ghp_abc@h', `${REDACTED}@h`],
    [':pw@h', `:${REDACTED}@h`],
    ['u:p@w@h:8080', `u:${REDACTED}@h:8080`],
    // Nothing secret: no `@`, or nothing before it.
    ['h:8080', 'h:8080'],
    ['@h', '@h'],
    ['', ''],
    // Already redacted: kept; a tail after the placeholder is still hidden.
    [`${REDACTED}@h`, `${REDACTED}@h`],
    [`u:${REDACTED}@h`, `u:${REDACTED}@h`],
    [`:${REDACTED}pw@h`, `:${REDACTED}@h`],
  ])('%j → %j', (authority, expected) => {
    expect(redactAuthority(authority)).toBe(expected);
  });
});

describe('splitUrl', () => {
  it.each([
    ['https://u:pw@h/p?q#f', { head: `https://u:${REDACTED}@h`, rest: '/p?q#f', special: true }],
    ['HTTPS:\\\\h\\p', { head: 'HTTPS:\\\\h', rest: '\\p', special: true }],
    ['redis://u:pw@h/0', { head: `redis://u:${REDACTED}@h`, rest: '/0', special: false }],
    ['mailto:u@h', { head: 'mailto:', rest: 'u@h', special: false }],
    ['urn:x:y', { head: 'urn:', rest: 'x:y', special: false }],
    ['/a\\b?token=x', { head: '', rest: '/a\\b?token=x', special: false }],
    ['', { head: '', rest: '', special: false }],
    // The fragment may follow the host directly; a `#` before the `@` stays in the user-info.
    ['https://h#access_token=x', { head: 'https://h', rest: '#access_token=x', special: true }],
    ['https://u:p#w@h#f', { head: `https://u:${REDACTED}@h`, rest: '#f', special: true }],
  ])('%j', (url, expected) => {
    expect(splitUrl(url)).toEqual(expected);
  });
});

describe('redactUserinfoInText', () => {
  it.each([
    ['see https://u:pw@h/x', `see https://u:${REDACTED}@h/x`],
    [': https://u:pw@h/', `: https://u:${REDACTED}@h/`],
    ['a https://u:pw@h b ftp:x:y@c', `a https://u:${REDACTED}@h b ftp:x:${REDACTED}@c`],
    ['https://u:pw@h/?next=ftp://a:b@c', `https://u:${REDACTED}@h/?next=ftp://a:${REDACTED}@c`],
    ['{"u":"https:\\/\\/u:pw@h\\/"}', `{"u":"https:\\/\\/u:${REDACTED}@h\\/"}`],
    ['<https://u:pw@h>', `<https://u:${REDACTED}@h>`],
    // A special scheme needs no slash; the letters and signs before it decide where it starts.
    ['go https:u:pw@h', `go https:u:${REDACTED}@h`],
    ['x 9https:u:pw@h', `x 9https:u:${REDACTED}@h`],
    ['1https:u:pw@h', `1https:u:${REDACTED}@h`],
    ['ok|https:u:pw@h', `ok|https:u:${REDACTED}@h`],
    ['a=https:u:pw@h', `a=https:u:${REDACTED}@h`],
    ['a_https:u:pw@h', `a_https:u:${REDACTED}@h`],
    ['at AB://u:pw@h', `at AB://u:${REDACTED}@h`],
    ['at Redis://u:pw@h', `at Redis://u:${REDACTED}@h`],
    ['x a0z9+.-://u:pw@h', `x a0z9+.-://u:${REDACTED}@h`],
  ])('redacts %j', (text, expected) => {
    expect(redactUserinfoInText(text)).toBe(expected);
  });

  // A parser reads these with another scheme (`git+https:`, `h2https:`): not special, so with no
  // `//` there is no user-info to hide. Nor is there a scheme at all before `://` here.
  it.each([
    'git+https:u:pw@h',
    'ba+https:u:pw@h',
    'x.https:u:pw@h',
    'x-https:u:pw@h',
    'h2https:u:pw@h',
    'h0https:u:pw@h',
    'h9https:u:pw@h',
    'Ahttps:u:pw@h',
    'Zhttps:u:pw@h',
    'zhttps:u:pw@h',
    'mailto:u:pw@h',
    'x ://u:pw@h',
    'https://@h',
    'https://h:8080/a@b',
    'user@host: no URL',
    'no at sign https://u/',
  ])('leaves %j as it was', (text) => {
    expect(redactUserinfoInText(text)).toBe(text);
  });
});
