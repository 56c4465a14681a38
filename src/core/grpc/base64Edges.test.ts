import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  base64Capacity,
  decodeBase64,
  decodeBase64Binary,
  latin1Bytes,
  latin1String,
  utf8Text,
} from './base64';
import { propertyRuns } from '../../../test/helpers/propertyRuns';

const bytes = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

describe('base64Capacity', () => {
  it('is exact for well-formed text, trailing padding aside', () => {
    expect(base64Capacity('')).toBe(0);
    expect(base64Capacity('QUJD')).toBe(3);
    expect(base64Capacity('QUI=')).toBe(2);
    expect(base64Capacity('QQ==')).toBe(1);
    expect(base64Capacity('====')).toBe(0);
    expect(base64Capacity('QUJDRA')).toBe(4);
  });
});

describe('decodeBase64: spaces and padding', () => {
  it('skips spaces, tabs, carriage returns and line feeds anywhere', () => {
    expect([...(decodeBase64('QU JD\tRE\r\nVG') ?? [])]).toEqual(bytes('ABCDEF'));
  });

  it('reads padded pieces one after another, and refuses characters past Latin-1', () => {
    expect([...(decodeBase64('QQ==QkM=') ?? [])]).toEqual(bytes('ABC'));
    expect(decodeBase64('QUJD\u0141')).toBeNull();
    expect(decodeBase64('\u0141UJD')).toBeNull();
    expect(decodeBase64('QUJ\u0080')).toBeNull();
  });
});

describe('decodeBase64Binary: atob first, the lenient loop after', () => {
  const viaLoop = (text: string) => {
    const bytes = decodeBase64(text);
    return bytes === null ? null : latin1String(bytes);
  };
  const noAtob = undefined;

  it('gives what the loop gives, with atob or without it', () => {
    const base64ish = fc.string({
      unit: fc.constantFrom(...'ABCDQUJDRA+/-_= \t\r\n\f\u0141é'.split('')),
      maxLength: 24,
    });
    const encoded = fc.uint8Array({ maxLength: 40 }).map((b) => Buffer.from(b).toString('base64'));
    fc.assert(
      fc.property(fc.oneof(base64ish, encoded), (text) => {
        expect(decodeBase64Binary(text)).toBe(viaLoop(text));
        expect(decodeBase64Binary(text, noAtob)).toBe(viaLoop(text));
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it('reads what atob refuses through the loop: the URL alphabet, padding mid-text', () => {
    expect(() => atob('-_8')).toThrow();
    expect(decodeBase64Binary('-_8')).toBe('\xfb\xff');
    expect(decodeBase64Binary('QQ==QkM=')).toBe('ABC');
    expect(decodeBase64Binary('QU JD\fRE')).toBe('ABCD');
    expect(decodeBase64Binary('Q')).toBeNull();
    expect(decodeBase64Binary('QUJD\u0141')).toBeNull();
  });

  it('uses the atob it is given while it answers', () => {
    const calls: string[] = [];
    const fake = (text: string) => {
      calls.push(text);
      return 'from atob';
    };
    expect(decodeBase64Binary('QUJD', fake)).toBe('from atob');
    expect(calls).toEqual(['QUJD']);
  });
});

describe('Latin-1 and UTF-8 helpers', () => {
  it('round-trips bytes through a Latin-1 string, past one chunk', () => {
    const all = Uint8Array.from({ length: 20_000 }, (_, i) => i % 256);
    const text = latin1String(all);
    expect(text).toHaveLength(20_000);
    expect(text.charCodeAt(300)).toBe(300 % 256);
    expect(latin1Bytes(text)).toEqual(all);
    expect(latin1Bytes('\u0141')).toEqual(Uint8Array.of(0x41));
  });

  it('reads the same text as TextDecoder, whichever source it read last', () => {
    const decoder = new TextDecoder();
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', 'é', '€', '\u{1F600}') });
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 8 }),
        fc.nat({ max: 6000 }),
        fc.boolean(),
        (pieces, padding, checked) => {
          const encoded = new TextEncoder().encode('x'.repeat(padding) + pieces.join(''));
          const source = latin1String(encoded);
          if (!checked) utf8Text('another source', 0, 1);
          let at = padding;
          for (const piece of pieces) {
            const end = at + new TextEncoder().encode(piece).length;
            expect(utf8Text(source, at, end)).toBe(decoder.decode(encoded.subarray(at, end)));
            at = end;
          }
        },
      ),
      { numRuns: propertyRuns(300) },
    );
  });

  it('reads UTF-8 text of any length between the bounds of a binary string', () => {
    const binary = (text: string) => latin1String(new TextEncoder().encode(text));
    const encoded = binary('xx€ é');
    expect(utf8Text(encoded, 2, encoded.length)).toBe('€ é');
    expect(utf8Text(encoded, 0, 2)).toBe('xx');
    const long = binary(`${'a'.repeat(300)}é`);
    expect(utf8Text(long, 1, long.length)).toBe(`${'a'.repeat(299)}é`);
    // Past the length a slice may keep alive, ASCII is copied out: the same text.
    const big = binary(`${'b'.repeat(5000)}ascii text, long enough to be a slice`);
    expect(utf8Text(big, 5000, big.length)).toBe('ascii text, long enough to be a slice');
    expect(utf8Text(big, 4990, 5005)).toBe('bbbbbbbbbbascii');
    expect(utf8Text(big, 4000, 4300)).toBe('b'.repeat(300));
    expect(utf8Text(big, 4000, 4013)).toBe('b'.repeat(13));
    // A char past Latin-1 reads as its low byte, as latin1Bytes() reads it.
    expect(utf8Text('a\u0141b', 0, 3)).toBe('aAb');
  });
});
