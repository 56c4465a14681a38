import { describe, expect, it } from 'vitest';
import { compileSource, compileSources, compileSourcesHit, sourceList } from './sources';

const text = (v: unknown) => (typeof v === 'string' ? v : null);

describe('sources', () => {
  it('lists no source for none, and one for a single string', () => {
    expect(sourceList(undefined)).toEqual([]);
    expect(sourceList('/a')).toEqual(['/a']);
    expect(sourceList(['/a', '/b'])).toEqual(['/a', '/b']);
  });

  it('reads a header source by its name in any case, and a pointer otherwise', () => {
    const headers = [{ name: 'X-Request-Id', value: 'r1' }];
    expect(compileSource('header:x-request-id')({}, { headers })).toBe('r1');
    expect(compileSource('header:X-REQUEST-ID')({}, { headers })).toBe('r1');
    expect(compileSource('header:x-other')({}, { headers })).toBeUndefined();
    expect(compileSource('/header:x')({ 'header:x': 'v' }, { headers })).toBe('v');
  });

  it('tries sources in order, and reads nothing from none', () => {
    expect(compileSources(['/a', '/b'], text)({ a: 1, b: 'B' }, undefined)).toBe('B');
    expect(compileSources(undefined, (v) => v ?? 'none')({}, undefined)).toBeNull();
  });

  it.each([[['/a']], [['/z', '/a']]])(
    'reports the hit of %j, -1 before and after a miss',
    (from) => {
      const reader = compileSourcesHit(from, text);
      expect(reader.hit).toBe(-1);
      expect(reader.read({ a: 'A' }, undefined)).toBe('A');
      expect(reader.hit).toBe(from.length - 1);
      expect(reader.read({ a: 1 }, undefined)).toBeNull();
      expect(reader.hit).toBe(-1);
    },
  );
});
