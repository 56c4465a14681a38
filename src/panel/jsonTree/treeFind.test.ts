import { describe, expect, it } from 'vitest';
import { flatten, type FlatTree } from './flatTree';
import { buildFindIndex, findNodes, MAX_QUERY } from './treeFind';

function find(value: unknown, query: string): (string | number | null)[] {
  const t = flatten(value) as FlatTree;
  return findNodes(buildFindIndex(t), query).map((n) => t.keys[n] ?? null);
}

describe('find in body', () => {
  const body = {
    error: { code: 'QUOTA_EXHAUSTED', message: 'Quota exhausted for tenant 42' },
    quota: 7,
    items: ['quota', 'other'],
  };

  it('matches member names and values, whatever their case, once per node', () => {
    expect(find(body, 'QUOTA')).toEqual(['code', 'message', 'quota', 0]);
    expect(find(body, 'tenant 42')).toEqual(['message']);
    expect(find(body, '7')).toEqual(['quota']);
  });

  it('does not match array positions or text spanning two nodes', () => {
    expect(find(body, '1')).toEqual([]);
    expect(find(body, 'quotaother')).toEqual([]);
    expect(find(body, 'code\u0001quota')).toEqual([]); // the separators are taken out
    expect(find(body, 'codequota')).toEqual([]);
  });

  it('finds nothing for an empty query', () => {
    expect(find(body, '')).toEqual([]);
  });

  it('cuts a query at MAX_QUERY characters, so each search is linear in the body', () => {
    expect(find({ long: 'x'.repeat(MAX_QUERY) }, 'X'.repeat(MAX_QUERY) + ' and more')).toEqual([
      'long',
    ]);
  });

  it('stays fast on 20,000 near misses', () => {
    const near = new Array(20_000).fill('a'.repeat(25) + 'b');
    const index = buildFindIndex(flatten(near) as FlatTree);
    const started = performance.now();
    expect(findNodes(index, 'a'.repeat(26))).toEqual([]);
    expect(findNodes(index, 'a'.repeat(25) + 'B')).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
