import { describe, expect, it } from 'vitest';
import { headerInterner } from './internHeaders';

const copy = (list: readonly { name: string; value: string }[]) =>
  list.map((h) => ({ name: `${h.name}`, value: `${h.value}` }));

describe('headerInterner', () => {
  const list = [
    { name: 'content-type', value: 'application/json' },
    { name: 'x-request-id', value: 'abc' },
  ];

  it('gives equal headers one object, and keeps names and values as they came', () => {
    const share = headerInterner();
    const a = share(copy(list));
    const b = share([copy(list)[1] as { name: string; value: string }]);
    expect(a).toEqual(list);
    expect(b[0]).toBe(a[1]);
  });

  it('hands out the same list again for an equal list, and a new one for a different one', () => {
    const share = headerInterner();
    const first = share(copy(list));
    expect(share(copy(list))).toBe(first);
    const reordered = share(copy([...list].reverse()));
    expect(reordered).not.toBe(first);
    expect(reordered).toEqual([...list].reverse());
    const shorter = share(copy(list.slice(0, 1)));
    expect(shorter).toEqual(list.slice(0, 1));
    expect(shorter).not.toBe(first);
  });

  it('keeps the lists it hands out whole when later lists are interned', () => {
    const share = headerInterner();
    const first = share(copy(list));
    share([{ name: 'a', value: '1' }]);
    expect(first).toEqual(list);
  });

  it('tells apart headers whose name and value would join to the same text', () => {
    const share = headerInterner();
    const [a] = share([{ name: 'a\nb', value: 'c' }]);
    const [b] = share([{ name: 'a', value: 'b\nc' }]);
    expect(a).not.toBe(b);
    expect(b).toEqual({ name: 'a', value: 'b\nc' });
  });

  it('still shares after the table started afresh past its size', () => {
    const share = headerInterner();
    for (let i = 0; i < 20_001; i++) share([{ name: 'date', value: String(i) }]);
    const a = share(copy(list));
    expect(share(copy(list))).toBe(a);
    expect(a).toEqual(list);
  });
});
