import { describe, expect, it } from 'vitest';
import { addPatterns } from './watched';

describe('addPatterns', () => {
  it('adds several patterns and strips the domain: key', () => {
    expect(addPatterns(['a.test'], ' domain:*.b.test, c.test:8080 ')).toEqual([
      'a.test',
      '*.b.test',
      'c.test:8080',
    ]);
  });

  it('skips duplicates and returns the same list when nothing is new', () => {
    const hosts = ['A.test'];
    expect(addPatterns(hosts, 'a.test  ')).toBe(hosts);
    expect(addPatterns(hosts, '')).toBe(hosts);
  });
});
