import { describe, expect, it } from 'vitest';
import { exchange } from '../../../test/helpers/exchange';
import { decode } from '../decode';
import type { DecodedError } from '../types';
import { compileFilter, type Filterable } from './networkFilter';

function row(url: string, body: string): Filterable {
  const decoded = decode(exchange({ url, status: 500, body })) as DecodedError;
  return { url, method: 'GET', status: 500, decoded, body };
}

const rows = [
  row('https://a.test/1', '{"error":{"code":"X","hint":"Quota Exhausted for tenant 42"}}'),
  row('https://a.test/2', '<html>Service (Unavailable) [x]</html>'),
  row('https://b.test/3', ''),
];
const pick = (text: string) => rows.filter(compileFilter(text)).map((r) => r.url);

describe('the body: filter token', () => {
  it('finds a word that only the body holds, whatever its case', () => {
    expect(pick('body:quota')).toEqual(['https://a.test/1']);
    expect(pick('body:EXHAUSTED')).toEqual(['https://a.test/1']);
    expect(pick('quota')).toEqual([]); // a plain word searches URL, code and message only
  });

  it('takes regular-expression characters literally', () => {
    expect(pick('body:(unavailable)')).toEqual(['https://a.test/2']);
    expect(pick('body:[x]')).toEqual(['https://a.test/2']);
    expect(pick('body:.*')).toEqual([]);
  });

  it('negates, and combines with other tokens', () => {
    expect(pick('-body:quota')).toEqual(['https://a.test/2', 'https://b.test/3']);
    expect(pick('domain:a.test -body:quota')).toEqual(['https://a.test/2']);
  });

  it('runs in time linear in the body: 100 bodies of 256 KB with a near miss everywhere', () => {
    const near = 'aaaaaaaaab'.repeat(26_000);
    const heavy = Array.from({ length: 100 }, (_, i) => row(`https://h.test/${i}`, near));
    const match = compileFilter('body:aaaaaaaaaaaaaaaaaaaaaaaaaaaaac');
    const started = performance.now();
    expect(heavy.filter(match)).toHaveLength(0);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
