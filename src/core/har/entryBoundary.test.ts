import { describe, expect, it } from 'vitest';
import { learnBoundary, nextBoundary } from './entryBoundary';
import { utf8 } from '../../../test/helpers/harText';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Learns from `a` + `sep` + `b`, the way the reader meets two entries in one chunk. */
function learn(a: string, sep: string, b: string) {
  const buf = utf8(a + sep + b);
  const end = utf8(a).length;
  return learnBoundary(buf, end, end + utf8(sep).length);
}

describe('learnBoundary', () => {
  it.each([
    ['minified', '{"a":1}', ',', '{"startedDateTime":"x"}', '},{"startedDateTime"'],
    ['one entry a line', '{"a":1}', ',\n', '{"k":2}', '},\n{"k"'],
    ['pretty-printed', '{\n  "a": 1\n}', ',\n    ', '{\n      "k": 2\n}', '},\n    {\n      "k"'],
    ['a comma on its own line', '{"a":1}\r\n', ',\t', '{ "k" :2}', '}\r\n,\t{ "k"'],
  ])('learns the bytes from `}` to the first key: %s', (_, a, sep, b, want) => {
    const boundary = learn(a.trimEnd(), a.slice(a.trimEnd().length) + sep, b);
    expect(text(boundary?.bytes ?? new Uint8Array())).toBe(want);
    expect(want[boundary?.next ?? -1]).toBe('{');
  });

  it.each([
    ['an entry that is not an object', '[1]', ',', '{"k":1}'],
    ['a next entry without keys', '{"a":1}', ',', '{}'],
    ['an empty first key', '{"a":1}', ',', '{"":1}'],
    ['an escape in the first key', '{"a":1}', ',', '{"k\\u0061":1}'],
    ['a first key cut by the chunk', '{"a":1}', ',', '{"startedDate'],
    ['no comma between', '{"a":1}', ' ', '{"k":1}'],
    ['two commas between', '{"a":1}', ',,', '{"k":1}'],
    ['other bytes between', '{"a":1}', ',{"a":1},', '{"k":1}'],
    ['a separator too long', '{"a":1}', `,${' '.repeat(300)}`, '{"k":1}'],
  ])('learns nothing from %s', (_, a, sep, b) => {
    expect(learn(a, sep, b)).toBeNull();
  });

  it('copies its bytes, so the caller may reuse the chunk', () => {
    const buf = Buffer.from('{"a":1},{"k":2}');
    const boundary = learnBoundary(buf, 7, 8);
    buf.fill(0x20);
    expect(text(boundary?.bytes ?? new Uint8Array())).toBe('},{"k"');
  });

  it('looks for the byte of the boundary that is rarest around it', () => {
    // "q" is in no other place; "}", "{", "," and the quote are everywhere.
    const entries = Array.from({ length: 50 }, (_, i) => `{"q":{"a":[${i},{}]},"b":"},{"}`);
    const buf = utf8(entries.join(','));
    const end = entries[0]?.length ?? 0;
    const boundary = learnBoundary(buf, end, end + 1);
    expect(text(boundary?.bytes ?? new Uint8Array())).toBe('},{"q"');
    expect(boundary?.anchor).toBe(4);
  });
});

describe('nextBoundary', () => {
  const boundary = learn('{"a":1}', ', ', '{"k":1}');
  if (boundary === null) throw new Error('no boundary learnt');

  it.each([
    ['the first match at or after from', '{"x":"}, {\\"k"}, {"k":1}, {"k":2}', 0, 14],
    ['none before the end', '{"k":1}, {"k', 0, -1],
    ['one that ends exactly at the end', '{"k":1}, {"k"', 0, 6],
    ['none when from is past the last one', '{"k":1}, {"k":2}', 7, -1],
    ['a match at from itself', '}, {"k"', 0, 0],
    ['no partial match', '}, {"j"}, {"k"', 0, 7],
  ])('finds %s', (_, haystack, from, want) => {
    expect(nextBoundary(utf8(haystack), from, boundary)).toBe(want);
  });
});
