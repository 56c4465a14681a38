import { describe, expect, it } from 'vitest';
import { readXml } from './readXml';

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('readXml: element names at the edges of each character range', () => {
  it('takes A–Z, a–z, _, : and non-ASCII as a name start', () => {
    for (const name of ['A', 'Z', 'a', 'z', '_', 'x:y', 'À', 'É', 'Ωmega'])
      expect(plain(readXml(`<${name}>1</${name}>`))).toEqual({ [name]: '1' });
  });

  it('refuses a name starting with a digit, -, ., @, [, ` or {', () => {
    for (const name of ['1a', '-a', '.a', '@a', '[a', '`a', '{a'])
      expect(readXml(`<${name}>1</${name}>`)).toBeNull();
  });

  it('takes digits, - and . after the first character, but not / or ;', () => {
    for (const name of ['a0', 'a9', 'a-b', 'a.b'])
      expect(plain(readXml(`<${name}>1</${name}>`))).toEqual({ [name]: '1' });
    expect(readXml('<a;b>1</a;b>')).toBeNull();
  });
});

describe('readXml: character references at their limits', () => {
  it('decodes the highest code point and refuses 0, surrogates and past U+10FFFF', () => {
    expect(plain(readXml('<a>&#x10FFFF;</a>'))).toEqual({ a: '\u{10FFFF}' });
    expect(plain(readXml('<a>&#xD7FF;&#xE000;</a>'))).toEqual({ a: '\uD7FF\uE000' });
    for (const ref of ['&#0;', '&#x110000;', '&#xD800;', '&#xDFFF;'])
      expect(readXml(`<a>${ref}</a>`)).toBeNull();
  });

  it('refuses a reference without its ;, or with too many digits', () => {
    expect(readXml('<a>&amp</a>')).toBeNull();
    expect(readXml('<a>&#0000000065;</a>')).toBeNull();
    expect(plain(readXml('<a>x&amp;y&lt;z</a>'))).toEqual({ a: 'x&y<z' });
  });

  it('refuses names that are not predefined, even ones every object has', () => {
    for (const ref of ['&nbsp;', '&toString;', '&constructor;'])
      expect(readXml(`<a>${ref}</a>`)).toBeNull();
  });
});
