import { describe, expect, it } from 'vitest';
import {
  asItem,
  byteSequence,
  joinFieldLines,
  nonNegativeInteger,
  parseSfDictionary,
  parseSfList,
} from './structuredFields';

// The examples of RFC 9651, "Structured Field Values for HTTP":
// https://www.rfc-editor.org/rfc/rfc9651 (section numbers in each test's name).

/** A list's members as plain values: items as [value, params], inner lists as [[…], params]. */
function plain(value: string) {
  const list = parseSfList(value);
  if (list === null) throw new Error(`${value} did not parse`);
  return list.map((m) => [
    Array.isArray(m[0]) ? m[0].map((i) => i[0].toString()) : m[0].toString(),
    Object.fromEntries(m[1]),
  ]);
}

describe('RFC 9651 Lists, Inner Lists and Parameters', () => {
  it('§3.1: a List of Tokens', () => {
    expect(plain('sugar, tea, rum').map(([v]) => v)).toEqual(['sugar', 'tea', 'rum']);
  });

  it('§3.1.1: Inner Lists, an empty one too', () => {
    expect(plain('("foo" "bar"), ("baz"), ("bat" "one"), ()').map(([v]) => v)).toEqual([
      ['foo', 'bar'],
      ['baz'],
      ['bat', 'one'],
      [],
    ]);
    const [first, second] = plain('("foo"; a=1;b=2);lvl=5, ("bar" "baz");lvl=1');
    expect(first).toEqual([['foo'], { lvl: 5 }]);
    expect(second).toEqual([['bar', 'baz'], { lvl: 1 }]);
  });

  it('§3.1.2: Parameters on Items and Inner Lists', () => {
    // Two members: "; cde_456" is a third Parameter of abc (a Boolean true), not a member.
    const list = plain('abc;a=1;b=2; cde_456, (ghi;jk=4 l);q="9";r=w');
    expect(list).toHaveLength(2);
    const [abc, inner] = list;
    expect(abc).toEqual(['abc', { a: 1, b: 2, cde_456: true }]);
    expect(inner?.[0]).toEqual(['ghi', 'l']);
    expect(inner?.[1]).toMatchObject({ q: '9' });
  });

  it('§4.2: a field split over several lines is one List', () => {
    expect(plain(joinFieldLines(['sugar, tea', 'rum'])).map(([v]) => v)).toEqual([
      'sugar',
      'tea',
      'rum',
    ]);
    expect(plain(joinFieldLines(['sugar, tea\nrum'])).map(([v]) => v)).toEqual([
      'sugar',
      'tea',
      'rum',
    ]);
  });
});

describe('RFC 9651 Dictionaries', () => {
  it('§3.2: Strings, Booleans with and without a value, Parameters', () => {
    const greetings = parseSfDictionary('en="Hello World", da="Hej Verden"');
    expect(greetings?.get('en')?.[0]).toBe('Hello World');
    expect(greetings?.get('da')?.[0]).toBe('Hej Verden');
    const flags = parseSfDictionary('a=?0, b, c; foo=bar');
    expect(flags?.get('a')?.[0]).toBe(false);
    expect(flags?.get('b')?.[0]).toBe(true);
    expect(flags?.get('c')?.[0]).toBe(true);
    expect(flags?.get('c')?.[1].get('foo')?.toString()).toBe('bar');
  });

  it('§3.2: Decimals and Inner Lists as values', () => {
    const dict = parseSfDictionary('rating=1.5, feelings=(joy sadness)');
    expect(dict?.get('rating')?.[0]).toBe(1.5);
    expect(Array.isArray(dict?.get('feelings')?.[0])).toBe(true);
  });
});

describe('RFC 9651 Items and bare types', () => {
  const item = (value: string) => asItem(parseSfList(value)?.[0]);

  it('§3.3: an Item with a Parameter', () => {
    expect(item('5; foo=bar')?.[0]).toBe(5);
    expect(item('5; foo=bar')?.[1].get('foo')?.toString()).toBe('bar');
  });

  it('§3.3.1–§3.3.6: Integer, Decimal, String, Token, Byte Sequence, Boolean', () => {
    expect(nonNegativeInteger(item('42')?.[0])).toBe(42);
    expect(nonNegativeInteger(item('-42')?.[0])).toBeNull();
    expect(item('4.5')?.[0]).toBe(4.5);
    expect(nonNegativeInteger(item('4.5')?.[0])).toBeNull();
    expect(item('"hello world"')?.[0]).toBe('hello world');
    expect(item('foo123/456')?.[0].toString()).toBe('foo123/456');
    const bytes = item(':cHJldGVuZCB0aGlzIGlzIGJpbmFyeSBjb250ZW50Lg==:')?.[0];
    expect(byteSequence(bytes)).toBe('cHJldGVuZCB0aGlzIGlzIGJpbmFyeSBjb250ZW50Lg==');
    expect(byteSequence('a string')).toBeNull();
    expect(item('?1')?.[0]).toBe(true);
  });

  it('§3.3.7 and §3.3.8, new in RFC 9651: Dates and Display Strings', () => {
    const date = item('@1659578233')?.[0];
    expect(date instanceof Date ? date.getTime() : null).toBe(1659578233000);
    const display = item(
      '%"This is intended for display to %c3%bc%c3%b1%c3%ae%c3%a7%c3%b8%c3%b0%c3%a9 users."',
    )?.[0];
    expect(display?.toString()).toBe('This is intended for display to üñîçøðé users.');
  });

  it('§3.1.1: an Inner List is no Item', () => {
    expect(item('(1 2)')).toBeNull();
  });
});

describe('what RFC 9651 says must fail to parse', () => {
  it.each([
    ['a trailing comma (§4.2.1)', 'sugar, tea,'],
    ['an Integer of 16 digits (§3.3.1)', '1234567890123456'],
    ['a Decimal with 4 fractional digits (§3.3.2)', '1.1234'],
    ['a String that is not ASCII (§3.3.3)', '"caf\u00e9"'],
    ['an unterminated String (§4.2.5)', '"abc'],
    ['a Byte Sequence that is not base64 (§4.2.7)', ':not base64!:'],
    ['an empty member', 'a, , b'],
  ])('%s', (_what, value) => {
    expect(parseSfList(value)).toBeNull();
  });

  it('a Dictionary key must start with a lower-case letter or * (§3.2)', () => {
    expect(parseSfDictionary('Limit=100')).toBeNull();
    expect(parseSfDictionary('"default";r=50')).toBeNull();
  });
});
