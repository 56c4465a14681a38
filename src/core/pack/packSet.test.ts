import { describe, expect, it } from 'vitest';
import type { ErrorFormat } from '../formats/format';
import { createPackSet } from './packSet';

// Only what createPackSet reads of a format.
function format(
  id: string,
  origin: 'builtin' | 'user',
  specificity: number,
  hosts: string[] = [],
): ErrorFormat {
  return { id, origin, specificity, hosts } as unknown as ErrorFormat;
}

const tags = (formats: readonly ErrorFormat[]) =>
  formats.map((f) => `${f.origin === 'user' ? 'u' : 'b'}:${f.id}`);

describe('createPackSet', () => {
  it('orders unscoped formats by specificity, most specific first, the user’s first', () => {
    const set = createPackSet(
      [format('u1', 'user', 1), format('u9', 'user', 9)],
      [format('b2', 'builtin', 2), format('b7', 'builtin', 7), format('b5', 'builtin', 5)],
    );
    expect(tags(set.formats)).toEqual(['u:u9', 'u:u1', 'b:b7', 'b:b5', 'b:b2']);
    expect(set.forUrl('https://any.example/x')).toBe(set.formats);
    expect(tags(set.all)).toEqual(['u:u1', 'u:u9', 'b:b2', 'b:b7', 'b:b5']);
  });

  it('lets a user format replace the built-in of the same id, by id too', () => {
    const user = format('same', 'user', 1);
    const set = createPackSet(
      [user],
      [format('same', 'builtin', 9), format('other', 'builtin', 3)],
    );
    expect(tags(set.formats)).toEqual(['u:same', 'b:other']);
    expect(set.byId('same')).toBe(user);
    expect(set.byId('other')?.id).toBe('other');
    expect(set.byId('none')).toBeUndefined();
  });

  it('tries scoped formats first on their hosts only, and replaces a built-in only there', () => {
    const scoped = format('same', 'user', 1, ['api.example.com']);
    const set = createPackSet(
      [scoped],
      [format('same', 'builtin', 9), format('plain', 'builtin', 5)],
    );
    expect(tags(set.formats)).toEqual(['b:same', 'b:plain']);
    expect(tags(set.forUrl('https://api.example.com/v1'))).toEqual(['u:same', 'b:plain']);
    expect(tags(set.forUrl('https://other.example.com/v1'))).toEqual(['b:same', 'b:plain']);
    expect(set.byId('same')).toBe(scoped);
    expect(set.byId('plain')?.id).toBe('plain');
    expect(set.byId('none')).toBeUndefined();
  });

  it('ranks scoped built-ins before unscoped user formats', () => {
    const set = createPackSet(
      [format('u', 'user', 9)],
      [format('b', 'builtin', 1, ['api.example.com'])],
    );
    expect(tags(set.forUrl('https://api.example.com/'))).toEqual(['b:b', 'u:u']);
    expect(tags(set.formats)).toEqual(['u:u']);
  });

  it('gives the unscoped order for a URL with no host, and caches each origin’s order', () => {
    const set = createPackSet(
      [format('u', 'user', 1, ['api.example.com'])],
      [format('b', 'builtin', 1)],
    );
    expect(set.forUrl('not a url')).toBe(set.formats);
    const first = set.forUrl('https://api.example.com/a');
    set.forUrl('https://other.example.com/a');
    expect(set.forUrl('https://api.example.com/b')).toBe(first);
    expect(set.forUrl('https://api.example.com:8443/b')).not.toBe(first);
  });

  it('forgets the cached orders once 1000 origins are cached', () => {
    const set = createPackSet(
      [format('u', 'user', 1, ['api.example.com'])],
      [format('b', 'builtin', 1)],
    );
    const first = set.forUrl('https://h0.example/');
    for (let i = 1; i < 1000; i++) set.forUrl(`https://h${i}.example/`);
    expect(set.forUrl('https://h0.example/')).toBe(first);
    set.forUrl('https://h1000.example/');
    const again = set.forUrl('https://h0.example/');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
