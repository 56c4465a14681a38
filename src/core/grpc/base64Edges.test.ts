import { describe, expect, it } from 'vitest';
import { base64Capacity, decodeBase64, latin1Bytes, latin1String, utf8Text } from './base64';

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

describe('Latin-1 and UTF-8 helpers', () => {
  it('round-trips bytes through a Latin-1 string, past one chunk', () => {
    const all = Uint8Array.from({ length: 20_000 }, (_, i) => i % 256);
    const text = latin1String(all);
    expect(text).toHaveLength(20_000);
    expect(text.charCodeAt(300)).toBe(300 % 256);
    expect(latin1Bytes(text)).toEqual(all);
    expect(latin1Bytes('\u0141')).toEqual(Uint8Array.of(0x41));
  });

  it('reads UTF-8 text of any length between the bounds', () => {
    const encoded = new TextEncoder().encode('xx€ é');
    expect(utf8Text(encoded, 2, encoded.length)).toBe('€ é');
    expect(utf8Text(encoded, 0, 2)).toBe('xx');
    const long = new TextEncoder().encode(`${'a'.repeat(300)}é`);
    expect(utf8Text(long, 1, long.length)).toBe(`${'a'.repeat(299)}é`);
  });
});
