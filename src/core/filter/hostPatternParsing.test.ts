import { describe, expect, it } from 'vitest';
import { compileHostPattern, compileHostPatterns } from './hostPattern';

// hostPattern.ts keeps each origin it has parsed, so every case here uses an origin no other
// case uses: the parse itself, not the cache, must give the answer.
describe('hostAndPort: default ports made explicit', () => {
  it('reads https without a port as 443 and http as 80', () => {
    expect(compileHostPattern('d443.test:443')('https://d443.test/a')).toBe(true);
    expect(compileHostPattern('d443b.test:80')('https://d443b.test/a')).toBe(false);
    expect(compileHostPattern('d80.test:80')('http://d80.test/a')).toBe(true);
    expect(compileHostPattern('d80b.test:443')('http://d80b.test/a')).toBe(false);
  });

  it('gives other schemes no default port', () => {
    expect(compileHostPattern('dftp.test:80')('ftp://dftp.test/a')).toBe(false);
    expect(compileHostPattern('dftp2.test:443')('ftp://dftp2.test/a')).toBe(false);
    expect(compileHostPattern('dftp3.test')('ftp://dftp3.test/a')).toBe(true);
  });

  it('reads a URL without slashes after the scheme as a URL parser does', () => {
    expect(compileHostPattern('noslash.test')('https:noslash.test/x')).toBe(true);
  });
});

describe('compileHostPattern: ports and IPv6', () => {
  it('reads a pattern of stars or digits alone as a host, not as a port', () => {
    expect(compileHostPattern('*')('http://star.test/')).toBe(true);
  });

  it('takes an IPv6 literal only when the brackets are the whole host', () => {
    expect(compileHostPattern('x[::1]')('http://[::1]/')).toBe(false);
    expect(compileHostPattern('[::1]:80x')('http://[::1]/')).toBe(false);
    expect(compileHostPattern('[::1]')('http://[::1]:3000/')).toBe(true);
  });

  it('takes what follows the last colon as a port only when it is all digits and stars', () => {
    // Without brackets, colons belong to an IPv6 host glob.
    expect(compileHostPattern('*:*a')('http://[::a]/')).toBe(true);
    expect(compileHostPattern('*:a1')('http://[::a1]/')).toBe(true);
  });
});

describe('compileHostPatterns: blank patterns', () => {
  it('drops empty and blank patterns, so that they match every host', () => {
    expect(compileHostPatterns(['', '  '])('http://blank.test/')).toBe(true);
    expect(compileHostPatterns(['  ', 'other.test'])('http://blank2.test/')).toBe(false);
  });
});
