import { describe, expect, it } from 'vitest';
import { RecentKeys } from './recentKeys';

describe('RecentKeys', () => {
  it('remembers the keys of the last `max` adds and forgets older ones', () => {
    const keys = new RecentKeys(3);
    for (const k of ['a', 'b', 'c']) keys.add(k);
    expect(['a', 'b', 'c'].map((k) => keys.has(k))).toEqual([true, true, true]);
    keys.add('d');
    expect(keys.has('a')).toBe(false);
    expect(['b', 'c', 'd'].map((k) => keys.has(k))).toEqual([true, true, true]);
  });

  it('keeps a key added again for `max` more adds', () => {
    const keys = new RecentKeys(3);
    keys.add('a');
    keys.add('b');
    keys.add('a');
    keys.add('c');
    keys.add('d');
    expect(keys.has('a')).toBe(true); // its second add is among the last three
    expect(keys.has('b')).toBe(false);
    keys.add('e');
    expect(keys.has('a')).toBe(false);
  });

  it('agrees with a plain list of the last adds over a long run', () => {
    const keys = new RecentKeys(50);
    const adds: string[] = [];
    for (let i = 0; i < 5_000; i++) {
      const k = `k${(i * 7919) % 130}`;
      keys.add(k);
      adds.push(k);
      if (i % 97 === 0) {
        const last = new Set(adds.slice(-50));
        for (let j = 0; j < 130; j++) expect(keys.has(`k${j}`)).toBe(last.has(`k${j}`));
      }
    }
  });

  it('forgets everything on clear', () => {
    const keys = new RecentKeys(2);
    keys.add('a');
    keys.clear();
    expect(keys.has('a')).toBe(false);
    keys.add('b');
    keys.add('c');
    keys.add('d');
    expect([keys.has('b'), keys.has('c'), keys.has('d')]).toEqual([false, true, true]);
  });
});
