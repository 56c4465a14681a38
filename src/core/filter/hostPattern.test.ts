import { describe, expect, it } from 'vitest';
import { compileHostPattern, compileHostPatterns } from './hostPattern';

describe('compileHostPattern (Chrome domain: semantics)', () => {
  it('matches the whole host, case-insensitively', () => {
    const m = compileHostPattern('API.example.com');
    expect(m('https://api.example.com/v1')).toBe(true);
    expect(m('https://xapi.example.com/v1')).toBe(false);
    expect(m('https://api.example.com.evil.net/')).toBe(false);
  });

  it('supports * wildcards', () => {
    const m = compileHostPattern('*.example.com');
    expect(m('https://a.example.com/')).toBe(true);
    expect(m('https://a.b.example.com/')).toBe(true);
    expect(m('https://example.com/')).toBe(false);
    expect(compileHostPattern('api.*')('http://api.local/')).toBe(true);
  });

  it('treats dots literally', () => {
    expect(compileHostPattern('a.c')('http://abc/')).toBe(false);
  });

  it('matches an optional port, and any port without one', () => {
    expect(compileHostPattern('127.0.0.1:8080')('http://127.0.0.1:8080/x')).toBe(true);
    expect(compileHostPattern('127.0.0.1:8080')('http://127.0.0.1:9090/x')).toBe(false);
    expect(compileHostPattern('127.0.0.1')('http://127.0.0.1:9090/x')).toBe(true);
    expect(compileHostPattern('example.com:443')('https://example.com/')).toBe(true);
  });

  it('tells 127.0.0.1 and localhost apart', () => {
    expect(compileHostPattern('localhost')('http://127.0.0.1/')).toBe(false);
  });

  it('handles IPv6 literals and unparsable URLs', () => {
    expect(compileHostPattern('[::1]:8080')('http://[::1]:8080/')).toBe(true);
    expect(compileHostPattern('*')('not a url')).toBe(false);
  });

  it('escapes regular-expression syntax in patterns', () => {
    expect(compileHostPattern('a(b')('http://ab/')).toBe(false);
  });
});

describe('compileHostPatterns', () => {
  it('ORs patterns and matches everything when empty', () => {
    const m = compileHostPatterns(['a.com', 'b.com']);
    expect(m('http://a.com/')).toBe(true);
    expect(m('http://b.com/')).toBe(true);
    expect(m('http://c.com/')).toBe(false);
    expect(compileHostPatterns([])('http://c.com/')).toBe(true);
  });
});
