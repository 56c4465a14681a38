import { describe, expect, it } from 'vitest';
import { findById } from './findById';

const rows = (ids: readonly number[]) => ids.map((id) => ({ id, name: `#${id}` }));

describe('findById', () => {
  it('finds a row in an id-ordered list without reading every row', () => {
    const list = rows(Array.from({ length: 100_000 }, (_, i) => i * 2 + 1));
    let reads = 0;
    const counted = list.map((row) => ({
      get id() {
        reads++;
        return row.id;
      },
      name: row.name,
    }));
    expect(findById(counted, 150_001)?.name).toBe('#150001');
    expect(reads).toBeLessThan(40);
  });

  it('finds a row in a list out of order, and null for an id not there', () => {
    const list = rows([5, 1, 9, 3, 7]);
    for (const id of [5, 1, 9, 3, 7]) expect(findById(list, id)?.id).toBe(id);
    expect(findById(list, 4)).toBeNull();
    expect(findById([], 1)).toBeNull();
  });
});
